/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The returns section and the customer-care section in-process under Xvfb:
 * choosing a unit shows its model's rules and whether the request is in
 * time, and asks for an override only outside the window; a request saved
 * from the dialog shows in the list and its detail; the decision dialog
 * refuses a receptionist; the mystery-shopping list shows "Hidden" to a
 * receptionist and the inspector's name to a supervisor, and follows a
 * change of the person using the program. */

#include <locale.h>
#include <string.h>

#include "as-care-section.h"
#include "as-list-view.h"
#include "as-record-picker.h"
#include "as-return-decision-dialog.h"
#include "as-return-dialog.h"
#include "as-returns-section.h"
#include "test-ui-util.h"
#include "test-util.h"

enum { RECEPTIONIST = 1, SUPERVISOR = 2, SHOPPER = 3 };
enum { UNIT_OLD = 1, UNIT_NEW = 2 };

static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro');"
  "INSERT INTO staff (id, name, roles, branch_id) VALUES"
  "  (1, 'Rita Recepción', 1, 1), (2, 'Sara Supervisora', 4, 1), (3, 'Zoe Secreta', 16, 1);"
  "INSERT INTO customers (id, name) VALUES (1, 'Ana García');"
  "INSERT INTO product_models (id, code, name, return_days, exchange_days, return_conditions)"
  "  VALUES (1, 'WM-100', 'Lavadora', 7, 15, 'Con el embalaje original');"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'SN-OLD', 1, 1, date('now', 'localtime', '-40 days')),"
  "  (2, 'SN-NEW', 1, 1, date('now', 'localtime', '-2 days'));"
  "INSERT INTO mystery_inspections (inspected_on, branch_id, inspector_id, subject, rating,"
  "  findings) VALUES ('2026-01-10', 1, 3, 'Llamada', 2, 'Tardaron en contestar');";

typedef struct
{
  char       *dir;
  AsDatabase *db;
  GtkWindow  *window;
} Fixture;

static const char *
label_text (GtkWidget  *root,
            const char *id)
{
  return gtk_label_get_text (GTK_LABEL (find_id (root, id)));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "care.db", data_set);
  as_database_set_actor (fixture->db, RECEPTIONIST);
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

/* --------------------------------------------------------------- returns */

static void
test_return_dialog_rules (Fixture       *fixture,
                          gconstpointer  data)
{
  AsReturnDialog *dialog = as_return_dialog_new (NULL, fixture->db);
  GtkWidget *root = GTK_WIDGET (dialog);
  AsRecordPicker *unit = AS_RECORD_PICKER (find_type (find_id (root, "unit_slot"),
                                                      AS_TYPE_RECORD_PICKER));
  GtkWidget *override = find_id (root, "override_entry");

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (override));

  as_record_picker_set_id (unit, UNIT_OLD);
  g_assert_nonnull (strstr (label_text (root, "rules_label"), "Con el embalaje original"));
  g_assert_nonnull (strstr (label_text (root, "rules_label"), "40 days ago"));
  g_assert_nonnull (strstr (label_text (root, "window_label"), "Outside the return window by 33"));
  g_assert_true (gtk_widget_get_visible (override));

  /* The exchange window is counted apart: 40 days is outside it too, by 25. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_id (root, "kind_dropdown")), 1);
  g_assert_nonnull (strstr (label_text (root, "window_label"), "exchange window by 25"));

  as_record_picker_set_id (unit, UNIT_NEW);
  g_assert_nonnull (strstr (label_text (root, "window_label"), "Within the exchange window"));
  g_assert_false (gtk_widget_get_visible (override));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_return_register (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *section = as_returns_section_new (fixture->db);
  AsListView *list = AS_LIST_VIEW (find_id (section, "list_view"));
  AsReturnDialog *dialog;
  GtkWidget *root;

  show (fixture, section);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (as_list_view_get_list (list))), ==, 0);
  g_assert_true (wait_for_label (section, "No returns or exchanges"));

  dialog = as_return_dialog_new (fixture->window, fixture->db);
  root = GTK_WIDGET (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  as_record_picker_set_id (AS_RECORD_PICKER (find_type (find_id (root, "unit_slot"),
                                                        AS_TYPE_RECORD_PICKER)), UNIT_OLD);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_id (root,
                                                                              "reason_view"))),
                            "No centrifuga", -1);
  /* Outside the window and no override: refused, and the dialog stays. */
  g_assert_true (gtk_widget_activate_action (root, "return.save", NULL));
  g_assert_true (gtk_widget_get_visible (find_id (root, "error_box")));
  g_assert_nonnull (strstr (label_text (root, "error_label"), "override"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (as_list_view_get_list (list))), ==, 0);

  g_object_ref (dialog);
  gtk_editable_set_text (GTK_EDITABLE (find_id (root, "override_entry")), "Cliente preferente");
  g_assert_true (gtk_widget_activate_action (root, "return.save", NULL));
  g_object_unref (dialog);
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (as_list_view_get_list (list))), ==, 1);
  g_assert_true (as_list_view_select_id (list, 1));
  g_assert_true (wait_for_label (section, "Cliente preferente (by Rita Recepción)"));
  g_assert_true (gtk_widget_is_sensitive (section));
}

