/* rc-bench-startup.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Start-up to the first frame, measured from outside with X events the
 * same way for every program, and from inside for the programs that have
 * the first-frame hook (RC_BENCH_FIRST_FRAME, app/widgets/rc-first-frame.c).
 *
 * For each launch: the clock starts just before fork(); "map" is the first
 * MapNotify of a new top-level window; "content" is the first DAMAGE on it
 * after which its pixels are not all one colour (XGetImage); "in-process"
 * is what the hook prints (exec to the frame clock's first after-paint);
 * RSS is VmRSS of /proc/PID/status read at content. The programs run in
 * turn, run after run, after one warm-up round that is thrown away, once
 * per renderer (GDK_DEBUG=gl-disable, and GTK's default).
 *
 * Needs a display with DAMAGE; build-aux/bench.sh runs it in a private
 * Xvfb and D-Bus session. */

#define _GNU_SOURCE /* pipe2 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>

#include <glib.h>

#include "rc-bench-util.h"

typedef enum
{
  ROLE_APP,
  ROLE_BARE,
  ROLE_PEER,
} Role;

typedef struct
{
  char    *name;
  char   **argv;
  Role     role;
  gboolean available;
  /* Per renderer: */
  RcBenchSeries map_ms, content_ms, inproc_ms, rss_kib, peak_kib;
  guint         failures;
} Program;

typedef struct
{
  double   map_ms, content_ms, inproc_ms;
  long     rss_kib, peak_kib;
  gboolean ok;
} Launch;

static Display *dpy;
static int      damage_event_base;
static int      x_error_count;

static int
ignore_x_error (Display *display, XErrorEvent *event)
{
  /* Windows of the previous run vanish under us; that is expected. */
  x_error_count++;
  return 0;
}

static double
ms_since (gint64 t0)
{
  return (double) (rc_bench_now_ns () - t0) / 1e6;
}

/* TRUE when the window shows something other than one flat colour. */
static gboolean
window_has_content (Window window)
{
  XWindowAttributes attrs;
  XImage           *image;
  gboolean          content = FALSE;

  if (!XGetWindowAttributes (dpy, window, &attrs) || attrs.map_state != IsViewable)
    return FALSE;
  image = XGetImage (dpy, window, 0, 0, attrs.width, attrs.height, AllPlanes, ZPixmap);
  if (image == NULL)
    return FALSE;

  if (image->bits_per_pixel == 32)
    {
      guint32 mask = (guint32) (image->red_mask | image->green_mask | image->blue_mask);
      guint32 first = *(guint32 *) image->data & mask;

      for (int y = 0; y < image->height && !content; y++)
        {
          const guint32 *row = (const guint32 *) (image->data + (gsize) y * image->bytes_per_line);

          for (int x = 0; x < image->width; x++)
            if ((row[x] & mask) != first)
              {
                content = TRUE;
                break;
              }
        }
    }
  else
    {
      unsigned long first = XGetPixel (image, 0, 0);

      for (int y = 0; y < image->height && !content; y++)
        for (int x = 0; x < image->width; x++)
          if (XGetPixel (image, x, y) != first)
            {
              content = TRUE;
              break;
            }
    }

  XDestroyImage (image);
  return content;
}

/* Reads what the child wrote on stderr; picks out the hook's line. */
static void
read_child_stderr (int fd, GString *pending, Launch *launch, FILE *log)
{
  char    buffer[4096];
  ssize_t n;
  char   *newline;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (pending, buffer, n);

  while ((newline = strchr (pending->str, '\n')) != NULL)
    {
      g_autofree char *line = g_strndup (pending->str, newline - pending->str);
      const char      *ms = strstr (line, "RC_BENCH_FIRST_FRAME ms=");

      g_string_erase (pending, 0, newline - pending->str + 1);
      if (ms != NULL)
        launch->inproc_ms = g_ascii_strtod (ms + strlen ("RC_BENCH_FIRST_FRAME ms="), NULL);
      else if (log != NULL)
        fprintf (log, "%s\n", line);
    }
}

static void
drain_x_events (void)
{
  XSync (dpy, False);
  while (XPending (dpy) > 0)
    {
      XEvent event;

      XNextEvent (dpy, &event);
    }
}

