#!/bin/sh
# Runs the benchmark suite of Relaxant Compare and prints one table
# (tests/bench/RESULTS.md explains every row and has the last results).
#   build-aux/bench.sh            the full suite, about 10 minutes
#   build-aux/bench.sh --quick    each program once with tiny counts and no
#                                 thresholds (what `meson test` runs)
# Options:
#   --builddir DIR   build to use (default _build-bench, buildtype debugoptimized)
#   --skip-build     use DIR as it is: no dependency check, setup or build
#   --runs N         launches of each program in the start-up benchmark (15)
#   --no-peers       leave gnome-calculator and gnome-text-editor out
#   --no-install     do not install the peers when they are missing
# The start-up rows run in a private Xvfb and D-Bus session (a real one
# when --quick finds a display). The exit status is 0 when every program
# ran; missed targets are in the table, not in the status.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

quick=no
skip_build=no
peers=yes
install_peers=yes
runs=15
builddir="$top/_build-bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=yes ;;
    --skip-build) skip_build=yes ;;
    --no-peers) peers=no ;;
    --no-install) install_peers=no ;;
    --runs) runs=${2:?--runs needs a number}; shift ;;
    --builddir) builddir=${2:?--builddir needs a folder}; shift ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [ $skip_build = no ]; then
  "$top/build-aux/install-deps.sh" test
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" --buildtype=debugoptimized -Dtests=true >/dev/null
  fi
  ninja -C "$builddir" >/dev/null
fi

bench="$builddir/tests/bench"
app="$builddir/app/relaxant-compare"
for program in "$app" "$bench/rc-bench-kb" "$bench/rc-bench-chart" "$bench/rc-bench-export" \
  "$bench/rc-bench-bare-window" "$bench/rc-bench-startup"; do
  if [ ! -x "$program" ]; then
    echo "bench.sh: $program is missing; build $builddir first" >&2
    exit 1
  fi
done

# The peers are only for the full run; installing them is optional.
if [ $quick = no ] && [ $peers = yes ] && [ $install_peers = yes ]; then
  missing=""
  for p in gnome-calculator gnome-text-editor; do
    command -v "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
  if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && sudo=sudo
    if [ "$(id -u)" = 0 ] || [ -n "$sudo" ]; then
      echo "Installing the peers for the start-up comparison:$missing" >&2
      # shellcheck disable=SC2086
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing \
        >/dev/null 2>&1 || echo "Could not install$missing; their rows are skipped" >&2
    fi
  fi
fi

# A clean, fixed environment for every program: settings in memory, no
# user configuration, no debugging aids that slow things down (meson test
# sets some of these for the other tests).
work=$(mktemp -d "${TMPDIR:-/tmp}/rc-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/config" "$work/data" "$work/state"
export GSETTINGS_SCHEMA_DIR="$builddir/data"
export GSETTINGS_BACKEND=memory
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
unset G_DEBUG MALLOC_CHECK_ G_SLICE GDK_DEBUG GSK_RENDERER GTK_A11Y NO_AT_BRIDGE \
  RC_BENCH_FIRST_FRAME RC_BENCH_START_NS RC_BENCH_QUIT 2>/dev/null || true
log="$builddir/bench-log.txt"
: >"$log"

version() { pkg-config --modversion "$1" 2>/dev/null || echo "?"; }
buildtype=$(meson introspect --buildoptions "$builddir" 2>/dev/null |
  tr ',' '\n' | grep -A3 '"name": "buildtype"' | sed -n 's/.*"value": "\([a-z]*\)".*/\1/p' |
  head -n 1)
echo "Relaxant Compare benchmark suite, $(date -u '+%Y-%m-%d %H:%M UTC')$([ $quick = yes ] && echo ', quick mode (no thresholds)')"
echo "Machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(nproc) cores," \
  "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "Debian $(cat /etc/debian_version 2>/dev/null || echo '?'), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "Versions: GTK $(version gtk4), GLib $(version glib-2.0), libxml2 $(version libxml-2.0)," \
  "cairo $(version cairo), Pango $(version pangocairo); build ${buildtype:-?} ($builddir)"
echo
echo "| area | measure | value: median [min–max] | floor | ratio | target | verdict |"
echo "|---|---|---|---|---|---|---|"

# Only the table rows go to the output: daemons started by the D-Bus
# session (the accessibility registry) write on the same stdout.
status=0
run() {
  if ! "$@" >"$work/out" 2>>"$log"; then
    echo "bench.sh: $1 failed (see $log)" >&2
    status=1
  fi
  grep '^| ' "$work/out" || true
  grep -v '^| ' "$work/out" >>"$log" || true
}

if [ $quick = yes ]; then
  startup_args="--runs 1 --warmup 0 --hold 100 --renderers gl-disable --no-judge"
  run "$bench/rc-bench-kb" --quick
  run "$bench/rc-bench-chart" --quick
  run "$bench/rc-bench-export" --quick --app "$app"
else
  startup_args="--runs $runs --warmup 1 --hold 400 --renderers gl-disable,default"
  if [ $peers = yes ]; then
    for p in gnome-calculator gnome-text-editor; do
      startup_args="$startup_args --peer $p=$p"
    done
  fi
  run "$bench/rc-bench-kb"
  run "$bench/rc-bench-chart"
  run "$bench/rc-bench-export" --app "$app"
fi

# shellcheck disable=SC2086
if [ $quick = yes ] && [ -n "${DISPLAY:-}" ] && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  run "$bench/rc-bench-startup" $startup_args --log "$log" \
    --app "app=$app" --bare "bare=$bench/rc-bench-bare-window"
else
  run xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp -br" dbus-run-session -- \
    "$bench/rc-bench-startup" $startup_args --log "$log" \
    --app "app=$app" --bare "bare=$bench/rc-bench-bare-window"
fi

echo
echo "Programs' messages: $log"
exit $status
