/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Surveys tab in-process under Xvfb: the repairs to survey, day by day;
 * the survey form refuses missing ratings and keeps what was typed, then
 * records the survey and its serious complaint, and the repair leaves the
 * list; the technician review shows the month's figures with a totals row. */

#include <locale.h>
#include <string.h>

#include "as-list-view.h"
#include "as-surveys-due.h"
#include "as-surveys-form.h"
#include "as-surveys-review.h"
#include "test-ui-util.h"
#include "test-util.h"

enum { RECORDER = 1, TECHNICIAN = 2 };

/* Repairs 1 and 2 closed two days ago, 3 yesterday; 4 surveyed; 5 open. */
static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro');"
  "INSERT INTO departments (id, name, kind) VALUES (1, 'Servicio posventa', 'after_sales');"
  "INSERT INTO staff (id, name, roles, branch_id, department_id) VALUES"
  "  (1, 'Sonia Servicio', 16, 1, 1), (2, 'Tomás Técnico', 2, 1, 1);"
  "INSERT INTO customers (id, name, phone) VALUES (1, 'Ana Cliente', '600111222');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
  "INSERT INTO repair_orders (id, customer_id, model_id, fault, received_at, status,"
  "  technician_id, closed_at) VALUES"
  "  (1, 1, 1, 'a', datetime('now', 'localtime', '-3 days'), 'closed', 2,"
  "   date('now', 'localtime', '-2 days') || ' 09:00:00'),"
  "  (2, 1, 1, 'b', datetime('now', 'localtime', '-3 days'), 'closed', 2,"
  "   date('now', 'localtime', '-2 days') || ' 10:00:00'),"
  "  (3, 1, 1, 'c', datetime('now', 'localtime', '-2 days'), 'closed', 2,"
  "   date('now', 'localtime', '-1 days') || ' 09:00:00'),"
  "  (4, 1, 1, 'd', datetime('now', 'localtime', '-2 days'), 'closed', 2,"
  "   date('now', 'localtime', '-1 days') || ' 10:00:00'),"
  "  (5, 1, 1, 'e', datetime('now', 'localtime', '-1 days'), 'dispatched', 2, NULL);"
  "INSERT INTO surveys (repair_id, surveyed_at, attitude, skill, arrival, commitment)"
  "  VALUES (4, datetime('now', 'localtime', '-1 minutes'), 4, 4, 3, 3);";

typedef struct
{
  char       *dir;
  AsDatabase *db;
  GtkWindow  *window;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "surveys.db", data_set);
  as_database_set_actor (fixture->db, RECORDER);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
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

static void
show (Fixture   *fixture,
      GtkWidget *child)
{
  gtk_window_set_child (fixture->window, child);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->window, 5000));
}

/* The survey form on screen, or NULL. */
static AsSurveysForm *
find_form (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (AS_IS_SURVEYS_FORM (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static guint
n_rows (AsListView *view)
{
  return g_list_model_get_n_items (G_LIST_MODEL (as_list_view_get_list (view)));
}

static gint64
query (Fixture    *fixture,
       const char *sql)
{
  return as_database_query_int (fixture->db, sql, -1);
}

static gint64
today_minus (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days);

  return g_date_time_get_year (day) * 10000 + g_date_time_get_month (day) * 100 +
         g_date_time_get_day_of_month (day);
}

/* ------------------------------------------------------------------ tests */

static void
test_days (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *section = as_surveys_due_new (fixture->db);
  AsSurveysDue *due = AS_SURVEYS_DUE (section);
  AsListView *view = as_surveys_due_get_list_view (due);

  show (fixture, section);
  g_assert_cmpuint (n_rows (view), ==, 3);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_id (section, "total_label"))), ==, "3");

  as_surveys_due_show_day (due, today_minus (2));
  g_assert_cmpint (as_surveys_due_get_day (due), ==, today_minus (2));
  g_assert_cmpuint (n_rows (view), ==, 2);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_id (section,
                                                                            "all_button"))));
  as_surveys_due_show_day (due, today_minus (1));
  g_assert_cmpuint (n_rows (view), ==, 1);
  as_surveys_due_show_day (due, 0);
  g_assert_cmpuint (n_rows (view), ==, 3);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_id (section,
                                                                           "all_button"))));
}

