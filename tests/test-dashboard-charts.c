/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Dashboard's chart data on a small known database, at a fixed "now"
 * (15 June 2026, 10:00): open requests on time and late by status, twelve
 * months of repairs by service category with empty months and nothing
 * outside the window, complaints by channel and department, the average
 * ratings per technician and criterion, the parts furthest below their
 * reorder point, and the contracts expiring in the next six months with or
 * without their notice; and which tables each chart reads. */

#include <locale.h>

#include "as-dashboard-charts.h"
#include "test-util.h"

#define NOW "2026-06-15 10:00:00"

static const char known_data[] =
  "INSERT INTO departments (id, name) VALUES (1, 'Warehouse and transport'), (2, 'Production');"
  "INSERT INTO staff (id, name) VALUES (1, 'Ana Técnica'), (2, 'Bruno Técnico');"
  "INSERT INTO customers (id, name) VALUES (1, 'Cliente Uno');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
  "INSERT INTO repair_orders (id, customer_id, model_id, fault, received_at, category, status,"
  "  arrival_deadline, promised_date, technician_id) VALUES"
  /* Open: late for the arrival, on time, late for the promised date. */
  "  (1, 1, 1, 'f', '2026-06-10 09:00:00', 'paid', 'received', '2026-06-14 12:00:00', NULL, NULL),"
  "  (2, 1, 1, 'f', '2026-06-01 09:00:00', 'free', 'dispatched', '2026-06-20 12:00:00', NULL, 1),"
  "  (3, 1, 1, 'f', '2026-05-20 09:00:00', 'contract', 'in_workshop', NULL, '2026-06-10', 1),"
  /* Closed or cancelled: counted per month only. */
  "  (4, 1, 1, 'f', '2026-05-02 09:00:00', 'paid', 'closed', NULL, NULL, 1),"
  "  (5, 1, 1, 'f', '2025-07-01 09:00:00', 'internal', 'closed', NULL, NULL, NULL),"
  "  (6, 1, 1, 'f', '2025-06-30 23:59:59', 'paid', 'closed', NULL, NULL, 1),"
  "  (7, 1, 1, 'f', '2026-06-12 09:00:00', 'paid', 'cancelled', NULL, NULL, NULL),"
  "  (8, 1, 1, 'f', '2026-06-05 09:00:00', 'free', 'closed', NULL, NULL, 2);"
  "INSERT INTO surveys (repair_id, surveyed_at, attitude, skill, arrival, commitment) VALUES"
  "  (4, '2026-06-01 12:00:00', 4, 3, 2, 1),"
  "  (8, '2026-06-10 12:00:00', 2, 2, 2, 2),"
  "  (6, '2025-07-05 12:00:00', 1, 1, 1, 1);"   /* too old to count */
  "INSERT INTO complaints (received_at, channel, subject, department_id) VALUES"
  "  ('2026-06-01 10:00:00', 'phone', 's', 1),"
  "  ('2026-05-01 10:00:00', 'phone', 's', 2),"
  "  ('2026-04-01 10:00:00', 'email', 's', 1),"
  "  ('2025-01-01 10:00:00', 'letter', 's', 1),"  /* too old to count */
  "  ('2026-06-02 10:00:00', 'visit', 's', NULL);"
  "INSERT INTO warehouses (id, name) VALUES (1, 'Central');"
  "INSERT INTO spare_parts (id, part_no, name, reorder_point) VALUES"
  "  (1, 'B-1', 'Bomba', 5), (2, 'J-1', 'Junta', 3), (3, 'F-1', 'Filtro', 2);"
  "INSERT INTO stock (part_id, warehouse_id, quantity) VALUES (1, 1, 2), (3, 1, 10);"
  "INSERT INTO contracts (customer_id, start_date, end_date, status, renewal, notice_sent_at)"
  "  VALUES (1, '2025-06-20', '2026-06-20', 'active', NULL, NULL),"
  "         (1, '2025-07-15', '2026-07-15', 'active', NULL, '2026-06-14'),"
  "         (1, '2025-06-10', '2026-06-10', 'active', NULL, NULL),"         /* already ended */
  "         (1, '2025-12-01', '2026-12-01', 'active', NULL, NULL),"         /* beyond six months */
  "         (1, '2025-08-01', '2026-08-01', 'active', 'renewed', NULL),"    /* renewed */
  "         (1, '2025-11-30', '2026-11-30', 'active', NULL, NULL);";

