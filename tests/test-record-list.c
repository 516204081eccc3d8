/* SPDX-License-Identifier: GPL-3.0-or-later */
/* AsRecordList against known data: 1,000 repairs inserted directly, checked
 * against orderings and matches computed here without SQL. */

#include <locale.h>
#include <string.h>

#include "as-database.h"
#include "as-directory.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "test-util.h"

#define N_REPAIRS 1000
#define N_CUSTOMERS 300

static const char *const first_names[] = {
  "José", "Jose", "María", "Maria", "Andrés", "Ángel", "Lucía", "Carmen", "Pedro", "Zoë",
  "Iñaki", "Ana", "Luis", "Marta", "Jorge", "Elena", "Raúl", "Sofía", "Diego", "Nuria",
};
static const char *const surnames[] = {
  "García", "Garcia", "Núñez", "O'Brien", "Pérez", "López", "Martín", "Sánchez", "Gómez", "Ruiz",
  "Díaz", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos",
  "Gil", "Serrano", "Blanco", "Molina", "Castro", "Ortiz",
};
static const char *const faults[] = {
  "No enciende", "Pantalla rota", "Ruido extraño al centrifugar", "Fuga de agua", "No enfría",
  "Error E21 en pantalla", "Hace ruido", "La puerta no cierra", "Olor a quemado", "Mando perdido",
  "Vibración excesiva", "No calienta",
};
static const char *const categories[] = { "free", "contract", "paid", "internal" };
static const char *const statuses[] = { "received", "dispatched", "in_workshop", "closed", "cancelled" };

typedef struct
{
  gint64      id;
  char        received[20];
  char        serial[8];
  const char *category;
  const char *status;
  gint64      customer_id;
  const char *fault;
  char       *customer_name;
  gboolean    late;
} Repair;

typedef struct
{
  char       *dir;
  AsDatabase *db;
  Repair      repairs[N_REPAIRS];
  char       *customer_names[N_CUSTOMERS + 1];
} Fixture;

/* --------------------------------------------------------------- data */

