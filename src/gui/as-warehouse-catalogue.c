/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The spare-parts catalogue as forms: a part (number, name, the product
 * models it fits, cost and list price, supplier, reorder point and
 * quantity) and a warehouse. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-record-picker.h"
#include "as-stock-store.h"
#include "as-warehouse-dialogs.h"
#include "as-warehouse-private-gui.h"

/* The models a part fits: a button listing their codes, whose popover has a
 * check button per model and a search entry to find one among hundreds. */
typedef struct
{
  AsDatabase      *db;
  gint64           part_id;
  AsWarehouseForm *form;
  GtkMenuButton   *models_button;
  GtkListBox      *models_box;
  GtkSearchEntry  *models_search;
  GArray          *chosen;          /* gint64 model ids */
} PartEditor;

static void
part_editor_free (gpointer data)
{
  PartEditor *e = data;

  g_clear_object (&e->db);
  g_array_unref (e->chosen);
  g_free (e);
}

/* ---------------------------------------------------------------- models */

static gboolean
is_chosen (PartEditor *e,
           gint64      id)
{
  for (guint i = 0; i < e->chosen->len; i++)
    if (g_array_index (e->chosen, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
update_models_label (PartEditor *e)
{
  g_autoptr(GString) codes = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (e->models_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_string_append_printf (codes, "%s%s", codes->len ? ", " : "",
                                (const char *) g_object_get_data (G_OBJECT (check), "code"));
    }
  gtk_menu_button_set_label (e->models_button, codes->len ? codes->str : _("Any model"));
}

static void
on_model_toggled_cb (GtkCheckButton *check,
                     PartEditor     *e)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "id"));

  if (gtk_check_button_get_active (check) && !is_chosen (e, id))
    g_array_append_val (e->chosen, id);
  for (guint i = 0; !gtk_check_button_get_active (check) && i < e->chosen->len; i++)
    if (g_array_index (e->chosen, gint64, i) == id)
      g_array_remove_index (e->chosen, i--);
  update_models_label (e);
}

static gboolean
filter_model_row (GtkListBoxRow *row,
                  gpointer       user_data)
{
  PartEditor *e = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (e->models_search));
  GtkWidget *check = gtk_list_box_row_get_child (row);
  g_autofree char *needle = g_utf8_casefold (search, -1);
  g_autofree char *haystack = g_utf8_casefold (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)),
                                               -1);

  return *needle == '\0' || strstr (haystack, needle) != NULL;
}

static void
on_models_search_changed_cb (GtkSearchEntry *entry,
                             PartEditor     *e)
{
  gtk_list_box_invalidate_filter (e->models_box);
}

static void
fill_models (PartEditor *e)
{
  g_autoptr(GPtrArray) models = as_stock_store_list_models (e->db);

  for (guint i = 0; i < models->len; i++)
    {
      GHashTable *row = g_ptr_array_index (models, i);
      gint64 id = as_row_get_int (row, "id");
      g_autofree char *label = g_strdup_printf ("%s — %s", (char *) g_hash_table_lookup (row, "code"),
                                                (char *) g_hash_table_lookup (row, "name"));
      GtkWidget *check = gtk_check_button_new_with_label (label);

      g_object_set_data_full (G_OBJECT (check), "code", g_strdup (g_hash_table_lookup (row, "code")),
                              g_free);
      g_object_set_data (G_OBJECT (check), "id", GSIZE_TO_POINTER ((gsize) id));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_chosen (e, id));
      g_signal_connect (check, "toggled", G_CALLBACK (on_model_toggled_cb), e);
      gtk_list_box_append (e->models_box, check);
    }
}

static GtkWidget *
build_models_chooser (PartEditor *e)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *popover = gtk_popover_new ();

  e->models_search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (e->models_search, "placeholder-text", _("Search the models…"), NULL);
  g_signal_connect (e->models_search, "search-changed", G_CALLBACK (on_models_search_changed_cb), e);
  e->models_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (e->models_box, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (e->models_box, filter_model_row, e, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (e->models_box));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 260);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (e->models_search));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  e->models_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (e->models_button, popover);
  gtk_widget_set_hexpand (GTK_WIDGET (e->models_button), TRUE);
  fill_models (e);
  update_models_label (e);
  return GTK_WIDGET (e->models_button);
}

/* ------------------------------------------------------------- the part */

static void
on_part_accepted_cb (AsWarehouseForm *form,
                     PartEditor      *e)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *part_no = as_warehouse_form_get_text (form, "part_no");
  g_autofree char *name = as_warehouse_form_get_text (form, "name");
  g_autofree char *supplier = as_warehouse_form_get_text (form, "supplier");
  gboolean done;
  AsSparePart part = { part_no, name, 0, 0, supplier,
                       (int) as_warehouse_form_get_int (form, "reorder_point"),
                       (int) as_warehouse_form_get_int (form, "reorder_qty"),
                       (const gint64 *) (gpointer) e->chosen->data, e->chosen->len };

  if (!as_warehouse_form_get_money (form, "cost", &part.unit_cost_cents) ||
      !as_warehouse_form_get_money (form, "price", &part.list_price_cents))
    return;
  /* Saved first: the arguments of one call are evaluated in no set order. */
  done = as_stock_store_save_part (e->db, e->part_id, &part, &error) != 0;
  as_warehouse_form_finish (form, done, error);
}