static void
test_decision_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  AsReturnDecisionDialog *dialog;
  GtkWidget *root;

  g_assert_true (as_database_exec (fixture->db,
                                   "INSERT INTO returns (id, unit_id, customer_id, kind, reason,"
                                   " requested_at, window_days, days_since_sale)"
                                   " VALUES (1, 2, 1, 'return', 'Roto', '2026-01-01 10:00:00',"
                                   " 7, 2)", NULL));
  dialog = as_return_decision_dialog_new (NULL, fixture->db, 1);
  root = GTK_WIDGET (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (find_id (root, "error_box")));
  g_assert_nonnull (strstr (label_text (root, "error_label"), "decided by a manager"));
  g_assert_false (gtk_widget_get_sensitive (find_id (root, "save_button")));
  gtk_window_destroy (GTK_WINDOW (dialog));

  as_database_set_actor (fixture->db, SUPERVISOR);
  dialog = as_return_decision_dialog_new (NULL, fixture->db, 1);
  root = GTK_WIDGET (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (find_id (root, "error_box")));
  g_assert_true (gtk_widget_get_visible (find_id (root, "refund_entry")));
  gtk_editable_set_text (GTK_EDITABLE (find_id (root, "refund_entry")), "349,90");
  g_object_ref (dialog);
  g_assert_true (gtk_widget_activate_action (root, "decision.save", NULL));
  g_object_unref (dialog);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT refund_cents FROM returns", 0),
                   ==, 34990);
}

/* ----------------------------------------------------------- inspections */

static gboolean
shows_text (GtkWidget *widget,
            gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
is_button (GtkWidget *widget,
           gpointer   data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static void
test_inspector_hidden (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *section = as_care_section_new (fixture->db);
  AsListView *inspections = AS_LIST_VIEW (find_id (section, "inspections_view"));

  show (fixture, section);
  gtk_stack_set_visible_child_name (GTK_STACK (find_id (section, "stack")), "inspections");
  g_assert_true (wait_for_label (section, "Hidden"));
  g_assert_null (find_widget (section, shows_text, "Zoe Secreta"));
  g_assert_false (gtk_widget_get_sensitive (find_widget (GTK_WIDGET (inspections), is_button,
                                                        "_Add…")));

  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_true (wait_for_label (section, "Zoe Secreta"));
  g_assert_true (gtk_widget_get_sensitive (find_widget (GTK_WIDGET (inspections), is_button,
                                                       "_Add…")));

  as_database_set_actor (fixture->db, RECEPTIONIST);
  g_assert_true (wait_for_label (section, "Hidden"));
  g_assert_null (find_widget (section, shows_text, "Zoe Secreta"));
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
  g_test_add ("/care-ui/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("return-dialog-rules", test_return_dialog_rules);
  ADD ("return-register", test_return_register);
  ADD ("decision-refused", test_decision_refused);
  ADD ("inspector-hidden", test_inspector_hidden);
  return g_test_run ();
}