/* ---------------------------------------------------------------- helpers */

typedef struct
{
  GPtrArray  *points;
  GPtrArray  *categories;   /* in order of first appearance */
  GPtrArray  *series;
  GHashTable *values;       /* "category|series" → double * */
} Chart;

static void
chart_free (Chart *chart)
{
  g_ptr_array_unref (chart->points);
  g_ptr_array_unref (chart->categories);
  g_ptr_array_unref (chart->series);
  g_hash_table_unref (chart->values);
  g_free (chart);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Chart, chart_free)

static gboolean
contains (GPtrArray  *array,
          const char *text)
{
  return g_ptr_array_find_with_equal_func (array, text, g_str_equal, NULL);
}

static Chart *
read_chart (AsTestDb         *fixture,
            AsDashboardChart  which)
{
  g_autoptr(GError) error = NULL;
  Chart *chart = g_new0 (Chart, 1);

  chart->points = as_dashboard_chart_read (fixture->db, which, NOW, &error);
  g_assert_no_error (error);
  g_assert_nonnull (chart->points);
  chart->categories = g_ptr_array_new ();
  chart->series = g_ptr_array_new ();
  chart->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < chart->points->len; i++)
    {
      AsDashboardPoint *point = g_ptr_array_index (chart->points, i);
      char *key = g_strdup_printf ("%s|%s", point->category, point->series);
      double *sum = g_hash_table_lookup (chart->values, key);

      if (!contains (chart->categories, point->category))
        g_ptr_array_add (chart->categories, point->category);
      if (!contains (chart->series, point->series))
        g_ptr_array_add (chart->series, point->series);
      if (sum == NULL)
        {
          sum = g_new0 (double, 1);
          g_hash_table_insert (chart->values, key, sum);
        }
      else
        g_free (key);
      *sum += point->value;
    }
  return chart;
}

static double
value (Chart      *chart,
       const char *category,
       const char *series)
{
  g_autofree char *key = g_strdup_printf ("%s|%s", category, series);
  double *sum = g_hash_table_lookup (chart->values, key);

  g_assert_nonnull (sum);
  return *sum;
}

static const char *
category (Chart *chart,
          guint  index)
{
  g_assert_cmpuint (index, <, chart->categories->len);
  return g_ptr_array_index (chart->categories, index);
}

static void
setup (AsTestDb      *fixture,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  as_test_db_setup (fixture, data);
  g_assert_true (as_database_exec (fixture->db, known_data, &error));
  g_assert_no_error (error);
}

/* ---------------------------------------------------------------- tests */

static void
test_open_repairs (AsTestDb      *fixture,
                   gconstpointer  data)
{
  g_autoptr(Chart) chart = read_chart (fixture, AS_DASHBOARD_CHART_OPEN_REPAIRS);

  /* Every open status, in the order of the work, even when none is there. */
  g_assert_cmpuint (chart->categories->len, ==, 4);
  g_assert_cmpstr (category (chart, 0), ==, "Received");
  g_assert_cmpstr (category (chart, 3), ==, "Ready for return");
  g_assert_cmpstr (g_ptr_array_index (chart->series, 0), ==, "On time");
  g_assert_cmpstr (g_ptr_array_index (chart->series, 1), ==, "Late");
  /* Past its arrival deadline without arriving. */
  g_assert_cmpfloat (value (chart, "Received", "Late"), ==, 1);
  g_assert_cmpfloat (value (chart, "Received", "On time"), ==, 0);
  g_assert_cmpfloat (value (chart, "Dispatched", "On time"), ==, 1);
  g_assert_cmpfloat (value (chart, "Dispatched", "Late"), ==, 0);
  /* Past the date promised to the customer. */
  g_assert_cmpfloat (value (chart, "In workshop", "Late"), ==, 1);
  g_assert_cmpfloat (value (chart, "Ready for return", "On time"), ==, 0);
}

