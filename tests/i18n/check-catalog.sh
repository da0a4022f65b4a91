#!/bin/sh
# A shipped catalog must be valid (msgfmt --check: format strings, plurals,
# header) and complete: every message translated, none fuzzy.
#   check-catalog.sh FILE.po
set -u
po=${1:?usage: check-catalog.sh FILE.po}
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1)
rc=$?
echo "$(basename "$po"): $stats"
[ $rc = 0 ] || exit 1
case "$stats" in
  *fuzzy*|*untranslated*) echo "incomplete: translate every message and clear every fuzzy flag"; exit 1 ;;
esac
exit 0
