/* test-table-export.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <locale.h>
#include <string.h>

#include "rc-table-export.h"

static RcKnowledgeBase *kb;
static char            *fixture_dir;

static const char *const all_ids[] = {
  "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol", "carisoprodol", NULL,
};

static RcComparison *
compare (const char *const *ids)
{
  g_autoptr (GError) error = NULL;
  RcComparison *comparison = rc_comparison_new (kb, ids, &error);

  g_assert_no_error (error);
  return comparison;
}

/* ---- A small RFC 4180 reader, strict about what the writer must do ---- */

static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray  *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray  *record = g_ptr_array_new_with_free_func (g_free);
  GString    *field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          g_assert_cmpuint (field->len, ==, 0); /* a quote only opens a field */
          for (p++;; p++)
            {
              g_assert_true (*p != '\0'); /* unterminated quoted field */
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
          g_assert_true (*p == ',' || *p == '\r');
        }
      if (*p == ',')
        {
          g_ptr_array_add (record, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          p++;
        }
      else if (*p == '\r')
        {
          g_assert_cmpint (p[1], ==, '\n'); /* CRLF line ends */
          g_ptr_array_add (record, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (records, record);
          record = g_ptr_array_new_with_free_func (g_free);
          p += 2;
        }
      else
        {
          /* Unquoted fields never hold a quote, CR or LF. */
          g_assert_true (*p != '"' && *p != '\n');
          g_string_append_c (field, *p);
          p++;
        }
    }
  g_assert_cmpuint (field->len, ==, 0); /* the last record ends with CRLF */
  g_assert_cmpuint (record->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (record);
  return records;
}

static const char *
csv_field (GPtrArray *records, guint r, guint f)
{
  GPtrArray *record = g_ptr_array_index (records, r);
  return g_ptr_array_index (record, f);
}

static void
test_csv_quoting (void)
{
  struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    { "all, \"of\"\r\nthem", "\"all, \"\"of\"\"\r\nthem\"" },
    { "5–10 mg", "5–10 mg" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) out = g_string_new (NULL);

      rc_table_export_append_csv_field (out, cases[i].in);
      g_assert_cmpstr (out->str, ==, cases[i].out);
    }
}

static void
test_csv_table (void)
{
  const char *const ids[] = { "baclofen", "carisoprodol", NULL };
  g_autoptr (RcComparison) comparison = compare (ids);
  g_autofree char *csv = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_CSV);
  g_autoptr (GPtrArray) records = parse_csv (csv);
  const char *const *keys = rc_comparison_get_row_keys ();

  g_assert_true (g_str_has_prefix (csv, "key,label,Baclofen,Carisoprodol\r\n"));
  g_assert_cmpuint (records->len, ==, g_strv_length ((char **) keys) + 1);
  for (guint r = 0; r < records->len; r++)
    {
      g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, r))->len, ==, 4);
      if (r > 0)
        g_assert_cmpstr (csv_field (records, r, 0), ==, keys[r - 1]);
    }
  g_assert_null (strstr (csv, "Tizanidine"));

  for (guint r = 1; r < records->len; r++)
    {
      if (g_str_equal (csv_field (records, r, 0), "max_daily_dose_mg"))
        {
          g_assert_cmpstr (csv_field (records, r, 2), ==, "80");
          g_assert_cmpstr (csv_field (records, r, 3), ==, "Not reported");
        }
      if (g_str_equal (csv_field (records, r, 0), "start_dose"))
        g_assert_cmpstr (csv_field (records, r, 3), ==,
                         "250-350 mg four times daily (1000-1400 mg/day)");
      if (g_str_equal (csv_field (records, r, 0), "tmax_h"))
        g_assert_true (g_str_has_prefix (csv_field (records, r, 2), "about 0.5-3 h"));
    }
}

