#!/bin/sh
# Builds a catalog in which every knowledge-base text that xgettext extracts
# with the project's ITS rules is "translated" as "XX:" followed by the text.
# test-kb-catalog loads the knowledge base with it: a text the loader looks
# up under a different msgid than xgettext extracted stays without "XX:".
# Usage: make-marker-catalog.sh ITS_DATA_DIR OUTPUT.mo FILE.xml...
set -eu
data=${1:?usage: make-marker-catalog.sh ITS_DATA_DIR OUTPUT.mo FILE...}
out=${2:?usage: make-marker-catalog.sh ITS_DATA_DIR OUTPUT.mo FILE...}
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

GETTEXTDATADIRS=$data xgettext --from-code=UTF-8 -o "$tmp/kb.pot" "$@" 2>"$tmp/xgettext.log"
if grep -q "will try C" "$tmp/xgettext.log"; then
  echo "xgettext did not find the ITS rules:" >&2
  cat "$tmp/xgettext.log" >&2
  exit 1
fi
msgen -o "$tmp/en.po" "$tmp/kb.pot"
msgfilter --keep-header -i "$tmp/en.po" -o "$tmp/marked.po" sed -e '1s/^/XX:/'
sed 's/charset=CHARSET/charset=UTF-8/' "$tmp/marked.po" >"$tmp/final.po"
msgfmt -o "$out" "$tmp/final.po"