static Launch
launch_once (Program *program, double hold_ms, double timeout_ms, FILE *log)
{
  Launch launch = { -1, -1, -1, -1, -1, FALSE };
  g_autoptr (GHashTable) damages = g_hash_table_new (NULL, NULL); /* Window -> Damage */
  g_autoptr (GString) pending = g_string_new (NULL);
  Window           toplevel = None;
  int              err_pipe[2];
  int              status = 0;
  struct rusage    usage = { 0 };
  gint64           t0;
  double           done_at = -1;
  pid_t            pid;
  g_autofree char *start = NULL;

  drain_x_events ();
  if (pipe2 (err_pipe, O_CLOEXEC) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  t0 = rc_bench_now_ns ();
  start = g_strdup_printf ("%" G_GINT64_FORMAT, t0);
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      int devnull = open ("/dev/null", O_RDWR);

      dup2 (devnull, STDIN_FILENO);
      dup2 (devnull, STDOUT_FILENO);
      dup2 (err_pipe[1], STDERR_FILENO);
      setenv ("RC_BENCH_START_NS", start, 1);
      setenv ("RC_BENCH_FIRST_FRAME", "1", 1);
      execvp (program->argv[0], program->argv);
      _exit (127);
    }
  close (err_pipe[1]);
  fcntl (err_pipe[0], F_SETFL, O_NONBLOCK);

  for (;;)
    {
      struct pollfd fds[2] = {
        { ConnectionNumber (dpy), POLLIN, 0 },
        { err_pipe[0], POLLIN, 0 },
      };
      double now = ms_since (t0);
      double until = done_at >= 0 ? done_at : timeout_ms;

      if (now >= until)
        {
          /* Programs with the hook: wait for its line too. */
          if (done_at >= 0 && launch.inproc_ms < 0 && program->role != ROLE_PEER &&
              now < timeout_ms)
            {
              done_at = MIN (now + 50, timeout_ms);
              continue;
            }
          break;
        }
      if (XPending (dpy) == 0)
        poll (fds, 2, MAX (1, (int) (until - now)));
      read_child_stderr (err_pipe[0], pending, &launch, log);

      while (XPending (dpy) > 0)
        {
          XEvent event;
          double at;

          XNextEvent (dpy, &event);
          at = ms_since (t0);

          if (event.type == CreateNotify && !event.xcreatewindow.override_redirect)
            {
              Damage damage =
                  XDamageCreate (dpy, event.xcreatewindow.window, XDamageReportNonEmpty);

              g_hash_table_insert (damages, GSIZE_TO_POINTER (event.xcreatewindow.window),
                                   GSIZE_TO_POINTER (damage));
            }
          else if (event.type == MapNotify && toplevel == None && !event.xmap.override_redirect &&
                   g_hash_table_contains (damages, GSIZE_TO_POINTER (event.xmap.window)))
            {
              toplevel = event.xmap.window;
              launch.map_ms = at;
              if (window_has_content (toplevel))
                launch.content_ms = at;
            }
          else if (event.type == damage_event_base + XDamageNotify)
            {
              XDamageNotifyEvent *notify = (XDamageNotifyEvent *) &event;

              XDamageSubtract (dpy, notify->damage, None, None);
              if (notify->drawable == toplevel && launch.content_ms < 0 &&
                  window_has_content (toplevel))
                launch.content_ms = at;
            }
        }

      if (launch.content_ms >= 0 && launch.rss_kib < 0)
        {
          launch.rss_kib = rc_bench_proc_status_kib (pid, "VmRSS");
          done_at = launch.content_ms + hold_ms;
        }
      if (wait4 (pid, &status, WNOHANG, &usage) == pid)
        {
          pid = 0;
          break;
        }
    }

  read_child_stderr (err_pipe[0], pending, &launch, log);
  if (pid > 0)
    {
      kill (pid, SIGTERM);
      for (int i = 0; i < 200; i++)
        {
          if (wait4 (pid, &status, WNOHANG, &usage) == pid)
            break;
          if (i == 199)
            {
              kill (pid, SIGKILL);
              wait4 (pid, &status, 0, &usage);
            }
          g_usleep (10000);
        }
    }
  close (err_pipe[0]);

  /* The peak of this child alone (wait4), not of all children so far. */
  launch.peak_kib = usage.ru_maxrss;

  launch.ok = launch.content_ms >= 0 && (program->role == ROLE_PEER || launch.inproc_ms >= 0);
  drain_x_events ();
  return launch;
}