static void
fill_database (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) base = g_date_time_new_local (2025, 1, 1, 8, 0, 0);
  sqlite3 *handle = as_database_get_handle (fixture->db);
  sqlite3_stmt *customer = NULL, *repair = NULL;

  g_assert_true (as_database_begin (fixture->db, &error));
  g_assert_true (as_database_exec (fixture->db,
                                   "INSERT INTO product_models (id, code, name) VALUES"
                                   " (1, 'WM-100', 'Washing machine'), (2, 'FR-200', 'Fridge');"
                                   "INSERT INTO staff (id, name, roles) VALUES (1, 'Tomás Técnico', 2);",
                                   &error));
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "INSERT INTO customers (id, name) VALUES (?1, ?2)",
                                       -1, &customer, NULL), ==, SQLITE_OK);
  for (guint i = 1; i <= N_CUSTOMERS; i++)
    {
      char *name = g_strdup_printf ("%s %s", first_names[i % G_N_ELEMENTS (first_names)],
                                    surnames[(i * 7) % G_N_ELEMENTS (surnames)]);
      fixture->customer_names[i] = name;
      sqlite3_bind_int64 (customer, 1, i);
      sqlite3_bind_text (customer, 2, name, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (customer), ==, SQLITE_DONE);
      sqlite3_reset (customer);
    }
  sqlite3_finalize (customer);

  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "INSERT INTO repair_orders (id, customer_id, model_id, serial,"
                                       " fault, category, status, received_at, technician_id,"
                                       " promised_date) VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, 1, ?8)",
                                       -1, &repair, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < N_REPAIRS; i++)
    {
      Repair *r = &fixture->repairs[i];
      /* received order and serial order are permutations unrelated to the id */
      g_autoptr(GDateTime) when = g_date_time_add_minutes (base, ((i * 7919) % N_REPAIRS) * 53);
      g_autofree char *received = g_date_time_format (when, "%Y-%m-%d %H:%M:%S");
      const char *promised = (i % 10 == 0) ? "2001-01-01" : (i % 10 == 1) ? "2999-12-31" : NULL;

      r->id = i + 1;
      g_strlcpy (r->received, received, sizeof r->received);
      g_snprintf (r->serial, sizeof r->serial, "SN%05u", (i * 613) % N_REPAIRS);
      r->category = categories[(i * 3 + i / 7) % G_N_ELEMENTS (categories)];
      r->status = statuses[(i / 3 + i) % G_N_ELEMENTS (statuses)];
      r->customer_id = 1 + (i * 17) % N_CUSTOMERS;
      r->customer_name = fixture->customer_names[r->customer_id];
      r->fault = faults[(i * 5) % G_N_ELEMENTS (faults)];
      r->late = promised != NULL && g_str_equal (promised, "2001-01-01") &&
                !g_str_equal (r->status, "closed") && !g_str_equal (r->status, "cancelled");

      sqlite3_bind_int64 (repair, 1, r->id);
      sqlite3_bind_int64 (repair, 2, r->customer_id);
      sqlite3_bind_text (repair, 3, r->serial, -1, SQLITE_STATIC);
      sqlite3_bind_text (repair, 4, r->fault, -1, SQLITE_STATIC);
      sqlite3_bind_text (repair, 5, r->category, -1, SQLITE_STATIC);
      sqlite3_bind_text (repair, 6, r->status, -1, SQLITE_STATIC);
      sqlite3_bind_text (repair, 7, r->received, -1, SQLITE_STATIC);
      if (promised != NULL)
        sqlite3_bind_text (repair, 8, promised, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (repair, 8);
      g_assert_cmpint (sqlite3_step (repair), ==, SQLITE_DONE);
      sqlite3_reset (repair);
      sqlite3_clear_bindings (repair);
    }
  sqlite3_finalize (repair);
  g_assert_true (as_database_commit (fixture->db, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  memset (fixture, 0, sizeof *fixture);
  fixture->dir = as_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "lists.db", NULL);
  fixture->db = as_database_open (path, &error);
  g_assert_no_error (error);
  if (data != NULL)
    fill_database (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  for (guint i = 0; i <= N_CUSTOMERS; i++)
    g_free (fixture->customer_names[i]);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static guint
column_index (const AsListSpec *spec,
              const char       *key)
{
  for (guint i = 0; i < spec->n_columns; i++)
    if (g_str_equal (spec->columns[i].key, key))
      return i;
  g_error ("list %s has no column %s", spec->name, key);
  return 0;
}

static AsRecord *
get_record (AsRecordList *list,
            guint         position)
{
  AsRecord *record = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_nonnull (record);
  return record;
}

/* ------------------------------------------------- independent orderings */

typedef struct
{
  const char *key;
  gboolean    descending;
} SortSpec;

static int
compare_repairs (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const Repair *x = *(const Repair **) a, *y = *(const Repair **) b;
  const SortSpec *sort = user_data;
  int cmp = 0;

  if (g_str_equal (sort->key, "category"))
    cmp = strcmp (x->category, y->category);
  else if (g_str_equal (sort->key, "status"))
    cmp = strcmp (x->status, y->status);
  else if (g_str_equal (sort->key, "serial"))
    cmp = strcmp (x->serial, y->serial);
  /* ties: by reception time, then number, in the same direction */
  if (cmp == 0 && !g_str_equal (sort->key, "id"))
    cmp = strcmp (x->received, y->received);
  if (cmp == 0)
    cmp = (x->id > y->id) - (x->id < y->id);
  return sort->descending ? -cmp : cmp;
}

static GPtrArray *
expected_order (Fixture    *fixture,
                const char *key,
                gboolean    descending)
{
  GPtrArray *order = g_ptr_array_new ();
  SortSpec sort = { key, descending };

  for (guint i = 0; i < N_REPAIRS; i++)
    g_ptr_array_add (order, &fixture->repairs[i]);
  g_ptr_array_sort_with_data (order, compare_repairs, &sort);
  return order;
}

static gboolean
knows_sort_key (const char *key)
{
  static const char *const known[] = { "id", "received", "serial", "category", "status", NULL };
  return g_strv_contains (known, key);
}

static void
assert_row_shows (AsRecordList *list,
                  guint         position,
                  const Repair *expected)
{
  const AsListSpec *spec = as_record_list_get_spec (list);
  g_autoptr(AsRecord) record = get_record (list, position);
  g_autofree char *received = g_strndup (expected->received, 16);

  g_assert_cmpint (as_record_get_id (record), ==, expected->id);
  g_assert_cmpstr (as_record_get_value (record, column_index (spec, "serial")), ==, expected->serial);
  g_assert_cmpstr (as_record_get_value (record, column_index (spec, "customer")), ==,
                   expected->customer_name);
  g_assert_cmpstr (as_record_get_value (record, column_index (spec, "fault")), ==, expected->fault);
  g_assert_cmpstr (as_record_get_value (record, column_index (spec, "received")), ==, received);
  g_assert_cmpstr (as_record_get_value (record, column_index (spec, "model")), ==, "WM-100");
  g_assert_cmpstr (as_record_get_value (record, column_index (spec, "technician")), ==, "Tomás Técnico");
  g_assert_cmpint (!!(as_record_get_flags (record) & AS_RECORD_FLAG_ATTENTION), ==, expected->late);
}

/* ------------------------------------------------------------- paging */

static void
test_count_and_paging (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  g_autoptr(GPtrArray) order = expected_order (fixture, "received", TRUE);
  g_autoptr(AsRecord) past_end = NULL;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == AS_TYPE_RECORD);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_REPAIRS);
  g_assert_cmpstr (as_record_list_get_sort_key (list), ==, "received");
  g_assert_true (as_record_list_get_sort_descending (list));
  /* Counting reads no page. */
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==, 0);

  assert_row_shows (list, 0, g_ptr_array_index (order, 0));
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==, 1);
  assert_row_shows (list, 1, g_ptr_array_index (order, 1));
  assert_row_shows (list, AS_RECORD_LIST_PAGE_SIZE - 1, g_ptr_array_index (order, AS_RECORD_LIST_PAGE_SIZE - 1));
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==, 1);

  assert_row_shows (list, 500, g_ptr_array_index (order, 500));
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==, 2);
  assert_row_shows (list, 999, g_ptr_array_index (order, 999));
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==, 3);
  assert_row_shows (list, AS_RECORD_LIST_PAGE_SIZE, g_ptr_array_index (order, AS_RECORD_LIST_PAGE_SIZE));
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==, 4);

  /* Pages already read are not read again. */
  assert_row_shows (list, 0, g_ptr_array_index (order, 0));
  assert_row_shows (list, 501, g_ptr_array_index (order, 501));
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==, 4);

  past_end = g_list_model_get_item (G_LIST_MODEL (list), N_REPAIRS);
  g_assert_null (past_end);
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==, 4);
}

