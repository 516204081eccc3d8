/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Complaints section in-process under Xvfb: it builds with its list and
 * an empty detail pane; the intake form routes the contact as the category
 * says and refuses a hotline contact taken by after-sales staff, keeping
 * what was typed; the detail pane shows the history and the steps that
 * apply to the contact's status and the role of the person using the
 * program; the Preferences page saves a routing rule; the monthly figures
 * open on the current month. */

#include <locale.h>
#include <string.h>

#include "as-complaint-store.h"
#include "as-chart-view.h"
#include "as-complaints-figures.h"
#include "as-complaints-intake-dialog.h"
#include "as-complaints-preferences.h"
#include "as-complaints-section.h"
#include "as-list-view.h"
#include "as-record-picker.h"
#include "test-ui-util.h"
#include "test-util.h"

#define SERVICE   1
#define HOTLINE   2
#define DEPUTY_GM 3
#define ENGINEER  4

static const char data_set[] =
  "INSERT INTO departments (id, name, kind) VALUES (1, 'Producción', 'production'),"
  "  (2, 'Posventa', 'after_sales'), (3, 'Supervisión', 'hotline_supervision'),"
  "  (4, 'I+D', 'rd');"
  "INSERT INTO staff (id, name, roles, department_id) VALUES"
  "  (1, 'Sergio Servicio', 20, 2), (2, 'Lina Línea', 256, 3),"
  "  (3, 'Diego Director', 128, NULL), (4, 'Pablo Producción', 0, 1);"
  "INSERT INTO customers (id, name) VALUES (1, 'Ana Cliente');";

typedef struct
{
  char       *dir;
  AsDatabase *db;
  GtkWindow  *window;
  GtkWidget  *section;
} Fixture;

/* ------------------------------------------------------ the widget tree */

static gboolean
step_usable (Fixture    *fixture,
             const char *action)
{
  GtkWidget *button = find_widget (fixture->section, has_action, (gpointer) action);

  g_assert_nonnull (button);
  return gtk_widget_is_visible (button) && gtk_widget_is_sensitive (button);
}

static gboolean
step_shown (Fixture    *fixture,
            const char *action)
{
  GtkWidget *button = find_widget (fixture->section, has_action, (gpointer) action);

  g_assert_nonnull (button);
  return gtk_widget_is_visible (button);
}

static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

static gboolean
intake_gone (gpointer data)
{
  return find_toplevel (AS_TYPE_COMPLAINTS_INTAKE_DIALOG) == NULL;
}

/* ------------------------------------------------------------- fixture */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  memset (fixture, 0, sizeof *fixture);
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "complaints.db", data_set);
  as_database_set_actor (fixture->db, SERVICE);

  fixture->section = as_complaints_section_new (fixture->db);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 900);
  gtk_window_set_child (fixture->window, fixture->section);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->section, 5000));
  spin (50);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != fixture->window)
      gtk_window_destroy (l->data);
  gtk_window_destroy (fixture->window);
  spin (50);
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gint64
register_complaint (Fixture    *fixture,
                    const char *category,
                    gboolean    serious)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest request = { .customer_id = 1, .category = category, .serious = serious,
                                 .subject = "La lavadora pierde agua" };
  gint64 id = as_complaint_store_register (fixture->db, &request, &error);

  g_assert_no_error (error);
  return id;
}

/* --------------------------------------------------------------- tests */

static void
test_builds (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_nonnull (find_type (fixture->section, AS_TYPE_LIST_VIEW));
  g_assert_true (wait_for_label (fixture->section, "No contacts registered"));
  g_assert_true (wait_for_label (fixture->section, "Select a contact"));
  g_assert_true (gtk_widget_is_sensitive (find_widget (fixture->section, has_action,
                                                       "complaints.new")));
  g_assert_nonnull (find_widget (fixture->section, has_action, "complaints.figures"));
}

