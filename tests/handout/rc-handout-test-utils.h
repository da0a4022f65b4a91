/* rc-handout-test-utils.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-comparison.h"
#include "rc-knowledge-base.h"

G_BEGIN_DECLS

/* Where poppler's tools are: set from the command line (meson passes their
 * paths) by rc_handout_test_init(). */
void rc_handout_test_init (int *argc, char ***argv);

/* The knowledge base the command line loads: built in plus overlays. */
RcKnowledgeBase *rc_handout_test_load_kb (void);

/* A file name in the build directory (tests/handout/), for the PDFs and
 * pictures a person may want to look at after a run. */
char *rc_handout_test_output_path (const char *name);

/* The number of pages (pdfinfo). */
guint rc_handout_test_pdf_n_pages (const char *pdf);
/* The text of the whole document (page 0) or of one page (1-based), with
 * every run of white space made one space. */
char *rc_handout_test_pdf_text (const char *pdf, guint page);
/* The rows of pdffonts after its two header lines. */
GStrv rc_handout_test_pdf_fonts (const char *pdf);

typedef struct
{
  guint  page; /* 1-based */
  double page_width;
  double page_height;
  double x_min, y_min, x_max, y_max;
  char  *text;
} RcTestWord;

/* Every word with its box, in points from the page's top left
 * (pdftotext -bbox). Free with g_ptr_array_unref(). */
GPtrArray *rc_handout_test_pdf_words (const char *pdf);

/* Fails the test when a word's box is outside the page less margin
 * (allowing tolerance points); returns the number of words checked. */
guint rc_handout_test_assert_words_within (const char *pdf, double margin, double tolerance);

/* Whether text, with its white space made single spaces, contains needle
 * with its white space made single spaces. */
gboolean rc_handout_test_text_contains (const char *text, const char *needle);

/* The first n words of text (all when fewer). */
char *rc_handout_test_first_words (const char *text, guint n);

G_END_DECLS