/* Reading every row in order reads each page exactly once. */
static void
test_full_scroll (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  g_autoptr(GPtrArray) order = expected_order (fixture, "received", TRUE);

  for (guint i = 0; i < N_REPAIRS; i++)
    {
      g_autoptr(AsRecord) record = get_record (list, i);
      g_assert_cmpint (as_record_get_id (record), ==, ((Repair *) g_ptr_array_index (order, i))->id);
    }
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==,
                    (N_REPAIRS + AS_RECORD_LIST_PAGE_SIZE - 1) / AS_RECORD_LIST_PAGE_SIZE);
}

/* ------------------------------------------------------------ sorting */

static void
assert_order (Fixture      *fixture,
              AsRecordList *list,
              const char   *key,
              gboolean      descending)
{
  g_autoptr(GPtrArray) order = expected_order (fixture, key, descending);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_REPAIRS);
  for (guint i = 0; i < N_REPAIRS; i++)
    {
      g_autoptr(AsRecord) record = get_record (list, i);
      const Repair *expected = g_ptr_array_index (order, i);
      if (as_record_get_id (record) != expected->id)
        g_error ("sort %s %s: position %u holds repair %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
                 key, descending ? "desc" : "asc", i, as_record_get_id (record), expected->id);
    }
}

static void
test_sort_every_column (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  const AsListSpec *spec = &as_repairs_list;
  guint n_sortable = 0;

  for (guint i = 0; i < spec->n_columns; i++)
    {
      const char *key = spec->columns[i].key;

      if (spec->columns[i].sort_expr == NULL)
        {
          /* Not sortable: refused, and the order stays as it was. */
          g_assert_false (as_record_list_set_sort (list, key, FALSE));
          continue;
        }
      n_sortable++;
      if (!knows_sort_key (key))
        {
          g_test_message ("no independent ordering for repairs column %s; only checked it sorts", key);
          g_assert_true (as_record_list_set_sort (list, key, FALSE));
          continue;
        }
      for (int descending = 0; descending <= 1; descending++)
        {
          guint pages_before;

          g_assert_true (as_record_list_set_sort (list, key, descending));
          g_assert_cmpstr (as_record_list_get_sort_key (list), ==, key);
          g_assert_cmpint (as_record_list_get_sort_descending (list), ==, descending);
          /* The first row of a new order costs one page, not the whole table. */
          pages_before = as_record_list_get_pages_loaded (list);
          g_object_unref (get_record (list, 0));
          g_assert_cmpuint (as_record_list_get_pages_loaded (list), ==, pages_before + 1);
          assert_order (fixture, list, key, descending);
        }
    }
  g_assert_cmpuint (n_sortable, >=, 4);

  g_assert_false (as_record_list_set_sort (list, "no-such-column", TRUE));
  g_assert_true (as_record_list_set_sort (list, NULL, FALSE));
  g_assert_cmpstr (as_record_list_get_sort_key (list), ==, "received");
  g_assert_true (as_record_list_get_sort_descending (list));
  assert_order (fixture, list, "received", TRUE);
}

