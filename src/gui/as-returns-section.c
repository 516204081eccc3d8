/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Returns and exchanges (SPEC RX1–RX3): the list, with the selected request
 * in a side pane (its model's window, any override and who made it, the
 * departments taking part, who answers for it, the decision), and the
 * commands to register a request and to decide one. */

#include <glib/gi18n.h>

#include "as-care-util.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-list-view.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "as-return-decision-dialog.h"
#include "as-return-dialog.h"
#include "as-return-store.h"
#include "as-returns-section.h"

struct _AsReturnsSection
{
  GtkWidget    parent_instance;

  GtkWidget   *paned;
  AsListView  *list_view;
  GtkLabel    *detail_title;
  GtkLabel    *detail_empty;
  GtkGrid     *detail_grid;

  AsDatabase  *db;
  char        *decision;      /* of the selected request, NULL when none */
};

G_DEFINE_FINAL_TYPE (AsReturnsSection, as_returns_section, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static void
update_actions (AsReturnsSection *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "returns.decide",
                                 g_strcmp0 (self->decision, "pending") == 0);
}

static char *
money_text (GHashTable *row,
            const char *column)
{
  return as_record_list_format_value (AS_COLUMN_MONEY, g_hash_table_lookup (row, column));
}

static char *
window_text (GHashTable *row)
{
  /* Translators: days from the sale to the request, and the model's window then */
  return g_strdup_printf (_("%s days after the sale (window: %s days)"),
                          (const char *) g_hash_table_lookup (row, "days_since_sale"),
                          (const char *) g_hash_table_lookup (row, "window_days"));
}

static char *
override_text (GHashTable *row)
{
  const char *reason = g_hash_table_lookup (row, "override_reason");

  if (reason == NULL || *reason == '\0')
    return g_strdup ("");
  /* Translators: an override's reason and the staff member who made it */
  return g_strdup_printf (_("%s (by %s)"), reason,
                          g_hash_table_contains (row, "override_by_name")
                          ? (const char *) g_hash_table_lookup (row, "override_by_name") : "—");
}

static void
fill_decision (GtkGrid    *grid,
               int        *row,
               GHashTable *values)
{
  g_autofree char *refund = money_text (values, "refund_cents");
  const char *decided = g_hash_table_lookup (values, "decided_at");

  as_gui_grid_add_info (grid, row, _("Decision"),
                     as_code_get_label (g_hash_table_lookup (values, "decision")));
  if (decided != NULL)
    {
      g_autofree char *when = as_record_list_format_value (AS_COLUMN_DATE, decided);
      g_autofree char *by = g_strdup_printf ("%s, %s",
                                             (const char *) g_hash_table_lookup (values,
                                                                                 "decided_by_name"),
                                             when);
      as_gui_grid_add_info (grid, row, _("Decided by"), by);
    }
  if (as_row_get_int (values, "refund_cents") > 0)
    as_gui_grid_add_info (grid, row, _("Refund"), refund);
  as_gui_grid_add_info (grid, row, _("Replacement unit"),
                     g_hash_table_lookup (values, "replacement_serial"));
  as_gui_grid_add_info (grid, row, _("Note"), g_hash_table_lookup (values, "decision_note"));
}

static void
fill_detail (AsReturnsSection *self,
             GHashTable       *values)
{
  /* Translators: "Return no. 12", "Exchange no. 7" */
  g_autofree char *title = g_strdup_printf (_("%s no. %s"),
                                            as_code_get_label (g_hash_table_lookup (values, "kind")),
                                            (const char *) g_hash_table_lookup (values, "id"));
  g_autofree char *requested = as_record_list_format_value (AS_COLUMN_DATE,
                                                            g_hash_table_lookup (values,
                                                                                 "requested_at"));
  g_autofree char *window = window_text (values);
  g_autofree char *override = override_text (values);
  g_autofree char *departments =
    as_return_departments_to_string ((guint) as_row_get_int (values, "departments"));
  GtkGrid *grid = self->detail_grid;
  int row = 0;

  gtk_label_set_text (self->detail_title, title);
  as_gui_grid_add_info (grid, &row, _("Requested"), requested);
  as_gui_grid_add_info (grid, &row, _("Unit"), g_hash_table_lookup (values, "serial"));
  as_gui_grid_add_info (grid, &row, _("Product model"),
                        g_hash_table_lookup (values, "model_label"));
  as_gui_grid_add_info (grid, &row, _("Customer"), g_hash_table_lookup (values, "customer_name"));
  as_gui_grid_add_info (grid, &row, _("Sale date"), g_hash_table_lookup (values, "sale_date"));
  as_gui_grid_add_info (grid, &row, _("Window"), window);
  as_gui_grid_add_info (grid, &row, _("Override"), override);
  as_gui_grid_add_info (grid, &row, _("Conditions"), g_hash_table_lookup (values,
                                                                        "return_conditions"));
  as_gui_grid_add_info (grid, &row, _("Reason"), g_hash_table_lookup (values, "reason"));
  as_gui_grid_add_info (grid, &row, _("Departments taking part"), departments);
  as_gui_grid_add_info (grid, &row, _("Responsible department"),
                     g_hash_table_lookup (values, "department_name"));
  as_gui_grid_add_info (grid, &row, _("Responsible person"),
                     g_hash_table_lookup (values, "responsible_name"));
  as_gui_grid_add_info (grid, &row, _("Registered by"),
                     g_hash_table_lookup (values, "registered_by_name"));
  fill_decision (grid, &row, values);
}