static void
test_record_from_list (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *section = as_surveys_due_new (fixture->db);
  AsSurveysDue *due = AS_SURVEYS_DUE (section);
  AsListView *view = as_surveys_due_get_list_view (due);
  AsSurveysForm *form;
  GtkWidget *root;

  show (fixture, section);
  /* A day's list: once its last repair is surveyed, every day shows. */
  as_surveys_due_show_day (due, today_minus (1));
  g_assert_true (as_list_view_select_id (view, 3));
  g_assert_true (gtk_widget_activate_action (section, "surveys-due.record", NULL));
  form = find_form ();
  g_assert_nonnull (form);
  root = GTK_WIDGET (form);

  /* Without ratings: refused on top of the form, which keeps the text. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_id (root,
                                                                              "complaint_view"))),
                            "No avisó del retraso", -1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_id (root, "serious_check")), TRUE);
  g_assert_true (gtk_widget_activate_action (root, "survey.record", NULL));
  g_assert_true (gtk_widget_get_visible (find_id (root, "error_box")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find_id (root, "error_label"))),
                            "Attitude"));
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM surveys"), ==, 1);
  g_assert_true (find_form () == form);

  for (guint c = 0; c < 4; c++)
    as_surveys_form_set_rating (form, c, 2);
  g_assert_true (gtk_widget_activate_action (root, "survey.record", NULL));
  spin (50);
  g_assert_null (find_form ());
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM surveys WHERE repair_id = 3"
                                   " AND attitude = 2 AND recorded_by = 1"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM complaints c JOIN surveys s"
                                   " ON s.id = c.survey_id WHERE s.repair_id = 3"
                                   " AND c.level = 'deputy_gm'"), ==, 1);
  g_assert_true (wait_for_label (section, "complaint is registered in Complaints"));
  g_assert_cmpint (as_surveys_due_get_day (due), ==, 0);
  g_assert_cmpuint (n_rows (view), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_id (section, "total_label"))), ==, "2");
}

/* A repair surveyed in the meantime cannot get a second survey. */
static void
test_second_survey_refused (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (as_surveys_form_new_for_repair (NULL, fixture->db, 4, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (as_surveys_form_new_for_repair (NULL, fixture->db, 99, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
}

static gboolean
has_rows (gpointer data)
{
  return as_surveys_review_get_n_rows (data) > 0;
}

static void
test_technician_review (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *widget = as_surveys_review_new (fixture->db, AS_SURVEYS_REVIEW_TECHNICIANS);
  AsSurveysReview *review = AS_SURVEYS_REVIEW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *month = g_date_time_format (now, "%Y-%m");
  guint n;

  /* Read once on screen, not before. */
  g_assert_cmpuint (as_surveys_review_get_n_rows (review), ==, 0);
  show (fixture, widget);
  g_assert_true (wait_for (has_rows, review, 5000));
  g_assert_cmpstr (as_surveys_review_get_month (review), ==, month);
  n = as_surveys_review_get_n_rows (review);
  g_assert_cmpuint (n, ==, 2);      /* Tomás, then the totals */
  g_assert_cmpstr (as_surveys_review_get_cell (review, 0, 0), ==, "Tomás Técnico");
  g_assert_cmpstr (as_surveys_review_get_cell (review, 0, 2), ==, "1");
  g_assert_cmpstr (as_surveys_review_get_cell (review, 0, 7), ==, "3.50");
  g_assert_cmpstr (as_surveys_review_get_cell (review, 1, 0), ==, "All technicians");
  g_assert_false (as_surveys_review_set_month (review, "1999-01"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

#define ADD(path, func) \
  g_test_add ("/surveys-ui/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("days", test_days);
  ADD ("record-from-list", test_record_from_list);
  ADD ("second-survey-refused", test_second_survey_refused);
  ADD ("technician-review", test_technician_review);
#undef ADD
  return g_test_run ();
}
