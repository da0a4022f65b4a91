/* test-kb-problems.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "rc-kb-test-utils.h"

/* Every bad file is reported with its file, its line and words a person
 * understands; nothing is loaded from it and nothing crashes. Each test
 * makes its bad file by altering the valid fixture. */

typedef struct
{
  char *dir;
  char *fixture;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kb_test_make_dir ();
  f->fixture = kb_test_fixture ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kb_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->fixture);
}

/* Loads text as dir/bad.xml and checks the single problem it causes. */
static const RcKbProblem *
check_text (Fixture         *f,
            RcKnowledgeBase *kb,
            const char      *text,
            int              line,
            RcKbError        code,
            const char      *fragment)
{
  g_autofree char *path = kb_test_write (f->dir, "bad.xml", text, -1);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  const RcKbProblem *problem;

  g_assert_false (rc_knowledge_base_load_file (kb, file));
  problem = kb_test_single_error (kb);
  kb_test_assert_problem (problem, path, line, fragment);
  g_assert_cmpint (problem->code, ==, code);
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 0);

  return problem;
}

/* The fixture with from replaced by to; the problem is on the line where
 * line_marker first appears in the altered text. */
static void
check_variant (Fixture    *f,
               const char *from,
               const char *to,
               const char *line_marker,
               RcKbError   code,
               const char *fragment)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autofree char *text = kb_test_variant (f->fixture, from, to);

  check_text (f, kb, text, kb_test_line_of (text, line_marker), code, fragment);
}

static void
test_fixture_is_valid (Fixture *f, gconstpointer data)
{
  g_autofree char *path = kb_test_write (f->dir, "good.xml", f->fixture, -1);
  g_autoptr (RcKnowledgeBase) kb = kb_test_load_file (path);

  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 0);
  g_assert_cmpuint (rc_knowledge_base_get_n_failed_files (kb), ==, 0);
  g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, "fixturine"));
}

/* ---- Not well-formed ---- */

static void
test_bare_ampersand (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autofree char   *text = kb_test_variant (f->fixture, "Urine &amp; bile.", "Urine & bile.");
  const RcKbProblem *problem = check_text (f, kb, text, kb_test_line_of (text, "Urine & bile"),
                                           RC_KB_ERROR_NOT_WELL_FORMED, "must be written as &amp;");

  g_assert_cmpint (problem->column, >, 0);
}

static void
test_mismatched_tag (Fixture *f, gconstpointer data)
{
  check_variant (f, "bile.</excretion>", "bile.</excretio>", "bile.</excretio>",
                 RC_KB_ERROR_NOT_WELL_FORMED, "does not match the start tag <excretion>");
}

static void
test_unknown_entity (Fixture *f, gconstpointer data)
{
  check_variant (f, "Urine &amp; bile.", "Urine &nbsp; bile.", "&nbsp;",
                 RC_KB_ERROR_NOT_WELL_FORMED, "Unknown entity &nbsp;");
}

static void
test_empty_file (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();

  check_text (f, kb, "", 0, RC_KB_ERROR_NOT_WELL_FORMED, "The file is empty");
}

static void
test_blank_file (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();

  check_text (f, kb, "  \n\n  ", 3, RC_KB_ERROR_NOT_WELL_FORMED, "must contain a root element");
}

/* ---- Schema ---- */

static void
test_wrong_root (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autofree char *step = kb_test_variant (f->fixture, "<drug id=", "<drugs id=");
  g_autofree char *text = kb_test_variant (step, "</drug>", "</drugs>");

  check_text (f, kb, text, kb_test_line_of (text, "<drugs id="), RC_KB_ERROR_SCHEMA,
              "The root element must be <drug>, <effects> or <agents>, not <drugs>");
}

static void
test_missing_element (Fixture *f, gconstpointer data)
{
  check_variant (f, "  <name>Fixturine</name>\n", "", "<identity>", RC_KB_ERROR_SCHEMA,
                 "<drug> is missing the required element <name>");
}

static void
test_missing_last_element (Fixture *f, gconstpointer data)
{
  check_variant (f, "    <excretion source=\"FIX-LABEL\">Urine &amp; bile.</excretion>\n", "",
                 "<metabolism", RC_KB_ERROR_SCHEMA,
                 "<pharmacokinetics> is missing the required element <excretion>");
}