/* ---------------------------------------------------------- filtering */

static gboolean
filter_matches (const char   *key,
                const Repair *r,
                gboolean     *known)
{
  *known = TRUE;
  if (g_str_equal (key, "open"))
    return !g_str_equal (r->status, "closed") && !g_str_equal (r->status, "cancelled");
  if (g_str_equal (key, "unassigned"))
    return g_str_equal (r->status, "received");
  if (g_str_equal (key, "workshop"))
    return g_str_equal (r->status, "in_workshop");
  if (g_str_equal (key, "closed"))
    return g_str_equal (r->status, "closed");
  *known = FALSE;
  return FALSE;
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  const AsListSpec *spec = &as_repairs_list;

  g_assert_cmpuint (spec->n_filters, >, 0);
  for (guint f = 0; f < spec->n_filters; f++)
    {
      const char *key = spec->filters[f].key;
      g_autoptr(GHashTable) expected = g_hash_table_new (g_int64_hash, g_int64_equal);
      gboolean known = TRUE;
      guint n;

      for (guint i = 0; i < N_REPAIRS; i++)
        if (filter_matches (key, &fixture->repairs[i], &known))
          g_hash_table_add (expected, &fixture->repairs[i].id);
      g_assert_true (as_record_list_set_filter (list, key));
      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      if (!known)
        {
          g_test_message ("no independent rule for repairs filter %s", key);
          continue;
        }
      g_assert_cmpuint (n, ==, g_hash_table_size (expected));
      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AsRecord) record = get_record (list, i);
          gint64 id = as_record_get_id (record);
          g_assert_true (g_hash_table_contains (expected, &id));
        }
    }

  g_assert_false (as_record_list_set_filter (list, "no-such-filter"));
  g_assert_true (as_record_list_set_filter (list, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_REPAIRS);
}

