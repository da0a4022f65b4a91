#!/bin/sh
# Runs the whole test suite (UI tests included) in an AddressSanitizer +
# UndefinedBehaviorSanitizer build, under Xvfb with a private D-Bus
# session, the way build-aux/test.sh runs the normal build.
#   build-aux/sanitize.sh [MESON TEST ARGUMENTS...]
# Configures and builds $RC_SANITIZE_BUILDDIR (default _build-asan, gcc)
# when needed; installs nothing (see install-deps.sh test). Any leak, memory
# error or undefined behaviour fails the test that hit it. Leaks are only
# suppressed for the third-party libraries listed in tests/lsan.supp.
# Exit status: meson test's (0 when every test passed).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

builddir=${RC_SANITIZE_BUILDDIR:-$top/_build-asan}

if [ ! -f "$builddir/build.ninja" ]; then
  extra=""
  # clang links the sanitizer runtimes only into executables.
  case "${CC:-}" in *clang*) extra="-Db_lundef=false" ;; esac
  # gcc's -fsanitize=undefined leaves out float-cast-overflow (a double
  # too large for the integer it is converted to); clang's includes it.
  # shellcheck disable=SC2086 # empty or one option
  meson setup "$builddir" -Dtests=true -Db_sanitize=address,undefined $extra \
    -Dc_args=-fsanitize=float-cast-overflow -Dc_link_args=-fsanitize=float-cast-overflow \
    >"$builddir.setup.log" 2>&1 || {
    cat "$builddir.setup.log" >&2
    echo "sanitize: FAILED to configure $builddir" >&2
    exit 1
  }
  rm -f "$builddir.setup.log"
fi
ninja -C "$builddir" >/dev/null || {
  echo "sanitize: FAILED to build $builddir" >&2
  exit 1
}

# halt_on_error makes UBSan findings fatal (ASan's are by default); GL is
# off because Mesa's dlclose()d driver leaks where no suppression can name
# it (the test environment sets GDK_DEBUG=gl-disable as well).
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export GDK_DEBUG=gl-disable
# Tests that drive GTK's own file chooser skip themselves here: it loads
# libcloudproviders, whose leak LSan can only attribute to GLib.
export RC_SANITIZER_RUN=1

log="$builddir/meson-logs/sanitize-summary.txt"
mkdir -p "$builddir/meson-logs"
# Sanitized programs run two to three times slower. POSIX sh has no
# pipefail: the status goes through a file.
{
  st=0
  xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
    dbus-run-session -- meson test -C "$builddir" --print-errorlogs \
    --timeout-multiplier 3 "$@" 2>&1 || st=$?
  echo "$st" >"$log.status"
} | tee "$log"
status=$(cat "$log.status")
rm -f "$log.status"

counts=$(grep -E '^(Ok|Expected Fail|Fail|Unexpected Pass|Skipped|Timeout):' "$log" |
  tr -s ' ' | tr '\n' ' ')
if [ "$status" -eq 0 ]; then
  echo "sanitize: OK: ASan+UBSan+LSan found nothing ($counts)"
else
  echo "sanitize: FAILED (exit $status): $counts; see $builddir/meson-logs/testlog.txt"
fi
exit "$status"
