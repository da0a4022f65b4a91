#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the already built tree into a temporary DESTDIR (no rebuild) and
# checks that every file the desktop needs is there, under names that follow
# the application id of this build's profile.
#   check-install.sh MESON BUILDDIR APP_ID PATH...
# Each PATH is an absolute installed path; one ending in / must be a
# directory, any other a non-empty file.
set -eu
meson=$1
builddir=$2
app_id=$3
shift 3

work=$(mktemp -d "${TMPDIR:-/tmp}/rc-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM
destdir=$work/root

unset DESTDIR
if ! "$meson" install -C "$builddir" --no-rebuild --destdir "$destdir" >"$work/install.log" 2>&1; then
  cat "$work/install.log" >&2
  echo "meson install failed" >&2
  exit 1
fi

fail=0
for p in "$@"; do
  case "$p" in
    */)
      if [ -d "$destdir$p" ]; then echo "ok: $p"; else echo "missing directory: $p" >&2; fail=1; fi
      ;;
    *)
      if [ -s "$destdir$p" ]; then echo "ok: $p"; else echo "missing or empty: $p" >&2; fail=1; fi
      ;;
  esac
done

# Every installed file named after the application must carry this build's
# id; the GSettings schema keeps one id for every profile.
find "$destdir" -name '*relaxantcompare*' -type f >"$work/names"
while IFS= read -r f; do
  b=$(basename "$f")
  case "$b" in
    "$app_id.desktop" | "$app_id.metainfo.xml" | "$app_id.svg" | "$app_id-symbolic.svg") ;;
    io.github.relaxantcompare.RelaxantCompare.gschema.xml) ;;
    *)
      echo "installed name does not follow the app id $app_id: ${f#"$destdir"}" >&2
      fail=1
      ;;
  esac
done <"$work/names"

# The desktop file, the metainfo and the icon name agree with each other.
desktop=$(find "$destdir" -path "*/applications/$app_id.desktop" | head -n 1)
metainfo=$(find "$destdir" -path "*/metainfo/$app_id.metainfo.xml" | head -n 1)
if [ -n "$desktop" ]; then
  grep -q -x -F "Icon=$app_id" "$desktop" || { echo "$desktop: Icon is not $app_id" >&2; fail=1; }
  grep -q -x -F "Exec=relaxant-compare" "$desktop" || { echo "$desktop: Exec is not relaxant-compare" >&2; fail=1; }
fi
if [ -n "$metainfo" ]; then
  grep -q -F "<id>$app_id</id>" "$metainfo" || { echo "$metainfo: id is not $app_id" >&2; fail=1; }
  grep -q -F "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || { echo "$metainfo: launchable is not $app_id.desktop" >&2; fail=1; }
fi

exit $fail
