/* rc-table-export.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rc-table-export.h"
#include "rc-drug.h"
#include "rc-source.h"

gboolean
rc_table_format_from_string (const char *name, RcTableFormat *format)
{
  static const struct
  {
    const char   *name;
    RcTableFormat format;
  } names[] = {
    { "csv", RC_TABLE_FORMAT_CSV },     { "markdown", RC_TABLE_FORMAT_MARKDOWN },
    { "md", RC_TABLE_FORMAT_MARKDOWN }, { "html", RC_TABLE_FORMAT_HTML },
    { "tsv", RC_TABLE_FORMAT_TSV },
  };

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i].name) == 0)
      {
        if (format != NULL)
          *format = names[i].format;
        return TRUE;
      }
  return FALSE;
}

/* ---- Shared pieces -------------------------------------------------- */

/* Numbers sources by first citation, in table order, for footnote markers. */
typedef struct
{
  GPtrArray  *ids;    /* of char*, borrowed from the comparison */
  GHashTable *number; /* id -> 1-based number */
  GHashTable *source; /* id -> RcSource*, borrowed */
} SourceIndex;

static void
source_index_init (SourceIndex *index, RcComparison *comparison)
{
  index->ids = g_ptr_array_new ();
  index->number = g_hash_table_new (g_str_hash, g_str_equal);
  index->source = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
        {
          const RcComparisonCell *cell = row->cells[c];
          RcDrug                 *drug = rc_comparison_get_drug (comparison, c);

          for (guint s = 0; cell->sources != NULL && cell->sources[s] != NULL; s++)
            {
              const char *id = cell->sources[s];

              if (g_hash_table_contains (index->number, id))
                continue;
              g_ptr_array_add (index->ids, (gpointer) id);
              g_hash_table_insert (index->number, (gpointer) id,
                                   GUINT_TO_POINTER (index->ids->len));
              if (rc_drug_lookup_source (drug, id) != NULL)
                g_hash_table_insert (index->source, (gpointer) id,
                                     rc_drug_lookup_source (drug, id));
            }
        }
    }
}

static void
source_index_clear (SourceIndex *index)
{
  g_clear_pointer (&index->ids, g_ptr_array_unref);
  g_clear_pointer (&index->number, g_hash_table_unref);
  g_clear_pointer (&index->source, g_hash_table_unref);
}

static guint
source_number (SourceIndex *index, const char *id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (index->number, id));
}

/* "Title. Publisher, 2023." — the parts a reference list shows before the URL. */
static char *
source_citation (SourceIndex *index, const char *id)
{
  RcSource   *source = g_hash_table_lookup (index->source, id);
  GString    *out;
  const char *publisher;
  int         year;

  if (source == NULL)
    return g_strdup (id);
  out = g_string_new (rc_source_get_title (source));
  publisher = rc_source_get_publisher (source);
  year = rc_source_get_year (source);
  if (publisher != NULL && year > 0)
    g_string_append_printf (out, ". %s, %d", publisher, year);
  else if (publisher != NULL)
    g_string_append_printf (out, ". %s", publisher);
  else if (year > 0)
    g_string_append_printf (out, ". %d", year);
  g_string_append_printf (out, " [%s]", id);
  return g_string_free (out, FALSE);
}

static const char *const *
source_urls (SourceIndex *index, const char *id)
{
  RcSource *source = g_hash_table_lookup (index->source, id);

  return source != NULL ? rc_source_get_urls (source) : NULL;
}

/* Only web links become links: a knowledge-base file from elsewhere must
 * not be able to put javascript: or file: links into an exported page. */
static gboolean
is_web_url (const char *url)
{
  return g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://");
}

static char *
title_for (RcComparison *comparison)
{
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
    {
      if (c > 0)
        g_string_append (names, C_ ("list separator", ", "));
      g_string_append (names, rc_drug_get_name (rc_comparison_get_drug (comparison, c)));
    }
  /* Translators: the title of an exported comparison table; %s lists the drugs. */
  return g_strdup_printf (_ ("Comparison: %s"), names->str);
}

/* ---- CSV (RFC 4180) ------------------------------------------------- */