static void
test_unknown_element (Fixture *f, gconstpointer data)
{
  check_variant (f, "<name>Fixturine</name>", "<name>Fixturine</name>\n  <colour>red</colour>",
                 "<colour>", RC_KB_ERROR_SCHEMA,
                 "Element <colour> is not allowed here, inside <drug>");
}

static void
test_unknown_attribute (Fixture *f, gconstpointer data)
{
  check_variant (f, "<strength value=\"30\" unit=\"mg\"/>",
                 "<strength value=\"30\" unit=\"mg\" colour=\"red\"/>",
                 "colour=", RC_KB_ERROR_SCHEMA, "Attribute colour is not allowed on <strength>");
}

static void
test_missing_attribute (Fixture *f, gconstpointer data)
{
  check_variant (f, "<class source=\"FIX-LABEL\">", "<class>", "<class>", RC_KB_ERROR_SCHEMA,
                 "<class> is missing the required attribute source");
}

static void
test_non_numeric_dose (Fixture *f, gconstpointer data)
{
  check_variant (f, "to-day=\"3\" dose=\"5\"", "to-day=\"3\" dose=\"abc\"", "dose=\"abc\"",
                 RC_KB_ERROR_SCHEMA, "Attribute dose=\"abc\" is not a valid number");
}

static void
test_negative_dose (Fixture *f, gconstpointer data)
{
  check_variant (f, "to-day=\"3\" dose=\"5\"", "to-day=\"3\" dose=\"-5\"", "dose=\"-5\"",
                 RC_KB_ERROR_SCHEMA, "Attribute dose=\"-5\" must be greater than 0");
}

static void
test_bad_enumeration (Fixture *f, gconstpointer data)
{
  check_variant (f, "us=\"IV\"", "us=\"VI\"", "us=\"VI\"", RC_KB_ERROR_SCHEMA,
                 "Attribute us=\"VI\" must be one of");
}

static void
test_bad_date (Fixture *f, gconstpointer data)
{
  check_variant (f, "reviewed=\"2026-01-15\"", "reviewed=\"2026-02-30\"",
                 "reviewed=", RC_KB_ERROR_SCHEMA, "is not a valid date");
}

static void
test_empty_text (Fixture *f, gconstpointer data)
{
  check_variant (f, "<summary>Acts on test receptors.</summary>", "<summary></summary>",
                 "<summary></summary>", RC_KB_ERROR_SCHEMA, "<summary> must not be empty");
}

/* ---- Rules ---- */

static void
test_min_greater_than_max (Fixture *f, gconstpointer data)
{
  check_variant (f, "min=\"30\" max=\"45\"", "min=\"50\" max=\"45\"", "min=\"50\"",
                 RC_KB_ERROR_RULE, "min=\"50\" must not be greater than max=\"45\"");
}

static void
test_dose_range_reversed (Fixture *f, gconstpointer data)
{
  check_variant (f, "dose-min=\"10\" dose-max=\"15\"", "dose-min=\"20\" dose-max=\"15\"",
                 "dose-min=\"20\"", RC_KB_ERROR_RULE,
                 "dose-min=\"20\" must not be greater than dose-max=\"15\"");
}

static void
test_days_reversed (Fixture *f, gconstpointer data)
{
  check_variant (f, "from-day=\"1\" to-day=\"3\" dose=\"5\"",
                 "from-day=\"3\" to-day=\"1\" dose=\"5\"", "from-day=\"3\"", RC_KB_ERROR_RULE,
                 "from-day=\"3\" must not be greater than to-day=\"1\"");
}

static void
test_step_above_max_daily (Fixture *f, gconstpointer data)
{
  check_variant (f, "from-day=\"4\" dose=\"10\"", "from-day=\"4\" dose=\"25\"", "dose=\"25\"",
                 RC_KB_ERROR_RULE, "more than the maximum daily dose of 60 mg");
}

static void
test_step_above_max_daily_in_grams (Fixture *f, gconstpointer data)
{
  /* 10 mg three times a day is 30 mg, above 0.02 g; 5 mg × 3 is not. */
  check_variant (f, "<max-daily source=\"FIX-LABEL\" value=\"60\" unit=\"mg\"/>",
                 "<max-daily source=\"FIX-LABEL\" value=\"0.02\" unit=\"g\"/>", "from-day=\"4\"",
                 RC_KB_ERROR_RULE, "more than the maximum daily dose of 0.02 g");
}

