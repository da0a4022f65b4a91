#!/bin/sh
# Fails, naming the file, when a source file with translatable strings is
# missing from po/POTFILES.in, or when POTFILES.in names a file that does not
# exist or is not sorted.
set -u
src=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$src" || exit 1
potfiles=po/POTFILES.in
bad=0

listed=$(grep -v '^#' "$potfiles" | sed '/^$/d')

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in names a missing file: $f"
    bad=1
  fi
done

# Each block (lines between comments) is sorted; the blocks' order is
# deliberate (see the comment at the top of POTFILES.in).
if ! LC_ALL=C awk '
  /^#/ { prev = ""; next }
  /^$/ { next }
  { if (prev != "" && $0 < prev) { print "po/POTFILES.in: not sorted (LC_ALL=C) at " $0; bad = 1 }
    prev = $0 }
  END { exit bad }' "$potfiles"; then
  bad=1
fi

# Every C file that calls a gettext macro, every .ui file with translatable
# properties, every knowledge-base file and every translatable data template.
candidates=$(
  grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)[ ]*\(' app --include='*.c' 2>/dev/null
  grep -rl 'translatable="yes"' ui --include='*.ui' 2>/dev/null
  ls data/drugs/*.xml data/effects.xml data/agents.xml 2>/dev/null
  ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml 2>/dev/null
)
for f in $candidates; do
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "translatable strings but not in po/POTFILES.in: $f"
    bad=1
  fi
done

[ $bad = 0 ] && echo "POTFILES.in covers every translatable file"
exit $bad