/* Filter, search and sort together. */
static void
test_filter_search_sort (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  g_autoptr(GPtrArray) order = expected_order (fixture, "serial", FALSE);
  guint position = 0;

  g_assert_true (as_record_list_set_filter (list, "open"));
  as_record_list_set_search (list, "pantalla");
  g_assert_true (as_record_list_set_sort (list, "serial", FALSE));
  for (guint i = 0; i < N_REPAIRS; i++)
    {
      const Repair *r = g_ptr_array_index (order, i);
      gboolean known;
      g_autoptr(AsRecord) record = NULL;

      if (!filter_matches ("open", r, &known) || strstr (r->fault, "antalla") == NULL)
        continue;
      record = get_record (list, position++);
      g_assert_cmpint (as_record_get_id (record), ==, r->id);
    }
  g_assert_cmpuint (position, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, position);
}

/* ------------------------------------------------------ free-text search */

/* A model of FTS5's unicode61 tokenizer with remove_diacritics for the
 * Latin text used here: lower case, accents dropped, split on anything that
 * is not a letter or a digit. */
static GStrv
tokenize (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *p = lower;

  while (*p)
    {
      const char *start;
      while (*p && !g_ascii_isalnum (*p))
        p++;
      start = p;
      while (*p && g_ascii_isalnum (*p))
        p++;
      if (p > start)
        {
          g_autofree char *token = g_strndup (start, p - start);
          g_strv_builder_add (builder, token);
        }
    }
  return g_strv_builder_end (builder);
}

/* A typed word is a phrase of tokens; the last one may be a prefix when the
 * typed word has more than one letter (a single letter matches whole words). */
static gboolean
phrase_in (GStrv    phrase,
           GStrv    tokens,
           gboolean prefix)
{
  guint n = g_strv_length (phrase);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      guint j;
      for (j = 0; j < n && tokens[i + j] != NULL; j++)
        {
          gboolean last = j == n - 1;
          if (last && prefix ? !g_str_has_prefix (tokens[i + j], phrase[j])
                             : !g_str_equal (tokens[i + j], phrase[j]))
            break;
        }
      if (j == n)
        return TRUE;
    }
  return FALSE;
}

/* Every whitespace-separated word must match one of the searched columns. */
static gboolean
search_matches (const Repair *r,
                const char   *text,
                gboolean     *any_token)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  g_auto(GStrv) name = tokenize (r->customer_name);
  g_auto(GStrv) serial = tokenize (r->serial);
  g_auto(GStrv) fault = tokenize (r->fault);

  *any_token = FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) phrase = tokenize (words[i]);
      gboolean prefix = g_utf8_strlen (words[i], -1) > 1;

      if (phrase[0] == NULL)
        continue;  /* punctuation only: ignored */
      *any_token = TRUE;
      if (!phrase_in (phrase, name, prefix) && !phrase_in (phrase, serial, prefix) &&
          !phrase_in (phrase, fault, prefix))
        return FALSE;
    }
  return TRUE;
}

static void
assert_search (Fixture      *fixture,
               AsRecordList *list,
               const char   *text,
               gint          expected_min)
{
  g_autoptr(GHashTable) expected = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean any_token = FALSE;
  guint n;

  for (guint i = 0; i < N_REPAIRS; i++)
    if (search_matches (&fixture->repairs[i], text, &any_token))
      g_hash_table_add (expected, &fixture->repairs[i].id);

  as_record_list_set_search (list, text);
  /* The search statement ran without an SQLite error (FTS syntax in the
   * input would make it fail and the list silently show nothing). */
  g_assert_cmpint (sqlite3_errcode (as_database_get_handle (fixture->db)), ==, SQLITE_OK);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (!any_token)
    {
      /* Nothing searchable was typed: either every row or none, never an error. */
      if (n != 0 && n != N_REPAIRS)
        g_error ("search “%s” (no words) gave %u rows", text, n);
      return;
    }
  if (n != g_hash_table_size (expected))
    g_error ("search “%s”: %u rows, expected %u", text, n, g_hash_table_size (expected));
  g_assert_cmpint ((gint) n, >=, expected_min);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsRecord) record = get_record (list, i);
      gint64 id = as_record_get_id (record);
      if (!g_hash_table_contains (expected, &id))
        g_error ("search “%s” found repair %" G_GINT64_FORMAT ", which does not match", text, id);
    }
}