static void
test_repairs_per_month (AsTestDb      *fixture,
                        gconstpointer  data)
{
  g_autoptr(Chart) chart = read_chart (fixture, AS_DASHBOARD_CHART_REPAIRS_PER_MONTH);
  double total = 0;

  /* July 2025 to June 2026, the empty months included. */
  g_assert_cmpuint (chart->categories->len, ==, 12);
  g_assert_cmpstr (category (chart, 0), ==, "Jul 2025");
  g_assert_cmpstr (category (chart, 11), ==, "Jun 2026");
  g_assert_cmpuint (chart->series->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (chart->series, 0), ==, "Paid");
  g_assert_cmpfloat (value (chart, "Jul 2025", "Administrative"), ==, 1);
  g_assert_cmpfloat (value (chart, "May 2026", "Paid"), ==, 1);
  g_assert_cmpfloat (value (chart, "May 2026", "Contract"), ==, 1);
  /* June: one received, one cancelled (both paid) and one free. */
  g_assert_cmpfloat (value (chart, "Jun 2026", "Paid"), ==, 2);
  g_assert_cmpfloat (value (chart, "Jun 2026", "Free (warranty)"), ==, 2);
  g_assert_cmpfloat (value (chart, "Jan 2026", "Paid"), ==, 0);
  /* 30 June 2025 is outside the twelve months. */
  for (guint i = 0; i < chart->points->len; i++)
    total += ((AsDashboardPoint *) g_ptr_array_index (chart->points, i))->value;
  g_assert_cmpfloat (total, ==, 7);
}

static void
test_complaints (AsTestDb      *fixture,
                 gconstpointer  data)
{
  g_autoptr(Chart) channels = read_chart (fixture, AS_DASHBOARD_CHART_COMPLAINTS_BY_CHANNEL);
  g_autoptr(Chart) departments = read_chart (fixture,
                                             AS_DASHBOARD_CHART_COMPLAINTS_BY_DEPARTMENT);

  /* The most used channel first; the letter of 2025 is too old. */
  g_assert_cmpuint (channels->categories->len, ==, 3);
  g_assert_cmpstr (category (channels, 0), ==, "Phone");
  g_assert_cmpfloat (value (channels, "Phone", "Contacts"), ==, 2);
  g_assert_cmpfloat (value (channels, "E-mail", "Contacts"), ==, 1);
  g_assert_cmpfloat (value (channels, "Visit", "Contacts"), ==, 1);
  g_assert_false (contains (channels->categories, "Letter"));

  g_assert_cmpuint (departments->categories->len, ==, 3);
  g_assert_cmpstr (category (departments, 0), ==, "Warehouse and transport");
  g_assert_cmpfloat (value (departments, "Warehouse and transport", "Contacts"), ==, 2);
  g_assert_cmpfloat (value (departments, "Production", "Contacts"), ==, 1);
  g_assert_cmpfloat (value (departments, "Not routed yet", "Contacts"), ==, 1);
}

static void
test_satisfaction (AsTestDb      *fixture,
                   gconstpointer  data)
{
  g_autoptr(Chart) chart = read_chart (fixture, AS_DASHBOARD_CHART_SATISFACTION);

  /* Technicians by name; the survey of 2025 is outside the 30 days. */
  g_assert_cmpuint (chart->categories->len, ==, 2);
  g_assert_cmpstr (category (chart, 0), ==, "Ana Técnica");
  g_assert_cmpstr (category (chart, 1), ==, "Bruno Técnico");
  g_assert_cmpuint (chart->series->len, ==, 4);
  g_assert_cmpfloat (value (chart, "Ana Técnica", "Attitude"), ==, 4);
  g_assert_cmpfloat (value (chart, "Ana Técnica", "Skill"), ==, 3);
  g_assert_cmpfloat (value (chart, "Ana Técnica", "Arrival time"), ==, 2);
  g_assert_cmpfloat (value (chart, "Ana Técnica", "Keeping commitments"), ==, 1);
  g_assert_cmpfloat (value (chart, "Bruno Técnico", "Attitude"), ==, 2);
}