static void
test_dangling_source (Fixture *f, gconstpointer data)
{
  check_variant (f, "<excretion source=\"FIX-LABEL\">", "<excretion source=\"FIX-NOPE\">",
                 "FIX-NOPE", RC_KB_ERROR_RULE, "Source “FIX-NOPE” is not listed");
}

static void
test_dangling_seen_in (Fixture *f, gconstpointer data)
{
  check_variant (f, "seen-in=\"FIX-WRONG\"", "seen-in=\"FIX-GONE\"", "FIX-GONE", RC_KB_ERROR_RULE,
                 "Source “FIX-GONE” is not listed");
}

static void
test_unknown_effect (Fixture *f, gconstpointer data)
{
  check_variant (f, "effect=\"headache\"", "effect=\"hedache\"", "hedache", RC_KB_ERROR_RULE,
                 "Effect “hedache” is not in the shared effects vocabulary");
}

static void
test_unknown_agent (Fixture *f, gconstpointer data)
{
  check_variant (f, "agents=\"alcohol\"", "agents=\"alcohol beer\"", "alcohol beer",
                 RC_KB_ERROR_RULE, "Agent “beer” is not in the shared agents vocabulary");
}

static void
test_two_primary_regimens (Fixture *f, gconstpointer data)
{
  check_variant (f, "id=\"oral-er\" route=\"oral\" form=\"er\">",
                 "id=\"oral-er\" route=\"oral\" form=\"er\" primary=\"true\">", "id=\"oral-er\"",
                 RC_KB_ERROR_RULE, "Only one regimen can be primary");
}

static void
test_unknown_arm (Fixture *f, gconstpointer data)
{
  check_variant (f, "arm=\"placebo\" status", "arm=\"placebo-2\" status", "placebo-2",
                 RC_KB_ERROR_RULE, "Arm “placebo-2” is not an arm of trial “t1”");
}

static void
test_unknown_form (Fixture *f, gconstpointer data)
{
  check_variant (f, "route=\"oral\" form=\"er\"", "route=\"oral\" form=\"capsule\"",
                 "form=\"capsule\"", RC_KB_ERROR_RULE, "Form “capsule” is not one of the forms");
}

static void
test_unknown_regimen (Fixture *f, gconstpointer data)
{
  check_variant (f, "regimen=\"oral-ir\" n=\"100\"", "regimen=\"oral-xr\" n=\"100\"", "oral-xr",
                 RC_KB_ERROR_RULE, "Regimen “oral-xr” is not one of the regimens");
}

static void
test_duplicate_trial_arm (Fixture *f, gconstpointer data)
{
  check_variant (f, "<label>Placebo</label>\n      </arm>",
                 "<label>Placebo</label>\n      </arm>\n      <arm id=\"drug\" kind=\"placebo\">\n"
                 "        <label>Again</label>\n      </arm>",
                 "<arm id=\"drug\" kind=\"placebo\"", RC_KB_ERROR_RULE,
                 "Two arms of trial “t1” have the id “drug”");
}

static void
test_duplicate_source_id (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  /* A second FIX-REG; FIX-STUDY is then no longer listed, so the study's
   * citation is kept valid by citing FIX-REG instead. */
  g_autofree char *step =
      kb_test_variant (f->fixture, "<source id=\"FIX-STUDY\"", "<source id=\"FIX-REG\"");
  g_autofree char *text =
      kb_test_variant (step, "<half-life source=\"FIX-STUDY\"", "<half-life source=\"FIX-REG\"");

  check_text (f, kb, text, kb_test_line_of (text, "<source id=\"FIX-REG\" kind=\"study\""),
              RC_KB_ERROR_RULE, "Two sources have the id “FIX-REG”");
}

static void
test_blank_text (Fixture *f, gconstpointer data)
{
  check_variant (f, "<excretion source=\"FIX-LABEL\">Urine &amp; bile.</excretion>",
                 "<excretion source=\"FIX-LABEL\">  \n  </excretion>", "<excretion",
                 RC_KB_ERROR_RULE, "<excretion> must contain text");
}

/* ---- DOCTYPE and entities ---- */

