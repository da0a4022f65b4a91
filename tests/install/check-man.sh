#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Formats the man page with every groff warning on (-ww) and fails on any
# warning: groff itself exits 0 when it only warns. When man-db is
# installed, its own check (`man --warnings -l`) must be silent too.
#   check-man.sh GROFF PAGE
set -eu
groff=$1
page=$2

err=$(LC_ALL=C.UTF-8 "$groff" -man -ww -z -Tutf8 "$page" 2>&1) || {
  echo "$err" >&2
  exit 1
}
if [ -n "$err" ]; then
  echo "groff warnings for $page:" >&2
  echo "$err" >&2
  exit 1
fi
echo "ok: groff -ww is silent"

if command -v man >/dev/null 2>&1; then
  err=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null) || {
    echo "$err" >&2
    exit 1
  }
  if [ -n "$err" ]; then
    echo "man --warnings for $page:" >&2
    echo "$err" >&2
    exit 1
  fi
  echo "ok: man --warnings is silent"
fi

# The page must document every command-line option of the program.
for opt in list validate export-table drugs format kb-dir export-chart output size scale theme export-handout paper version help; do
  # In the page source an option is written with escaped hyphens: \-\-kb\-dir.
  escaped=$(printf '%s' "--$opt" | sed 's/-/\\-/g')
  if ! grep -q -F -e "$escaped" "$page"; then
    echo "option --$opt is not documented in $page" >&2
    exit 1
  fi
done
echo "ok: every option is documented"
