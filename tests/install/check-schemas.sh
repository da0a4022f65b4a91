#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the GSettings schemas in a directory with
# `glib-compile-schemas --strict --dry-run`. An empty directory is a failure
# here: the tool itself says "No schema files found" and exits 0, which
# would let a test that checks nothing pass.
#   check-schemas.sh GLIB_COMPILE_SCHEMAS DIR
set -eu
compiler=$1
dir=$2

n=0
for f in "$dir"/*.gschema.xml; do
  [ -f "$f" ] || continue
  echo "schema: $f"
  n=$((n + 1))
done
if [ "$n" -eq 0 ]; then
  echo "no *.gschema.xml in $dir" >&2
  exit 1
fi

out=$("$compiler" --strict --dry-run "$dir" 2>&1) || {
  echo "$out" >&2
  exit 1
}
case "$out" in
  *"No schema files found"*)
    echo "$out" >&2
    exit 1
    ;;
esac
[ -n "$out" ] && echo "$out"
echo "ok: $n schema file(s) valid"
