/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How the repairs list behaves on a large database.
 *
 *   bench-lists [DB [N_REPAIRS]]     (default /tmp/aftersales-bench.db, 1000000)
 *
 * An empty or missing DB is first filled by the demo generator with
 * N_REPAIRS repair orders, in a child process so that the generator's memory
 * is not counted in the figures of the lists. Then, on the repairs list:
 * opening it and its first row, the last row (the scroll bar dragged to the
 * end), every sortable column in both directions, and free-text searches by
 * customer, serial number and fault word; then peak memory. Any step over its
 * target prints the query plan of the statement that did the work. */

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "as-database.h"
#include "as-demo.h"
#include "as-lists.h"
#include "as-record-list.h"

#define TARGET_FIRST_ROWS_MS  1000.0
#define TARGET_INTERACTIVE_MS  200.0
#define TARGET_RSS_MB          250.0
#define TARGET_GENERATE_S      120.0

static gboolean all_met = TRUE;

/* ------------------------------------------------------------- timing */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Statement counters, to find which query did the work of a slow step. */
static void
reset_counters (sqlite3 *db)
{
  for (sqlite3_stmt *s = sqlite3_next_stmt (db, NULL); s != NULL; s = sqlite3_next_stmt (db, s))
    sqlite3_stmt_status (s, SQLITE_STMTSTATUS_VM_STEP, TRUE);
}

static void
explain (sqlite3    *db,
         const char *sql)
{
  g_autofree char *query = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  sqlite3_stmt *stmt = NULL;

  g_print ("      %s\n", sql);
  if (sqlite3_prepare_v2 (db, query, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_print ("      (no plan: %s)\n", sqlite3_errmsg (db));
      return;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_print ("      plan: %s\n", sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
}

/* Prints the statements that ran the most virtual-machine steps since
 * reset_counters(), with their plans. */
static void
explain_busiest (sqlite3 *db)
{
  sqlite3_stmt *busiest[2] = { NULL, NULL };
  int steps[2] = { 0, 0 };

  for (sqlite3_stmt *s = sqlite3_next_stmt (db, NULL); s != NULL; s = sqlite3_next_stmt (db, s))
    {
      int n = sqlite3_stmt_status (s, SQLITE_STMTSTATUS_VM_STEP, FALSE);
      if (n > steps[0])
        {
          busiest[1] = busiest[0], steps[1] = steps[0];
          busiest[0] = s, steps[0] = n;
        }
      else if (n > steps[1])
        busiest[1] = s, steps[1] = n;
    }
  for (guint i = 0; i < 2; i++)
    if (busiest[i] != NULL)
      {
        g_print ("    %d VM steps in:\n", steps[i]);
        explain (db, sqlite3_sql (busiest[i]));
      }
}

static void
report (sqlite3    *db,
        const char *what,
        double      ms,
        double      target_ms,
        const char *extra)
{
  gboolean met = ms <= target_ms;

  g_print ("  %-58s %9.1f ms  %s (target < %.0f ms)%s%s\n", what, ms, met ? "ok  " : "SLOW",
           target_ms, extra ? "  " : "", extra ? extra : "");
  if (!met)
    {
      all_met = FALSE;
      explain_busiest (db);
    }
}

/* ------------------------------------------------------------ the data */

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  if (isatty (STDOUT_FILENO))
    {
      g_print ("\r  generating… %3.0f %%", fraction * 100);
      fflush (stdout);
    }
}

/* In a child process: open, and fill when empty. Returns FALSE on failure. */
static gboolean
prepare_database (const char *path,
                  guint       n_repairs)
{
  pid_t pid;
  int status = 0;
  struct rusage usage;

  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AsDatabase) db = as_database_open (path, &error);
      double start;

      if (db == NULL)
        {
          g_printerr ("%s\n", error->message);
          _exit (1);
        }
      if (!as_database_is_empty (db))
        _exit (0);
      g_print ("Generating %u repair orders with the demo generator…\n", n_repairs);
      start = now_ms ();
      if (!as_demo_generate (db, n_repairs, 1, on_progress_cb, NULL, NULL, &error))
        {
          g_printerr ("\n%s\n", error->message);
          _exit (1);
        }
      {
        double seconds = (now_ms () - start) / 1000.0;
        gboolean met = seconds <= TARGET_GENERATE_S;
        if (isatty (STDOUT_FILENO))
          g_print ("\n");
        g_print ("  %-58s %9.1f s   %s (target < %.0f s)\n", "demo generation", seconds,
                 met ? "ok  " : "SLOW", TARGET_GENERATE_S);
        _exit (met ? 10 : 11);
      }
    }
  /* 0: already filled; 10: generated in time; 11: generated, too slowly */
  if (waitpid (pid, &status, 0) < 0 || !WIFEXITED (status))
    return FALSE;
  if (WEXITSTATUS (status) != 0 && WEXITSTATUS (status) != 10 && WEXITSTATUS (status) != 11)
    return FALSE;
  if (WEXITSTATUS (status) == 11)
    all_met = FALSE;
  if (WEXITSTATUS (status) != 0 && getrusage (RUSAGE_CHILDREN, &usage) == 0)
    g_print ("  %-58s %9.1f MB  (generator process, not a target)\n", "generation peak RSS",
             usage.ru_maxrss / 1024.0);
  return TRUE;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The first word of @text that is at least 4 letters long, for searching. */
static char *
pick_word (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text ? text : "", " ,.;:()", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 4)
      return g_strdup (words[i]);
  return g_strdup (text ? text : "a");
}

