/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Warehouse tab's spare parts: the catalogue paged from SQL, and the
 * selected part in a detail pane with its facts, its stock in every
 * warehouse (with the shelf location, edited in place), its movements with
 * the running balance, and the movements that can be made. Everything
 * refreshes from the database's change signal. */

#include <glib/gi18n.h>

#include "as-gui-util.h"
#include "as-lists.h"
#include "as-list-view.h"
#include "as-record-list.h"
#include "as-stock-store.h"
#include "as-warehouse-dialogs.h"
#include "as-warehouse-parts.h"

struct _AsWarehouseParts
{
  GtkWidget     parent_instance;

  GtkPaned     *paned;
  AsListView   *list_view;
  GtkStack     *detail_stack;
  GtkLabel     *title_label;
  GtkLabel     *class_label;
  GtkLabel     *reorder_label;
  GtkGrid      *facts_grid;
  GtkListBox   *stock_box;
  AsListView   *movements_view;
  GtkWidget    *tool_box;      /* holds the list's New Part button */

  AsDatabase   *db;
  gint64        part_id;       /* the part in the detail pane, or 0 */
  gint64        movements_of;  /* the part whose movements are listed */
  guint         refresh_idle;
};

G_DEFINE_FINAL_TYPE (AsWarehouseParts, as_warehouse_parts, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static void
add_fact (AsWarehouseParts *self,
          int               row,
          const char       *name,
          const char       *value)
{
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *text = gtk_label_new (value && *value ? value : "—");

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_grid_attach (self->facts_grid, label, 0, row, 1, 1);
  gtk_grid_attach (self->facts_grid, text, 1, row, 1, 1);
}

static void
show_facts (AsWarehouseParts *self,
            GHashTable       *part)
{
  g_autofree char *cost = as_gui_format_money (as_row_get_int (part, "unit_cost_cents"));
  g_autofree char *price = as_gui_format_money (as_row_get_int (part, "list_price_cents"));
  g_autofree char *used = as_gui_format_money (as_row_get_int (part, "consumption_cents"));
  g_autofree char *reorder = g_strdup_printf (_("at %s, order %s"),
                                              (char *) g_hash_table_lookup (part, "reorder_point"),
                                              (char *) g_hash_table_lookup (part, "reorder_qty"));
  int row = 0;

  as_gui_clear_container (GTK_WIDGET (self->facts_grid));
  add_fact (self, row++, _("Fits"), g_hash_table_lookup (part, "models")
                                   ? g_hash_table_lookup (part, "models") : _("Any model"));
  add_fact (self, row++, _("In stock"), g_hash_table_lookup (part, "in_stock"));
  add_fact (self, row++, _("Reorder"), reorder);
  add_fact (self, row++, _("Unit cost"), cost);
  add_fact (self, row++, _("List price"), price);
  add_fact (self, row++, _("Supplier"), g_hash_table_lookup (part, "supplier"));
  add_fact (self, row++, _("Used (12 months)"), used);
}

static void
on_location_editing_cb (GtkEditableLabel *label,
                        GParamSpec       *pspec,
                        AsWarehouseParts *self)
{
  g_autoptr(GError) error = NULL;
  gint64 warehouse = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "warehouse-id"));
  const char *old = g_object_get_data (G_OBJECT (label), "location");

  if (gtk_editable_label_get_editing (label) ||
      g_strcmp0 (old, gtk_editable_get_text (GTK_EDITABLE (label))) == 0)
    return;
  if (!as_stock_store_set_location (self->db, self->part_id, warehouse,
                                    gtk_editable_get_text (GTK_EDITABLE (label)), &error))
    {
      gtk_editable_set_text (GTK_EDITABLE (label), old ? old : "");
      as_gui_show_error (GTK_WIDGET (self), _("The location could not be saved"), error);
    }
}

static GtkWidget *
build_stock_row (AsWarehouseParts *self,
                 GHashTable       *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (g_hash_table_lookup (row, "warehouse_name"));
  GtkWidget *quantity = gtk_label_new (g_hash_table_lookup (row, "quantity"));
  const char *where = g_hash_table_lookup (row, "location");
  GtkWidget *location = gtk_editable_label_new (where ? where : "");

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_widget_set_size_request (name, 150, -1);
  gtk_label_set_width_chars (GTK_LABEL (quantity), 6);
  gtk_label_set_xalign (GTK_LABEL (quantity), 1.0);
  gtk_widget_add_css_class (quantity, "numeric");
  gtk_widget_add_css_class (quantity, "heading");
  gtk_widget_set_hexpand (location, TRUE);
  gtk_widget_set_tooltip_text (location, _("Where the part is kept in this warehouse; click to change"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (location), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Location"), -1);
  g_object_set_data (G_OBJECT (location), "warehouse-id",
                     GSIZE_TO_POINTER ((gsize) as_row_get_int (row, "warehouse_id")));
  g_object_set_data_full (G_OBJECT (location), "location", g_strdup (where ? where : ""), g_free);
  g_signal_connect (location, "notify::editing", G_CALLBACK (on_location_editing_cb), self);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), quantity);
  gtk_box_append (GTK_BOX (box), location);
  return box;
}