static AsComplaintsIntakeDialog *
open_intake (Fixture *fixture)
{
  AsComplaintsIntakeDialog *dialog;

  g_assert_true (gtk_widget_activate_action (fixture->section, "complaints.new", NULL));
  spin (50);
  dialog = find_toplevel (AS_TYPE_COMPLAINTS_INTAKE_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static void
select_code (GtkWidget  *dialog,
             const char *id,
             const char *const *codes,
             const char *code)
{
  for (guint i = 0; codes[i] != NULL; i++)
    if (g_str_equal (codes[i], code))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (find_id (dialog, id)), i);
}

static void
test_intake_routes (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *dialog = GTK_WIDGET (open_intake (fixture));

  select_code (dialog, "category_dropdown", as_complaint_categories (),
               AS_COMPLAINT_CATEGORY_QUALITY);
  spin (20);
  g_assert_true (wait_for_label (dialog, "Goes to Producción"));
  /* The retailer is asked for only when the complaint is about one. */
  g_assert_false (gtk_widget_get_visible (find_id (dialog, "retailer_entry")));
  gtk_editable_set_text (GTK_EDITABLE (find_id (dialog, "subject_entry")), "Fuga de agua");
  gtk_widget_activate_action (dialog, "intake.save", NULL);
  g_assert_true (wait_for (intake_gone, NULL, 2000));

  /* The new contact shows in the pane, routed, with its history. */
  g_assert_cmpint (as_complaints_section_get_selected (AS_COMPLAINTS_SECTION (fixture->section)),
                   ==, 1);
  g_assert_true (wait_for_label (fixture->section, "Fuga de agua"));
  g_assert_true (wait_for_label (fixture->section, "Producción"));
  g_assert_true (wait_for_label (fixture->section, "History"));
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT department_id FROM complaints", 0),
                   ==, 1);
}

static void
test_intake_hotline_refused (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *dialog = GTK_WIDGET (open_intake (fixture));
  GtkWidget *receiver;

  select_code (dialog, "channel_dropdown", as_complaint_channels (), "hotline");
  spin (20);
  g_assert_true (gtk_widget_get_visible (find_id (dialog, "hotline_label")));
  gtk_editable_set_text (GTK_EDITABLE (find_id (dialog, "subject_entry")), "Nadie contesta");
  gtk_widget_activate_action (dialog, "intake.save", NULL);
  spin (50);
  /* Refused with the reason, the form kept open with what was typed. */
  g_assert_true (gtk_widget_get_visible (find_id (dialog, "error_box")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find_id (dialog, "error_label"))),
                            "after-sales department"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_id (dialog, "subject_entry"))), ==,
                   "Nadie contesta");
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM complaints", -1), ==,
                   0);

  /* Hotline staff accept it. */
  receiver = find_type (find_id (dialog, "receiver_slot"), AS_TYPE_RECORD_PICKER);
  as_record_picker_set_id (AS_RECORD_PICKER (receiver), HOTLINE);
  gtk_widget_activate_action (dialog, "intake.save", NULL);
  g_assert_true (wait_for (intake_gone, NULL, 2000));
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT received_by FROM complaints", -1),
                   ==, HOTLINE);
}

