/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How the warehouse behaves on a large database.
 *
 *   bench-warehouse [DB [N_REPAIRS]]   (default /tmp/aftersales-bench.db, 1000000)
 *
 * An empty or missing DB is first filled by the demo generator. Then: the
 * ABC classification of every part from the last 12 months (the work each
 * issue to a repair does again in its transaction), an issue of a part to an
 * open repair with its charge line and the return that undoes it, the spare
 * parts list and its "to reorder" view, the movements list (first rows, a
 * search by part, a filter), one part's movements, the loaners and the
 * Dashboard's figures of the warehouse. The issue and the return are real
 * movements: use a scratch copy of the database. */

#include <locale.h>
#include <stdio.h>

#include "as-abc.h"
#include "as-dashboard.h"
#include "as-database.h"
#include "as-demo.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "as-stock-store.h"

#define TARGET_INTERACTIVE_MS 200.0

static gboolean all_met = TRUE;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
report (const char *what,
        double      ms,
        double      target)
{
  gboolean met = ms <= target;

  all_met &= met;
  g_print ("  %-52s %9.1f ms  %s\n", what, ms, met ? "" : "(over target)");
}

/* The median of five runs of the ABC classification. */
static void
bench_abc (AsDatabase *db)
{
  double runs[5];

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_autoptr(GError) error = NULL;
      double start = now_ms ();

      if (!as_abc_recompute (db, &error))
        g_error ("ABC: %s", error->message);
      runs[i] = now_ms () - start;
    }
  for (guint i = 0; i < 5; i++)
    for (guint j = i + 1; j < 5; j++)
      if (runs[j] < runs[i])
        {
          double t = runs[i];
          runs[i] = runs[j];
          runs[j] = t;
        }
  report ("ABC classification of every part (median of 5)", runs[2], TARGET_INTERACTIVE_MS);
}

/* An issue to the latest open repair, then the return that undoes it. */
static void
bench_issue (AsDatabase *db)
{
  g_autoptr(GError) error = NULL;
  gint64 repair = as_database_query_int (db, "SELECT max(id) FROM repair_orders"
                                             " WHERE status IN ('dispatched', 'in_workshop')", 0);
  gint64 part = as_database_query_int (db, "SELECT part_id FROM stock WHERE warehouse_id = 1"
                                           " AND quantity > 0 ORDER BY quantity DESC LIMIT 1", 0);
  double start;

  if (repair == 0 || part == 0)
    {
      g_print ("  (no open repair or no stock: issue not timed)\n");
      return;
    }
  as_database_set_actor (db, as_database_query_int (db, "SELECT id FROM staff"
                                                        " WHERE roles & 4 LIMIT 1", 0));
  start = now_ms ();
  if (as_stock_store_issue (db, part, 1, 1, repair, NULL, &error) == 0)
    g_error ("issue: %s", error->message);
  report ("issue to a repair + charge line + ABC, one transaction", now_ms () - start,
          TARGET_INTERACTIVE_MS);
  start = now_ms ();
  if (as_stock_store_return (db, part, 1, 1, repair, "bench", &error) == 0)
    g_error ("return: %s", error->message);
  report ("return from the repair + charge reduced + ABC", now_ms () - start,
          TARGET_INTERACTIVE_MS);
}

/* Opening a list (count and first page), as the view does. */
static void
bench_list (AsDatabase       *db,
            const AsListSpec *spec,
            const char       *filter,
            const char       *search,
            const char       *what)
{
  g_autoptr(AsRecordList) list = NULL;
  g_autoptr(GObject) first = NULL;
  double start = now_ms ();
  guint n;

  list = as_record_list_new (db, spec);
  if (filter != NULL)
    as_record_list_set_filter (list, filter);
  if (search != NULL)
    as_record_list_set_search (list, search);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (n > 0)
    first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  report (what, now_ms () - start, TARGET_INTERACTIVE_MS);
  g_print ("      %u rows\n", n);
}

static void
bench_figures (AsDatabase *db)
{
  static const struct { AsFigure figure; const char *what; } figures[] = {
    { AS_FIGURE_PARTS_TO_REORDER, "Dashboard: parts to reorder" },
    { AS_FIGURE_OVERDUE_LOANERS, "Dashboard: loaners overdue" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      double start = now_ms ();
      gint64 value = as_dashboard_count (db, figures[i].figure);

      report (figures[i].what, now_ms () - start, TARGET_INTERACTIVE_MS);
      g_print ("      = %" G_GINT64_FORMAT "\n", value);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDatabase) db = NULL;
  const char *path = argc > 1 ? argv[1] : "/tmp/aftersales-bench.db";
  guint n = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 1000000;
  AsListSpec *part_spec;
  gint64 busiest;

  setlocale (LC_ALL, "");
  if ((db = as_database_open (path, &error)) == NULL)
    g_error ("%s", error->message);
  if (as_database_is_empty (db))
    {
      double start = now_ms ();

      g_print ("Generating %u repairs into %s…\n", n, path);
      if (!as_demo_generate (db, n, 1, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
      g_print ("  generated in %.1f s\n", (now_ms () - start) / 1000.0);
    }
  g_print ("%s: %" G_GINT64_FORMAT " repairs, %" G_GINT64_FORMAT " movements, %" G_GINT64_FORMAT
           " parts, %" G_GINT64_FORMAT " consumption rows\n", path,
           as_database_query_int (db, "SELECT count(*) FROM repair_orders", 0),
           as_database_query_int (db, "SELECT count(*) FROM stock_movements", 0),
           as_database_query_int (db, "SELECT count(*) FROM spare_parts", 0),
           as_database_query_int (db, "SELECT count(*) FROM part_consumption", 0));

  bench_abc (db);
  bench_issue (db);
  bench_list (db, &as_stock_list, NULL, NULL, "spare parts: first rows");
  bench_list (db, &as_stock_list, "reorder", NULL, "spare parts: to reorder");
  bench_list (db, &as_stock_list, "class_a", NULL, "spare parts: class A");
  bench_list (db, &as_movements_list, NULL, NULL, "movements: first rows");
  bench_list (db, &as_movements_list, "adjustments", NULL, "movements: adjustments");
  bench_list (db, &as_movements_list, NULL, "Compresor", "movements: search a part name");
  busiest = as_database_query_int (db, "SELECT part_id FROM part_consumption"
                                       " GROUP BY part_id ORDER BY sum(quantity) DESC LIMIT 1", 1);
  part_spec = as_stock_store_new_part_movements (busiest);
  bench_list (db, part_spec, NULL, NULL, "one part's movements (the busiest)");
  as_stock_store_free_spec (part_spec);
  bench_list (db, &as_loaners_list, "overdue", NULL, "loaner units: overdue");
  bench_list (db, &as_loans_list, NULL, NULL, "loans: first rows");
  bench_list (db, &as_warehouse_repairs_list, NULL, "Garc", "open repairs picker: search");
  bench_figures (db);

  g_print (all_met ? "Every target met.\n" : "Some targets were missed.\n");
  return all_met ? 0 : 1;
}
