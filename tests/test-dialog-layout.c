/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dialog layouts under Xvfb: the return decision and follow-up call dialogs
 * open at the height their fields need (no empty band at the bottom, however
 * their summaries wrap), a refusal shown in the open New Contact dialog
 * lays out without GTK criticals (fatal here), and the spare-part editor
 * shows the store's own reason for a refusal. */

#include <locale.h>

#include "as-care-call-dialog.h"
#include "as-complaints-intake-dialog.h"
#include "as-return-decision-dialog.h"
#include "as-warehouse-dialogs.h"
#include "as-warehouse-form.h"
#include "test-ui-util.h"
#include "test-util.h"

enum { SUPERVISOR = 2 };

static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro');"
  "INSERT INTO staff (id, name, roles, branch_id) VALUES"
  "  (1, 'Rita Recepción', 1, 1), (2, 'Sara Supervisora', 4, 1);"
  "INSERT INTO customers (id, name) VALUES (1, 'Ana María García de la Fuente');"
  "INSERT INTO product_models (id, code, name, return_days, exchange_days, return_conditions)"
  "  VALUES (1, 'SE-8400', 'Secadora de condensación 8 kg con bomba de calor', 14, 30,"
  "  'Con el embalaje original');"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'SE8400260000983', 1, 1, date('now', 'localtime', '-2 days'));"
  "INSERT INTO returns (id, unit_id, customer_id, kind, reason, requested_at, window_days,"
  "  days_since_sale, departments) VALUES"
  "  (1, 1, 1, 'return', 'Las medidas no encajan en el hueco de instalación de la cocina',"
  "   '2026-01-01 10:00:00', 14, 2, 3),"
  "  (2, 1, 1, 'exchange', 'Ruido excesivo desde la instalación', '2026-01-02 10:00:00', 30, 3, 3);"
  "INSERT INTO repair_orders (id, customer_id, model_id, serial, fault, received_at)"
  "  VALUES (1, 1, 1, 'SE8400260000983', 'No seca la ropa', '2026-01-01 09:00:00');"
  "INSERT INTO followup_calls (id, repair_id, customer_id, due_date) VALUES (1, 1, 1, '2026-01-10');";

typedef struct
{
  char       *dir;
  AsDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "care.db", data_set);
  as_database_set_actor (fixture->db, SUPERVISOR);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  close_dialogs ();
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The band below the content: the window's content area is as tall as
 * the content needs at the width it was given. */
static void
assert_fits (GtkWindow *dialog)
{
  GtkWidget *content = gtk_window_get_child (dialog);
  int width, height, minimum, natural;

  gtk_window_present (dialog);
  g_assert_true (wait_for (is_mapped, dialog, 5000));
  spin (200);
  width = gtk_widget_get_width (content);
  height = gtk_widget_get_height (content);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  g_test_message ("content %d×%d, needs %d", width, height, natural);
  g_assert_cmpint (height - natural, <, 12);
  gtk_window_destroy (dialog);
}

static void
test_decision_fits (Fixture       *fixture,
                    gconstpointer  data)
{
  assert_fits (GTK_WINDOW (as_return_decision_dialog_new (NULL, fixture->db, 1)));
  assert_fits (GTK_WINDOW (as_return_decision_dialog_new (NULL, fixture->db, 2)));
}

static void
test_call_fits (Fixture       *fixture,
                gconstpointer  data)
{
  assert_fits (GTK_WINDOW (as_care_call_dialog_new (NULL, fixture->db, 1)));
}

/* Register with nothing chosen: the refusal shows above the fields. */
static void
test_intake_error_bar (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *dialog = GTK_WIDGET (as_complaints_intake_dialog_new (NULL, fixture->db));

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wait_for (is_mapped, dialog, 5000));
  spin (100);
  g_assert_true (gtk_widget_activate_action (dialog, "intake.save", NULL));
  spin (300);
  g_assert_true (gtk_widget_get_mapped (find_id (dialog, "error_box")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
is_warehouse_form (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (AS_IS_WAREHOUSE_FORM (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        {
          *(GtkWindow **) data = window;
          return TRUE;
        }
    }
  return FALSE;
}

/* Saving a part without a number: the reason is the store's, not a
 * "could not be saved" that leaves the person guessing. */
static void
test_part_refusal_explained (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWindow *form = NULL;
  const char *shown;

  as_warehouse_present_part_editor (NULL, fixture->db, 0);
  g_assert_true (wait_for (is_warehouse_form, &form, 5000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.accept", NULL));
  spin (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_true (gtk_widget_get_visible (find_id (GTK_WIDGET (form), "error_box")));
  shown = gtk_label_get_text (GTK_LABEL (find_id (GTK_WIDGET (form), "error_label")));
  g_test_message ("refusal: %s", shown);
  g_assert_cmpstr (shown, !=, "The change could not be saved.");
  gtk_window_destroy (form);
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
  ADD ("/ui/care/decision-dialog-fits", test_decision_fits);
  ADD ("/ui/care/call-dialog-fits", test_call_fits);
  ADD ("/ui/complaints/intake-error-bar", test_intake_error_bar);
  ADD ("/ui/warehouse/part-refusal-explained", test_part_refusal_explained);
#undef ADD

  status = g_test_run ();
  as_test_remove_tree (home);
  return status;
}
