/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Excel export: the monthly workbook and a list as shown, read back by
 * tests/export-check.py (zipfile + ElementTree, not our code): sheets, typed
 * cells, frozen header, autofilter, charts, formulas with their values. Then
 * what must never happen: a failed or cancelled export leaving a file, or
 * touching a file already at the target; and `aftersales --export-month` with
 * its exit statuses, including a disk that fills up (RLIMIT_FSIZE). */

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "as-demo.h"
#include "as-export.h"
#include "as-export-private.h"
#include "as-lists.h"
#include "test-util.h"

#define DEMO_REPAIRS 600
#define BUSY_MONTH   "2026-03"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

/* ---------------------------------------------------------------- helpers */

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { GPOINTER_TO_UINT (data), GPOINTER_TO_UINT (data) };

  /* Writing past the limit fails with EFBIG, as on a full disk, instead of
   * killing the process. */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Runs @argv (NULL-terminated) without a display; @max_file_size > 0
 * limits the size of the files it may write. */
static void
run_command (Run               *run,
             const char *const *argv,
             guint              max_file_size)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "LANG", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "C", TRUE);
  memset (run, 0, sizeof *run);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT,
                max_file_size ? limit_file_size : NULL, GUINT_TO_POINTER (max_file_size),
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* Runs export-check.py; the test fails with its findings unless they are none. */
static void
assert_workbook (const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  Run run;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PYTHON"));
  g_ptr_array_add (argv, (gpointer) g_getenv ("EXPORT_CHECK"));
  g_assert_nonnull (argv->pdata[0]);
  g_assert_nonnull (argv->pdata[1]);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  run_command (&run, (const char *const *) argv->pdata, 0);
  if (run.status != 0)
    g_test_fail_printf ("the workbook does not read back as expected:\n%s", run.err);
  run_clear (&run);
}

/* The names in @dir, sorted, joined by spaces: what an export left there. */
static char *
list_folder (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
make_out_dir (AsTestDb *fixture)
{
  char *dir = g_build_filename (fixture->dir, "out", NULL);

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  return dir;
}

static void
fill_demo (AsTestDb *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (as_demo_generate (fixture->db, DEMO_REPAIRS, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The month with the most repairs received, as YYYY-MM. */
static char *
busiest_month (AsTestDb *fixture, gint64 *out_repairs)
{
  sqlite3_stmt *stmt = NULL;
  char *month;

  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (fixture->db),
                                       "SELECT substr(received_at, 1, 7), count(*) FROM repair_orders"
                                       " GROUP BY 1 ORDER BY 2 DESC LIMIT 1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  month = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  *out_repairs = sqlite3_column_int64 (stmt, 1);
  sqlite3_finalize (stmt);
  return month;
}

/* @n repairs received in BUSY_MONTH, for customers "Ana García" and "Bruno
 * Díaz" by turns, every third one closed, with serials in reverse order. */
static void
fill_month (AsDatabase *db,
            guint       n)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_exec (db,
                                   "INSERT OR IGNORE INTO staff (id, name, roles) VALUES (1, 'Tomás Técnico', 2);"
                                   "INSERT OR IGNORE INTO product_models (id, code, name) VALUES (1, 'WM-100', 'Lavadora');"
                                   "INSERT OR IGNORE INTO customers (id, name) VALUES (1, 'Ana García'), (2, 'Bruno Díaz');",
                                   &error));
  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (db),
                                       "INSERT INTO repair_orders (customer_id, model_id, serial, fault,"
                                       " received_at, technician_id, status, closed_at)"
                                       " VALUES (?1, 1, ?2, 'No enciende', ?3, 1, ?4, ?5)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *serial = g_strdup_printf ("SN%05u", n - i);
      g_autofree char *received = g_strdup_printf (BUSY_MONTH "-%02u %02u:%02u:00", 1 + i % 28,
                                                   8 + i / 60 % 10, i % 60);
      gboolean closed = i % 3 == 0;

      sqlite3_bind_int64 (stmt, 1, 1 + i % 2);
      sqlite3_bind_text (stmt, 2, serial, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, received, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, closed ? "closed" : "received", -1, SQLITE_STATIC);
      if (closed)
        sqlite3_bind_text (stmt, 5, BUSY_MONTH "-28 18:00:00", -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, 5);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  g_assert_true (as_database_commit (db, &error));
}

/* ----------------------------------------------------------------- tests */

static void
test_parse_month (void)
{
  static const char *const bad[] = {
    "2026-13", "2026-00", "2026/10", "26-10", "2026-1", "2026-10-01", "", "abcd-ef", "1899-12",
  };
  int year = 0, month = 0;

  g_assert_true (as_export_parse_month ("2026-10", &year, &month, NULL));
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (month, ==, 10);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (as_export_parse_month (bad[i], &year, &month, &error));
      g_assert_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_INVALID_MONTH);
      g_assert_nonnull (strstr (error->message, "YYYY-MM"));
    }
}

