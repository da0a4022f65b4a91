/* rc-cli.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rc-cli.h"
#include "rc-chart-export.h"
#include "rc-cli-chart.h"
#include "rc-comparison.h"
#include "rc-handout-export.h"
#include "rc-knowledge-base.h"
#include "rc-table-export.h"

/* Exit statuses, as in sysexits-free GNU tools: 1 when a command fails,
 * 2 when the command line itself is wrong. */
enum
{
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

void
rc_cli_add_main_option_entries (GApplication *app)
{
  const GOptionEntry entries[] = {
    { "list", 'l', 0, G_OPTION_ARG_NONE, NULL,
      /* Translators: help for --list. */
      N_ ("List the drugs of the knowledge base (id, name, class) and exit"), NULL },
    { "validate", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
      /* Translators: help for --validate. */
      N_ ("Check knowledge-base files against the schema and rules, then exit"),
      /* Translators: placeholder in --help for a file name. */
      N_ ("FILE") },
    { "export-table", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      /* Translators: help for --export-table; "-" means standard output. */
      N_ ("Write the comparison table to FILE (“-” for standard output) and exit"),
      /* Translators: placeholder in --help for a file name. */
      N_ ("FILE") },
    { "drugs", 0, 0, G_OPTION_ARG_STRING, NULL,
      /* Translators: help for --drugs; keep "id,id,…" as it is typed. */
      N_ ("Drugs to compare, by id, in column order (default: all)"),
      /* Translators: placeholder in --help for a comma-separated list of drug ids. */
      N_ ("ID,ID,…") },
    { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
      /* Translators: help for --format; the words are typed as they are. */
      N_ ("Table format: csv (default), markdown, html or tsv"),
      /* Translators: placeholder in --help for a format name. */
      N_ ("FORMAT") },
    { "kb-dir", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
      /* Translators: help for --kb-dir. */
      N_ ("Also load the knowledge-base files in DIR (repeatable)"),
      /* Translators: placeholder in --help for a folder name. */
      N_ ("DIR") },
    { "export-chart", 0, 0, G_OPTION_ARG_STRING, NULL,
      /* Translators: help for --export-chart; the kinds are typed as they are. */
      N_ ("Draw a chart (titration, side-effects or concentration) into --output and exit"),
      /* Translators: placeholder in --help for a chart kind. */
      N_ ("KIND") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
      /* Translators: help for --output. */
      N_ ("Chart file to write; .png, .svg or .pdf"),
      /* Translators: placeholder in --help for a file name. */
      N_ ("FILE") },
    { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
      /* Translators: help for --size; W and H are width and height in pixels. */
      N_ ("Chart size in pixels (default 1200x800)"),
      /* Translators: placeholder in --help for width x height, in pixels. */
      N_ ("WxH") },
    { "scale", 0, 0, G_OPTION_ARG_INT, NULL,
      /* Translators: help for --scale. */
      N_ ("Chart scale factor (default 1)"),
      /* Translators: placeholder in --help for a number. */
      N_ ("N") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, NULL,
      /* Translators: help for --theme; the words are typed as they are. */
      N_ ("Chart colours: light (default), dark or print"),
      /* Translators: placeholder in --help for a theme name. */
      N_ ("THEME") },
    { "export-handout", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      /* Translators: help for --export-handout. */
      N_ ("Write the printable handout (table, charts, sources) to a PDF FILE and exit"),
      /* Translators: placeholder in --help for a PDF file name. */
      N_ ("FILE.pdf") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
      /* Translators: help for --paper; the words are typed as they are. */
      N_ ("Handout paper size: a4 (default) or letter"),
      /* Translators: placeholder in --help for a paper size. */
      N_ ("PAPER") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      /* Translators: help for --version. */
      N_ ("Print the version and exit"), NULL },
    /* Files after --validate: "--validate a.xml b.xml". */
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_ ("[FILE…]") },
    { NULL },
  };

  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, entries);
  /* Translators: shown in --help, after the usage line. */
  g_application_set_option_context_summary (
      app, _ ("Compare baclofen, tizanidine, cyclobenzaprine, methocarbamol and carisoprodol.\n"
              "For learning only — not dosing advice."));
}

/* ---- Messages ------------------------------------------------------- */

static void
print_error (const char *message)
{
  /* Translators: prefix of every command-line error; keep the program name. */
  g_printerr (_ ("relaxant-compare: %s\n"), message);
}

