#!/bin/sh
# Runs each libFuzzer harness of tests/fuzz for SECONDS (default 20), from
# the seed corpus (the shipped knowledge base plus tests/fuzz/corpus),
# copied to a scratch directory so the source tree is never written.
#   build-aux/fuzz.sh [SECONDS]
# Configures and builds the clang ASan/UBSan fuzz build when needed
# ($RC_FUZZ_BUILDDIR, default _build-fuzz); installs nothing (see
# install-deps.sh test: clang-14, libclang-rt-14-dev). A crash, leak,
# timeout or out-of-memory input is saved under BUILDDIR/fuzz-artifacts;
# replay it with BUILDDIR/tests/fuzz/HARNESS FILE and commit it under
# tests/fuzz/regressions/ (kb/ or cli/), where tests/hostile replays it in
# every build. Set RC_FUZZ_CORPUS_DIR to keep the grown corpus between
# runs. Exit status: 0 when every harness ran clean, 1 otherwise.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

seconds=${1:-20}
case $seconds in
  '' | *[!0-9]*)
    echo "usage: build-aux/fuzz.sh [SECONDS_PER_HARNESS]" >&2
    exit 2
    ;;
esac

builddir=${RC_FUZZ_BUILDDIR:-$top/_build-fuzz}
harnesses="fuzz-kb-load fuzz-table-export fuzz-cli fuzz-charts"

if [ ! -f "$builddir/build.ninja" ]; then
  cc=clang-14
  command -v "$cc" >/dev/null 2>&1 || cc=clang
  CC=$cc meson setup "$builddir" -Dfuzzing=true -Db_sanitize=address,undefined \
    -Db_lundef=false >"$builddir.setup.log" 2>&1 || {
    cat "$builddir.setup.log" >&2
    echo "fuzz: FAILED to configure $builddir" >&2
    exit 1
  }
  rm -f "$builddir.setup.log"
fi
targets=""
for h in $harnesses; do targets="$targets tests/fuzz/$h"; done
# shellcheck disable=SC2086 # a list of target names
ninja -C "$builddir" $targets >/dev/null || {
  echo "fuzz: FAILED to build the harnesses in $builddir" >&2
  exit 1
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/rc-fuzz-run.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
artifacts="$builddir/fuzz-artifacts"
mkdir -p "$artifacts"

# Third-party leaks only (see the file); our own are never suppressed.
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=

total=0
failed=0
n=0
report=""
for h in $harnesses; do
  n=$((n + 1))
  work="$scratch/$h"
  mkdir -p "$work/corpus" "$work/tmp"
  case $h in
    fuzz-cli)
      cp tests/fuzz/corpus/cli/* "$work/corpus/"
      dict=tests/fuzz/cli.dict
      max_len=512
      ;;
    *)
      cp data/drugs/*.xml data/effects.xml data/agents.xml tests/fuzz/corpus/kb/* "$work/corpus/"
      dict=tests/fuzz/xml.dict
      max_len=65536
      ;;
  esac
  if [ -n "${RC_FUZZ_CORPUS_DIR:-}" ]; then
    mkdir -p "$RC_FUZZ_CORPUS_DIR/$h"
    cp -r "$RC_FUZZ_CORPUS_DIR/$h"/. "$work/corpus/"
  fi

  status=0
  # The harness's own scratch files go to its TMPDIR, removed with $scratch.
  (cd "$work" && TMPDIR="$work/tmp" "$builddir/tests/fuzz/$h" \
    -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -timeout=60 \
    -dict="$top/$dict" -artifact_prefix="$artifacts/$h-" -print_final_stats=1 \
    corpus >"$work/log" 2>&1) || status=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -n 1)
  execs=${execs:-0}
  total=$((total + execs))
  cov=$(grep -E '^#[0-9]+' "$work/log" | tail -n 1 | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  if [ -n "${RC_FUZZ_CORPUS_DIR:-}" ]; then
    cp -r "$work/corpus"/. "$RC_FUZZ_CORPUS_DIR/$h/"
  fi

  if [ "$status" -ne 0 ]; then
    failed=$((failed + 1))
    echo "---- $h FAILED (exit $status); the end of its log:"
    grep -v '^#[0-9]' "$work/log" | tail -n 60
    saved=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$work/log" | tail -n 1)
    echo "---- input saved as: ${saved:-(none; see the log above)}"
    report="$report
  $h: FAILED after $execs executions${saved:+, input $saved}"
  else
    report="$report
  $h: $execs executions, coverage ${cov:-?} edges, no findings"
  fi
done

echo "fuzz: ${seconds}s per harness:$report"
if [ "$failed" -ne 0 ]; then
  echo "fuzz: FAILED: $failed of $n harnesses found a problem ($total executions in all)"
  exit 1
fi
echo "fuzz: OK: $n harnesses, $total executions, no crash, leak or timeout"