static char *
with_doctype (const char *fixture, const char *doctype, const char *name)
{
  g_autofree char *step =
      kb_test_variant (fixture, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment -->\n");
  g_autofree char *declared = kb_test_variant (step, "<!-- a comment -->\n", doctype);

  return kb_test_variant (declared, "<name>Fixturine</name>", name);
}

static void
assert_nothing_mentions (RcKnowledgeBase *kb, const char *secret)
{
  GPtrArray *problems = rc_knowledge_base_get_problems (kb);

  for (guint i = 0; i < problems->len; i++)
    {
      const RcKbProblem *problem = g_ptr_array_index (problems, i);

      g_assert_null (strstr (problem->message, secret));
      g_assert_null (strstr (problem->file, secret));
    }

  /* Nothing was loaded, so no model text can hold it either. */
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 0);
}

static void
test_billion_laughs (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GString) doctype = g_string_new ("<!DOCTYPE drug [\n  <!ENTITY lol \"lol\">\n");
  g_autofree char *text = NULL;

  for (int i = 1; i <= 9; i++)
    {
      g_string_append_printf (doctype, "  <!ENTITY lol%d \"", i);
      for (int j = 0; j < 10; j++)
        g_string_append_printf (doctype, i == 1 ? "&lol;" : "&lol%d;", i - 1);
      g_string_append (doctype, "\">\n");
    }
  g_string_append (doctype, "]>\n");

  text = with_doctype (f->fixture, doctype->str, "<name>&lol9;</name>");
  check_text (f, kb, text, kb_test_line_of (text, "<!DOCTYPE"), RC_KB_ERROR_DOCTYPE, "DOCTYPE");
  assert_nothing_mentions (kb, "lollollol");
}

static void
test_external_entity (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autofree char *secret = g_strdup_printf ("rc-secret-%08x", g_random_int ());
  g_autofree char *secret_path = kb_test_write (f->dir, "secret.txt", secret, -1);
  g_autofree char *secret_uri = g_filename_to_uri (secret_path, NULL, NULL);
  g_autofree char *doctype =
      g_strdup_printf ("<!DOCTYPE drug [\n  <!ENTITY xxe SYSTEM \"%s\">\n]>\n", secret_uri);
  g_autofree char *text = with_doctype (f->fixture, doctype, "<name>&xxe;</name>");

  check_text (f, kb, text, kb_test_line_of (text, "<!DOCTYPE"), RC_KB_ERROR_DOCTYPE, "DOCTYPE");
  assert_nothing_mentions (kb, secret);
}

static void
test_external_dtd (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autofree char *secret = g_strdup_printf ("rc-secret-%08x", g_random_int ());
  g_autofree char *dtd = g_strdup_printf ("<!ENTITY xxe \"%s\">\n", secret);
  g_autofree char *dtd_path = kb_test_write (f->dir, "secret.dtd", dtd, -1);
  g_autofree char *dtd_uri = g_filename_to_uri (dtd_path, NULL, NULL);
  g_autofree char *doctype = g_strdup_printf ("<!DOCTYPE drug SYSTEM \"%s\">\n", dtd_uri);
  g_autofree char *text = with_doctype (f->fixture, doctype, "<name>&xxe;</name>");

  check_text (f, kb, text, kb_test_line_of (text, "<!DOCTYPE"), RC_KB_ERROR_DOCTYPE, "DOCTYPE");
  assert_nothing_mentions (kb, secret);
}

static void
test_entity_without_doctype (Fixture *f, gconstpointer data)
{
  check_variant (f, "<name>Fixturine</name>", "<name>&xxe;</name>", "&xxe;",
                 RC_KB_ERROR_NOT_WELL_FORMED, "Unknown entity &xxe;");
}

static void
test_validate_refuses_doctype (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GPtrArray) problems =
      g_ptr_array_new_with_free_func ((GDestroyNotify) rc_kb_problem_free);
  g_autofree char *text =
      with_doctype (f->fixture, "<!DOCTYPE drug [ <!ENTITY a \"b\"> ]>\n", "<name>&a;</name>");
  g_autofree char *path = kb_test_write (f->dir, "doctype.xml", text, -1);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  g_assert_false (rc_knowledge_base_validate_file (kb, file, problems));
  g_assert_cmpuint (problems->len, ==, 1);
  kb_test_assert_problem (g_ptr_array_index (problems, 0), path,
                          kb_test_line_of (text, "<!DOCTYPE"), "DOCTYPE");
}

/* ---- Encoding and files ---- */