static void
program_reset (Program *program)
{
  rc_bench_series_clear (&program->map_ms);
  rc_bench_series_clear (&program->content_ms);
  rc_bench_series_clear (&program->inproc_ms);
  rc_bench_series_clear (&program->rss_kib);
  rc_bench_series_clear (&program->peak_kib);
  rc_bench_series_init (&program->map_ms);
  rc_bench_series_init (&program->content_ms);
  rc_bench_series_init (&program->inproc_ms);
  rc_bench_series_init (&program->rss_kib);
  rc_bench_series_init (&program->peak_kib);
  program->failures = 0;
}

static char *
format_ms (const RcBenchSeries *series)
{
  g_autofree char *text = rc_bench_series_format (series, 0);

  return g_strdup_printf ("%s ms", text);
}

static char *
format_mib (const RcBenchSeries *kib)
{
  RcBenchSeries    mib;
  g_autofree char *text = NULL;

  rc_bench_series_init (&mib);
  for (guint i = 0; i < rc_bench_series_len (kib); i++)
    rc_bench_series_add (&mib, g_array_index (kib->values, double, i) / 1024);
  text = rc_bench_series_format (&mib, 1);
  rc_bench_series_clear (&mib);
  return g_strdup_printf ("%s MiB", text);
}

static void
report (const char *renderer, Program *app, Program *bare, GPtrArray *peers, gboolean judge)
{
  g_autofree char *area = g_strdup_printf ("1 start-up (%s)", renderer);
  double           app_content = rc_bench_series_median (&app->content_ms);
  double           bare_content = rc_bench_series_median (&bare->content_ms);
  double           app_inproc = rc_bench_series_median (&app->inproc_ms);
  double           bare_inproc = rc_bench_series_median (&bare->inproc_ms);

  {
    g_autofree char *value = format_ms (&app->inproc_ms);
    g_autofree char *floor = format_ms (&bare->inproc_ms);
    double           ratio = app_inproc / bare_inproc;

    rc_bench_print_row (area, "first frame, in-process (exec → after-paint): app vs bare window",
                        value, floor, ratio, "≤ 1.3× bare", rc_bench_verdict (ratio <= 1.3, judge));
  }
  {
    g_autofree char *value = format_ms (&app->content_ms);
    g_autofree char *floor = format_ms (&bare->content_ms);
    double           ratio = app_content / bare_content;

    rc_bench_print_row (area, "first content, external (exec → drawn, XDAMAGE): app vs bare window",
                        value, floor, ratio, "≤ 1.3× bare", rc_bench_verdict (ratio <= 1.3, judge));
  }
  {
    g_autofree char *value = format_ms (&app->map_ms);
    g_autofree char *floor = format_ms (&bare->map_ms);

    rc_bench_print_row (
        area, "map (exec → MapNotify): app vs bare window", value, floor,
        rc_bench_series_median (&app->map_ms) / rc_bench_series_median (&bare->map_ms), NULL, NULL);
  }
  for (guint i = 0; i < peers->len; i++)
    {
      Program         *peer = g_ptr_array_index (peers, i);
      g_autofree char *measure = NULL;
      g_autofree char *value = format_ms (&app->content_ms);
      g_autofree char *floor = NULL;
      double           ratio;

      measure = g_strdup_printf ("first content, external: app vs %s", peer->name);
      if (!peer->available || rc_bench_series_len (&peer->content_ms) == 0)
        {
          rc_bench_print_row (area, measure, value,
                              peer->available ? "did not draw" : "not installed", -1,
                              "faster than peer", "skipped");
          continue;
        }
      floor = format_ms (&peer->content_ms);
      ratio = app_content / rc_bench_series_median (&peer->content_ms);
      rc_bench_print_row (area, measure, value, floor, ratio, "< 1.0 (faster than peer)",
                          rc_bench_verdict (ratio < 1.0, judge));
    }

  {
    g_autofree char *mem_area = g_strdup_printf ("5 memory (%s)", renderer);
    g_autofree char *value = format_mib (&app->rss_kib);
    g_autofree char *floor = format_mib (&bare->rss_kib);
    double           delta =
        (rc_bench_series_median (&app->rss_kib) - rc_bench_series_median (&bare->rss_kib)) / 1024;
    g_autofree char *measure =
        g_strdup_printf ("RSS at first frame: app vs bare window (app − bare = %+.1f MiB)", delta);

    rc_bench_print_row (mem_area, measure, value, floor, -1, "≤ bare + 15 MiB",
                        rc_bench_verdict (delta <= 15, judge));
  }
  {
    g_autofree char *mem_area = g_strdup_printf ("5 memory (%s)", renderer);
    g_autofree char *value = format_mib (&app->peak_kib);
    g_autofree char *floor = format_mib (&bare->peak_kib);

    rc_bench_print_row (mem_area, "peak RSS of the whole run (start-up + hold): app vs bare window",
                        value, floor, -1, NULL, NULL);
    for (guint i = 0; i < peers->len; i++)
      {
        Program         *peer = g_ptr_array_index (peers, i);
        g_autofree char *measure = NULL;
        g_autofree char *rss = NULL;
        g_autofree char *peak = NULL;

        if (!peer->available || rc_bench_series_len (&peer->rss_kib) == 0)
          continue;
        measure = g_strdup_printf ("%s: RSS at first content; peak RSS", peer->name);
        rss = format_mib (&peer->rss_kib);
        peak = format_mib (&peer->peak_kib);
        rc_bench_print_row (mem_area, measure, rss, peak, -1, NULL, NULL);
      }
  }
}