static void
show_stock (AsWarehouseParts *self)
{
  g_autoptr(GPtrArray) rows = as_stock_store_list_stock (self->db, self->part_id);

  as_gui_clear_container (GTK_WIDGET (self->stock_box));
  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_append (self->stock_box, build_stock_row (self, g_ptr_array_index (rows, i)));
  if (rows->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("Not stocked in any warehouse yet: receive it first."));

      gtk_widget_set_margin_top (none, 8);
      gtk_widget_set_margin_bottom (none, 8);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_list_box_append (self->stock_box, none);
    }
}

/* A new list only when another part is shown: a refresh keeps the view's
 * search, filter and scroll position. */
static void
show_movements (AsWarehouseParts *self)
{
  AsListSpec *spec;
  g_autoptr(AsRecordList) list = NULL;

  if (self->movements_of == self->part_id)
    return;
  spec = as_stock_store_new_part_movements (self->part_id);
  list = as_record_list_new (self->db, spec);
  /* The spec lives as long as the list that reads it. */
  g_object_set_data_full (G_OBJECT (list), "spec", spec, (GDestroyNotify) as_stock_store_free_spec);
  as_list_view_set_list (self->movements_view, list);
  as_list_view_set_empty_text (self->movements_view, _("No movements"),
                               _("Receipts, issues, returns, adjustments and transfers of this "
                                 "part are listed here with the balance after each."));
  self->movements_of = self->part_id;
}


/* Keeps each button's own tooltip, and shows the refusal instead while it applies. */
static void
set_refusal_in (GtkWidget  *widget,
                const char *action,
                const char *refusal)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        {
          const char *own = g_object_get_data (G_OBJECT (child), "own-tooltip");

          if (own == NULL)
            {
              g_object_set_data_full (G_OBJECT (child), "own-tooltip",
                                      g_strdup (gtk_widget_get_tooltip_text (child)), g_free);
              own = g_object_get_data (G_OBJECT (child), "own-tooltip");
            }
          gtk_widget_set_tooltip_text (child, refusal ? refusal : own);
        }
      else
        set_refusal_in (child, action, refusal);
    }
}

/* The buttons are in the detail pane, and New Part in the list's tool bar:
 * the list's rows are not searched. */
static void
set_refusal (AsWarehouseParts *self,
             const char       *action,
             const char       *refusal)
{
  set_refusal_in (GTK_WIDGET (self->detail_stack), action, refusal);
  set_refusal_in (self->tool_box, action, refusal);
}

/* An action applies to the part shown, and to the roles that may take it;
 * the button of one the person may not take is insensitive, and its
 * tooltip says who may. */
static void
update_actions (AsWarehouseParts *self)
{
  static const struct { const char *action; AsStockAction what; gboolean needs_part; } actions[] = {
    { "parts.new", AS_STOCK_EDIT_CATALOGUE, FALSE },
    { "parts.new-warehouse", AS_STOCK_EDIT_CATALOGUE, FALSE },
    { "parts.edit", AS_STOCK_EDIT_CATALOGUE, TRUE },
    { "parts.receive", AS_STOCK_RECEIPT, TRUE },
    { "parts.issue", AS_STOCK_ISSUE, TRUE },
    { "parts.return", AS_STOCK_RETURN, TRUE },
    { "parts.adjust", AS_STOCK_ADJUSTMENT, TRUE },
    { "parts.transfer", AS_STOCK_TRANSFER, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean may = self->db != NULL && as_stock_store_may (self->db, actions[i].what, &error);

      gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i].action,
                                     may && (self->part_id != 0 || !actions[i].needs_part));
      set_refusal (self, actions[i].action, error ? error->message : NULL);
    }
}

static void
refresh_detail (AsWarehouseParts *self)
{
  g_autoptr(GHashTable) part = NULL;
  g_autofree char *title = NULL, *klass = NULL;
  gboolean reorder;

  if (self->part_id != 0)
    part = as_stock_store_load_part (self->db, self->part_id, NULL);
  if (part == NULL)
    {
      self->part_id = 0;
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      update_actions (self);
      return;
    }
  title = g_strdup_printf ("%s  %s", (char *) g_hash_table_lookup (part, "part_no"),
                           (char *) g_hash_table_lookup (part, "name"));
  gtk_label_set_text (self->title_label, title);
  /* Translators: the ABC class of a part; %s is A, B or C */
  klass = g_strdup_printf (_("Class %s"), (char *) g_hash_table_lookup (part, "abc_class"));
  gtk_label_set_text (self->class_label, klass);
  reorder = as_row_get_int (part, "in_stock") <= as_row_get_int (part, "reorder_point");
  gtk_label_set_text (self->reorder_label, _("To reorder: the stock is at or below the reorder "
                                             "point."));
  gtk_widget_set_visible (GTK_WIDGET (self->reorder_label), reorder);
  show_facts (self, part);
  show_stock (self);
  show_movements (self);
  gtk_stack_set_visible_child_name (self->detail_stack, "part");
  update_actions (self);
}

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  AsWarehouseParts *self = user_data;

  self->refresh_idle = 0;
  refresh_detail (self);
  return G_SOURCE_REMOVE;
}