void
rc_table_export_append_csv_field (GString *out, const char *field)
{
  if (field == NULL)
    field = "";
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
export_csv (RcComparison *comparison)
{
  GString *out = g_string_new ("key,label");

  for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
    {
      g_string_append_c (out, ',');
      rc_table_export_append_csv_field (out,
                                        rc_drug_get_name (rc_comparison_get_drug (comparison, c)));
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      /* C-locale numbers: a CSV file must read the same everywhere. */
      const RcComparisonRow *row = rc_comparison_get_row_in_style (comparison, r, RC_FORMAT_C);

      rc_table_export_append_csv_field (out, row->key);
      g_string_append_c (out, ',');
      rc_table_export_append_csv_field (out, row->label);
      for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
        {
          g_string_append_c (out, ',');
          rc_table_export_append_csv_field (out, row->cells[c]->text);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}

/* ---- TSV (clipboard) ------------------------------------------------ */

static void
append_tsv_field (GString *out, const char *field)
{
  for (const char *p = field != NULL ? field : ""; *p != '\0'; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

static char *
export_tsv (RcComparison *comparison)
{
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
    {
      g_string_append_c (out, '\t');
      append_tsv_field (out, rc_drug_get_name (rc_comparison_get_drug (comparison, c)));
    }
  g_string_append_c (out, '\n');
  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      append_tsv_field (out, row->label);
      for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
        {
          g_string_append_c (out, '\t');
          append_tsv_field (out, row->cells[c]->text);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* ---- Markdown ------------------------------------------------------- */

/* Backslash-escapes what Markdown would read as markup, and keeps a cell on
 * one line. */
static void
append_markdown_text (GString *out, const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\r')
        continue;
      if (*p == '\n')
        {
          g_string_append (out, "<br>");
          continue;
        }
      if (strchr ("\\`*_[]<>|~", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_markdown_cell (GString *out, const RcComparisonCell *cell, SourceIndex *index)
{
  append_markdown_text (out, cell->text);
  if (cell->unverified)
    {
      g_string_append_c (out, ' ');
      /* Translators: marks a fact the sources could not confirm. */
      append_markdown_text (out, _ ("(unverified)"));
    }
  for (guint s = 0; cell->sources != NULL && cell->sources[s] != NULL; s++)
    g_string_append_printf (out, "%s[%u]", s == 0 ? " " : "",
                            source_number (index, cell->sources[s]));
}

static char *
export_markdown (RcComparison *comparison)
{
  GString         *out = g_string_new (NULL);
  g_autofree char *title = title_for (comparison);
  SourceIndex      index;
  const char      *section = NULL;
  guint            n_drugs = rc_comparison_get_n_drugs (comparison);

  source_index_init (&index, comparison);

  g_string_append (out, "# ");
  append_markdown_text (out, title);
  g_string_append (out, "\n\n*");
  append_markdown_text (out, _ ("For learning only — not dosing advice."));
  g_string_append (out, "*\n");

  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      if (g_strcmp0 (section, row->section_key) != 0)
        {
          section = row->section_key;
          g_string_append (out, "\n## ");
          append_markdown_text (out, row->section_label);
          g_string_append (out, "\n\n| ");
          append_markdown_text (out, row->section_label);
          g_string_append (out, " |");
          for (guint c = 0; c < n_drugs; c++)
            {
              g_string_append_c (out, ' ');
              append_markdown_text (out, rc_drug_get_name (rc_comparison_get_drug (comparison, c)));
              g_string_append (out, " |");
            }
          g_string_append (out, "\n|---|");
          for (guint c = 0; c < n_drugs; c++)
            g_string_append (out, "---|");
          g_string_append_c (out, '\n');
        }

      g_string_append (out, "| ");
      append_markdown_text (out, row->label);
      g_string_append (out, " |");
      for (guint c = 0; c < n_drugs; c++)
        {
          g_string_append_c (out, ' ');
          append_markdown_cell (out, row->cells[c], &index);
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
    }

  if (index.ids->len > 0)
    {
      g_string_append (out, "\n## ");
      append_markdown_text (out, _ ("Sources"));
      g_string_append (out, "\n\n");
      for (guint i = 0; i < index.ids->len; i++)
        {
          const char        *id = g_ptr_array_index (index.ids, i);
          g_autofree char   *citation = source_citation (&index, id);
          const char *const *urls = source_urls (&index, id);

          g_string_append_printf (out, "%u. ", i + 1);
          append_markdown_text (out, citation);
          for (guint u = 0; urls != NULL && urls[u] != NULL; u++)
            {
              if (is_web_url (urls[u]) && strpbrk (urls[u], "<> ") == NULL)
                g_string_append_printf (out, " <%s>", urls[u]);
              else
                {
                  g_string_append_c (out, ' ');
                  append_markdown_text (out, urls[u]);
                }
            }
          g_string_append_c (out, '\n');
        }
    }

  source_index_clear (&index);
  return g_string_free (out, FALSE);
}

/* ---- HTML ----------------------------------------------------------- */

static void
append_escaped (GString *out, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  g_string_append (out, escaped);
}

/* The document's language from the locale: "de_DE.UTF-8" -> "de". */
static char *
document_language (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX") ||
          g_str_has_prefix (names[i], "C."))
        continue;
      return g_strndup (names[i], strcspn (names[i], "_.@"));
    }
  return g_strdup ("en");
}

static const char html_style[] =
    "body{font-family:sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;width:100%}"
    "caption{font-weight:bold;text-align:left;padding:0.5em 0}"
    "th,td{border:1px solid #bbb;padding:0.3em 0.5em;text-align:left;vertical-align:top}"
    "thead th{background:#eee}"
    "tbody th.section{background:#dde6f0;font-size:1.05em}"
    "td.differs{background:#fff6d6}"
    "td.not-reported{color:#666;font-style:italic}"
    ".unverified{color:#a33}"
    "sup a{text-decoration:none}"
    ".disclaimer{font-weight:bold}";

static char *
export_html (RcComparison *comparison)
{
  GString         *out = g_string_new (NULL);
  g_autofree char *title = title_for (comparison);
  g_autofree char *lang = document_language ();
  SourceIndex      index;
  const char      *section = NULL;
  guint            n_drugs = rc_comparison_get_n_drugs (comparison);

  source_index_init (&index, comparison);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  append_escaped (out, lang);
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  append_escaped (out, title);
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", html_style);
  append_escaped (out, title);
  g_string_append (out, "</h1>\n<p class=\"disclaimer\">");
  append_escaped (out, _ ("For learning only — not dosing advice."));
  g_string_append (out, "</p>\n<table>\n<caption>");
  /* Translators: the caption of an exported comparison table. */
  append_escaped (out, _ ("Side-by-side comparison; highlighted cells differ between the drugs"));
  g_string_append (out, "</caption>\n<thead>\n<tr><td></td>");
  for (guint c = 0; c < n_drugs; c++)
    {
      g_string_append (out, "<th scope=\"col\">");
      append_escaped (out, rc_drug_get_name (rc_comparison_get_drug (comparison, c)));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr>\n</thead>\n");

  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      if (g_strcmp0 (section, row->section_key) != 0)
        {
          if (section != NULL)
            g_string_append (out, "</tbody>\n");
          section = row->section_key;
          g_string_append_printf (out, "<tbody id=\"section-%s\">\n", row->section_key);
          g_string_append_printf (
              out, "<tr><th class=\"section\" scope=\"colgroup\" colspan=\"%u\">", n_drugs + 1);
          append_escaped (out, row->section_label);
          g_string_append (out, "</th></tr>\n");
        }

      g_string_append_printf (out, "<tr id=\"row-%s\"><th scope=\"row\">", row->key);
      append_escaped (out, row->label);
      g_string_append (out, "</th>");
      for (guint c = 0; c < n_drugs; c++)
        {
          const RcComparisonCell *cell = row->cells[c];
          g_autoptr (GString) classes = g_string_new (NULL);

          if (row->differs)
            g_string_append (classes, " differs");
          if (cell->not_reported)
            g_string_append (classes, " not-reported");
          if (classes->len > 0)
            g_string_append_printf (out, "<td class=\"%s\">", classes->str + 1);
          else
            g_string_append (out, "<td>");
          append_escaped (out, cell->text);
          if (cell->unverified)
            {
              g_string_append (out, " <span class=\"unverified\">");
              append_escaped (out, _ ("(unverified)"));
              g_string_append (out, "</span>");
            }
          for (guint s = 0; cell->sources != NULL && cell->sources[s] != NULL; s++)
            {
              guint n = source_number (&index, cell->sources[s]);
              g_string_append_printf (out, "%s<sup><a href=\"#source-%u\">[%u]</a></sup>",
                                      s == 0 ? " " : "", n, n);
            }
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  if (section != NULL)
    g_string_append (out, "</tbody>\n");
  g_string_append (out, "</table>\n");

  if (index.ids->len > 0)
    {
      g_string_append (out, "<h2>");
      append_escaped (out, _ ("Sources"));
      g_string_append (out, "</h2>\n<ol class=\"sources\">\n");
      for (guint i = 0; i < index.ids->len; i++)
        {
          const char        *id = g_ptr_array_index (index.ids, i);
          g_autofree char   *citation = source_citation (&index, id);
          const char *const *urls = source_urls (&index, id);

          g_string_append_printf (out, "<li id=\"source-%u\">", i + 1);
          append_escaped (out, citation);
          for (guint u = 0; urls != NULL && urls[u] != NULL; u++)
            {
              g_string_append_c (out, ' ');
              if (is_web_url (urls[u]))
                {
                  g_string_append (out, "<a href=\"");
                  append_escaped (out, urls[u]);
                  g_string_append (out, "\">");
                  append_escaped (out, urls[u]);
                  g_string_append (out, "</a>");
                }
              else
                append_escaped (out, urls[u]);
            }
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ol>\n");
    }
  g_string_append (out, "</body>\n</html>\n");

  source_index_clear (&index);
  return g_string_free (out, FALSE);
}

/* ---- Entry points --------------------------------------------------- */

char *
rc_table_export_to_string (RcComparison *comparison, RcTableFormat format)
{
  g_return_val_if_fail (RC_IS_COMPARISON (comparison), NULL);

  switch (format)
    {
      case RC_TABLE_FORMAT_CSV:
        return export_csv (comparison);
      case RC_TABLE_FORMAT_MARKDOWN:
        return export_markdown (comparison);
      case RC_TABLE_FORMAT_HTML:
        return export_html (comparison);
      case RC_TABLE_FORMAT_TSV:
        return export_tsv (comparison);
      default:
        g_return_val_if_reached (NULL);
    }
}

/* Plain-words errors for the usual mistakes, before anything is written
 * (the writer's own messages would name its temporary file). */
static gboolean
check_target (GFile *file, GError **error)
{
  g_autoptr (GFile) parent = g_file_get_parent (file);
  g_autofree char *parent_name = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   /* Translators: %s is a path. */
                   _ ("“%s” is a folder"), name);
      return FALSE;
    }
  if (parent == NULL)
    return TRUE;
  parent_name = g_file_get_parse_name (parent);
  switch (g_file_query_file_type (parent, G_FILE_QUERY_INFO_NONE, NULL))
    {
      case G_FILE_TYPE_DIRECTORY:
        return TRUE;
      case G_FILE_TYPE_UNKNOWN:
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     /* Translators: %s is a path. */
                     _ ("The folder “%s” does not exist"), parent_name);
        return FALSE;
      default:
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                     /* Translators: %s is a path. */
                     _ ("“%s” is not a folder"), parent_name);
        return FALSE;
    }
}

gboolean
rc_table_export_to_file (RcComparison *comparison,
                         RcTableFormat format,
                         GFile        *file,
                         GError      **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize            length;

  g_return_val_if_fail (RC_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_target (file, error))
    return FALSE;

  contents = rc_table_export_to_string (comparison, format);
  length = strlen (contents);
  path = g_file_get_path (file);

  if (path != NULL)
    {
      GStatBuf st;
      int      mode = 0666;

      /* g_file_set_contents_full() writes a temporary file next to the target
       * and renames it over the target only once everything is on disk; on
       * any failure it removes the temporary file. Keep an existing file's
       * permissions. */
      if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
        mode = st.st_mode & 0777;
      return g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, mode,
                                       error);
    }

  /* Not a local path (a GVfs location): GIO's replace writes a temporary
   * file and swaps it in on close. */
  return g_file_replace_contents (file, contents, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                  NULL, error);
}
