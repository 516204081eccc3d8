/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Warehouse tab's loaner units: the units with who has each and until
 * when (overdue ones marked), and every loan below. A unit is lent for an
 * open repair and taken back before that repair can be closed. */

#include <glib/gi18n.h>

#include "as-gui-util.h"
#include "as-lists.h"
#include "as-list-view.h"
#include "as-loaner-store.h"
#include "as-record-list.h"
#include "as-warehouse-dialogs.h"
#include "as-warehouse-loaners.h"

struct _AsWarehouseLoaners
{
  GtkWidget   parent_instance;

  AsListView *units_view;
  AsListView *loans_view;

  AsDatabase *db;
};

G_DEFINE_FINAL_TYPE (AsWarehouseLoaners, as_warehouse_loaners, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

/* The loan to take back: the one selected below, or the selected unit's. */
static gint64
find_open_loan (AsWarehouseLoaners *self)
{
  gint64 loan = as_list_view_get_selected_id (self->loans_view);
  gint64 unit = as_list_view_get_selected_id (self->units_view);
  g_autoptr(GHashTable) row = NULL;

  if (loan != 0)
    {
      row = as_loaner_store_load_loan (self->db, loan, NULL);
      if (row != NULL && g_hash_table_lookup (row, "returned_at") == NULL)
        return loan;
      g_clear_pointer (&row, g_hash_table_unref);
    }
  if (unit != 0 && (row = as_loaner_store_load_unit (self->db, unit, NULL)) != NULL)
    return as_row_get_int (row, "loan_id");
  return 0;
}

static void
update_actions (AsWarehouseLoaners *self)
{
  gint64 unit = as_list_view_get_selected_id (self->units_view);
  g_autoptr(GHashTable) row = unit ? as_loaner_store_load_unit (self->db, unit, NULL) : NULL;
  gboolean out = row != NULL && g_hash_table_lookup (row, "loan_id") != NULL;
  gboolean retired = row != NULL && g_strcmp0 (g_hash_table_lookup (row, "condition"), "retired") == 0;

  /* The buttons of what the person may not do stay insensitive. */
  gboolean register_units = as_loaner_store_may (self->db, TRUE, NULL);
  gboolean lend = as_loaner_store_may (self->db, FALSE, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "loaners.new", register_units);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "loaners.edit", register_units && row != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "loaners.lend",
                                 lend && row != NULL && !out && !retired);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "loaners.take-back",
                                 lend && find_open_loan (self) != 0);
}

/* ------------------------------------------------------------- callbacks */

static void
on_selection_changed_cb (AsWarehouseLoaners *self,
                         AsListView         *view)
{
  update_actions (self);
}

static void
on_unit_activated_cb (AsWarehouseLoaners *self,
                      gint64              id,
                      AsListView         *view)
{
  as_warehouse_present_loaner_editor (as_gui_get_window (GTK_WIDGET (self)), self->db, id);
}

static void
on_loan_activated_cb (AsWarehouseLoaners *self,
                      gint64              id,
                      AsListView         *view)
{
  if (find_open_loan (self) == id)
    as_warehouse_present_loan_return (as_gui_get_window (GTK_WIDGET (self)), self->db, id);
}

static void
on_database_changed_cb (AsWarehouseLoaners *self,
                        const char         *table,
                        AsDatabase         *db)
{
  if (g_str_equal (table, "loaner_units") || g_str_equal (table, "loaner_loans"))
    update_actions (self);
}

/* --------------------------------------------------------------- actions */

static void
unit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsWarehouseLoaners *self = AS_WAREHOUSE_LOANERS (widget);
  gint64 unit = as_list_view_get_selected_id (self->units_view);

  if (g_str_equal (action_name, "loaners.new"))
    as_warehouse_present_loaner_editor (as_gui_get_window (GTK_WIDGET (self)), self->db, 0);
  else if (g_str_equal (action_name, "loaners.edit"))
    as_warehouse_present_loaner_editor (as_gui_get_window (GTK_WIDGET (self)), self->db, unit);
  else if (g_str_equal (action_name, "loaners.lend"))
    as_warehouse_present_lend (as_gui_get_window (GTK_WIDGET (self)), self->db, unit, 0);
  else
    as_warehouse_present_loan_return (as_gui_get_window (GTK_WIDGET (self)), self->db,
                                      find_open_loan (self));
}

/* ------------------------------------------------------------- overrides */

static void
as_warehouse_loaners_dispose (GObject *object)
{
  AsWarehouseLoaners *self = AS_WAREHOUSE_LOANERS (object);
  GtkWidget *child;

  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_WAREHOUSE_LOANERS);
  /* The template's top widget has no id: dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (as_warehouse_loaners_parent_class)->dispose (object);
}

static void
as_warehouse_loaners_class_init (AsWarehouseLoanersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_warehouse_loaners_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-warehouse-loaners.ui");
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseLoaners, units_view);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseLoaners, loans_view);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_loan_activated_cb);

  gtk_widget_class_install_action (widget_class, "loaners.new", NULL, unit_action);
  gtk_widget_class_install_action (widget_class, "loaners.edit", NULL, unit_action);
  gtk_widget_class_install_action (widget_class, "loaners.lend", NULL, unit_action);
  gtk_widget_class_install_action (widget_class, "loaners.take-back", NULL, unit_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (AS_TYPE_LIST_VIEW);
}

static void
as_warehouse_loaners_init (AsWarehouseLoaners *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  as_list_view_add_action (self->units_view,
                           as_gui_create_button (_("_Lend…"), "loaners.lend",
                                                 _("Lend the selected unit to the customer of an "
                                                   "open repair"), FALSE));
  as_list_view_add_action (self->units_view,
                           as_gui_create_button (_("Take _Back…"), "loaners.take-back",
                                                 _("The customer returns the loaner unit"), FALSE));
  as_list_view_add_action (self->units_view,
                           as_gui_create_button (_("_Edit…"), "loaners.edit",
                                                 _("Change the selected loaner unit"), FALSE));
  as_list_view_add_action (self->units_view,
                           as_gui_create_button (_("_New Loaner…"), "loaners.new",
                                                 _("Add a substitute unit to the warehouse"),
                                                 FALSE));
}

/**
 * as_warehouse_loaners_new:
 *
 * Returns: (transfer full): the loaner units section; an AsSectionFactory
 */
GtkWidget *
as_warehouse_loaners_new (AsDatabase *db)
{
  AsWarehouseLoaners *self;
  g_autoptr(AsRecordList) units = NULL;
  g_autoptr(AsRecordList) loans = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_WAREHOUSE_LOANERS, NULL);
  self->db = g_object_ref (db);
  units = as_record_list_new (db, &as_loaners_list);
  loans = as_record_list_new (db, &as_loans_list);
  as_list_view_set_list (self->units_view, units);
  as_list_view_set_list (self->loans_view, loans);
  as_list_view_set_empty_text (self->units_view, _("No loaner units"),
                               _("Add the substitute units the warehouse lends to customers "
                                 "while their goods are under repair, with New Loaner."));
  as_list_view_set_empty_text (self->loans_view, _("No loans yet"),
                               _("Each loan of a unit for a repair is listed here; overdue ones "
                                 "are marked."));
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "actor-changed", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
  return GTK_WIDGET (self);
}
