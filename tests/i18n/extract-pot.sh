#!/bin/sh
# Extracts the catalog template from the files in po/POTFILES.in the way
# `meson compile relaxant-compare-pot` does: the glib preset's keywords and
# flags, and the project's ITS rules for the knowledge base (data/its/).
#   extract-pot.sh SOURCE_ROOT OUTPUT.pot [COMMENT_TAG]
# COMMENT_TAG: only comments starting with it become extracted comments
# (default: "Translators", as po/meson.build asks of meson).
# Fails when xgettext fails or does not find the ITS rules.
set -u
src=${1:?usage: extract-pot.sh SOURCE_ROOT OUTPUT.pot [COMMENT_TAG]}
pot=${2:?usage: extract-pot.sh SOURCE_ROOT OUTPUT.pot [COMMENT_TAG]}
tag=${3:-Translators}
log="$pot.log"

if [ -n "$tag" ]; then
  comments="--add-comments=$tag"
else
  comments="--add-comments"
fi

GETTEXTDATADIRS="$src/data" xgettext --package-name=relaxant-compare \
  --from-code=UTF-8 "$comments" -k_ \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
  --directory="$src" --files-from="$src/po/POTFILES.in" -o "$pot" 2>"$log"
rc=$?
if [ $rc != 0 ]; then
  echo "xgettext failed:" >&2
  cat "$log" >&2
  exit 1
fi
if grep -q "will try C" "$log"; then
  echo "xgettext did not find the ITS rules for some XML files:" >&2
  cat "$log" >&2
  exit 1
fi
exit 0