static void
test_search_fts (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  g_autoptr(GPtrArray) order = expected_order (fixture, "received", TRUE);
  guint n_jose = 0;

  /* Accents are ignored both ways; words are prefixes; case does not matter. */
  assert_search (fixture, list, "Jose", 2);
  n_jose = g_list_model_get_n_items (G_LIST_MODEL (list));
  assert_search (fixture, list, "José", 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_jose);
  assert_search (fixture, list, "JOSÉ", 2);
  assert_search (fixture, list, "jos", 2);
  assert_search (fixture, list, "Garcia", 2);
  assert_search (fixture, list, "gar", 2);
  assert_search (fixture, list, "nunez", 1);
  assert_search (fixture, list, "Ñúñez", 1);
  assert_search (fixture, list, "zoe", 1);
  assert_search (fixture, list, "  jose   garc  ", 1);
  assert_search (fixture, list, "pantalla", 2);
  assert_search (fixture, list, "ruido centrif", 1);
  assert_search (fixture, list, "SN00042", 1);
  assert_search (fixture, list, "sn0004", 10);
  assert_search (fixture, list, "O'Brien", 1);
  assert_search (fixture, list, "e21", 1);
  assert_search (fixture, list, "xyzzy", 0);

  /* Quotes and FTS5 syntax typed by a person are plain text. */
  {
    static const char *const inert[] = {
      "\"", "\"\"", "'", "*", "(", ")", "AND (", "jose AND (", "jose OR maria", "NOT jose",
      "jose NOT", "NEAR(jose maria)", "jose*", "^jose", "-jose", "+jose", "customer:jose",
      "{customer serial}: jose", "\"jose", "jose\"", "\"jose garcía\"", "jose\" OR \"maria",
      "%", "_", "\\", "jose;DROP TABLE repair_orders;--", "ñ", "€", "日本",
    };
    for (guint i = 0; i < G_N_ELEMENTS (inert); i++)
      assert_search (fixture, list, inert[i], 0);
  }
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM repair_orders", 0), ==,
                   N_REPAIRS);

  /* Clearing the search shows every row again, in the list's order. */
  as_record_list_set_search (list, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_REPAIRS);
  as_record_list_set_search (list, "jose");
  as_record_list_set_search (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_REPAIRS);
  assert_row_shows (list, 0, g_ptr_array_index (order, 0));
}

/* The search follows a customer's new name (the FTS triggers keep it in step). */
static void
test_search_after_rename (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  g_autoptr(GError) error = NULL;
  guint expected = 0;

  for (guint i = 0; i < N_REPAIRS; i++)
    expected += fixture->repairs[i].customer_id == 5;
  g_assert_true (as_database_exec (fixture->db, "UPDATE customers SET name = 'Wenceslao Quintanilla'"
                                                " WHERE id = 5", &error));
  as_record_list_set_search (list, "wences");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected);
  as_record_list_set_search (list, "quintanilla wen");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected);
}

