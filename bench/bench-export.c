/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How fast the monthly workbook is written on a large database.
 *
 *   bench-export [DB [N_REPAIRS]]   (default /tmp/aftersales-export-bench.db, 1400000)
 *   meson compile -C BUILD bench-export
 *
 * An empty or missing DB is first filled by the demo generator with
 * N_REPAIRS repair orders (in a child process, so that its memory is not
 * counted), enough for a month of about 100,000 repairs. Then the busiest
 * month is exported to a workbook in a temporary folder, as the command line
 * does, and the time, the rows per second, the file's size and the peak
 * memory are printed against the targets. Then the repair register searched
 * for a common surname is exported as a list. The workbooks are removed. */

#include <locale.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "as-database.h"
#include "as-demo.h"
#include "as-export.h"
#include "as-export-data.h"
#include "as-lists.h"

#define TARGET_SECONDS   30.0   /* "in seconds, not minutes" */
#define TARGET_LIST_S_PER_10K 1.0   /* a list of 100,000 rows in 10 s */
#define TARGET_RSS_MB    200.0
#define MONTHS_BACK      18

/* ----------------------------------------------------------------- data */

static gboolean
generate (const char *path,
          guint       n_repairs)
{
  pid_t child = fork ();
  int status = 0;

  if (child == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AsDatabase) db = as_database_open (path, &error);
      gint64 start = g_get_monotonic_time ();

      if (db == NULL || !as_demo_generate (db, n_repairs, 1, NULL, NULL, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          _exit (1);
        }
      g_print ("  demo data: %u repairs in %.1f s\n", n_repairs,
               (g_get_monotonic_time () - start) / 1e6);
      _exit (0);
    }
  return child > 0 && waitpid (child, &status, 0) == child && WIFEXITED (status) &&
         WEXITSTATUS (status) == 0;
}

/* The month of the last MONTHS_BACK with the most repairs received. */
static gint64
find_busiest_month (AsDatabase *db,
                    int        *out_year,
                    int        *out_month)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 best = -1;

  for (int back = 0; back <= MONTHS_BACK; back++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_months (now, -back);
      g_autoptr(GDateTime) next = g_date_time_add_months (now, 1 - back);
      g_autofree char *first = g_date_time_format (day, "%Y-%m-01");
      g_autofree char *after = g_date_time_format (next, "%Y-%m-01");
      gint64 n = as_export_table_count (db, as_export_month_sheets[0], first, after);

      if (n > best)
        {
          best = n;
          *out_year = g_date_time_get_year (day);
          *out_month = g_date_time_get_month (day);
        }
    }
  return best;
}

static gint64
count_month_rows (AsDatabase *db,
                  int         year,
                  int         month)
{
  g_autofree char *first = g_strdup_printf ("%04d-%02d-01", year, month);
  g_autofree char *after = g_strdup_printf ("%04d-%02d-01", month == 12 ? year + 1 : year,
                                            month == 12 ? 1 : month + 1);
  gint64 total = 0;

  for (guint i = 0; as_export_month_sheets[i] != NULL; i++)
    if (as_export_table_available (db, as_export_month_sheets[i]))
      total += MAX (0, as_export_table_count (db, as_export_month_sheets[i], first, after));
  return total;
}

static double
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static gboolean
report (const char *what,
        double      value,
        double      target,
        const char *unit)
{
  gboolean met = value <= target;

  g_print ("  %-34s %10.2f %-4s (target %.0f %s) %s\n", what, value, unit, target, unit,
           met ? "ok" : "OVER");
  return met;
}

/* The repair register as a person narrows it: a search for a common surname,
 * every match exported in the list's order, as its spreadsheet button does. */
static gboolean
bench_list (AsDatabase *db,
            const char *dir)
{
  g_autoptr(AsRecordList) list = as_record_list_new (db, &as_repairs_list);
  g_autoptr(AsRecordListQuery) query = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = g_build_filename (dir, "list.xlsx", NULL);
  gint64 start;
  double seconds;
  gboolean met;

  as_record_list_set_search (list, "garcia");
  query = as_record_list_dup_query (list);
  start = g_get_monotonic_time ();
  if (!as_export_list (db, query, "Repair register", output, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_print ("  list \"garcia\": %u rows in %.2f s\n", query->n_rows, seconds);
  met = report ("list export per 10,000 rows", seconds / MAX (query->n_rows, 1) * 10000,
                TARGET_LIST_S_PER_10K, "s");
  g_unlink (output);
  return met;
}

int
main (int    argc,
      char **argv)
{
  const char *path = argc > 1 ? argv[1] : "/tmp/aftersales-export-bench.db";
  guint n_repairs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 1400000;
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDatabase) db = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  GStatBuf st;
  gint64 repairs, rows, start;
  double seconds;
  int year = 0, month = 0;
  gboolean met = TRUE;

  setlocale (LC_ALL, "");
  g_print ("bench-export on %s\n", path);
  if ((g_stat (path, &st) != 0 || st.st_size == 0) && !generate (path, n_repairs))
    return 1;
  db = as_database_open (path, &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  repairs = find_busiest_month (db, &year, &month);
  rows = count_month_rows (db, year, month);
  title = as_export_month_title (year, month);
  g_print ("  month: %s, %" G_GINT64_FORMAT " repairs, %" G_GINT64_FORMAT " rows in all sheets\n",
           title, repairs, rows);

  dir = g_dir_make_tmp ("aftersales-export-bench-XXXXXX", &error);
  g_assert_no_error (error);
  output = g_build_filename (dir, "month.xlsx", NULL);
  start = g_get_monotonic_time ();
  if (!as_export_month (db, year, month, output, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_stat (output, &st);
  g_print ("  workbook: %.1f MB, %.0f rows/s\n", st.st_size / 1e6, rows / seconds);
  met &= report ("monthly workbook", seconds, TARGET_SECONDS, "s");
  met &= report ("peak memory", peak_rss_mb (), TARGET_RSS_MB, "MB");

  g_unlink (output);

  met &= bench_list (db, dir);
  g_rmdir (dir);
  g_print ("%s\n", met ? "all targets met" : "SOME TARGETS MISSED");
  return met ? 0 : 1;
}