static void
build_part_fields (PartEditor *e,
                   GHashTable *part)
{
  AsWarehouseForm *form = e->form;
  const char *abc = part ? g_hash_table_lookup (part, "abc_class") : NULL;

  as_warehouse_form_add_entry (form, "part_no", _("Part number"),
                               part ? g_hash_table_lookup (part, "part_no") : NULL);
  as_warehouse_form_add_entry (form, "name", _("Name"),
                               part ? g_hash_table_lookup (part, "name") : NULL);
  as_warehouse_form_add_widget (form, "models", _("Fits models"), build_models_chooser (e));
  as_warehouse_form_add_money (form, "cost", _("Unit cost"),
                               part ? as_row_get_int (part, "unit_cost_cents") : 0);
  as_warehouse_form_add_money (form, "price", _("List price"),
                               part ? as_row_get_int (part, "list_price_cents") : 0);
  as_warehouse_form_add_entry (form, "supplier", _("Supplier"),
                               part ? g_hash_table_lookup (part, "supplier") : NULL);
  as_warehouse_form_add_spin (form, "reorder_point", _("Reorder point"), 0, 1000000,
                              part ? (int) as_row_get_int (part, "reorder_point") : 0);
  as_warehouse_form_add_spin (form, "reorder_qty", _("Reorder quantity"), 0, 1000000,
                              part ? (int) as_row_get_int (part, "reorder_qty") : 0);
  if (abc != NULL)
    {
      /* Translators: %s is A, B or C */
      g_autofree char *text = g_strdup_printf (_("Class %s, from the last 12 months’ consumption"),
                                               abc);
      as_warehouse_form_add_info (form, "abc", _("ABC class"), text);
    }
  as_warehouse_form_add_note (form, _("The part is “to reorder” when the stock of every "
                                      "warehouse together is at or below its reorder point."));
}

void
as_warehouse_present_part_editor (GtkWindow  *parent,
                                  AsDatabase *db,
                                  gint64      part_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) part = NULL;
  const char *title = part_id ? _("Edit Spare Part") : _("New Spare Part");
  PartEditor *e;

  g_return_if_fail (AS_IS_DATABASE (db));

  if (!as_stock_store_may (db, AS_STOCK_EDIT_CATALOGUE, &error) ||
      (part_id != 0 && (part = as_stock_store_load_part (db, part_id, &error)) == NULL))
    {
      as_gui_error_dialog (parent, title, error);
      return;
    }
  e = g_new0 (PartEditor, 1);
  e->db = g_object_ref (db);
  e->part_id = part_id;
  e->chosen = part_id ? as_stock_store_list_part_models (db, part_id)
                      : g_array_new (FALSE, FALSE, sizeof (gint64));
  e->form = as_warehouse_form_new (parent, title, part ? g_hash_table_lookup (part, "part_no") : NULL,
                                   _("_Save"));
  g_object_set_data_full (G_OBJECT (e->form), "part-editor", e, part_editor_free);
  build_part_fields (e, part);
  g_signal_connect (e->form, "accepted", G_CALLBACK (on_part_accepted_cb), e);
  gtk_window_present (GTK_WINDOW (e->form));
}

/* ------------------------------------------------------------ warehouse */

static void
on_warehouse_accepted_cb (AsWarehouseForm *form,
                          AsDatabase      *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = as_warehouse_form_get_text (form, "name");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "warehouse-id"));
  gboolean done = as_stock_store_save_warehouse (db, id, name,
                                                 as_warehouse_form_get_int (form, "branch"),
                                                 &error) != 0;

  as_warehouse_form_finish (form, done, error);
}

void
as_warehouse_present_warehouse_editor (GtkWindow  *parent,
                                       AsDatabase *db,
                                       gint64      warehouse_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GHashTable *current = NULL;
  AsWarehouseForm *form;
  GtkWidget *branch;
  const char *title = warehouse_id ? _("Edit Warehouse") : _("New Warehouse");

  g_return_if_fail (AS_IS_DATABASE (db));

  if (!as_stock_store_may (db, AS_STOCK_EDIT_CATALOGUE, &error))
    {
      as_gui_error_dialog (parent, title, error);
      return;
    }
  rows = as_stock_store_list_warehouses (db);
  for (guint i = 0; i < rows->len; i++)
    if (as_row_get_int (g_ptr_array_index (rows, i), "id") == warehouse_id)
      current = g_ptr_array_index (rows, i);

  form = as_warehouse_form_new (parent, title, NULL, _("_Save"));
  g_object_set_data (G_OBJECT (form), "warehouse-id", GSIZE_TO_POINTER ((gsize) warehouse_id));
  as_warehouse_form_set_intro (form, _("The after-sales central warehouse and one warehouse per "
                                       "branch keep the spare parts."));
  as_warehouse_form_add_entry (form, "name", _("Name"),
                               current ? g_hash_table_lookup (current, "name") : NULL);
  branch = as_warehouse_form_add_picker (form, "branch", _("Branch"), db,
                                         as_directory_find_entity ("branches"),
                                         current ? as_row_get_int (current, "branch_id") : 0);
  as_record_picker_set_required (AS_RECORD_PICKER (branch), FALSE);
  g_signal_connect_object (form, "accepted", G_CALLBACK (on_warehouse_accepted_cb), db, 0);
  gtk_window_present (GTK_WINDOW (form));
}
