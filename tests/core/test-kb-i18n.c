/* test-kb-i18n.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rc-kb-test-utils.h"

/* The loader translates knowledge-base text at load time through the
 * catalog, looking each text up the way xgettext extracted it; ids, units,
 * brand names and source titles stay as they are. The catalog is a small
 * German one built from tests/core/data/test-kb.po. */

static char *locale_dir;

static void
test_drug_text_is_translated (void)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autofree char *text = kb_test_fixture ();
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  RcDrug          *drug;
  const RcRegimen *regimen;
  RcBrand         *brand;

  g_assert_true (rc_knowledge_base_load_bytes (kb, bytes, "minimal.xml"));
  drug = rc_knowledge_base_lookup_drug (kb, "fixturine");
  g_assert_nonnull (drug);

  g_assert_cmpstr (rc_drug_get_id (drug), ==, "fixturine");
  g_assert_cmpstr (rc_drug_get_name (drug), ==, "Fixturin");
  /* Looked up after folding "Test  relaxant\n      (fictional)". */
  g_assert_cmpstr (rc_drug_get_class (drug)->text, ==, "Test-Relaxans (erfunden)");
  /* Looked up as "Urine &amp; bile.", returned with a plain "&". */
  g_assert_cmpstr (rc_drug_get_pharmacokinetics (drug)->excretion->text, ==, "Urin & Galle.");

  regimen = rc_drug_get_primary_regimen (drug);
  g_assert_cmpstr (regimen->max_single->note, ==,
                   "Die Fachinformation nennt keine Einzelhöchstdosis.");
  g_assert_cmpstr (regimen->max_daily->unit, ==, "mg");
  g_assert_cmpstr (((RcTitrationStep *) g_ptr_array_index (regimen->steps, 0))->unit, ==, "mg");

  /* Untranslated text stays English. */
  g_assert_cmpstr (rc_drug_get_mechanism_summary (drug)->text, ==, "Acts on test receptors.");

  brand = g_ptr_array_index (rc_drug_get_brands (drug), 0);
  g_assert_cmpstr (brand->name, ==, "Fixtura");
  g_assert_cmpstr (rc_source_get_title (rc_drug_lookup_source (drug, "FIX-LABEL")), ==,
                   "Fixturine test label");
}

static void
test_vocabularies_are_translated (void)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;
  RcEffect *headache;

  g_assert_true (rc_knowledge_base_load_default (kb, NULL, &error));
  g_assert_no_error (error);

  headache = rc_knowledge_base_lookup_effect (kb, "headache");
  g_assert_cmpstr (rc_effect_get_label (headache), ==, "Kopfschmerz");
  g_assert_cmpstr (rc_effect_get_system_label (headache), ==, "Nervensystem");
  g_assert_cmpstr (rc_effect_get_system_id (headache), ==, "nervous");
  g_assert_cmpstr (rc_agent_get_label (rc_knowledge_base_lookup_agent (kb, "alcohol")), ==,
                   "Alkohol");
}

static void
test_problems_are_translated (void)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GBytes) bytes = g_bytes_new_static ("", 0);

  g_assert_false (rc_knowledge_base_load_bytes (kb, bytes, "empty.xml"));
  kb_test_assert_problem (kb_test_single_error (kb), "empty.xml", 0, "Die Datei ist leer");
}

int
main (int argc, char *argv[])
{
  int result;

  /* LANGUAGE is honoured under C.UTF-8 (the test environment's locale),
   * not under plain C. */
  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);
  locale_dir = kb_test_install_catalog ("rc-kb-test.mo");

  g_test_add_func ("/core/i18n/drug-text", test_drug_text_is_translated);
  g_test_add_func ("/core/i18n/vocabularies", test_vocabularies_are_translated);
  g_test_add_func ("/core/i18n/problems", test_problems_are_translated);

  result = g_test_run ();

  kb_test_remove_dir (locale_dir);
  g_free (locale_dir);

  return result;
}
