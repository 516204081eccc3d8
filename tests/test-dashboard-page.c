/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Dashboard in-process under Xvfb: below the cards, one chart per
 * trend, drawn with the data of the database (read by a worker thread); a
 * change to a table reads again the charts that show it and leaves the
 * others alone; the pointer
 * finds a value for the tooltip; a chart prints to PDF through the print
 * operation, its words readable by pdftotext. */

#include <locale.h>
#include <string.h>

#include "as-chart-view.h"
#include "as-dashboard-page.h"
#include "test-ui-util.h"
#include "test-util.h"

#define REPAIRS_PER_MONTH  "Repairs per month by service category"
#define BY_CHANNEL         "Complaints and opinions by channel, last 12 months"
#define N_CHARTS           7

static const char data_set[] =
  "INSERT INTO staff (id, name) VALUES (1, 'Sara Supervisora');"
  "INSERT INTO customers (id, name) VALUES (1, 'Ana García');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-100', 'Lavadora');"
  "INSERT INTO repair_orders (customer_id, model_id, fault, received_at, category, status)"
  "  VALUES (1, 1, 'No centrifuga', strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'),"
  "          'paid', 'received'),"
  "         (1, 1, 'Pierde agua', strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'),"
  "          'free', 'received');"
  "INSERT INTO complaints (received_at, channel, subject)"
  "  VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), 'phone', 'Retraso');";

typedef struct
{
  char            *dir;
  AsDatabase      *db;
  GtkWindow       *window;
  AsDashboardPage *page;
} Fixture;

/* ---------------------------------------------------------------- helpers */

static gboolean
collect_chart_view (GtkWidget *widget,
                    gpointer   data)
{
  if (AS_IS_CHART_VIEW (widget))
    g_ptr_array_add (data, widget);
  return FALSE;
}

static GPtrArray *
find_chart_views (Fixture *fixture)
{
  GPtrArray *views = g_ptr_array_new ();

  find_widget (GTK_WIDGET (fixture->page), collect_chart_view, views);
  return views;
}

static AsChartView *
find_chart_view (Fixture    *fixture,
                 const char *title)
{
  g_autoptr(GPtrArray) views = find_chart_views (fixture);

  for (guint i = 0; i < views->len; i++)
    {
      AsChart *chart = as_chart_view_get_chart (g_ptr_array_index (views, i));

      if (chart != NULL && g_strcmp0 (as_chart_get_title (chart), title) == 0)
        return g_ptr_array_index (views, i);
    }
  g_error ("no chart “%s” on the Dashboard", title);
  return NULL;
}

static double
category_total (AsChart *chart,
                guint    category)
{
  double total = 0;

  for (guint s = 0; s < as_chart_get_n_series (chart); s++)
    total += as_chart_get_value (chart, s, category);
  return total;
}

typedef struct
{
  AsChartView *view;
  AsChart     *before;
} Replaced;

static gboolean
chart_replaced (gpointer data)
{
  Replaced *replaced = data;

  return as_chart_view_get_chart (replaced->view) != replaced->before;
}

/* The charts are read by a worker: wait until every view has one. */
static gboolean
all_charts_read (gpointer data)
{
  g_autoptr(GPtrArray) views = find_chart_views (data);

  for (guint i = 0; i < views->len; i++)
    if (as_chart_view_get_chart (g_ptr_array_index (views, i)) == NULL)
      return FALSE;
  return views->len > 0;
}

/* ---------------------------------------------------------------- fixture */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  memset (fixture, 0, sizeof *fixture);
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "dashboard.db", data_set);
  as_database_set_actor (fixture->db, 1);

  fixture->page = as_dashboard_page_new ();
  as_page_set_database (AS_PAGE (fixture->page), fixture->db);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 1400);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->page, 5000));
  g_assert_true (wait_for (all_charts_read, fixture, 10000));
  spin (100);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin (50);
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ---------------------------------------------------------------- tests */

