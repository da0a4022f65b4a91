#!/bin/sh
# Builds Relaxant Compare from this checkout and runs it, uninstalled.
# Arguments are passed to the application, e.g. build-aux/run.sh --list
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
"$top/build-aux/install-deps.sh" run
builddir="$top/_build"
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dprofile=development >/dev/null
fi
ninja -C "$builddir" >/dev/null
# Uninstalled run: the compiled schema and the translations of the build tree.
export GSETTINGS_SCHEMA_DIR="$builddir/data"
export RC_LOCALEDIR="$builddir/po"
exec "$builddir/app/relaxant-compare" "$@"
