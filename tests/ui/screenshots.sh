#!/bin/sh
# Saves screenshots of the real window into OUTDIR: light and dark, at
# scale 1 and 2, plus the knowledge-base problems banner.
# Usage: screenshots.sh RC-SCREENSHOT OUTDIR SCHEMA-DIR
# Runs under xvfb-run when there is no display.
set -eu
tool=$1
out=$2
schemas=$3

mkdir -p "$out"
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$schemas"
export GDK_DEBUG=gl-disable GTK_A11Y=none LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=

run() {
  if [ -n "${DISPLAY:-}" ]; then
    "$@"
  else
    xvfb-run -a -s "-screen 0 2560x1600x24 -nolisten tcp" "$@"
  fi
}

for scale in 1 2; do
  GDK_SCALE=$scale run "$tool" "$out" main
done

# A broken file on line 5 in an extra knowledge-base folder.
bad=$(mktemp -d)
trap 'rm -rf "$bad"' EXIT
cat > "$bad/broken.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<drug id="broken" reviewed="2026-01-01">
  <name>Broken</name>
  <identity>
    <class source="X">Fish & chips</class>
  </identity>
</drug>
XML
GDK_SCALE=1 run "$tool" "$out" banner --kb-dir "$bad"