G_GNUC_PRINTF (1, 2)
static int
usage_error (const char *format, ...)
{
  va_list          args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  print_error (message);
  /* Translators: the last line of a usage error. */
  g_printerr (_ ("Try “relaxant-compare --help” for more information.\n"));
  return EXIT_USAGE;
}

G_GNUC_PRINTF (1, 2)
static int
failure (const char *format, ...)
{
  va_list          args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  print_error (message);
  return EXIT_FAILED;
}

/* Data goes out as bytes, untouched by the console charset conversion of
 * g_print(), so "--export-table -" is identical to the file. */
static gboolean
write_stdout (const char *data, gsize length)
{
  if (length > 0 && fwrite (data, 1, length, stdout) != length)
    return FALSE;
  return fflush (stdout) == 0;
}

/* ---- Options -------------------------------------------------------- */

typedef struct
{
  gboolean     list;
  gboolean     version;
  const char **validate;  /* of the dict's strings */
  const char **remaining; /* likewise */
  const char  *export_table;
  const char  *drugs;
  const char  *format;
  const char **kb_dirs;
  const char  *export_chart;
  const char  *output;
  const char  *size;
  gboolean     has_scale;
  int          scale;
  const char  *theme;
  const char  *export_handout;
  const char  *paper;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->validate);
  g_free (o->remaining);
  g_free (o->kb_dirs);
}

static void
options_read (GVariantDict *dict, Options *o)
{
  memset (o, 0, sizeof *o);
  g_variant_dict_lookup (dict, "list", "b", &o->list);
  g_variant_dict_lookup (dict, "version", "b", &o->version);
  g_variant_dict_lookup (dict, "validate", "^a&ay", &o->validate);
  g_variant_dict_lookup (dict, G_OPTION_REMAINING, "^a&ay", &o->remaining);
  g_variant_dict_lookup (dict, "export-table", "^&ay", &o->export_table);
  g_variant_dict_lookup (dict, "drugs", "&s", &o->drugs);
  g_variant_dict_lookup (dict, "format", "&s", &o->format);
  g_variant_dict_lookup (dict, "kb-dir", "^a&ay", &o->kb_dirs);
  g_variant_dict_lookup (dict, "export-chart", "&s", &o->export_chart);
  g_variant_dict_lookup (dict, "output", "^&ay", &o->output);
  g_variant_dict_lookup (dict, "size", "&s", &o->size);
  o->has_scale = g_variant_dict_lookup (dict, "scale", "i", &o->scale);
  g_variant_dict_lookup (dict, "theme", "&s", &o->theme);
  g_variant_dict_lookup (dict, "export-handout", "^&ay", &o->export_handout);
  g_variant_dict_lookup (dict, "paper", "&s", &o->paper);
}

/* "a, b,,c" -> { "a", "b", "c" } */
static char **
split_ids (const char *list)
{
  g_auto (GStrv) parts = g_strsplit (list, ",", -1);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *id = g_strstrip (parts[i]);
      if (*id != '\0')
        g_ptr_array_add (ids, g_strdup (id));
    }
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (ids, FALSE);
}

static char *
known_ids (RcKnowledgeBase *kb)
{
  GListModel *drugs = rc_knowledge_base_get_drugs (kb);
  GString    *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, rc_drug_get_id (drug));
    }
  return g_string_free (out, FALSE);
}

/* The drug ids of --drugs (checked), or all loaded drugs. NULL after
 * printing a usage error. */
static char **
resolve_drugs (RcKnowledgeBase *kb, const char *list)
{
  g_auto (GStrv) ids = NULL;

  if (list == NULL)
    {
      GListModel *drugs = rc_knowledge_base_get_drugs (kb);
      GPtrArray  *all = g_ptr_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
        {
          g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
          g_ptr_array_add (all, g_strdup (rc_drug_get_id (drug)));
        }
      g_ptr_array_add (all, NULL);
      return (char **) g_ptr_array_free (all, FALSE);
    }

  ids = split_ids (list);
  if (ids[0] == NULL)
    {
      /* Translators: --drugs was given an empty list. */
      usage_error (_ ("--drugs needs at least one drug id"));
      return NULL;
    }
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (rc_knowledge_base_lookup_drug (kb, ids[i]) == NULL)
        {
          g_autofree char *known = known_ids (kb);
          /* Translators: the first %s is the id the user typed, the second the
           * list of known ids, e.g. "baclofen, tizanidine". */
          usage_error (_ ("unknown drug “%s” (known drugs: %s)"), ids[i], known);
          return NULL;
        }
    }
  return g_steal_pointer (&ids);
}