static void
test_date_serial (void)
{
  double serial = 0;
  gboolean has_time = FALSE;

  /* Excel's serial numbers, as Excel itself gives them. */
  g_assert_true (_as_export_parse_date ("2026-10-01 08:28:14", &serial, &has_time));
  g_assert_true (has_time);
  g_assert_cmpfloat_with_epsilon (serial, 46296 + (8 * 3600 + 28 * 60 + 14) / 86400.0, 1e-9);
  g_assert_true (_as_export_parse_date ("1900-03-01", &serial, &has_time));
  g_assert_false (has_time);
  g_assert_cmpfloat (serial, ==, 61);
  g_assert_true (_as_export_parse_date ("2024-02-29", &serial, &has_time));
  g_assert_cmpfloat (serial, ==, 45351);
  g_assert_false (_as_export_parse_date ("2026-02-30", &serial, &has_time));
  g_assert_false (_as_export_parse_date ("27/11/2026", &serial, &has_time));
  g_assert_false (_as_export_parse_date ("", &serial, &has_time));
}

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_month_workbook (AsTestDb      *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "month.xlsx", NULL);
  g_autofree char *month = NULL;
  g_autofree char *repairs = NULL;
  g_autofree char *left = NULL;
  gint64 n_repairs = 0;
  double last = 0;
  int year, number;

  fill_demo (fixture);
  month = busiest_month (fixture, &n_repairs);
  g_assert_cmpint (n_repairs, >, 10);
  g_assert_true (as_export_parse_month (month, &year, &number, NULL));

  g_assert_true (as_export_month (fixture->db, year, number, path, on_progress_cb, &last, NULL,
                                  &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  left = list_folder (dir);
  g_assert_cmpstr (left, ==, "month.xlsx");

  repairs = g_strdup_printf ("%" G_GINT64_FORMAT, n_repairs);
  /* Demo data has complaints and surveys every month: four charts. */
  assert_workbook ((const char *const[]) { "month", path, "--repairs", repairs,
                                           "--min-charts", "4", NULL });
}

static void
test_empty_month (AsTestDb      *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "empty.xlsx", NULL);

  fill_demo (fixture);
  g_assert_true (as_export_month (fixture->db, 1999, 1, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_workbook ((const char *const[]) { "month", path, "--repairs", "0", NULL });
}

/* The rows of @list in its order, as "id,id,…". */
static char *
list_ids (AsRecordList *list)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(AsRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? "," : "", as_record_get_id (record));
    }
  return g_string_free (ids, FALSE);
}

static void
test_list_as_shown (AsTestDb      *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "list.xlsx", NULL);
  g_autoptr(AsRecordList) list = NULL;
  g_autoptr(AsRecordListQuery) query = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *by_default = NULL;

  fill_month (fixture->db, 300);
  list = as_record_list_new (fixture->db, &as_repairs_list);
  by_default = list_ids (list);
  /* Closed repairs of Ana García, by serial number: 50 of the 300 rows. */
  g_assert_true (as_record_list_set_filter (list, "closed"));
  as_record_list_set_search (list, "garcia");
  g_assert_true (as_record_list_set_sort (list, "serial", FALSE));
  shown = list_ids (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 50);
  g_assert_cmpstr (shown, !=, by_default);

  query = as_record_list_dup_query (list);
  g_assert_cmpuint (query->n_rows, ==, 50);
  g_assert_true (as_export_list (fixture->db, query, "Repair register", path, NULL, NULL, NULL,
                                 &error));
  g_assert_no_error (error);
  /* Column 1 is "Received", a date. */
  assert_workbook ((const char *const[]) { "list", path, "--title", "Repair register",
                                           "--ids", shown, "--date-column", "1", NULL });
}