/* The fixture drug goes through the whole path: load, compare, export. */
static void
test_csv_fixture_quoting (void)
{
  const char *const ids[] = { "quoting", NULL };
  g_autoptr (RcComparison) comparison = compare (ids);
  g_autofree char *csv = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_CSV);
  g_autoptr (GPtrArray) records = parse_csv (csv);
  const RcComparisonRow *row = rc_comparison_lookup_row (comparison, "class");
  g_autoptr (GString) quoted = g_string_new (NULL);

  g_assert_true (
      g_str_has_prefix (row->cells[0]->text, "A, \"quoted\" | piped <b>bold</b> & more"));
  /* The loader folds white space, so the newline case is in test_csv_quoting. */
  rc_table_export_append_csv_field (quoted, row->cells[0]->text);
  g_assert_nonnull (strstr (csv, quoted->str));
  g_assert_true (g_str_has_prefix (quoted->str, "\"A, \"\"quoted\"\""));
  /* The name itself has a comma and quotes: the header field is quoted. */
  g_assert_true (g_str_has_prefix (csv, "key,label,\"Quoting, \"\"test\"\"\"\r\n"));
  g_assert_cmpstr (csv_field (records, 1, 2), ==, row->cells[0]->text);
}

static gboolean
set_locale (const char *lang)
{
  g_autofree char *a = g_strdup_printf ("%s.UTF-8", lang);
  g_autofree char *b = g_strdup_printf ("%s.utf8", lang);

  return setlocale (LC_ALL, a) != NULL || setlocale (LC_ALL, b) != NULL;
}

static void
test_csv_german_locale (void)
{
  g_autoptr (RcComparison) comparison = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *md = NULL;

  if (!set_locale ("de_DE"))
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }
  comparison = compare (all_ids);
  csv = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_CSV);
  md = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_MARKDOWN);
  setlocale (LC_ALL, "C.UTF-8");

  /* CSV keeps C numbers; the human formats follow the locale. */
  g_assert_nonnull (strstr (csv, "0.5-3 h"));
  g_assert_nonnull (strstr (csv, ",8000,"));
  g_assert_null (strstr (csv, "0,5"));
  g_assert_nonnull (strstr (md, "0,5–3"));
  g_assert_nonnull (strstr (md, "8.000"));
}

/* ---- Markdown ------------------------------------------------------- */

/* Cells of a table line, splitting on pipes that are not escaped. */
static guint
count_unescaped_pipes (const char *line)
{
  guint n = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '|')
        n++;
    }
  return n;
}

static void
check_markdown (RcComparison *comparison, const char *md)
{
  g_auto (GStrv) lines = g_strsplit (md, "\n", -1);
  guint n_drugs = rc_comparison_get_n_drugs (comparison);
  guint n_headings = 0;
  guint n_table_lines = 0;
  g_autoptr (GHashTable) markers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GRegex) marker = g_regex_new ("(?<!\\\\)\\[([0-9]+)\\]", 0, 0, NULL);
  gboolean in_sources = FALSE;

  g_assert_true (g_str_has_prefix (md, "# "));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "## "))
        {
          n_headings++;
          in_sources = g_str_equal (line, "## Sources");
          /* A table starts right after the blank line, with its separator. */
          if (!in_sources)
            {
              g_assert_cmpstr (lines[i + 1], ==, "");
              g_assert_true (g_str_has_prefix (lines[i + 2], "|"));
              g_assert_true (g_str_has_prefix (lines[i + 3], "|---|"));
              g_assert_cmpuint (count_unescaped_pipes (lines[i + 3]), ==, n_drugs + 2);
            }
        }
      else if (g_str_has_prefix (line, "|"))
        {
          g_autoptr (GMatchInfo) info = NULL;

          n_table_lines++;
          g_assert_cmpuint (count_unescaped_pipes (line), ==, n_drugs + 2);
          g_regex_match (marker, line, 0, &info);
          while (g_match_info_matches (info))
            {
              g_hash_table_add (markers, g_match_info_fetch (info, 1));
              g_match_info_next (info, NULL);
            }
        }
      else if (in_sources && *line != '\0')
        {
          const char *dot = strchr (line, '.');

          g_assert_nonnull (dot);
          g_hash_table_add (listed, g_strndup (line, dot - line));
          g_assert_nonnull (strstr (line, " <http"));
        }
    }
  /* One table per section, then the sources. */
  g_assert_cmpuint (n_headings, ==, 8 + 1);
  g_assert_cmpuint (n_table_lines, ==, rc_comparison_get_n_rows (comparison) + 2 * 8);
  g_assert_cmpuint (g_hash_table_size (markers), >, 0);
  g_assert_cmpuint (g_hash_table_size (markers), ==, g_hash_table_size (listed));
  {
    GHashTableIter iter;
    gpointer       key;

    g_hash_table_iter_init (&iter, markers);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_assert_true (g_hash_table_contains (listed, key));
  }
}