/* Loads the built-in knowledge base, the standard overlay directories and
 * --kb-dir. Problems of extra files are warnings: the rest still works. */
static RcKnowledgeBase *
load_knowledge_base (const char *const *kb_dirs)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) defaults = rc_knowledge_base_get_default_dirs ();
  g_autoptr (GPtrArray) dirs = g_ptr_array_new ();
  GPtrArray *problems;

  for (guint i = 0; defaults != NULL && defaults[i] != NULL; i++)
    g_ptr_array_add (dirs, defaults[i]);
  for (guint i = 0; kb_dirs != NULL && kb_dirs[i] != NULL; i++)
    g_ptr_array_add (dirs, (char *) kb_dirs[i]);
  g_ptr_array_add (dirs, NULL);

  if (!rc_knowledge_base_load_default (kb, (const char *const *) dirs->pdata, &error))
    {
      /* Translators: %s is the reason. */
      failure (_ ("cannot read the built-in knowledge base: %s"), error->message);
      return NULL;
    }

  problems = rc_knowledge_base_get_problems (kb);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const RcKbProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char   *text = rc_kb_problem_to_string (problem);

      if (problem->severity == RC_KB_PROBLEM_NOTICE)
        /* Translators: a note about the knowledge base, e.g. a drug replaced by a later file. */
        g_printerr (_ ("relaxant-compare: note: %s\n"), text);
      else
        /* Translators: a problem of a knowledge-base file that was skipped. */
        g_printerr (_ ("relaxant-compare: warning: %s\n"), text);
    }
  return g_steal_pointer (&kb);
}

/* ---- Commands ------------------------------------------------------- */

static int
command_list (RcKnowledgeBase *kb)
{
  GListModel *drugs = rc_knowledge_base_get_drugs (kb);
  GString    *out = g_string_new (NULL);
  gboolean    ok;

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      const RcFact *klass = rc_drug_get_class (drug);

      g_string_append_printf (out, "%s\t%s\t%s\n", rc_drug_get_id (drug), rc_drug_get_name (drug),
                              klass != NULL ? klass->text : "");
    }
  ok = write_stdout (out->str, out->len);
  g_string_free (out, TRUE);
  if (!ok)
    return failure (_ ("cannot write to standard output"));
  return EXIT_OK;
}

static int
command_validate (const char *const *files)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;
  guint n_bad = 0;
  guint n_files = 0;

  /* The built-in vocabularies (effects, agents) are needed for the
   * cross-checks of a drug file. */
  if (!rc_knowledge_base_load_default (kb, NULL, &error))
    return failure (_ ("cannot read the built-in knowledge base: %s"), error->message);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr (GPtrArray) problems =
          g_ptr_array_new_with_free_func ((GDestroyNotify) rc_kb_problem_free);
      g_autoptr (GString) out = g_string_new (NULL);
      g_autofree char *display = g_filename_display_name (files[i]);
      gboolean         bad = FALSE;

      n_files++;
      rc_knowledge_base_validate_file (kb, file, problems);
      for (guint p = 0; p < problems->len; p++)
        {
          const RcKbProblem *problem = g_ptr_array_index (problems, p);
          g_autoptr (RcKbProblem) shown = NULL;
          g_autofree char *text = NULL;

          /* Name the file as the user typed it, so the lines match the command. */
          shown = rc_kb_problem_new (problem->severity, problem->code, display, problem->line,
                                     problem->column, problem->message);
          text = rc_kb_problem_to_string (shown);
          g_string_append_printf (out, "%s\n", text);
          if (problem->severity != RC_KB_PROBLEM_NOTICE)
            bad = TRUE;
        }
      if (!bad)
        /* Translators: %s is a file name that passed validation. */
        g_string_append_printf (out, _ ("%s: valid\n"), display);
      else
        n_bad++;
      if (!write_stdout (out->str, out->len))
        return failure (_ ("cannot write to standard output"));
    }

  if (n_bad > 0)
    {
      /* Translators: the summary of --validate, e.g. "problems in 1 of 3 files":
       * %1$u is the number of files with problems, %2$u the number of files
       * checked. The plural form is chosen by %2$u, the number the word
       * “files” goes with. */
      g_printerr (ngettext ("relaxant-compare: problems in %1$u of %2$u file\n",
                            "relaxant-compare: problems in %1$u of %2$u files\n", n_files),
                  n_bad, n_files);
      return EXIT_FAILED;
    }
  /* Translators: the summary of --validate when every file passed. */
  g_printerr (ngettext ("relaxant-compare: %u file is valid\n",
                        "relaxant-compare: all %u files are valid\n", n_files),
              n_files);
  return EXIT_OK;
}