static void
test_list_money (AsTestDb      *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "tools.xlsx", NULL);
  g_autoptr(AsRecordList) list = NULL;
  g_autoptr(AsRecordListQuery) query = NULL;
  g_autofree char *shown = NULL;
  guint value_column = 0;

  fill_demo (fixture);
  list = as_record_list_new (fixture->db, &as_returns_list);
  shown = list_ids (list);
  for (guint i = 0; i < as_returns_list.n_columns; i++)
    if (as_returns_list.columns[i].kind == AS_COLUMN_MONEY)
      value_column = i;
  g_assert_cmpuint (value_column, >, 0);
  query = as_record_list_dup_query (list);
  g_assert_true (as_export_list (fixture->db, query, "Returns", path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *column = g_strdup_printf ("%u", value_column);
    assert_workbook ((const char *const[]) { "list", path, "--title", "Returns", "--ids", shown,
                                             "--date-column", "1", "--money-column", column,
                                             NULL });
  }
}

static void
test_verify (AsTestDb      *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "good.xlsx", NULL);
  g_autofree char *cut_sheet = g_build_filename (dir, "cut-sheet.xlsx", NULL);
  g_autofree char *cut_file = g_build_filename (dir, "cut-file.xlsx", NULL);
  g_autoptr(GHashTable) sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  fill_month (fixture->db, 500);
  g_assert_true (as_export_month (fixture->db, 2026, 3, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (_as_export_verify (path, NULL));
  /* A sheet holding less than its rows took before zipping lost some of them. */
  g_hash_table_insert (sizes, g_strdup ("xl/worksheets/sheet2.xml"), GSIZE_TO_POINTER (1000));
  g_assert_true (_as_export_verify (path, sizes));
  g_hash_table_insert (sizes, g_strdup ("xl/worksheets/sheet2.xml"), GSIZE_TO_POINTER (50000000));
  g_assert_false (_as_export_verify (path, sizes));

  /* A sheet cut short inside a sound zip, as a failed temporary write leaves it. */
  assert_workbook ((const char *const[]) { "truncate", path, "--out", cut_sheet, NULL });
  g_assert_true (g_file_test (cut_sheet, G_FILE_TEST_EXISTS));
  g_assert_false (_as_export_verify (cut_sheet, NULL));
  /* A file cut short. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (cut_file, contents, length * 2 / 3, NULL));
  g_assert_false (_as_export_verify (cut_file, NULL));
}

static void
cancel_on_progress_cb (double   fraction,
                       gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
}

static void
test_cancel_leaves_nothing (AsTestDb      *fixture,
                            gconstpointer  data)
{
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *fresh = g_build_filename (dir, "fresh.xlsx", NULL);
  g_autofree char *existing = g_build_filename (dir, "existing.xlsx", NULL);
  g_autoptr(AsRecordList) list = NULL;
  g_autoptr(AsRecordListQuery) query = NULL;
  AsTestFingerprint before;

  fill_month (fixture->db, 3000);
  list = as_record_list_new (fixture->db, &as_repairs_list);
  query = as_record_list_dup_query (list);
  write_file (existing, "last month's workbook");
  as_test_fingerprint (existing, &before);

  for (guint i = 0; i < 2; i++)
    {
      const char *target = i == 0 ? fresh : existing;
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *left = NULL;

      /* Cancelled halfway through the rows. */
      g_assert_false (as_export_list (fixture->db, query, "Repairs", target, cancel_on_progress_cb,
                                      cancellable, cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      /* Cancelled before it starts, for the month too. */
      g_assert_false (as_export_month (fixture->db, 2026, 3, target, NULL, NULL, cancellable,
                                       &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      left = list_folder (dir);
      g_assert_cmpstr (left, ==, "existing.xlsx");
    }
  as_test_assert_unchanged (existing, &before);
  as_test_fingerprint_clear (&before);
}

static void
test_unwritable_folder (AsTestDb      *fixture,
                        gconstpointer  data)
{
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "month.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  g_assert_false (as_export_month (fixture->db, 2026, 3, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_FOLDER);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);

  /* A folder given as the file. */
  g_assert_false (as_export_month (fixture->db, 2026, 3, dir, NULL, NULL, NULL, &error));
  g_assert_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_FOLDER);
  g_clear_error (&error);

  /* A folder without write permission; root writes anywhere, so not then. */
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  if (access (dir, W_OK) != 0)
    {
      g_autofree char *target = g_build_filename (dir, "month.xlsx", NULL);

      g_assert_false (as_export_month (fixture->db, 2026, 3, target, NULL, NULL, NULL, &error));
      g_assert_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_FOLDER);
    }
  else
    g_test_message ("running as root: the read-only folder case is left out");
  g_chmod (dir, 0700);
  left = list_folder (dir);
  g_assert_cmpstr (left, ==, "");
}

typedef struct
{
  const char *db_path;
  gboolean    wrote;
} Intruder;

/* While the export reads, another program adds repairs to the month. */
static void
write_during_export_cb (double   fraction,
                        gpointer user_data)
{
  Intruder *intruder = user_data;
  sqlite3 *other;

  if (intruder->wrote)
    return;
  other = as_test_sqlite_open (intruder->db_path);
  as_test_sqlite_exec (other, "INSERT INTO repair_orders (customer_id, model_id, fault, received_at)"
                              " VALUES (1, 1, 'Added meanwhile', '" BUSY_MONTH "-15 10:00:00'),"
                              " (2, 1, 'Added meanwhile', '" BUSY_MONTH "-16 10:00:00')");
  sqlite3_close (other);
  intruder->wrote = TRUE;
}

static void
test_snapshot (AsTestDb      *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "month.xlsx", NULL);
  Intruder intruder = { as_database_get_path (fixture->db), FALSE };

  fill_month (fixture->db, 2000);
  g_assert_true (as_export_month (fixture->db, 2026, 3, path, write_during_export_cb, &intruder,
                                  NULL, &error));
  g_assert_no_error (error);
  g_assert_true (intruder.wrote);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM repair_orders", 0),
                   ==, 2002);
  /* Every sheet saw the file as it was when the export began. */
  assert_workbook ((const char *const[]) { "month", path, "--repairs", "2000", NULL });
}