static void
test_not_utf8 (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  /* "Fixturìne" in Latin-1: 0xEC is not UTF-8 on its own. */
  g_autofree char *text =
      kb_test_variant (f->fixture, "<name>Fixturine</name>", "<name>Fixtur\xecne</name>");
  const RcKbProblem *problem =
      check_text (f, kb, text, kb_test_line_of (text, "<name>"), RC_KB_ERROR_ENCODING, "UTF-8");

  g_assert_cmpint (problem->column, ==, 15);
}

static void
test_utf16 (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;
  gsize            len = 0;
  g_autofree char *utf16 = g_convert (f->fixture, -1, "UTF-16LE", "UTF-8", NULL, &len, &error);
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;

  g_assert_no_error (error);
  path = kb_test_write (f->dir, "utf16.xml", utf16, (gssize) len);
  file = g_file_new_for_path (path);
  g_assert_false (rc_knowledge_base_load_file (kb, file));
  kb_test_assert_problem (kb_test_single_error (kb), path, 1, "UTF-8");
}

static void
test_directory (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "folder.xml", NULL);
  g_autoptr (RcKnowledgeBase) kb = NULL;
  const RcKbProblem *problem;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  kb = kb_test_load_file (path);
  problem = kb_test_single_error (kb);
  kb_test_assert_problem (problem, path, 0, "folder, not a file");
  g_assert_cmpint (problem->code, ==, RC_KB_ERROR_IO);
}

static void
test_missing (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "nowhere.xml", NULL);
  g_autoptr (RcKnowledgeBase) kb = kb_test_load_file (path);

  kb_test_assert_problem (kb_test_single_error (kb), path, 0, "does not exist");
}

static void
test_unreadable (Fixture *f, gconstpointer data)
{
  g_autofree char *path = kb_test_write (f->dir, "locked.xml", f->fixture, -1);
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  if (g_access (path, R_OK) == 0)
    {
      /* root (or CAP_DAC_OVERRIDE) reads files whatever their mode. */
      g_test_skip ("File permissions do not stop this user (root?) from reading: cannot test");
      return;
    }

  kb = kb_test_load_file (path);
  kb_test_assert_problem (kb_test_single_error (kb), path, 0, "permission denied");
}

static void
test_symlink_loop (Fixture *f, gconstpointer data)
{
  g_autofree char *a = g_build_filename (f->dir, "a.xml", NULL);
  g_autofree char *b = g_build_filename (f->dir, "b.xml", NULL);
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_cmpint (symlink (b, a), ==, 0);
  g_assert_cmpint (symlink (a, b), ==, 0);

  kb = kb_test_load_file (a);
  kb_test_assert_problem (kb_test_single_error (kb), a, 0, "symbolic link");
}

static void
test_dangling_symlink (Fixture *f, gconstpointer data)
{
  g_autofree char *link = g_build_filename (f->dir, "link.xml", NULL);
  g_autofree char *target = g_build_filename (f->dir, "gone.xml", NULL);
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_cmpint (symlink (target, link), ==, 0);
  kb = kb_test_load_file (link);
  kb_test_assert_problem (kb_test_single_error (kb), link, 0, "symbolic link");
}

static void
test_too_large (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new (f->fixture);
  g_autofree char *path = NULL;
  g_autoptr (RcKnowledgeBase) kb = NULL;
  const RcKbProblem *problem;

  /* Trailing white space is valid XML: only the size is wrong. */
  while (text->len <= RC_KB_MAX_FILE_SIZE)
    g_string_append_c (text, '\n');

  path = kb_test_write (f->dir, "large.xml", text->str, (gssize) text->len);
  kb = kb_test_load_file (path);
  problem = kb_test_single_error (kb);
  kb_test_assert_problem (problem, path, 0, "too large");
  g_assert_cmpint (problem->code, ==, RC_KB_ERROR_IO);
}

static void
test_just_under_the_limit (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new (f->fixture);
  g_autofree char *path = NULL;
  g_autoptr (RcKnowledgeBase) kb = NULL;

  while (text->len < RC_KB_MAX_FILE_SIZE)
    g_string_append_c (text, '\n');

  path = kb_test_write (f->dir, "large.xml", text->str, (gssize) text->len);
  kb = kb_test_load_file (path);
  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 0);
  g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, "fixturine"));
}

static void
test_bytes_too_large (Fixture *f, gconstpointer data)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  gsize size = RC_KB_MAX_FILE_SIZE + 1;
  g_autoptr (GBytes) bytes = g_bytes_new_take (g_malloc0 (size), size);

  g_assert_false (rc_knowledge_base_load_bytes (kb, bytes, "memory.xml"));
  kb_test_assert_problem (kb_test_single_error (kb), "memory.xml", 0, "too large");
}

