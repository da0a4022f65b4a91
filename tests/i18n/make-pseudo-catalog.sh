#!/bin/sh
# Builds a pseudo-translation of everything translatable, freshly
# extracted from the sources: every message becomes "⟦" + the English text
# + "⟧", with printf directives left between the brackets ("⟦Max: ⟧%s").
# This keeps format directives, mnemonics ("_") and Pango markup valid, and
# makes any visible text that did not pass through gettext stand out: it
# has letters outside every bracket.
#   make-pseudo-catalog.sh [--rtl] SOURCE_ROOT LOCALE_DIR LANG...
# writes LOCALE_DIR/LANG/LC_MESSAGES/relaxant-compare.mo for each LANG.
# --rtl starts every message with a right-to-left mark (U+200F), so that
# text is laid out right to left as in a Hebrew or Arabic translation.
set -eu
rlm=
if [ "${1:-}" = --rtl ]; then
  rlm=$(printf '\342\200\217')
  shift
fi
src=${1:?usage: make-pseudo-catalog.sh [--rtl] SOURCE_ROOT LOCALE_DIR LANG...}
out=${2:?usage: make-pseudo-catalog.sh [--rtl] SOURCE_ROOT LOCALE_DIR LANG...}
shift 2
[ $# -gt 0 ] || { echo "no language given" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$here/extract-pot.sh" "$src" "$tmp/template.pot"
msgen -o "$tmp/en.po" "$tmp/template.pot"
# msgfilter hands each msgstr (plural forms one by one) to sed; -z takes
# it whole. Leading and trailing newlines stay outside the brackets, as
# msgfmt --check wants them to match the msgid's. printf-style directives
# stay outside too ("%s⟦: ⟧%s"), so that an argument that was not translated
# is outside every bracket as well; "%%" is kept inside.
directive='%([0-9]+[$])?[-+#0]*[0-9]*([.][0-9]+)?(hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGcsp]|%<[A-Za-z0-9]+>'
msgfilter --keep-header -i "$tmp/en.po" -o "$tmp/wrapped.po" \
  sed -z -E -e 's/%%/\x01/g' -e "s/$directive/⟧&⟦/g" -e 's/\x01/%%/g' \
  -e 's/^(\n*)/\1⟦/' -e 's/(\n*)$/⟧\1/' -e 's/⟦⟧//g' -e "s/^(\n*)/\1$rlm/"
sed -e 's/charset=CHARSET/charset=UTF-8/' \
    -e 's/^"Plural-Forms: .*"$/"Plural-Forms: nplurals=2; plural=(n != 1);\\n"/' \
    "$tmp/wrapped.po" >"$tmp/pseudo.po"
for lang in "$@"; do
  mkdir -p "$out/$lang/LC_MESSAGES"
  msgfmt --check -o "$out/$lang/LC_MESSAGES/relaxant-compare.mo" "$tmp/pseudo.po"
done
