#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks what the RelaxNG schema cannot: that the references inside each
# knowledge-base drug file resolve.
#  - every id in a source="…" or seen-in="…" attribute names a <source> of
#    the same file, and every <source> is cited at least once;
#  - every effect="…" id is in the effects vocabulary and every agents="…"
#    id in the agents vocabulary;
#  - form="…", regimen="…" and arm="…" name a form, regimen or trial arm
#    of the same file.
# Prints one "FILE: message" line per failure and exits 1 if there was any.
#
# usage: check-sources.sh EFFECTS.xml AGENTS.xml FILE.xml...
# Files whose root element is not <drug> (the vocabularies themselves, for
# instance) are skipped, so the whole list of shipped files can be passed.
# XMLLINT names the xmllint to use.

set -u
set -f # ids are split on white space below; never expand them as globs
LC_ALL=C
export LC_ALL

xmllint=${XMLLINT:-xmllint}

if [ $# -lt 3 ]; then
  echo "usage: check-sources.sh EFFECTS.xml AGENTS.xml FILE.xml..." >&2
  exit 2
fi
effects_file=$1
agents_file=$2
shift 2

fail=0

report ()
{
  printf '%s: %s\n' "$1" "$2"
  fail=1
}

# tokens FILE XPATH: prints the white-space separated tokens of the
# attributes that XPATH selects, one per line. xmllint prints each attribute
# as ' name="value"' (one per line in libxml2 2.9.14, on one line in some
# older releases); splitting on the quotes handles both. Returns 1 when
# xmllint fails for another reason than an empty node set (exit code 10).
tokens ()
{
  out=$("$xmllint" --nonet --xpath "$2" "$1" 2>/dev/null)
  rc=$?
  if [ $rc -ne 0 ] && [ $rc -ne 10 ]; then
    return 1
  fi
  # shellcheck disable=SC2020 # a space and a tab each become a newline
  printf '%s\n' "$out" | tr '"' '\n' | grep -v '=$' | tr ' \t' '\n\n' | grep -v '^$'
  return 0
}

# contains LIST WORD: whether the newline-separated LIST holds WORD.
contains ()
{
  case "
$1
" in
    *"
$2
"*) return 0 ;;
  esac
  return 1
}

# check_refs FILE WHAT USED DEFINED WHERE: reports each id of USED (one per
# line) that DEFINED does not hold.
check_refs ()
{
  for id in $(printf '%s\n' "$3" | sort -u); do
    contains "$4" "$id" || report "$1" "$2 \"$id\" is not defined in $5"
  done
}

if ! effect_ids=$(tokens "$effects_file" '/effects/effect/@id') || [ -z "$effect_ids" ]; then
  report "$effects_file" "cannot read any effect id from this vocabulary"
fi
if ! agent_ids=$(tokens "$agents_file" '/agents/agent/@id') || [ -z "$agent_ids" ]; then
  report "$agents_file" "cannot read any agent id from this vocabulary"
fi
[ $fail -eq 0 ] || exit 1

effects_name=$(basename "$effects_file")
agents_name=$(basename "$agents_file")
checked=0

for f in "$@"; do
  if ! root=$("$xmllint" --nonet --xpath 'name(/*)' "$f" 2>/dev/null); then
    report "$f" "cannot be read or is not well-formed XML"
    continue
  fi
  [ "$root" = drug ] || continue
  checked=$((checked + 1))

  if ! defined=$(tokens "$f" '/drug/sources/source/@id') \
    || ! cited=$(tokens "$f" '//@source | //@seen-in') \
    || ! effects=$(tokens "$f" '//@effect') \
    || ! agents=$(tokens "$f" '//@agents') \
    || ! forms=$(tokens "$f" '/drug/identity/forms/form/@id') \
    || ! form_refs=$(tokens "$f" '//@form') \
    || ! regimens=$(tokens "$f" '/drug/dosing/regimen/@id') \
    || ! regimen_refs=$(tokens "$f" '//@regimen') \
    || ! arms=$(tokens "$f" '//trial/arm/@id') \
    || ! arm_refs=$(tokens "$f" '//@arm'); then
    report "$f" "xmllint could not evaluate the XPath queries"
    continue
  fi

  if [ -z "$defined" ]; then
    report "$f" "has no <source> entries"
  fi
  for id in $(printf '%s\n' "$defined" | sort | uniq -d); do
    report "$f" "source \"$id\" is defined more than once in <sources>"
  done
  for id in $(printf '%s\n' "$cited" | sort -u); do
    contains "$defined" "$id" \
      || report "$f" "cites source \"$id\", which its <sources> does not define"
  done
  for id in $defined; do
    contains "$cited" "$id" \
      || report "$f" "source \"$id\" is listed in <sources> but never cited"
  done

  check_refs "$f" "effect" "$effects" "$effect_ids" "$effects_name"
  check_refs "$f" "agent" "$agents" "$agent_ids" "$agents_name"
  check_refs "$f" "form" "$form_refs" "$forms" "this file's <forms>"
  check_refs "$f" "regimen" "$regimen_refs" "$regimens" "this file's <dosing>"
  check_refs "$f" "trial arm" "$arm_refs" "$arms" "this file's trials"
done

if [ $checked -eq 0 ]; then
  echo "check-sources.sh: none of the files given is a <drug> file" >&2
  exit 1
fi
if [ $fail -eq 0 ]; then
  echo "citations and ids resolve in $checked drug file(s)"
fi
exit $fail