static int
command_export_table (RcKnowledgeBase *kb, const Options *o)
{
  RcTableFormat format = RC_TABLE_FORMAT_CSV;
  g_auto (GStrv) ids = NULL;
  g_autoptr (RcComparison) comparison = NULL;
  g_autoptr (GError) error = NULL;

  if (o->format != NULL && !rc_table_format_from_string (o->format, &format))
    /* Translators: %s is what the user typed after --format. */
    return usage_error (_ ("unknown table format “%s” (use csv, markdown, html or tsv)"),
                        o->format);

  ids = resolve_drugs (kb, o->drugs);
  if (ids == NULL)
    return EXIT_USAGE;

  comparison = rc_comparison_new (kb, (const char *const *) ids, &error);
  if (comparison == NULL)
    return failure ("%s", error->message);

  if (g_str_equal (o->export_table, "-"))
    {
      g_autofree char *text = rc_table_export_to_string (comparison, format);

      if (!write_stdout (text, strlen (text)))
        return failure (_ ("cannot write to standard output"));
      return EXIT_OK;
    }
  else
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (o->export_table);
      g_autofree char *display = g_filename_display_name (o->export_table);

      if (!rc_table_export_to_file (comparison, format, file, &error))
        /* Translators: the first %s is a file name, the second the reason. */
        return failure (_ ("cannot write “%s”: %s"), display, error->message);
      return EXIT_OK;
    }
}

static int
command_export_chart (RcKnowledgeBase *kb, const Options *o)
{
  static const char *const kinds[] = { "titration", "side-effects", "concentration", NULL };
  static const char *const themes[] = { "light", "dark", "print", NULL };
  g_auto (GStrv) ids = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_strv_contains (kinds, o->export_chart))
    /* Translators: %s is what the user typed after --export-chart. */
    return usage_error (_ ("unknown chart “%s” (use titration, side-effects or concentration)"),
                        o->export_chart);
  if (o->output == NULL)
    return usage_error (_ ("--export-chart needs --output FILE"));
  if (o->has_scale && (o->scale < 1 || o->scale > RC_CHART_EXPORT_MAX_SCALE))
    /* Translators: the first %d is what the user typed after --scale, the
     * second the largest scale allowed. */
    return usage_error (_ ("invalid scale %d (use a whole number from 1 to %d)"), o->scale,
                        RC_CHART_EXPORT_MAX_SCALE);
  if (!rc_cli_check_chart_geometry (o->size, o->has_scale ? o->scale : 0, &error))
    return usage_error ("%s", error->message);
  if (o->theme != NULL && !g_strv_contains (themes, o->theme))
    /* Translators: %s is what the user typed after --theme. */
    return usage_error (_ ("unknown theme “%s” (use light, dark or print)"), o->theme);

  ids = resolve_drugs (kb, o->drugs);
  if (ids == NULL)
    return EXIT_USAGE;

  if (!rc_cli_export_chart (kb, o->export_chart, (const char *const *) ids, o->output, o->size,
                            o->has_scale ? o->scale : 0, o->theme, &error))
    {
      g_autofree char *display = g_filename_display_name (o->output);
      return failure (_ ("cannot write “%s”: %s"), display, error->message);
    }
  return EXIT_OK;
}

static gboolean
has_pdf_extension (const char *filename)
{
  g_autofree char *base = g_path_get_basename (filename);

  return strlen (base) > 4 && g_ascii_strcasecmp (base + strlen (base) - 4, ".pdf") == 0;
}