static void
test_markdown (void)
{
  g_autoptr (RcComparison) comparison = compare (all_ids);
  g_autofree char *md = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_MARKDOWN);

  check_markdown (comparison, md);
  /* C.UTF-8 has no digit grouping. */
  g_assert_true (g_regex_match_simple ("^\\| Maximum daily dose \\(mg\\) \\| 80 (\\[\\d+\\])+ "
                                       "\\| 36 (\\[\\d+\\])+ \\| 30 (\\[\\d+\\])+ "
                                       "\\| 8000 (\\[\\d+\\])+ \\| Not reported (\\[\\d+\\])+ \\|$",
                                       md, G_REGEX_MULTILINE, 0));
}

static void
test_markdown_escaping (void)
{
  const char *const ids[] = { "quoting", "baclofen", NULL };
  g_autoptr (RcComparison) comparison = compare (ids);
  g_autofree char *md = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_MARKDOWN);

  check_markdown (comparison, md);
  g_assert_nonnull (strstr (md, "A, \"quoted\" \\| piped \\<b\\>bold\\</b\\> & more ["));
}

/* ---- HTML ----------------------------------------------------------- */

static void
count_error (void *user_data, xmlErrorPtr error)
{
  guint *n = user_data;

  g_test_message ("HTML parser: %s", error->message);
  (*n)++;
}

static xmlXPathObjectPtr
xpath (xmlDocPtr doc, const char *expression)
{
  xmlXPathContextPtr ctx = xmlXPathNewContext (doc);
  xmlXPathObjectPtr  result = xmlXPathEvalExpression ((const xmlChar *) expression, ctx);

  xmlXPathFreeContext (ctx);
  g_assert_nonnull (result);
  return result;
}

static guint
xpath_count (xmlDocPtr doc, const char *expression)
{
  xmlXPathObjectPtr result = xpath (doc, expression);
  guint             n = result->nodesetval != NULL ? result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  return n;
}

static xmlDocPtr
parse_html (const char *html)
{
  guint     n_errors = 0;
  xmlDocPtr doc;

  xmlSetStructuredErrorFunc (&n_errors, count_error);
  doc = htmlReadMemory (html, strlen (html), "export.html", "UTF-8", HTML_PARSE_NONET);
  xmlSetStructuredErrorFunc (NULL, NULL);
  g_assert_nonnull (doc);
  g_assert_cmpuint (n_errors, ==, 0);
  return doc;
}

