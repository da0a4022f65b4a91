#!/bin/sh
# Runs the whole test suite of Relaxant Compare from this checkout:
# installs what the tests need, builds, and runs `meson test` under Xvfb
# with a private D-Bus session.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
"$top/build-aux/install-deps.sh" test

builddir="$top/_build-test"
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dtests=true
fi
ninja -C "$builddir"

xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session -- meson test -C "$builddir" --print-errorlogs "$@"