static int
command_export_handout (RcKnowledgeBase *kb, const Options *o)
{
  RcHandoutPaper paper = RC_HANDOUT_PAPER_A4;
  double         width, height;
  g_auto (GStrv) ids = NULL;
  g_autoptr (RcComparison) comparison = NULL;
  g_autoptr (RcHandout) handout = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *display = g_filename_display_name (o->export_handout);

  if (o->paper != NULL && !rc_handout_paper_from_string (o->paper, &paper))
    /* Translators: %s is what the user typed after --paper. */
    return usage_error (_ ("unknown paper size “%s” (use a4 or letter)"), o->paper);
  if (!has_pdf_extension (o->export_handout))
    /* Translators: %s is the file name given to --export-handout. */
    return usage_error (_ ("the handout is a PDF: “%s” must end in .pdf"), display);

  ids = resolve_drugs (kb, o->drugs);
  if (ids == NULL)
    return EXIT_USAGE;

  comparison = rc_comparison_new (kb, (const char *const *) ids, &error);
  if (comparison == NULL)
    return failure ("%s", error->message);

  handout = rc_handout_new (kb, comparison);
  rc_handout_paper_get_size (paper, &width, &height);
  file = g_file_new_for_commandline_arg (o->export_handout);
  if (!rc_handout_export_to_file (handout, width, height, file, &error))
    return failure (_ ("cannot write “%s”: %s"), display, error->message);
  return EXIT_OK;
}

/* ---- Dispatch ------------------------------------------------------- */

int
rc_cli_handle_local_options (GVariantDict *options, char ***kb_dirs_out)
{
  Options o;
  guint   n_commands;
  g_autoptr (GPtrArray) validate = NULL;
  g_autoptr (RcKnowledgeBase) kb = NULL;
  int status;

  g_return_val_if_fail (options != NULL, EXIT_USAGE);

  options_read (options, &o);
  if (kb_dirs_out != NULL)
    *kb_dirs_out = o.kb_dirs != NULL ? g_strdupv ((char **) o.kb_dirs) : NULL;

  if (o.version)
    {
      g_autofree char *line = g_strdup_printf ("relaxant-compare %s\n", PACKAGE_VERSION);

      options_clear (&o);
      return write_stdout (line, strlen (line)) ? EXIT_OK : EXIT_FAILED;
    }

  /* "--validate a.xml b.xml": the first file is the option's, the rest arrive
   * as remaining arguments. */
  validate = g_ptr_array_new ();
  for (guint i = 0; o.validate != NULL && o.validate[i] != NULL; i++)
    g_ptr_array_add (validate, (gpointer) o.validate[i]);
  if (o.validate != NULL)
    for (guint i = 0; o.remaining != NULL && o.remaining[i] != NULL; i++)
      g_ptr_array_add (validate, (gpointer) o.remaining[i]);
  g_ptr_array_add (validate, NULL);

  n_commands = (o.list ? 1 : 0) + (o.validate != NULL ? 1 : 0) + (o.export_table != NULL ? 1 : 0) +
               (o.export_chart != NULL ? 1 : 0) + (o.export_handout != NULL ? 1 : 0);

  if (n_commands > 1)
    status = usage_error (_ ("--list, --validate, --export-table, --export-chart and "
                             "--export-handout cannot be combined"));
  else if (o.validate == NULL && o.remaining != NULL && o.remaining[0] != NULL)
    /* Translators: %s is a stray argument on the command line. */
    status = usage_error (_ ("unexpected argument “%s”"), o.remaining[0]);
  else if (o.drugs != NULL && o.export_table == NULL && o.export_chart == NULL &&
           o.export_handout == NULL)
    status = usage_error (_ ("--drugs needs --export-table, --export-chart or --export-handout"));
  else if (o.format != NULL && o.export_table == NULL)
    status = usage_error (_ ("--format needs --export-table"));
  else if ((o.output != NULL || o.size != NULL || o.has_scale || o.theme != NULL) &&
           o.export_chart == NULL)
    status = usage_error (_ ("--output, --size, --scale and --theme need --export-chart"));
  else if (o.paper != NULL && o.export_handout == NULL)
    status = usage_error (_ ("--paper needs --export-handout"));
  else if (n_commands == 0)
    status = -1; /* no command: the GUI starts */
  else if (o.validate != NULL)
    status = command_validate ((const char *const *) validate->pdata);
  else if ((kb = load_knowledge_base ((const char *const *) o.kb_dirs)) == NULL)
    status = EXIT_FAILED;
  else if (o.list)
    status = command_list (kb);
  else if (o.export_table != NULL)
    status = command_export_table (kb, &o);
  else if (o.export_handout != NULL)
    status = command_export_handout (kb, &o);
  else
    status = command_export_chart (kb, &o);

  options_clear (&o);
  return status;
}