typedef struct
{
  GMainLoop *loop;
  GError    *error;
  gboolean   done;
  guint      n_progress;
} AsyncRun;

static void
async_progress_cb (double   fraction,
                   gpointer user_data)
{
  AsyncRun *run = user_data;

  /* Delivered to the caller's thread, never the worker's. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  run->n_progress++;
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->done = as_export_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
test_async (AsTestDb      *fixture,
            gconstpointer  data)
{
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "month.xlsx", NULL);
  g_autofree char *cancelled = g_build_filename (dir, "cancelled.xlsx", NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *left = NULL;
  AsyncRun run = { loop };

  fill_month (fixture->db, 2000);
  as_export_month_async (fixture->db, 2026, 3, path, async_progress_cb, &run, NULL,
                         async_done_cb, &run);
  g_main_loop_run (loop);
  g_assert_no_error (run.error);
  g_assert_true (run.done);
  g_assert_cmpuint (run.n_progress, >, 0);
  assert_workbook ((const char *const[]) { "month", path, "--repairs", "2000", NULL });

  run = (AsyncRun) { loop };
  g_cancellable_cancel (cancellable);
  as_export_month_async (fixture->db, 2026, 3, cancelled, async_progress_cb, &run, cancellable,
                         async_done_cb, &run);
  g_main_loop_run (loop);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&run.error);
  left = list_folder (dir);
  g_assert_cmpstr (left, ==, "month.xlsx");
}

/* ------------------------------------------------------------ the command */

static void
run_export (Run        *run,
            const char *db_path,
            const char *month,
            const char *output,
            guint       max_file_size)
{
  const char *argv[] = { g_getenv ("AFTERSALES_BIN"), "--database", db_path, "--export-month",
                         month, output ? "--output" : NULL, output, NULL };

  g_assert_nonnull (argv[0]);
  run_command (run, argv, max_file_size);
}

static void
test_cli_exports (AsTestDb      *fixture,
                  gconstpointer  data)
{
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "2026-03.xlsx", NULL);
  Run run;

  fill_month (fixture->db, 200);
  run_export (&run, as_database_get_path (fixture->db), "2026-03", path, 0);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "March 2026"));
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);
  assert_workbook ((const char *const[]) { "month", path, "--repairs", "200", NULL });
}