static gboolean
program_on_path (const char *command)
{
  g_autofree char *path = g_find_program_in_path (command);

  return path != NULL;
}

static Program *
program_new (const char *spec, Role role, GError **error)
{
  Program         *program = g_new0 (Program, 1);
  const char      *eq = strchr (spec, '=');
  g_autofree char *name = eq != NULL ? g_strndup (spec, eq - spec) : g_strdup (spec);

  if (!g_shell_parse_argv (eq != NULL ? eq + 1 : spec, NULL, &program->argv, error))
    {
      g_free (program);
      return NULL;
    }
  program->name = g_steal_pointer (&name);
  program->role = role;
  program->available = program_on_path (program->argv[0]);
  program_reset (program);
  return program;
}

static void
program_free (Program *program)
{
  if (program == NULL)
    return;
  rc_bench_series_clear (&program->map_ms);
  rc_bench_series_clear (&program->content_ms);
  rc_bench_series_clear (&program->inproc_ms);
  rc_bench_series_clear (&program->rss_kib);
  rc_bench_series_clear (&program->peak_kib);
  g_strfreev (program->argv);
  g_free (program->name);
  g_free (program);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Program, program_free)

int
main (int argc, char *argv[])
{
  int              runs = 15;
  int              warmup = 1;
  double           hold_ms = 400;
  double           timeout_ms = 15000;
  gboolean         no_judge = FALSE;
  g_autofree char *app_spec = NULL;
  g_autofree char *bare_spec = NULL;
  g_autofree char *renderers = NULL;
  g_autofree char *log_path = NULL;
  g_auto (GStrv) peer_specs = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Launches of each program per renderer", "N" },
    { "warmup", 0, 0, G_OPTION_ARG_INT, &warmup, "Rounds thrown away first", "N" },
    { "hold", 0, 0, G_OPTION_ARG_DOUBLE, &hold_ms, "Time a program stays after content", "MS" },
    { "timeout", 0, 0, G_OPTION_ARG_DOUBLE, &timeout_ms, "Give up on a launch after", "MS" },
    { "app", 0, 0, G_OPTION_ARG_STRING, &app_spec, "The application", "NAME=COMMAND" },
    { "bare", 0, 0, G_OPTION_ARG_STRING, &bare_spec, "The bare window", "NAME=COMMAND" },
    { "peer", 0, 0, G_OPTION_ARG_STRING_ARRAY, &peer_specs, "A peer (repeatable)", "NAME=COMMAND" },
    { "renderers", 0, 0, G_OPTION_ARG_STRING, &renderers,
      "Comma-separated: gl-disable, default (default: both)", "LIST" },
    { "no-judge", 0, 0, G_OPTION_ARG_NONE, &no_judge, "Print no verdicts (quick runs)", NULL },
    { "log", 0, 0, G_OPTION_ARG_FILENAME, &log_path, "Append the programs' stderr here", "FILE" },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- start-up benchmark");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) peers = g_ptr_array_new_with_free_func ((GDestroyNotify) program_free);
  g_auto (GStrv) renderer_list = NULL;
  g_autoptr (Program) app = NULL;
  g_autoptr (Program) bare = NULL;
  FILE    *log = NULL;
  int      major, minor;
  int      damage_error_base;
  gboolean failed = FALSE;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (app_spec == NULL || bare_spec == NULL || runs < 1)
    {
      g_printerr ("--app and --bare are required, and --runs must be at least 1\n");
      return 2;
    }

  dpy = XOpenDisplay (NULL);
  if (dpy == NULL)
    {
      g_printerr ("Cannot open the display (run under Xvfb: build-aux/bench.sh)\n");
      return 1;
    }
  if (!XDamageQueryExtension (dpy, &damage_event_base, &damage_error_base) ||
      !XDamageQueryVersion (dpy, &major, &minor))
    {
      g_printerr ("The display has no DAMAGE extension\n");
      return 1;
    }
  XSetErrorHandler (ignore_x_error);
  XSelectInput (dpy, DefaultRootWindow (dpy), SubstructureNotifyMask);
  XSync (dpy, False);

  if (log_path != NULL)
    log = fopen (log_path, "a");

  if ((app = program_new (app_spec, ROLE_APP, &error)) == NULL ||
      (bare = program_new (bare_spec, ROLE_BARE, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  for (guint i = 0; peer_specs != NULL && peer_specs[i] != NULL; i++)
    {
      Program *peer = program_new (peer_specs[i], ROLE_PEER, &error);

      if (peer == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      g_ptr_array_add (peers, peer);
    }

  renderer_list = g_strsplit (renderers != NULL ? renderers : "gl-disable,default", ",", 0);
  for (guint r = 0; renderer_list[r] != NULL; r++)
    {
      const char *renderer = renderer_list[r];
      g_autoptr (GPtrArray) all = g_ptr_array_new ();
      g_autofree char *label = NULL;

      if (g_str_equal (renderer, "gl-disable"))
        {
          g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
          label = g_strdup ("GDK_DEBUG=gl-disable");
        }
      else
        {
          g_unsetenv ("GDK_DEBUG");
          g_unsetenv ("GSK_RENDERER");
          label = g_strdup ("default renderer, GL on llvmpipe");
        }

      g_ptr_array_add (all, app);
      g_ptr_array_add (all, bare);
      for (guint i = 0; i < peers->len; i++)
        {
          Program *peer = g_ptr_array_index (peers, i);

          if (peer->available)
            g_ptr_array_add (all, peer);
        }
      for (guint i = 0; i < all->len; i++)
        program_reset (g_ptr_array_index (all, i));

      /* Programs alternate within a round, so that slow drifts of the
       * machine fall on all of them alike. */
      for (int round = -warmup; round < runs; round++)
        for (guint i = 0; i < all->len; i++)
          {
            Program *program = g_ptr_array_index (all, i);
            Launch   launch = launch_once (program, hold_ms, timeout_ms, log);

            if (round < 0)
              continue;
            if (!launch.ok)
              {
                program->failures++;
                g_printerr ("%s (%s): run %d did not draw within %.0f ms\n", program->name,
                            renderer, round, timeout_ms);
                continue;
              }
            rc_bench_series_add (&program->map_ms, launch.map_ms);
            rc_bench_series_add (&program->content_ms, launch.content_ms);
            if (launch.inproc_ms >= 0)
              rc_bench_series_add (&program->inproc_ms, launch.inproc_ms);
            rc_bench_series_add (&program->rss_kib, launch.rss_kib);
            rc_bench_series_add (&program->peak_kib, launch.peak_kib);
          }

      report (label, app, bare, peers, !no_judge);
      if (app->failures > 0 || bare->failures > 0)
        failed = TRUE;
    }

  if (log != NULL)
    fclose (log);
  XCloseDisplay (dpy);
  return failed ? 1 : 0;
}
