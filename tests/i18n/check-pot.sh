#!/bin/sh
# Extracts the catalog template the way `meson compile relaxant-compare-pot`
# does (glib preset keywords, the project's ITS rules for the knowledge base)
# and checks that knowledge-base text is in it and ids, URLs and numbers-only
# attributes are not.
set -u
src=${1:?usage: check-pot.sh SOURCE_ROOT OUTDIR}
out=${2:?usage: check-pot.sh SOURCE_ROOT OUTDIR}
mkdir -p "$out"
pot="$out/check.pot"
GETTEXTDATADIRS="$src/data" xgettext --from-code=UTF-8 --add-comments=Translators \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --directory="$src" --files-from="$src/po/POTFILES.in" -o "$pot" 2>"$out/xgettext.log"
rc=$?
if [ $rc != 0 ]; then
  echo "xgettext failed:"; cat "$out/xgettext.log"; exit 1
fi
if grep -q "will try C" "$out/xgettext.log"; then
  echo "xgettext did not find the ITS rules for some XML files:"; cat "$out/xgettext.log"; exit 1
fi
bad=0
# Knowledge-base text must be there (an effect label and a drug's text).
for s in 'msgid "Drowsiness (somnolence)"' 'msgid "Baclofen"' 'msgid "Tizanidine"'; do
  grep -qF "$s" "$pot" || { echo "missing from the template: $s"; bad=1; }
done
# Ids, URLs and source keys must not be.
if grep -E '^msgid ".*https?://' "$pot"; then echo "a URL reached the template"; bad=1; fi
if grep -E '^msgid "[A-Z][A-Z0-9]+(-[A-Z0-9]+)+"$' "$pot"; then echo "a source key reached the template"; bad=1; fi
if grep -E '^msgid "(somnolence|dry-mouth|cyp1a2-inhibitors|baclofen)"$' "$pot"; then echo "an id reached the template"; bad=1; fi
# Knowledge-base text is prose, never a printf format: "15% of a dose" must
# not come out as c-format (xgettext guesses so for XML read after C files).
if awk 'BEGIN { RS = "" } /#: data\// && /#,[^\n]*c-format/ { print; found = 1 } END { exit !found }' "$pot"; then
  echo "knowledge-base text marked c-format (see the comment in po/POTFILES.in)"
  bad=1
fi
# Nor is a .ui string (GtkBuilder never formats it): "% of maximum".
if awk 'BEGIN { RS = "" } /#: ui\// && !/(#:| )app\// && /#,[^\n]*[ ,]c-format/ { print; found = 1 } END { exit !found }' "$pot"; then
  echo "user-interface text marked c-format (see the comment in po/POTFILES.in)"
  bad=1
fi
n=$(grep -c '^msgid ' "$pot")
echo "template has $n messages"
exit $bad
