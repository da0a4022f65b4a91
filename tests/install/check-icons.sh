#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the application icons: well-formed SVG, the full-colour icon on the
# 128 px canvas, the symbolic one on 16 px, and the symbolic one drawn with
# filled shapes of one colour only (GTK recolours fills, not strokes).
#   check-icons.sh XMLLINT APP_ICON SYMBOLIC_ICON
set -eu
xmllint=$1
app_icon=$2
symbolic_icon=$3

size_of() {
  "$xmllint" --nonet --xpath \
    'concat(/*[local-name()="svg"]/@width, "x", /*[local-name()="svg"]/@height, " ", /*[local-name()="svg"]/@viewBox)' \
    "$1"
}

for f in "$app_icon" "$symbolic_icon"; do
  "$xmllint" --noout --nonet "$f"
done

s=$(size_of "$app_icon")
if [ "$s" != "128x128 0 0 128 128" ]; then
  echo "$app_icon: expected a 128x128 canvas, got '$s'" >&2
  exit 1
fi
s=$(size_of "$symbolic_icon")
if [ "$s" != "16x16 0 0 16 16" ]; then
  echo "$symbolic_icon: expected a 16x16 canvas, got '$s'" >&2
  exit 1
fi

if grep -q 'stroke' "$symbolic_icon"; then
  echo "$symbolic_icon: uses strokes; draw with fills so GTK can recolour it" >&2
  exit 1
fi
colours=$(grep -o 'fill="#[0-9a-fA-F]*"' "$symbolic_icon" | sort -u | wc -l)
if [ "$colours" -ne 1 ]; then
  echo "$symbolic_icon: $colours fill colours; a symbolic icon has one" >&2
  exit 1
fi
echo "ok: icons"