/* A movement writes several tables at once: one refresh for all of them. */
static void
on_database_changed_cb (AsWarehouseParts *self,
                        const char       *table,
                        AsDatabase       *db)
{
  static const char *const tables[] = {
    "spare_parts", "stock", "stock_movements", "spare_part_models", "warehouses", NULL,
  };

  if (self->refresh_idle == 0 && self->part_id != 0 && g_strv_contains (tables, table))
    self->refresh_idle = g_idle_add (on_refresh_idle_cb, self);
}

static void
on_selection_changed_cb (AsWarehouseParts *self,
                         AsListView       *view)
{
  gint64 id = as_list_view_get_selected_id (view);

  /* The selection is lost for a moment while the list reloads. */
  if (id == 0 || id == self->part_id)
    return;
  self->part_id = id;
  refresh_detail (self);
}

static void
on_part_activated_cb (AsWarehouseParts *self,
                      gint64            id,
                      AsListView       *view)
{
  as_warehouse_present_part_editor (as_gui_get_window (GTK_WIDGET (self)), self->db, id);
}

/* --------------------------------------------------------------- actions */

static void
movement_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AsWarehouseParts *self = AS_WAREHOUSE_PARTS (widget);
  AsStockAction action = g_str_equal (action_name, "parts.receive") ? AS_STOCK_RECEIPT
                       : g_str_equal (action_name, "parts.issue") ? AS_STOCK_ISSUE
                       : g_str_equal (action_name, "parts.return") ? AS_STOCK_RETURN
                       : g_str_equal (action_name, "parts.adjust") ? AS_STOCK_ADJUSTMENT
                       : AS_STOCK_TRANSFER;

  as_warehouse_present_movement (as_gui_get_window (GTK_WIDGET (self)), self->db, action,
                                 self->part_id, 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsWarehouseParts *self = AS_WAREHOUSE_PARTS (widget);
  gint64 id = g_str_equal (action_name, "parts.new") ? 0 : self->part_id;

  as_warehouse_present_part_editor (as_gui_get_window (GTK_WIDGET (self)), self->db, id);
}

static void
new_warehouse_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AsWarehouseParts *self = AS_WAREHOUSE_PARTS (widget);

  as_warehouse_present_warehouse_editor (as_gui_get_window (GTK_WIDGET (self)), self->db, 0);
}

/* ------------------------------------------------------------- overrides */

static void
as_warehouse_parts_dispose (GObject *object)
{
  AsWarehouseParts *self = AS_WAREHOUSE_PARTS (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_WAREHOUSE_PARTS);
  /* The template's top widget has no id: dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (as_warehouse_parts_parent_class)->dispose (object);
}

static void
as_warehouse_parts_class_init (AsWarehousePartsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_warehouse_parts_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-warehouse-parts.ui");
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseParts, paned);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseParts, list_view);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseParts, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseParts, title_label);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseParts, class_label);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseParts, reorder_label);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseParts, facts_grid);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseParts, stock_box);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseParts, movements_view);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_part_activated_cb);

  gtk_widget_class_install_action (widget_class, "parts.new", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "parts.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "parts.new-warehouse", NULL, new_warehouse_action);
  gtk_widget_class_install_action (widget_class, "parts.receive", NULL, movement_action);
  gtk_widget_class_install_action (widget_class, "parts.issue", NULL, movement_action);
  gtk_widget_class_install_action (widget_class, "parts.return", NULL, movement_action);
  gtk_widget_class_install_action (widget_class, "parts.adjust", NULL, movement_action);
  gtk_widget_class_install_action (widget_class, "parts.transfer", NULL, movement_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (AS_TYPE_LIST_VIEW);
}

static void
as_warehouse_parts_init (AsWarehouseParts *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->tool_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (self->tool_box),
                  as_gui_create_button (_("_New Part…"), "parts.new",
                                        _("Add a spare part to the catalogue"), FALSE));
  as_list_view_add_action (self->list_view, self->tool_box);
  update_actions (self);
}

/**
 * as_warehouse_parts_new:
 *
 * Returns: (transfer full): the spare-parts section of the Warehouse tab;
 *   an AsSectionFactory
 */
GtkWidget *
as_warehouse_parts_new (AsDatabase *db)
{
  AsWarehouseParts *self;
  g_autoptr(AsRecordList) list = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_WAREHOUSE_PARTS, NULL);
  self->db = g_object_ref (db);
  list = as_record_list_new (db, &as_stock_list);
  as_list_view_set_list (self->list_view, list);
  as_list_view_set_empty_text (self->list_view, _("No spare parts"),
                               _("Add the parts the warehouse keeps with New Part, then receive "
                                 "their stock. Parts at or below their reorder point are marked."));
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "actor-changed", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
  return GTK_WIDGET (self);
}