static void
test_cli_bad_usage (AsTestDb      *fixture,
                    gconstpointer  data)
{
  static const char *const bad_months[] = { "2026-13", "2026/03", "march", "2026-3" };
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "x.xlsx", NULL);
  const char *db_path = as_database_get_path (fixture->db);
  g_autofree char *left = NULL;
  Run run;

  for (guint i = 0; i < G_N_ELEMENTS (bad_months); i++)
    {
      run_export (&run, db_path, bad_months[i], path, 0);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, bad_months[i]));
      g_assert_nonnull (strstr (run.err, "YYYY-MM"));
      run_clear (&run);
    }
  /* Without --output. */
  run_export (&run, db_path, "2026-03", NULL, 0);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--output"));
  run_clear (&run);
  left = list_folder (dir);
  g_assert_cmpstr (left, ==, "");
}

static void
test_cli_unwritable (AsTestDb      *fixture,
                     gconstpointer  data)
{
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *path = g_build_filename (dir, "missing", "x.xlsx", NULL);
  Run run;

  run_export (&run, as_database_get_path (fixture->db), "2026-03", path, 0);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Cannot write in the folder"));
  run_clear (&run);
}

static void
test_cli_disk_full (AsTestDb      *fixture,
                    gconstpointer  data)
{
  g_autofree char *dir = make_out_dir (fixture);
  g_autofree char *fresh = g_build_filename (dir, "fresh.xlsx", NULL);
  g_autofree char *existing = g_build_filename (dir, "existing.xlsx", NULL);
  g_autofree char *left = NULL;
  AsTestFingerprint before;
  Run run;

  fill_month (fixture->db, 2000);
  write_file (existing, "last month's workbook");
  as_test_fingerprint (existing, &before);
  for (guint i = 0; i < 2; i++)
    {
      /* Files may not grow past 16 KiB: the workbook cannot be written. */
      run_export (&run, as_database_get_path (fixture->db), "2026-03", i ? existing : fresh,
                  16 * 1024);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_nonnull (strstr (run.err, "could not be written"));
      run_clear (&run);
    }
  left = list_folder (dir);
  g_assert_cmpstr (left, ==, "existing.xlsx");
  as_test_assert_unchanged (existing, &before);
  as_test_fingerprint_clear (&before);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/parse-month", test_parse_month);
  g_test_add_func ("/export/date-serial", test_date_serial);
#define ADD(name, func) g_test_add (name, AsTestDb, NULL, as_test_db_setup, func, as_test_db_teardown)
  ADD ("/export/month-workbook", test_month_workbook);
  ADD ("/export/empty-month", test_empty_month);
  ADD ("/export/list-as-shown", test_list_as_shown);
  ADD ("/export/list-money", test_list_money);
  ADD ("/export/verify", test_verify);
  ADD ("/export/cancel-leaves-nothing", test_cancel_leaves_nothing);
  ADD ("/export/unwritable-folder", test_unwritable_folder);
  ADD ("/export/snapshot", test_snapshot);
  ADD ("/export/async", test_async);
  ADD ("/export/cli/exports", test_cli_exports);
  ADD ("/export/cli/bad-usage", test_cli_bad_usage);
  ADD ("/export/cli/unwritable-folder", test_cli_unwritable);
  ADD ("/export/cli/disk-full", test_cli_disk_full);
#undef ADD
  return g_test_run ();
}
