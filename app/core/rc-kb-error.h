/* rc-kb-error.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RC_KB_ERROR (rc_kb_error_quark ())

typedef enum
{
  RC_KB_ERROR_IO, /* missing, unreadable, a directory, too large */
  RC_KB_ERROR_NOT_WELL_FORMED,
  RC_KB_ERROR_ENCODING,
  RC_KB_ERROR_DOCTYPE, /* any DOCTYPE / entity declaration is refused */
  RC_KB_ERROR_SCHEMA,  /* RelaxNG validation */
  RC_KB_ERROR_RULE,    /* rules the schema cannot say */
  RC_KB_ERROR_DUPLICATE,
} RcKbError;

GQuark rc_kb_error_quark (void);

typedef enum
{
  RC_KB_PROBLEM_ERROR,
  RC_KB_PROBLEM_NOTICE, /* e.g. a drug replaced by a later file */
} RcKbProblemSeverity;

/* One problem found while loading or validating a file. */
typedef struct
{
  RcKbProblemSeverity severity;
  RcKbError           code;
  char               *file;    /* path or URI as given; never NULL */
  int                 line;    /* 1-based; 0 when the problem has no line */
  int                 column;  /* 1-based; 0 when unknown */
  char               *message; /* translated, plain words */
} RcKbProblem;

RcKbProblem *rc_kb_problem_new (RcKbProblemSeverity severity,
                                RcKbError           code,
                                const char         *file,
                                int                 line,
                                int                 column,
                                const char         *message);
void         rc_kb_problem_free (RcKbProblem *problem);
/* "FILE:LINE:COLUMN: message" (LINE/COLUMN omitted when 0). */
char *rc_kb_problem_to_string (const RcKbProblem *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcKbProblem, rc_kb_problem_free)

G_END_DECLS
