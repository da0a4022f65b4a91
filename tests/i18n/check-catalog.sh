#!/bin/sh
# A shipped catalog must be valid (msgfmt --check: format strings, plurals,
# header) and complete: every message translated, none fuzzy. With the
# source root, it must also be current: every message the sources have
# today (extracted afresh) translated in it.
#   check-catalog.sh FILE.po [SOURCE_ROOT]
set -u
po=${1:?usage: check-catalog.sh FILE.po [SOURCE_ROOT]}
src=${2:-}
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1)
rc=$?
echo "$(basename "$po"): $stats"
[ $rc = 0 ] || exit 1
case "$stats" in
  *fuzzy*|*untranslated*) echo "incomplete: translate every message and clear every fuzzy flag"; exit 1 ;;
esac
[ -n "$src" ] || exit 0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rc-catalog-XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
"$(dirname "$0")/extract-pot.sh" "$src" "$tmp/current.pot" || exit 1
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$tmp/current.pot" || exit 1
missing=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
# The header entry is "untranslated" to msgattrib when it is alone.
[ "$missing" -gt 1 ] || exit 0
echo "out of date: $((missing - 1)) message(s) of the sources are not translated in $(basename "$po");"
echo "run 'ninja -C BUILDDIR relaxant-compare-update-po' and translate them:"
msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -A2 '^msgid ' | sed -n '4,$p'
exit 1