static void
check_html (RcComparison *comparison, const char *html)
{
  xmlDocPtr         doc = parse_html (html);
  xmlXPathObjectPtr links;
  guint             n_rows = rc_comparison_get_n_rows (comparison);
  guint             n_drugs = rc_comparison_get_n_drugs (comparison);
  g_autofree char  *body = NULL;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_cmpuint (xpath_count (doc, "/html/head/meta[@charset='utf-8']"), ==, 1);
  g_assert_cmpuint (xpath_count (doc, "//table"), ==, 1);
  g_assert_cmpuint (xpath_count (doc, "//table/caption"), ==, 1);
  g_assert_cmpuint (xpath_count (doc, "//table/thead/tr/th[@scope='col']"), ==, n_drugs);
  g_assert_cmpuint (xpath_count (doc, "//table/tbody"), ==, 8);
  g_assert_cmpuint (xpath_count (doc, "//table/tbody/tr/th[@class='section']"), ==, 8);
  g_assert_cmpuint (xpath_count (doc, "//table/tbody/tr/th[@scope='row']"), ==, n_rows);
  g_assert_cmpuint (xpath_count (doc, "//table/tbody/tr/td"), ==, n_rows * n_drugs);
  g_assert_cmpuint (xpath_count (doc, "//p[@class='disclaimer']"), ==, 1);
  {
    xmlXPathObjectPtr p = xpath (doc, "string(//p[@class='disclaimer'])");
    g_assert_cmpstr ((const char *) p->stringval, ==, "For learning only — not dosing advice.");
    xmlXPathFreeObject (p);
  }

  /* Cells of differing rows carry the class, and only those. */
  for (guint r = 0; r < n_rows; r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);
      g_autofree char       *expr = g_strdup_printf (
                "//tr[@id='row-%s']/td[contains(concat(' ', @class, ' '), ' differs ')]", row->key);

      g_assert_cmpuint (xpath_count (doc, expr), ==, row->differs ? n_drugs : 0);
    }

  /* Every marker points at a listed source, and every cited source id is
   * in the list. */
  links = xpath (doc, "//td//a/@href");
  g_assert_nonnull (links->nodesetval);
  for (int i = 0; i < links->nodesetval->nodeNr; i++)
    {
      xmlChar         *href = xmlNodeGetContent (links->nodesetval->nodeTab[i]);
      g_autofree char *expr =
          g_strdup_printf ("//ol[@class='sources']/li[@id='%s']", (const char *) href + 1);

      g_assert_true (href[0] == '#');
      g_assert_cmpuint (xpath_count (doc, expr), ==, 1);
      xmlFree (href);
    }
  xmlXPathFreeObject (links);
  {
    xmlXPathObjectPtr list = xpath (doc, "string(//ol[@class='sources'])");
    body = g_strdup ((const char *) list->stringval);
    xmlXPathFreeObject (list);
  }
  for (guint r = 0; r < n_rows; r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      for (guint c = 0; c < n_drugs; c++)
        for (guint s = 0; row->cells[c]->sources[s] != NULL; s++)
          {
            g_autofree char *tag = g_strdup_printf ("[%s]", row->cells[c]->sources[s]);
            g_assert_nonnull (strstr (body, tag));
          }
    }
  g_assert_cmpuint (xpath_count (doc, "//ol[@class='sources']/li/a[starts-with(@href, 'http')]"), >,
                    0);
  xmlFreeDoc (doc);
}

static void
test_html (void)
{
  g_autoptr (RcComparison) comparison = compare (all_ids);
  g_autofree char *html = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_HTML);

  check_html (comparison, html);
}

static void
test_html_escaping (void)
{
  const char *const ids[] = { "quoting", "tizanidine", NULL };
  g_autoptr (RcComparison) comparison = compare (ids);
  g_autofree char *html = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_HTML);
  xmlDocPtr        doc;

  check_html (comparison, html);
  doc = parse_html (html);
  /* The fixture's markup is text, not elements. */
  g_assert_cmpuint (xpath_count (doc, "//b"), ==, 0);
  g_assert_nonnull (
      strstr (html, ">A, &quot;quoted&quot; | piped &lt;b&gt;bold&lt;/b&gt; &amp; more <sup>"));
  xmlFreeDoc (doc);
}

static void
test_tsv (void)
{
  const char *const ids[] = { "tizanidine", "cyclobenzaprine", NULL };
  g_autoptr (RcComparison) comparison = compare (ids);
  g_autofree char *tsv = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_TSV);
  g_auto (GStrv) lines = g_strsplit (tsv, "\n", -1);
  guint n = g_strv_length (lines);

  g_assert_cmpstr (lines[0], ==, "\tTizanidine\tCyclobenzaprine");
  /* A header, one line per row, and the empty string after the last LF. */
  g_assert_cmpuint (n, ==, rc_comparison_get_n_rows (comparison) + 2);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
    }
}

