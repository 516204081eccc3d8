/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Warehouse tab's sections in-process under Xvfb: the spare parts list
 * with the selected part's detail, buttons that follow the role of the
 * person using the program, the receipt form that moves the stock and the
 * issue form that keeps a refusal on screen with what was typed, the ABC
 * section's summary and chart, and the loaner units. */

#include <locale.h>
#include <string.h>

#include "as-chart-view.h"
#include "as-list-view.h"
#include "as-stock-store.h"
#include "as-warehouse-abc.h"
#include "as-warehouse-form.h"
#include "as-warehouse-loaners.h"
#include "as-warehouse-parts.h"
#include "test-ui-util.h"
#include "test-util.h"

enum { KEEPER = 1, RECEPTIONIST = 2 };

static const char data_set[] =
  "INSERT INTO branches (id, name, is_centre) VALUES (1, 'Centro', 1);"
  "INSERT INTO departments (id, name, kind) VALUES (1, 'Almacén', 'warehouse_transport');"
  "INSERT INTO staff (id, name, roles, branch_id, department_id) VALUES"
  "  (1, 'Alba Almacén', 0, 1, 1), (2, 'Rita Recepción', 1, 1, NULL),"
  "  (3, 'Sara Supervisora', 4, 1, NULL);"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
  "INSERT INTO warehouses (id, name, branch_id) VALUES (1, 'Almacén central', 1);"
  "INSERT INTO spare_parts (id, part_no, name, unit_cost_cents, list_price_cents, reorder_point)"
  "  VALUES (1, 'WM-1-01', 'Motor', 10000, 15000, 2);"
  "INSERT INTO spare_part_models (part_id, model_id) VALUES (1, 1);"
  "INSERT INTO loaner_units (id, tag, description, warehouse_id) VALUES"
  "  (1, 'PR-001', 'Lavadora de préstamo', 1);";

typedef struct
{
  char       *dir;
  AsDatabase *db;
  GtkWindow  *window;
  GtkWidget  *section;
} Fixture;

static void
show (Fixture   *fixture,
      GtkWidget *section)
{
  fixture->section = section;
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  gtk_window_set_child (fixture->window, section);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, section, 5000));
  spin (50);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  memset (fixture, 0, sizeof *fixture);
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "warehouse.db", data_set);
  as_database_set_actor (fixture->db, KEEPER);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  close_dialogs ();
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  spin (50);
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static AsWarehouseForm *
find_form (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (AS_IS_WAREHOUSE_FORM (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
form_shown (gpointer data)
{
  return find_form () != NULL;
}

static gboolean
form_gone (gpointer data)
{
  return find_form () == NULL;
}

static gboolean
is_button_of (GtkWidget *widget,
              gpointer   action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* A disabled widget action leaves its buttons insensitive. */
static gboolean
action_enabled (GtkWidget  *widget,
                const char *action)
{
  GtkWidget *button = find_widget (widget, is_button_of, (gpointer) action);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static void
select_part (Fixture *fixture)
{
  AsListView *list = AS_LIST_VIEW (find_type (fixture->section, AS_TYPE_LIST_VIEW));

  g_assert_true (as_list_view_select_id (list, 1));
  spin (50);
}

/* --------------------------------------------------------------- tests */

static void
test_detail_and_roles (Fixture       *fixture,
                       gconstpointer  data)
{
  show (fixture, as_warehouse_parts_new (fixture->db));
  g_assert_false (action_enabled (fixture->section, "parts.receive"));
  select_part (fixture);
  g_assert_true (wait_for_label (fixture->section, "WM-1-01  Motor"));
  g_assert_true (wait_for_label (fixture->section,
                                 "To reorder: the stock is at or below the reorder point."));
  g_assert_true (action_enabled (fixture->section, "parts.receive"));

  /* A receptionist may not receive stock: the button says who may. */
  as_database_set_actor (fixture->db, RECEPTIONIST);
  spin (50);
  g_assert_false (action_enabled (fixture->section, "parts.receive"));
}

static void
test_receipt_moves_stock (Fixture       *fixture,
                          gconstpointer  data)
{
  AsWarehouseForm *form;

  show (fixture, as_warehouse_parts_new (fixture->db));
  select_part (fixture);
  gtk_widget_activate_action (fixture->section, "parts.receive", NULL);
  g_assert_true (wait_for (form_shown, NULL, 2000));
  form = find_form ();
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (as_warehouse_form_get_widget (form, "quantity")), 5);
  gtk_editable_set_text (GTK_EDITABLE (as_warehouse_form_get_widget (form, "reason")), "Albarán 9");
  gtk_widget_activate_action (GTK_WIDGET (form), "form.accept", NULL);
  g_assert_true (wait_for (form_gone, NULL, 2000));
  g_assert_cmpint (as_stock_store_get_quantity (fixture->db, 1, 1), ==, 5);
  /* The detail follows: the stock row and the movement with its balance. */
  g_assert_true (wait_for_label (fixture->section, "5"));
  g_assert_true (wait_for_label (fixture->section, "Albarán 9"));
}

static void
test_refusal_stays_in_form (Fixture       *fixture,
                            gconstpointer  data)
{
  AsWarehouseForm *form;

  show (fixture, as_warehouse_parts_new (fixture->db));
  select_part (fixture);
  gtk_widget_activate_action (fixture->section, "parts.adjust", NULL);
  g_assert_true (wait_for (form_shown, NULL, 2000));
  form = find_form ();
  /* Nothing changed and no reason: refused, the form stays with the message. */
  gtk_widget_activate_action (GTK_WIDGET (form), "form.accept", NULL);
  spin (50);
  g_assert_true (find_form () == form);
  g_assert_true (wait_for_label (GTK_WIDGET (form), "An adjustment changes the stock: enter how "
                                                    "many more or fewer were counted."));
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM stock_movements", -1),
                   ==, 0);
}

static void
test_abc_and_loaners (Fixture       *fixture,
                      gconstpointer  data)
{
  show (fixture, as_warehouse_abc_new (fixture->db));
  g_assert_nonnull (find_type (fixture->section, AS_TYPE_CHART_VIEW));
  g_assert_true (wait_for_label (fixture->section,
                                 "Class A: 0 parts, 0.00\u00a0€ · Class B: 0 parts, 0.00\u00a0€ · "
                                 "Class C: 0 parts used, 0.00\u00a0€"));
  gtk_window_destroy (fixture->window);
  show (fixture, as_warehouse_loaners_new (fixture->db));
  g_assert_true (wait_for_label (fixture->section, "PR-001"));
  g_assert_true (wait_for_label (fixture->section, "Available"));
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
  ADD ("/ui/warehouse/detail-and-roles", test_detail_and_roles);
  ADD ("/ui/warehouse/receipt-moves-stock", test_receipt_moves_stock);
  ADD ("/ui/warehouse/refusal-stays-in-form", test_refusal_stays_in_form);
  ADD ("/ui/warehouse/abc-and-loaners", test_abc_and_loaners);
#undef ADD
  status = g_test_run ();
  as_test_remove_tree (home);
  return status;
}
