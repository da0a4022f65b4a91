#!/bin/sh
# Fails, listing them, on messages that need a note for translators and
# have none:
#  - C format strings (xgettext's c-format flag) with a directive, which
#    need to say what each %s or %1$s stands for;
#  - messages with an abbreviation (TID, QID, Tmax, C-IV, CYP1A2, CNS, US…):
#    any word with two or more capitals and no small letters, and the
#    mixed-case ones below, except names every translator keeps as they
#    are (file formats, encodings, command-line placeholders).
# In C the note is a comment starting "Translators:" right before the
# string (xgettext extracts only those here); in .ui files it is the
# comments="…" attribute, in knowledge-base XML an ITS locNote.
#   check-translator-comments.sh SOURCE_ROOT OUTDIR
set -u
src=${1:?usage: check-translator-comments.sh SOURCE_ROOT OUTDIR}
out=${2:?usage: check-translator-comments.sh SOURCE_ROOT OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
raw="$out/translator-comments-raw.pot"
pot="$out/translator-comments.pot"

"$here/extract-pot.sh" "$src" "$raw" "Translators:" || exit 1
msgattrib --no-wrap -o "$pot" "$raw" || exit 1

LC_ALL=C.UTF-8 awk '
function unquote(line) {
  sub(/^[a-z_\[\]0-9]+ /, "", line)
  sub(/^"/, "", line); sub(/"$/, "", line)
  return line
}
# Words needing no note: formats, encodings, placeholders of options.
BEGIN {
  split("CSV TSV HTML XML PDF PNG SVG UTF NUL DTD DTDs DOCTYPE FILE DIR ID IDs URL KIND FORMAT THEME PAPER N WxH", keep, " ")
  for (i in keep) known[keep[i]] = 1
  bad = 0
}
function abbreviation(text,    n, words, i, w, caps, smalls) {
  n = split(text, words, /[^A-Za-z0-9½-]+/)
  for (i = 1; i <= n; i++) {
    w = words[i]
    sub(/^-+/, "", w); sub(/-+$/, "", w)
    if (w == "" || (w in known)) continue
    if (w ~ /^(Tmax|Cmax|AUC|t½|eGFR|CrCl|mEq)$/) return w
    caps = w; gsub(/[^A-Z]/, "", caps)
    smalls = w; gsub(/[^a-z]/, "", smalls)
    if (length(caps) >= 2 && smalls == "") {
      split(w, parts, "-")
      if (parts[1] in known) continue
      return w
    }
  }
  return ""
}
{
  noted = 0; cformat = 0; where = ""; id = ""; ctxt = ""; state = ""
  n = split($0, lines, "\n")
  for (i = 1; i <= n; i++) {
    line = lines[i]
    if (line ~ /^#\. /) noted = 1
    else if (line ~ /^#: /) where = where (where == "" ? "" : " ") substr(line, 4)
    else if (line ~ /^#, / && line ~ /[ ,]c-format(,|$)/) cformat = 1
    else if (line ~ /^msgctxt /) { state = "ctxt"; ctxt = unquote(line) }
    else if (line ~ /^msgid(_plural)? /) { state = "id"; id = id (id == "" ? "" : " ") unquote(line) }
    else if (line ~ /^msgstr/) state = "str"
    else if (line ~ /^"/ && state == "id") id = id unquote(line)
    else if (line ~ /^"/ && state == "ctxt") ctxt = ctxt unquote(line)
  }
  if (id == "" || noted) next
  why = ""
  if (cformat && id ~ /%([0-9]+[$])?[-+ #0]*[0-9]*([.][0-9]+)?(hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGcsp]|%<[A-Za-z0-9]+>/)
    why = "a format string: say what each directive stands for"
  else if ((abbr = abbreviation(id)) != "")
    why = "the abbreviation " abbr ": say what it means or that it stays as it is"
  if (why == "") next
  printf "%s: \"%s\"%s\n  needs a note for translators: %s\n", where, id, (ctxt != "" ? " (context \"" ctxt "\")" : ""), why
  bad++
}
END {
  if (bad) printf "%d messages need a note for translators (a \"Translators:\" comment in C, comments=\"…\" in .ui files, an ITS locNote in data/its/ for the knowledge base)\n", bad
  else print "every format string and abbreviation has a note for translators"
  exit bad > 0
}' RS= "$pot"