/* --------------------------------------------------------------- steps */

static void
bench_search (AsRecordList *list,
              sqlite3      *db,
              const char   *what,
              const char   *text)
{
  g_autofree char *label = g_strdup_printf ("search %s “%s” + first row", what, text);
  g_autofree char *extra = NULL;
  double start;
  guint n;

  reset_counters (db);
  start = now_ms ();
  as_record_list_set_search (list, text);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (n > 0)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), 0));
  extra = g_strdup_printf ("%u rows", n);
  report (db, label, now_ms () - start, TARGET_INTERACTIVE_MS, extra);
}

int
main (int    argc,
      char **argv)
{
  const char *path = argc > 1 ? argv[1] : "/tmp/aftersales-bench.db";
  guint n_repairs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 1000000;
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDatabase) db = NULL;
  g_autoptr(AsRecordList) list = NULL;
  g_autofree char *customer = NULL, *serial = NULL, *fault = NULL, *word = NULL;
  const AsListSpec *spec = &as_repairs_list;
  sqlite3 *handle;
  struct rusage usage;
  double start, ms;
  guint n, pages;

  setlocale (LC_ALL, "");
  g_print ("AfterSales list benchmark on %s\n", path);
  if (!prepare_database (path, n_repairs))
    {
      g_printerr ("Cannot prepare %s\n", path);
      return 1;
    }

  start = now_ms ();
  db = as_database_open (path, &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  handle = as_database_get_handle (db);
  g_print ("  %-58s %9.1f ms\n", "open database", now_ms () - start);
  g_print ("  %-58s %9" G_GINT64_FORMAT "\n", "repair orders",
           as_database_query_int (db, "SELECT count(*) FROM repair_orders", 0));

  /* The list as the Repairs tab opens it. */
  reset_counters (handle);
  start = now_ms ();
  list = as_record_list_new (db, spec);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), 0));
  ms = now_ms () - start;
  {
    g_autofree char *extra = g_strdup_printf ("%u rows", n);
    report (handle, "list: count + first page", ms, TARGET_FIRST_ROWS_MS, extra);
  }

  /* The scroll bar dragged to the end. */
  pages = as_record_list_get_pages_loaded (list);
  reset_counters (handle);
  start = now_ms ();
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), n - 1));
  ms = now_ms () - start;
  {
    g_autofree char *extra = g_strdup_printf ("%u page(s) read of %u",
                                              as_record_list_get_pages_loaded (list) - pages,
                                              (n + AS_RECORD_LIST_PAGE_SIZE - 1) / AS_RECORD_LIST_PAGE_SIZE);
    report (handle, "last row (scrolled to the end)", ms, TARGET_FIRST_ROWS_MS, extra);
  }

  /* A click on each sortable column header, both ways. */
  for (guint c = 0; c < spec->n_columns; c++)
    for (int descending = 0; descending <= 1; descending++)
      {
        g_autofree char *label = NULL;
        if (spec->columns[c].sort_expr == NULL)
          continue;
        label = g_strdup_printf ("sort by %s %s + first row", spec->columns[c].key,
                                 descending ? "desc" : "asc");
        reset_counters (handle);
        start = now_ms ();
        as_record_list_set_sort (list, spec->columns[c].key, descending);
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), 0));
        report (handle, label, now_ms () - start, TARGET_INTERACTIVE_MS, NULL);
      }
  as_record_list_set_sort (list, NULL, FALSE);

  /* What a receptionist types: a customer's surname, a serial, a fault word. */
  customer = query_text (handle, "SELECT c.name FROM repair_orders r JOIN customers c"
                                 " ON c.id = r.customer_id WHERE r.id = (SELECT max(id) / 2 FROM repair_orders)");
  serial = query_text (handle, "SELECT serial FROM repair_orders WHERE serial != ''"
                               " AND id >= (SELECT max(id) / 3 FROM repair_orders) LIMIT 1");
  fault = query_text (handle, "SELECT fault FROM repair_orders WHERE id = (SELECT max(id) / 5 FROM repair_orders)");
  {
    g_auto(GStrv) names = g_strsplit (customer ? customer : "", " ", -1);
    guint n_names = g_strv_length (names);
    word = g_strdup (n_names > 1 ? names[n_names - 1] : customer);
  }
  bench_search (list, handle, "customer surname", word);
  bench_search (list, handle, "customer full name", customer);
  bench_search (list, handle, "serial", serial);
  {
    g_autofree char *prefix = g_strndup (serial, MAX (strlen (serial ? serial : "") - 2, 1));
    bench_search (list, handle, "serial prefix", prefix);
  }
  {
    g_autofree char *fault_word = pick_word (fault);
    bench_search (list, handle, "fault word", fault_word);
  }
  bench_search (list, handle, "no match", "zzqxj");
  /* The first keystrokes of a search match a large part of the table. */
  bench_search (list, handle, "first letter", "m");
  bench_search (list, handle, "common word", "no");
  as_record_list_set_search (list, NULL);

  /* The filters of the Repairs tab, for information. */
  for (guint f = 0; f < spec->n_filters; f++)
    {
      g_autofree char *label = g_strdup_printf ("filter %s + first row", spec->filters[f].key);
      g_autofree char *extra = NULL;
      reset_counters (handle);
      start = now_ms ();
      as_record_list_set_filter (list, spec->filters[f].key);
      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      if (n > 0)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), 0));
      ms = now_ms () - start;
      extra = g_strdup_printf ("%u rows", n);
      report (handle, label, ms, TARGET_INTERACTIVE_MS, extra);
    }
  as_record_list_set_filter (list, NULL);

  if (getrusage (RUSAGE_SELF, &usage) == 0)
    {
      double mb = usage.ru_maxrss / 1024.0;
      gboolean met = mb <= TARGET_RSS_MB;
      g_print ("  %-58s %9.1f MB  %s (target < %.0f MB)\n", "peak RSS (lists)", mb,
               met ? "ok  " : "OVER", TARGET_RSS_MB);
      all_met = all_met && met;
    }
  g_print ("%s\n", all_met ? "All targets met." : "Some targets were missed.");
  return all_met ? 0 : 1;
}