/* A list without FTS searches with LIKE; % and _ typed are literal. */
static void
test_search_like (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AsRecordList) list = NULL;
  g_autoptr(GError) error = NULL;
  static const struct { const char *text; const char *tags; } cases[] = {
    { "50%", "T1" },
    { "%", "T1" },
    { "50", "T1 T2" },
    { "under_score", "T3" },
    { "_", "T3" },
    { "back\\slash", "T5" },
    { "\\", "T5" },
    { "DRILL", "T1 T2" },
    { "  drill  ", "T1 T2" },
    { "ana", "T4" },
    { "meter", "T3 T4" },
    { "'", "T6" },
    { "\"", "T6" },
    { "a \"quoted", "T6" },
    { "nothing like this", "" },
  };

  g_assert_true (as_database_exec (fixture->db,
    "INSERT INTO staff (id, name) VALUES (9, 'Ana Almacén');"
    "INSERT INTO tools (tag, description) VALUES ('T1', '50% off drill');"
    "INSERT INTO tools (tag, description) VALUES ('T2', '50 percent off drill');"
    "INSERT INTO tools (tag, description) VALUES ('T3', 'meter under_score');"
    "INSERT INTO tools (tag, description, holder_id) VALUES ('T4', 'meter underXscore', 9);"
    "INSERT INTO tools (tag, description) VALUES ('T5', 'back\\slash');"
    "INSERT INTO tools (tag, description) VALUES ('T6', 'it''s a \"quoted\" gauge');"
    "INSERT INTO tools (tag, description) VALUES ('T7', 'backXslash');", &error));
  g_assert_no_error (error);
  g_assert_null (as_tools_list.fts_table);
  g_assert_nonnull (as_tools_list.like_expr);

  list = as_record_list_new (fixture->db, &as_tools_list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 7);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) found = g_string_new (NULL);
      guint tag_column = column_index (&as_tools_list, "tag");

      as_record_list_set_search (list, cases[i].text);
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (list)); j++)
        {
          g_autoptr(AsRecord) record = get_record (list, j);
          g_string_append_printf (found, "%s%s", found->len ? " " : "",
                                  as_record_get_value (record, tag_column));
        }
      if (!g_str_equal (found->str, cases[i].tags))
        g_error ("LIKE search “%s” found “%s”, expected “%s”", cases[i].text, found->str, cases[i].tags);
    }
  as_record_list_set_search (list, "   ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 7);
}

/* ------------------------------------------------------------ reloading */

typedef struct
{
  guint signals;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed_cb (GListModel   *model,
                     guint         position,
                     guint         removed,
                     guint         added,
                     ItemsChanged *seen)
{
  seen->signals++;
  seen->removed = removed;
  seen->added = added;
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, added);
}