static void
test_parts_and_contracts (AsTestDb      *fixture,
                          gconstpointer  data)
{
  g_autoptr(Chart) parts = read_chart (fixture, AS_DASHBOARD_CHART_PARTS_TO_REORDER);
  g_autoptr(Chart) contracts = read_chart (fixture, AS_DASHBOARD_CHART_CONTRACTS_EXPIRING);

  /* Both 3 short of their reorder point; the filter has enough. */
  g_assert_cmpuint (parts->categories->len, ==, 2);
  g_assert_cmpstr (category (parts, 0), ==, "Bomba (B-1)");
  g_assert_cmpstr (category (parts, 1), ==, "Junta (J-1)");
  g_assert_cmpfloat (value (parts, "Bomba (B-1)", "In stock"), ==, 2);
  g_assert_cmpfloat (value (parts, "Bomba (B-1)", "Reorder point"), ==, 5);
  g_assert_cmpfloat (value (parts, "Junta (J-1)", "In stock"), ==, 0);

  g_assert_cmpuint (contracts->categories->len, ==, 6);
  g_assert_cmpstr (category (contracts, 0), ==, "Jun 2026");
  g_assert_cmpstr (category (contracts, 5), ==, "Nov 2026");
  g_assert_cmpfloat (value (contracts, "Jun 2026", "No notice sent yet"), ==, 1);
  g_assert_cmpfloat (value (contracts, "Jun 2026", "Expiry notice sent"), ==, 0);
  g_assert_cmpfloat (value (contracts, "Jul 2026", "Expiry notice sent"), ==, 1);
  g_assert_cmpfloat (value (contracts, "Aug 2026", "No notice sent yet"), ==, 0);
  g_assert_cmpfloat (value (contracts, "Nov 2026", "No notice sent yet"), ==, 1);
}

static void
test_empty_database (AsTestDb      *fixture,
                     gconstpointer  data)
{
  for (guint c = 0; c < AS_N_DASHBOARD_CHARTS; c++)
    {
      g_autoptr(Chart) chart = read_chart (fixture, c);

      for (guint i = 0; i < chart->points->len; i++)
        g_assert_cmpfloat (((AsDashboardPoint *) g_ptr_array_index (chart->points, i))->value,
                           ==, 0);
    }
}

static void
test_bad_date (AsTestDb      *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *points = as_dashboard_chart_read (fixture->db, AS_DASHBOARD_CHART_OPEN_REPAIRS,
                                               "2026-02-30 10:00:00", &error);

  g_assert_null (points);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_tables (void)
{
  g_assert_true (as_dashboard_chart_reads (AS_DASHBOARD_CHART_REPAIRS_PER_MONTH, "repair_orders"));
  g_assert_false (as_dashboard_chart_reads (AS_DASHBOARD_CHART_REPAIRS_PER_MONTH, "complaints"));
  g_assert_true (as_dashboard_chart_reads (AS_DASHBOARD_CHART_COMPLAINTS_BY_DEPARTMENT,
                                           "departments"));
  g_assert_true (as_dashboard_chart_reads (AS_DASHBOARD_CHART_PARTS_TO_REORDER, "stock"));
  g_assert_true (as_dashboard_chart_reads (AS_DASHBOARD_CHART_SATISFACTION, "surveys"));
  g_assert_false (as_dashboard_chart_reads (AS_DASHBOARD_CHART_CONTRACTS_EXPIRING, "audit_log"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/dashboard-charts/open-repairs", AsTestDb, NULL, setup, test_open_repairs,
              as_test_db_teardown);
  g_test_add ("/dashboard-charts/repairs-per-month", AsTestDb, NULL, setup,
              test_repairs_per_month, as_test_db_teardown);
  g_test_add ("/dashboard-charts/complaints", AsTestDb, NULL, setup, test_complaints,
              as_test_db_teardown);
  g_test_add ("/dashboard-charts/satisfaction", AsTestDb, NULL, setup, test_satisfaction,
              as_test_db_teardown);
  g_test_add ("/dashboard-charts/parts-and-contracts", AsTestDb, NULL, setup,
              test_parts_and_contracts, as_test_db_teardown);
  g_test_add ("/dashboard-charts/empty-database", AsTestDb, NULL, as_test_db_setup,
              test_empty_database, as_test_db_teardown);
  g_test_add ("/dashboard-charts/bad-date", AsTestDb, NULL, as_test_db_setup, test_bad_date,
              as_test_db_teardown);
  g_test_add_func ("/dashboard-charts/tables", test_tables);
  return g_test_run ();
}
