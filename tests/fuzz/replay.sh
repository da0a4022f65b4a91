#!/bin/sh
# Runs a libFuzzer harness once on every file in the given directories
# (no fuzzing). Files, not directories, are passed to the harness, so it
# never writes new inputs into the source tree.
set -u
harness=${1:?usage: replay.sh HARNESS DIR...}
shift
files=
for dir in "$@"; do
  for f in "$dir"/*; do
    [ -f "$f" ] || continue
    case $f in */README*) continue ;; esac
    files="$files $f"
  done
done
if [ -z "$files" ]; then
  echo "no inputs in $*"
  exit 1
fi
# libFuzzer exits with 77 on a crash by default, which meson reads as
# "skipped".
# shellcheck disable=SC2086 # file names are the project's own, without spaces
exec "$harness" -runs=1 -error_exitcode=1 -timeout_exitcode=1 $files
