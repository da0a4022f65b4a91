#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the release tarball with `meson dist`, unpacks it in a temporary
# directory, and configures, builds and tests it there: what a packager
# does. It needs a git checkout, and the tarball holds the last commit, so
# uncommitted changes are not tested (a warning says so).
#   check-dist.sh MESON BUILDDIR SOURCEDIR NAME-VERSION
set -eu
meson=$1
builddir=$2
srcdir=$3
dist_name=$4

if ! git -C "$srcdir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "skipped: not a git checkout; meson dist needs one"
  exit 77
fi
if [ -n "$(git -C "$srcdir" status --porcelain --untracked-files=no)" ] \
   || [ -n "$(git -C "$srcdir" ls-files --others --exclude-standard)" ]; then
  echo "warning: the checkout has uncommitted changes; the tarball holds the last commit only" >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rc-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM

echo "== meson dist"
"$meson" dist -C "$builddir" --no-tests --allow-dirty --formats xztar
tarball="$builddir/meson-dist/$dist_name.tar.xz"
if [ ! -s "$tarball" ]; then
  echo "no tarball at $tarball" >&2
  exit 1
fi

echo "== unpack"
tar -xJf "$tarball" -C "$work"
if [ ! -f "$work/$dist_name/meson.build" ]; then
  echo "the tarball does not unpack into $dist_name/" >&2
  exit 1
fi
for f in LICENSE LICENSES/CC-BY-4.0.txt NEWS README.md; do
  [ -f "$work/$dist_name/$f" ] || { echo "the tarball lacks $f" >&2; exit 1; }
done

echo "== meson setup"
"$meson" setup "$work/build" "$work/$dist_name"
echo "== build"
"$meson" compile -C "$work/build"
echo "== meson test (the tarball's default setup, without this suite)"
"$meson" test -C "$work/build" --print-errorlogs
echo "ok: $dist_name.tar.xz configures, builds and passes its tests"
