#!/bin/sh
# Fails, naming each file, when a C file is not in the project's clang-format
# style. Fix with: clang-format -i FILE
set -u
src=${1:?usage: check-format.sh SOURCE_ROOT}
cf=${CLANG_FORMAT:-clang-format}
cd "$src" || exit 1
bad=0
files=$(git ls-files '*.c' '*.h' 2>/dev/null || find app tests -name '*.[ch]')
for f in $files; do
  [ -f "$f" ] || continue
  if ! "$cf" --style=file --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f"
    bad=1
  fi
done
[ $bad = 0 ] && echo "all C files formatted"
exit $bad