/* ---- libxml2 stays quiet ---- */

static void
test_nothing_on_stderr (Fixture *f, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
      const char *const bad[] = {
        "<drug>&</drug>",
        "<drug><a></b></drug>",
        "<!DOCTYPE drug [<!ENTITY a \"b\">]><drug>&a;</drug>",
        "<drug id=\"x\" reviewed=\"2026-01-01\"><name>x</name></drug>",
        "<drugs/>",
        "<?xml version=\"1.0\"?><drug xmlns:a=\"x\"><b:c/></drug>",
      };

      for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
        {
          g_autoptr (GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));

          g_assert_false (rc_knowledge_base_load_bytes (kb, bytes, "bad.xml"));
        }
      g_assert_cmpuint (rc_knowledge_base_get_n_failed_files (kb), ==, G_N_ELEMENTS (bad));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
  g_test_trap_assert_stdout ("");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/problems/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("fixture-is-valid", test_fixture_is_valid);
  ADD ("not-well-formed/bare-ampersand", test_bare_ampersand);
  ADD ("not-well-formed/mismatched-tag", test_mismatched_tag);
  ADD ("not-well-formed/unknown-entity", test_unknown_entity);
  ADD ("not-well-formed/empty-file", test_empty_file);
  ADD ("not-well-formed/blank-file", test_blank_file);
  ADD ("schema/wrong-root", test_wrong_root);
  ADD ("schema/missing-element", test_missing_element);
  ADD ("schema/missing-last-element", test_missing_last_element);
  ADD ("schema/unknown-element", test_unknown_element);
  ADD ("schema/unknown-attribute", test_unknown_attribute);
  ADD ("schema/missing-attribute", test_missing_attribute);
  ADD ("schema/non-numeric-dose", test_non_numeric_dose);
  ADD ("schema/negative-dose", test_negative_dose);
  ADD ("schema/bad-enumeration", test_bad_enumeration);
  ADD ("schema/bad-date", test_bad_date);
  ADD ("schema/empty-text", test_empty_text);
  ADD ("rules/min-greater-than-max", test_min_greater_than_max);
  ADD ("rules/dose-range-reversed", test_dose_range_reversed);
  ADD ("rules/days-reversed", test_days_reversed);
  ADD ("rules/step-above-max-daily", test_step_above_max_daily);
  ADD ("rules/step-above-max-daily-in-grams", test_step_above_max_daily_in_grams);
  ADD ("rules/dangling-source", test_dangling_source);
  ADD ("rules/dangling-seen-in", test_dangling_seen_in);
  ADD ("rules/unknown-effect", test_unknown_effect);
  ADD ("rules/unknown-agent", test_unknown_agent);
  ADD ("rules/two-primary-regimens", test_two_primary_regimens);
  ADD ("rules/unknown-arm", test_unknown_arm);
  ADD ("rules/unknown-form", test_unknown_form);
  ADD ("rules/unknown-regimen", test_unknown_regimen);
  ADD ("rules/duplicate-trial-arm", test_duplicate_trial_arm);
  ADD ("rules/duplicate-source-id", test_duplicate_source_id);
  ADD ("rules/blank-text", test_blank_text);
  ADD ("doctype/billion-laughs", test_billion_laughs);
  ADD ("doctype/external-entity", test_external_entity);
  ADD ("doctype/external-dtd", test_external_dtd);
  ADD ("doctype/entity-without-doctype", test_entity_without_doctype);
  ADD ("doctype/validate-refuses", test_validate_refuses_doctype);
  ADD ("files/not-utf8", test_not_utf8);
  ADD ("files/utf16", test_utf16);
  ADD ("files/directory", test_directory);
  ADD ("files/missing", test_missing);
  ADD ("files/unreadable", test_unreadable);
  ADD ("files/symlink-loop", test_symlink_loop);
  ADD ("files/dangling-symlink", test_dangling_symlink);
  ADD ("files/too-large", test_too_large);
  ADD ("files/just-under-the-limit", test_just_under_the_limit);
  ADD ("files/bytes-too-large", test_bytes_too_large);
  ADD ("nothing-on-stderr", test_nothing_on_stderr);

#undef ADD

  return g_test_run ();
}
