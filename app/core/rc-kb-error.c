/* rc-kb-error.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-kb-error.h"

GQuark
rc_kb_error_quark (void)
{
  return g_quark_from_static_string ("rc-kb-error-quark");
}

RcKbProblem *
rc_kb_problem_new (RcKbProblemSeverity severity,
                   RcKbError           code,
                   const char         *file,
                   int                 line,
                   int                 column,
                   const char         *message)
{
  RcKbProblem *problem = g_new0 (RcKbProblem, 1);

  problem->severity = severity;
  problem->code = code;
  problem->file = g_strdup (file != NULL ? file : "");
  problem->line = MAX (line, 0);
  problem->column = MAX (column, 0);
  problem->message = g_strdup (message != NULL ? message : "");

  return problem;
}

void
rc_kb_problem_free (RcKbProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->file);
  g_free (problem->message);
  g_free (problem);
}

char *
rc_kb_problem_to_string (const RcKbProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  /* The GNU "file:line:column: message" form, which editors and build
   * tools know how to jump to. */
  if (problem->line > 0 && problem->column > 0)
    return g_strdup_printf ("%s:%d:%d: %s", problem->file, problem->line, problem->column,
                            problem->message);
  if (problem->line > 0)
    return g_strdup_printf ("%s:%d: %s", problem->file, problem->line, problem->message);
  return g_strdup_printf ("%s: %s", problem->file, problem->message);
}