static void
test_steps_follow_status_and_role (Fixture       *fixture,
                                   gconstpointer  data)
{
  AsComplaintsSection *section = AS_COMPLAINTS_SECTION (fixture->section);
  gint64 serious = register_complaint (fixture, AS_COMPLAINT_CATEGORY_QUALITY, TRUE);
  g_autoptr(GError) error = NULL;

  as_complaints_section_show (section, serious);
  spin (50);
  /* A serious complaint waits for the deputy GM before its answer. */
  g_assert_true (step_usable (fixture, "complaints.assign"));
  g_assert_true (step_shown (fixture, "complaints.answer"));
  g_assert_false (step_usable (fixture, "complaints.answer"));
  g_assert_true (step_shown (fixture, "complaints.review"));
  g_assert_false (step_usable (fixture, "complaints.review"));
  g_assert_false (step_shown (fixture, "complaints.satisfied"));
  g_assert_true (wait_for_label (fixture->section, "Deputy general manager"));

  as_database_set_actor (fixture->db, DEPUTY_GM);
  spin (20);
  g_assert_true (step_usable (fixture, "complaints.review"));
  g_assert_true (as_complaint_store_review (fixture->db, serious, "Sustituir", &error));
  spin (50);
  g_assert_false (step_shown (fixture, "complaints.review"));
  g_assert_true (step_usable (fixture, "complaints.answer"));
  g_assert_true (wait_for_label (fixture->section, "Reviewed by the deputy general manager"));

  /* Answered: the customer's verdict is what remains. */
  g_assert_true (as_complaint_store_answer (fixture->db, serious, "Sustituido", "phone", NULL,
                                            &error));
  spin (50);
  g_assert_true (step_usable (fixture, "complaints.satisfied"));
  g_assert_true (step_usable (fixture, "complaints.not-satisfied"));
  g_assert_false (step_shown (fixture, "complaints.answer"));
  g_assert_false (step_shown (fixture, "complaints.assign"));

  /* Somebody without a handling role only looks. */
  as_database_set_actor (fixture->db, ENGINEER);
  spin (20);
  g_assert_false (step_usable (fixture, "complaints.satisfied"));
}

static void
test_preferences_saves_rule (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = as_complaints_preferences_new (fixture->db);
  GtkWidget *grid;
  GtkWidget *first = NULL;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, page, 5000));
  g_assert_true (wait_for_label (page, "Default (Producción)"));
  grid = find_id (page, "routes_grid");
  first = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);
  g_assert_true (GTK_IS_DROP_DOWN (first));
  /* Departments by name: I+D, Posventa, Producción, Supervisión. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (first), 1);
  spin (20);
  g_assert_cmpint (as_complaint_store_get_route (fixture->db, AS_COMPLAINT_CATEGORY_QUALITY), ==,
                   4);
  g_assert_true (wait_for_label (page, "Saved: new contacts about “Product quality”"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_figures_open (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *figures;
  GtkWidget *chart_view;
  AsChart *chart;

  register_complaint (fixture, AS_COMPLAINT_CATEGORY_QUALITY, FALSE);
  g_assert_true (gtk_widget_activate_action (fixture->section, "complaints.figures", NULL));
  spin (50);
  figures = find_toplevel (AS_TYPE_COMPLAINTS_FIGURES);
  g_assert_nonnull (figures);
  g_assert_true (wait_for_label (GTK_WIDGET (figures), "Producción"));
  g_assert_true (wait_for_label (GTK_WIDGET (figures), "Contacts"));

  /* The department chart shows the month's complaint under its department. */
  chart_view = find_type (GTK_WIDGET (figures), AS_TYPE_CHART_VIEW);
  g_assert_nonnull (chart_view);
  chart = as_chart_view_get_chart (AS_CHART_VIEW (chart_view));
  g_assert_cmpuint (as_chart_get_n_categories (chart), ==, 1);
  g_assert_cmpstr (as_chart_get_category (chart, 0), ==, "Producción");
  g_assert_cmpfloat (as_chart_get_value (chart, 0, 0), ==, 1);
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
  ADD ("/ui/complaints/builds", test_builds);
  ADD ("/ui/complaints/intake-routes", test_intake_routes);
  ADD ("/ui/complaints/intake-hotline-refused", test_intake_hotline_refused);
  ADD ("/ui/complaints/steps-follow-status-and-role", test_steps_follow_status_and_role);
  ADD ("/ui/complaints/preferences-saves-rule", test_preferences_saves_rule);
  ADD ("/ui/complaints/figures-open", test_figures_open);
#undef ADD
  status = g_test_run ();
  as_test_remove_tree (home);
  return status;
}
