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

status=0
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session -- meson test -C "$builddir" --print-errorlogs "$@" || status=1

# Reliability: the whole suite again under ASan, UBSan and LSan, then a
# short fuzz run of every harness (20 s each); README documents longer runs.
"$top/build-aux/sanitize.sh" "$@" || status=1
"$top/build-aux/fuzz.sh" 20 || status=1

# A red run ends with why: the end of each failed test's output.
if [ "$status" -ne 0 ]; then
  python3 "$top/build-aux/print-failures.py" "$builddir" \
    "${RC_SANITIZE_BUILDDIR:-$top/_build-asan}" || true
fi
exit "$status"