static void
test_format_names (void)
{
  RcTableFormat format;

  g_assert_true (rc_table_format_from_string ("csv", &format));
  g_assert_cmpint (format, ==, RC_TABLE_FORMAT_CSV);
  g_assert_true (rc_table_format_from_string ("markdown", &format));
  g_assert_cmpint (format, ==, RC_TABLE_FORMAT_MARKDOWN);
  g_assert_true (rc_table_format_from_string ("md", &format));
  g_assert_cmpint (format, ==, RC_TABLE_FORMAT_MARKDOWN);
  g_assert_true (rc_table_format_from_string ("html", &format));
  g_assert_cmpint (format, ==, RC_TABLE_FORMAT_HTML);
  g_assert_true (rc_table_format_from_string ("tsv", &format));
  g_assert_cmpint (format, ==, RC_TABLE_FORMAT_TSV);
  g_assert_false (rc_table_format_from_string ("xlsx", &format));
  g_assert_false (rc_table_format_from_string (NULL, &format));
}

/* ---- Atomic writes -------------------------------------------------- */

static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_write_replaces (void)
{
  const char *const ids[] = { "baclofen", "tizanidine", NULL };
  g_autoptr (RcComparison) comparison = compare (ids);
  g_autofree char *dir = g_dir_make_tmp ("rc-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "table.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_CSV);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old contents\n", -1, NULL));
  g_assert_true (rc_table_export_to_file (comparison, RC_TABLE_FORMAT_CSV, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpuint (count_entries (dir), ==, 1); /* no temporary file left */

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

/* A failed export leaves the old file byte for byte and no temporary file.
 * The failure must not depend on permissions (tests may run as root): the
 * target's name is so long that no temporary name next to it is allowed. */
static void
test_write_failure_keeps_old_file (void)
{
  const char *const ids[] = { "baclofen", NULL };
  g_autoptr (RcComparison) comparison = compare (ids);
  g_autofree char *dir = g_dir_make_tmp ("rc-export-XXXXXX", NULL);
  g_autofree char *name = g_strnfill (250, 'x');
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  const char       old[] = "key,label\r\nold,\"contents, \"\"kept\"\"\"\r\n\x01\xff";
  g_autofree char *contents = NULL;
  gsize            length;
  g_autoptr (GError) error = NULL;

  FILE *f;

  /* Written in place: g_file_set_contents() would itself need a temporary name. */
  f = g_fopen (path, "wb");
  g_assert_nonnull (f);
  g_assert_cmpuint (fwrite (old, 1, sizeof old, f), ==, sizeof old);
  g_assert_cmpint (fclose (f), ==, 0);
  g_assert_false (rc_table_export_to_file (comparison, RC_TABLE_FORMAT_HTML, file, &error));
  g_assert_nonnull (error);
  g_test_message ("expected failure: %s", error->message);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, old, sizeof old);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_write_bad_parent (void)
{
  const char *const ids[] = { "baclofen", NULL };
  g_autoptr (RcComparison) comparison = compare (ids);
  g_autofree char *dir = g_dir_make_tmp ("rc-export-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (plain, "table.csv", NULL);
  g_autofree char *under_missing = g_build_filename (dir, "missing", "table.csv", NULL);
  g_autoptr (GFile) a = g_file_new_for_path (under_file);
  g_autoptr (GFile) b = g_file_new_for_path (under_missing);
  g_autoptr (GError) error_a = NULL;
  g_autoptr (GError) error_b = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (plain, "unchanged", -1, NULL));
  g_assert_false (rc_table_export_to_file (comparison, RC_TABLE_FORMAT_CSV, a, &error_a));
  g_assert_nonnull (error_a);
  g_assert_false (rc_table_export_to_file (comparison, RC_TABLE_FORMAT_CSV, b, &error_b));
  g_assert_nonnull (error_b);
  g_assert_false (g_file_test (under_missing, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (plain, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "unchanged");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_no_errno (g_unlink (plain));
  g_assert_no_errno (g_rmdir (dir));
}

/* ---- Fixture -------------------------------------------------------- */

/* A copy of baclofen's file under another id, with a class and a name full
 * of characters the exports must quote or escape. */
static char *
make_fixture_dir (void)
{
  g_autofree char *source = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *step1 = NULL;
  g_autofree char *step2 = NULL;
  g_autofree char *step3 = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rc-fixture-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "quoting.xml", NULL);
  g_autoptr (GRegex) klass = g_regex_new ("(<class [^>]*>)[^<]*(</class>)", 0, 0, NULL);
  g_autoptr (GError) error = NULL;

  source = g_build_filename (g_getenv ("RC_SOURCE_DIR"), "data", "drugs", "baclofen.xml", NULL);
  g_assert_true (g_file_get_contents (source, &xml, NULL, &error));
  g_assert_no_error (error);

  step1 = g_regex_replace_literal (klass, xml, -1, 0,
                                   "<class source=\"BAC-DBCOPY\">A, \"quoted\" | piped "
                                   "&lt;b&gt;bold&lt;/b&gt; &amp; more</class>",
                                   0, NULL);
  {
    g_auto (GStrv) parts = g_strsplit (step1, "<drug id=\"baclofen\"", 2);
    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    step2 = g_strjoinv ("<drug id=\"quoting\"", parts);
  }
  {
    g_auto (GStrv) parts = g_strsplit (step2, "<name>Baclofen</name>", 2);
    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    step3 = g_strjoinv ("<name>Quoting, \"test\"</name>", parts);
  }
  g_assert_true (g_file_set_contents (path, step3, -1, NULL));
  return g_steal_pointer (&dir);
}

static void
remove_fixture_dir (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "quoting.xml", NULL);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  const char *dirs[2] = { NULL, NULL };
  GPtrArray  *problems;
  int         status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  fixture_dir = make_fixture_dir ();
  dirs[0] = fixture_dir;
  kb = rc_knowledge_base_new ();
  if (!rc_knowledge_base_load_default (kb, dirs, &error))
    g_error ("cannot load the knowledge base: %s", error->message);
  problems = rc_knowledge_base_get_problems (kb);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *text = rc_kb_problem_to_string (g_ptr_array_index (problems, i));
      g_test_message ("knowledge base: %s", text);
    }
  if (rc_knowledge_base_lookup_drug (kb, "quoting") == NULL)
    g_error ("the fixture drug did not load");

  g_test_add_func ("/table-export/format-names", test_format_names);
  g_test_add_func ("/table-export/csv/quoting", test_csv_quoting);
  g_test_add_func ("/table-export/csv/table", test_csv_table);
  g_test_add_func ("/table-export/csv/fixture-quoting", test_csv_fixture_quoting);
  g_test_add_func ("/table-export/csv/german-locale", test_csv_german_locale);
  g_test_add_func ("/table-export/markdown", test_markdown);
  g_test_add_func ("/table-export/markdown/escaping", test_markdown_escaping);
  g_test_add_func ("/table-export/html", test_html);
  g_test_add_func ("/table-export/html/escaping", test_html_escaping);
  g_test_add_func ("/table-export/tsv", test_tsv);
  g_test_add_func ("/table-export/write/replaces", test_write_replaces);
  g_test_add_func ("/table-export/write/failure-keeps-old-file", test_write_failure_keeps_old_file);
  g_test_add_func ("/table-export/write/bad-parent", test_write_bad_parent);

  status = g_test_run ();
  g_clear_object (&kb);
  remove_fixture_dir (fixture_dir);
  g_free (fixture_dir);
  return status;
}