static void
test_charts_shown (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) views = find_chart_views (fixture);
  AsChart *per_month;
  guint last;

  g_assert_cmpuint (views->len, ==, N_CHARTS);
  for (guint i = 0; i < views->len; i++)
    {
      AsChart *chart = as_chart_view_get_chart (g_ptr_array_index (views, i));

      g_assert_nonnull (chart);
      g_assert_nonnull (as_chart_get_title (chart));
      g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (views, i)));
    }
  /* Twelve months, this one last with today's two repairs. */
  per_month = as_chart_view_get_chart (find_chart_view (fixture, REPAIRS_PER_MONTH));
  g_assert_cmpuint (as_chart_get_n_categories (per_month), ==, 12);
  last = as_chart_get_n_categories (per_month) - 1;
  g_assert_cmpfloat (category_total (per_month, last), ==, 2);
  g_assert_cmpint (as_chart_get_kind (per_month), ==, AS_CHART_STACKED_BAR);
}

/* A new complaint reads the complaint charts again, not the repair ones. */
static void
test_refresh_follows_tables (Fixture       *fixture,
                             gconstpointer  data)
{
  AsChartView *channel_view = find_chart_view (fixture, BY_CHANNEL);
  AsChartView *month_view = find_chart_view (fixture, REPAIRS_PER_MONTH);
  AsChart *month_chart = as_chart_view_get_chart (month_view);
  Replaced replaced = { channel_view, as_chart_view_get_chart (channel_view) };
  g_autoptr(GError) error = NULL;
  AsChart *now;

  g_assert_cmpfloat (as_chart_get_value (replaced.before, 0, 0), ==, 1);
  g_assert_true (as_database_exec (fixture->db,
                                   "INSERT INTO complaints (received_at, channel, subject)"
                                   " VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'),"
                                   "         'phone', 'Ruido')", &error));
  g_assert_no_error (error);
  as_database_notify_changed (fixture->db, "complaints");
  g_assert_true (wait_for (chart_replaced, &replaced, 5000));

  now = as_chart_view_get_chart (channel_view);
  g_assert_cmpstr (as_chart_get_category (now, 0), ==, "Phone");
  g_assert_cmpfloat (as_chart_get_value (now, 0, 0), ==, 2);
  g_assert_true (as_chart_view_get_chart (month_view) == month_chart);
}

/* The value under the pointer, as the tooltip says it. */
static void
test_pointer_finds_value (Fixture       *fixture,
                          gconstpointer  data)
{
  AsChartView *view = find_chart_view (fixture, REPAIRS_PER_MONTH);
  AsChart *chart = as_chart_view_get_chart (view);
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  g_autofree char *tip = NULL;
  guint series, category;
  gboolean found = FALSE;

  g_assert_cmpint (width, >, 200);
  /* Along the bottom of the plot, right to left: this month's bar. */
  for (int x = width - 1; x > 0 && !found; x--)
    for (int y = height - 1; y > height / 2 && !found; y -= 2)
      found = as_chart_find_at (chart, x, y, &series, &category);
  g_assert_true (found);
  g_assert_cmpuint (category, ==, 11);
  tip = as_chart_describe_point (chart, series, category);
  g_assert_true (g_str_has_suffix (tip, ": 1"));
}

static void
test_print_to_pdf (Fixture       *fixture,
                   gconstpointer  data)
{
  AsChart *chart = as_chart_view_get_chart (find_chart_view (fixture, REPAIRS_PER_MONTH));
  g_autofree char *path = g_build_filename (fixture->dir, "chart.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, path, "-", NULL };

  g_assert_true (as_chart_print_to_pdf (chart, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (pdftotext == NULL)
    return;
  argv[0] = pdftotext;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &text, NULL, NULL, NULL));
  g_assert_nonnull (strstr (text, REPAIRS_PER_MONTH));
  g_assert_nonnull (strstr (text, "Free (warranty)"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  home = init_test_display ();
  if (home == NULL)
    return 0;

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/dashboard/charts-shown", test_charts_shown);
  ADD ("/ui/dashboard/refresh-follows-tables", test_refresh_follows_tables);
  ADD ("/ui/dashboard/pointer-finds-value", test_pointer_finds_value);
  ADD ("/ui/dashboard/print-to-pdf", test_print_to_pdf);
#undef ADD

  status = g_test_run ();
  as_test_remove_tree (home);
  return status;
}