static void
refresh_detail (AsReturnsSection *self)
{
  gint64 id = as_list_view_get_selected_id (self->list_view);
  g_autoptr(GHashTable) values = NULL;

  as_gui_clear_container (GTK_WIDGET (self->detail_grid));
  g_clear_pointer (&self->decision, g_free);
  if (id > 0)
    values = as_return_store_load (self->db, id, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_empty), values == NULL);
  gtk_label_set_text (self->detail_title, "");
  if (values != NULL)
    {
      self->decision = g_strdup (g_hash_table_lookup (values, "decision"));
      fill_detail (self, values);
    }
  update_actions (self);
}

/* ------------------------------------------------------------- callbacks */

static void
on_selection_changed_cb (AsReturnsSection *self)
{
  refresh_detail (self);
}

static void
on_database_changed_cb (AsReturnsSection *self,
                        const char       *table)
{
  if (g_str_equal (table, "returns") || g_str_equal (table, "units") ||
      g_str_equal (table, "staff"))
    refresh_detail (self);
}

static void
on_saved_cb (AsReturnsSection *self,
             gint64            id)
{
  as_list_view_select_id (self->list_view, id);
}

static void
on_activated_cb (AsReturnsSection *self,
                 gint64            id)
{
  if (g_strcmp0 (self->decision, "pending") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "returns.decide", NULL);
}

/* --------------------------------------------------------------- actions */

static void
register_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AsReturnsSection *self = AS_RETURNS_SECTION (widget);
  AsReturnDialog *dialog = as_return_dialog_new (as_gui_get_window (widget), self->db);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsReturnsSection *self = AS_RETURNS_SECTION (widget);
  gint64 id = as_list_view_get_selected_id (self->list_view);

  if (id <= 0)
    return;
  gtk_window_present (GTK_WINDOW (as_return_decision_dialog_new (as_gui_get_window (widget),
                                                                 self->db, id)));
}

/* ------------------------------------------------------------- overrides */

static void
as_returns_section_dispose (GObject *object)
{
  AsReturnsSection *self = AS_RETURNS_SECTION (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_RETURNS_SECTION);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_returns_section_parent_class)->dispose (object);
}

static void
as_returns_section_finalize (GObject *object)
{
  g_free (AS_RETURNS_SECTION (object)->decision);
  G_OBJECT_CLASS (as_returns_section_parent_class)->finalize (object);
}

static void
as_returns_section_class_init (AsReturnsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_returns_section_dispose;
  object_class->finalize = as_returns_section_finalize;

  g_type_ensure (AS_TYPE_LIST_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-returns-section.ui");
  gtk_widget_class_bind_template_child (widget_class, AsReturnsSection, paned);
  gtk_widget_class_bind_template_child (widget_class, AsReturnsSection, list_view);
  gtk_widget_class_bind_template_child (widget_class, AsReturnsSection, detail_title);
  gtk_widget_class_bind_template_child (widget_class, AsReturnsSection, detail_empty);
  gtk_widget_class_bind_template_child (widget_class, AsReturnsSection, detail_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);

  gtk_widget_class_install_action (widget_class, "returns.register", NULL, register_action);
  gtk_widget_class_install_action (widget_class, "returns.decide", NULL, decide_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "returns.register", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
as_returns_section_init (AsReturnsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  as_list_view_add_action (self->list_view,
                           as_gui_create_button (_("_Decide…"), "returns.decide",
                                                 _("Accept or reject the selected request "
                                                   "(managers only)"), FALSE));
  as_list_view_add_action (self->list_view,
                           as_gui_create_button (_("_Register…"), "returns.register",
                                                 _("Register a return or an exchange (Ctrl+N)"),
                                                 TRUE));
  as_list_view_set_empty_text (self->list_view, _("No returns or exchanges"),
                               _("Register a customer’s return or exchange with the Register "
                                 "button (Ctrl+N); the unit’s rules show as you choose it."));
}

/* ------------------------------------------------------------- public API */

/**
 * as_returns_section_new:
 *
 * Returns: (transfer floating): the section, showing @db's returns
 */
GtkWidget *
as_returns_section_new (AsDatabase *db)
{
  AsReturnsSection *self;
  g_autoptr(AsRecordList) list = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_RETURNS_SECTION, NULL);
  self->db = g_object_ref (db);
  list = as_record_list_new (db, &as_returns_list);
  as_list_view_set_list (self->list_view, list);
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh_detail (self);
  return GTK_WIDGET (self);
}