static void
test_reload_on_changed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  g_autoptr(GError) error = NULL;
  ItemsChanged seen = { 0 };
  g_autoptr(AsRecord) first = NULL;

  g_object_unref (get_record (list, 0));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &seen);

  /* A write to another table does not disturb the list. */
  g_assert_true (as_database_begin (fixture->db, &error));
  g_assert_true (as_database_exec (fixture->db, "INSERT INTO branches (name) VALUES ('Sur')", &error));
  as_database_notify_changed (fixture->db, "branches");
  g_assert_true (as_database_commit (fixture->db, &error));
  g_assert_cmpuint (seen.signals, ==, 0);

  /* A new repair shows after the commit, not before. */
  g_assert_true (as_database_begin (fixture->db, &error));
  g_assert_true (as_database_exec (fixture->db,
                                   "INSERT INTO repair_orders (id, customer_id, model_id, serial, fault,"
                                   " received_at) VALUES (5000, 1, 2, 'NEW-1', 'Recién llegado',"
                                   " '2099-01-01 10:00:00')", &error));
  g_assert_true (as_database_audit (fixture->db, "repair_orders", 5000, "insert", "", &error));
  g_assert_cmpuint (seen.signals, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_REPAIRS);
  g_assert_true (as_database_commit (fixture->db, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (seen.signals, ==, 1);
  g_assert_cmpuint (seen.removed, ==, N_REPAIRS);
  g_assert_cmpuint (seen.added, ==, N_REPAIRS + 1);
  first = get_record (list, 0);
  g_assert_cmpint (as_record_get_id (first), ==, 5000);
  g_assert_cmpstr (as_record_get_value (first, column_index (&as_repairs_list, "serial")), ==, "NEW-1");
  g_assert_cmpstr (as_record_get_value (first, column_index (&as_repairs_list, "model")), ==, "FR-200");
}

/* A Directory save reloads the Directory's list of that entity. */
static void
test_reload_after_directory_save (Fixture       *fixture,
                                  gconstpointer  data)
{
  const AsEntity *customers = as_directory_find_entity ("customers");
  g_autoptr(AsRecordList) list = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  ItemsChanged seen = { 0 };
  gint64 id;

  g_assert_nonnull (customers);
  list = as_record_list_new (fixture->db, customers->list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_CUSTOMERS);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &seen);

  /* every field filled: optional empty fields are tested in test-directory */
  g_hash_table_insert (values, "name", "Aarón Aaronson");
  g_hash_table_insert (values, "address", "Calle Mayor 1");
  g_hash_table_insert (values, "phone", "600 111 222");
  g_hash_table_insert (values, "email", "aaron@example.com");
  g_hash_table_insert (values, "zone", "urban");
  g_hash_table_insert (values, "key_customer", "0");
  id = as_directory_save (fixture->db, customers, 0, values, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (seen.signals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_CUSTOMERS + 1);
  {
    /* sorted by name: "Aarón" comes first */
    g_autoptr(AsRecord) first = get_record (list, 0);
    g_assert_cmpint (as_record_get_id (first), ==, id);
  }

  /* A refused save changes nothing and tells nobody. */
  g_hash_table_insert (values, "email", "not an address");
  g_assert_cmpint (as_directory_save (fixture->db, customers, 0, values, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_cmpuint (seen.signals, ==, 1);
}

/* The repairs list shows customers' names: renaming a customer in the
 * Directory must not leave the old name on screen. */
static void
test_reload_joined_table (Fixture       *fixture,
                          gconstpointer  data)
{
  const AsEntity *customers = as_directory_find_entity ("customers");
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AsRecord) first = get_record (list, 0);
  g_autoptr(AsRecord) again = NULL;
  gint64 customer_id = 0;
  guint customer_column = column_index (&as_repairs_list, "customer");

  for (guint i = 0; i < N_REPAIRS; i++)
    if (fixture->repairs[i].id == as_record_get_id (first))
      customer_id = fixture->repairs[i].customer_id;
  values = as_directory_load (fixture->db, customers, customer_id, &error);
  g_assert_no_error (error);
  g_hash_table_insert (values, "name", g_strdup ("Renamed Customer"));
  /* filled so that this test does not depend on how empty fields are stored */
  g_hash_table_insert (values, "address", g_strdup ("Calle Mayor 2"));
  g_hash_table_insert (values, "phone", g_strdup ("600 111 333"));
  g_hash_table_insert (values, "email", g_strdup ("renamed@example.com"));
  g_assert_cmpint (as_directory_save (fixture->db, customers, customer_id, values, &error), ==,
                   customer_id);
  g_assert_no_error (error);

  again = get_record (list, 0);
  if (!g_str_equal (as_record_get_value (again, customer_column), "Renamed Customer"))
    g_test_fail_printf ("after renaming customer %" G_GINT64_FORMAT " the repairs list still shows “%s”:"
                        " lists are reloaded only for changes to their base table",
                        customer_id, as_record_get_value (again, customer_column));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, filled, func) \
  g_test_add (name, Fixture, (filled) ? "filled" : NULL, fixture_setup, func, fixture_teardown)
  ADD ("/record-list/paging", TRUE, test_count_and_paging);
  ADD ("/record-list/full-scroll", TRUE, test_full_scroll);
  ADD ("/record-list/sort", TRUE, test_sort_every_column);
  ADD ("/record-list/filter", TRUE, test_filters);
  ADD ("/record-list/filter-search-sort", TRUE, test_filter_search_sort);
  ADD ("/record-list/search/fts", TRUE, test_search_fts);
  ADD ("/record-list/search/after-rename", TRUE, test_search_after_rename);
  ADD ("/record-list/search/like", FALSE, test_search_like);
  ADD ("/record-list/reload/changed", TRUE, test_reload_on_changed);
  ADD ("/record-list/reload/directory-save", TRUE, test_reload_after_directory_save);
  ADD ("/record-list/reload/joined-table", TRUE, test_reload_joined_table);
#undef ADD

  return g_test_run ();
}
