/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The stock movements as forms: receipt, issue to a repair, return from a
 * repair, adjustment after a count, transfer between warehouses. Each shows
 * the stock the movement starts from and calls the stock store, which
 * refuses anything that would take the stock below zero. */

#include <glib/gi18n.h>

#include "as-labels.h"
#include "as-lists.h"
#include "as-repair-store.h"
#include "as-warehouse-dialogs.h"
#include "as-warehouse-form.h"
#include "as-warehouse-private-gui.h"

typedef struct
{
  AsDatabase      *db;
  AsStockAction    action;
  AsWarehouseForm *form;
  GStrv            warehouse_ids;
  AsListSpec      *parts_spec;   /* the parts of the repair's model, or NULL */
  AsEntity         parts;        /* the parts to pick from */
} Movement;

static void
movement_free (gpointer data)
{
  Movement *m = data;

  g_clear_object (&m->db);
  g_strfreev (m->warehouse_ids);
  as_stock_store_free_spec (m->parts_spec);
  g_free (m);
}

/* ------------------------------------------------------------- entities */

/* The catalogue and the open repairs, for the pickers. */
static const AsEntity part_entity = {
  .name = "spare_parts",
  .singular = N_("Spare part"), .plural = N_("Spare parts"),
  .label_expr = "t.part_no || ' ' || t.name",
  .list = &as_stock_list,
};

static const AsEntity repair_entity = {
  .name = "repair_orders",
  .singular = N_("Repair"), .plural = N_("Repairs"),
  .label_expr = "t.id || ' · ' || coalesce((SELECT name FROM customers c"
                " WHERE c.id = t.customer_id), '')",
  .list = &as_warehouse_repairs_list,
};

const AsEntity *
_as_warehouse_part_entity (void)
{
  return &part_entity;
}

const AsEntity *
_as_warehouse_repair_entity (void)
{
  return &repair_entity;
}

/* The warehouses as a choice: codes are their ids. Returns the ids. */
GStrv
_as_warehouse_add_warehouse_choice (AsWarehouseForm *form,
                                    AsDatabase      *db,
                                    const char      *key,
                                    const char      *label,
                                    gint64           selected)
{
  g_autoptr(GPtrArray) rows = as_stock_store_list_warehouses (db);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;
  g_autofree char *chosen = g_strdup_printf ("%" G_GINT64_FORMAT, selected);
  GStrv codes;

  for (guint i = 0; i < rows->len; i++)
    {
      GHashTable *row = g_ptr_array_index (rows, i);
      g_strv_builder_add (ids, g_hash_table_lookup (row, "id"));
      g_strv_builder_add (names, g_hash_table_lookup (row, "name"));
    }
  codes = g_strv_builder_end (ids);
  labels = g_strv_builder_end (names);
  as_warehouse_form_add_choice (form, key, label, (const char *const *) codes,
                                (const char *const *) labels, chosen);
  return codes;
}

gint64
_as_warehouse_get_choice_id (AsWarehouseForm *form,
                             const char      *key)
{
  const char *code = as_warehouse_form_get_choice (form, key);

  return code ? g_ascii_strtoll (code, NULL, 10) : 0;
}

/* The warehouse of the repair's branch, or the first (central) one. */
static gint64
choose_warehouse (AsDatabase *db,
                  gint64      repair_id)
{
  g_autoptr(GPtrArray) rows = as_stock_store_list_warehouses (db);
  g_autoptr(GHashTable) repair = repair_id ? as_repair_store_load (db, repair_id, NULL) : NULL;
  const char *branch = repair ? g_hash_table_lookup (repair, "branch_id") : NULL;

  for (guint i = 0; branch != NULL && i < rows->len; i++)
    if (g_strcmp0 (g_hash_table_lookup (g_ptr_array_index (rows, i), "branch_id"), branch) == 0)
      return g_ascii_strtoll (g_hash_table_lookup (g_ptr_array_index (rows, i), "id"), NULL, 10);
  return rows->len ? g_ascii_strtoll (g_hash_table_lookup (g_ptr_array_index (rows, 0), "id"),
                                      NULL, 10) : 0;
}

/* "12 in stock here", or what went to the repair for a return. */
static void
update_stock_info (Movement *m)
{
  gint64 part = as_warehouse_form_get_int (m->form, "part");
  gint64 warehouse = _as_warehouse_get_choice_id (m->form, "warehouse");
  g_autofree char *text = NULL;

  if (part == 0 || warehouse == 0)
    text = g_strdup (_("Choose the part and the warehouse."));
  else if (m->action == AS_STOCK_RETURN)
    {
      gint64 repair = as_warehouse_form_get_int (m->form, "repair");
      gint64 out = repair ? as_stock_store_get_issued (m->db, part, repair) : 0;
      text = g_strdup_printf (_("%lld in stock here; %lld issued to the repair and not returned"),
                              (long long) as_stock_store_get_quantity (m->db, part, warehouse),
                              (long long) out);
    }
  else
    text = g_strdup_printf (_("%lld in stock here"),
                            (long long) as_stock_store_get_quantity (m->db, part, warehouse));
  gtk_label_set_text (GTK_LABEL (as_warehouse_form_get_widget (m->form, "stock")), text);
  if (m->action == AS_STOCK_ADJUSTMENT && part != 0 && warehouse != 0)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (as_warehouse_form_get_widget (m->form, "quantity")),
                               (double) as_stock_store_get_quantity (m->db, part, warehouse));
}

static void
on_target_changed_cb (GObject    *object,
                      GParamSpec *pspec,
                      Movement   *m)
{
  update_stock_info (m);
}

/* ------------------------------------------------------------- accepting */

static gint64
apply_movement (Movement  *m,
                GError   **error)
{
  AsWarehouseForm *form = m->form;
  gint64 part = as_warehouse_form_get_int (form, "part");
  gint64 warehouse = _as_warehouse_get_choice_id (form, "warehouse");
  int quantity = (int) as_warehouse_form_get_int (form, "quantity");
  /* An issue has no reason of its own: the repair card is its reason. */
  g_autofree char *reason = m->action != AS_STOCK_ISSUE ? as_warehouse_form_get_text (form, "reason")
                                                        : NULL;

  if (part == 0)
    {
      g_set_error_literal (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                           _("Choose the spare part."));
      return 0;
    }
  switch (m->action)
    {
    case AS_STOCK_RECEIPT:
      return as_stock_store_receive (m->db, part, warehouse, quantity, reason, error);
    case AS_STOCK_ISSUE:
      {
        const char *category = as_warehouse_form_get_choice (form, "category");
        return as_stock_store_issue (m->db, part, warehouse, quantity,
                                     as_warehouse_form_get_int (form, "repair"),
                                     category && *category ? category : NULL, error);
      }
    case AS_STOCK_RETURN:
      return as_stock_store_return (m->db, part, warehouse, quantity,
                                    as_warehouse_form_get_int (form, "repair"), reason, error);
    case AS_STOCK_ADJUSTMENT:
      return as_stock_store_adjust (m->db, part, warehouse,
                                    quantity - (int) as_stock_store_get_quantity (m->db, part,
                                                                                  warehouse),
                                    reason, error);
    case AS_STOCK_TRANSFER:
      return as_stock_store_transfer (m->db, part, warehouse,
                                       _as_warehouse_get_choice_id (form, "to"), quantity, reason,
                                       error);
    case AS_STOCK_EDIT_CATALOGUE:
    default:
      g_assert_not_reached ();
    }
}

static void
on_movement_accepted_cb (AsWarehouseForm *form,
                         Movement        *m)
{
  g_autoptr(GError) error = NULL;
  gint64 id = apply_movement (m, &error);

  as_warehouse_form_finish (form, id != 0, error);
}

/* --------------------------------------------------------------- building */

typedef struct
{
  const char *title;
  const char *accept;
  const char *intro;
  const char *reason_label;
} MovementText;

static MovementText
describe_action (AsStockAction action)
{
  switch (action)
    {
    case AS_STOCK_RECEIPT:
      return (MovementText) { _("Receive Stock"), _("_Receive"),
                              _("Parts delivered to the warehouse are counted in with the "
                                "delivery note they came with."), _("Delivery note") };
    case AS_STOCK_ISSUE:
      return (MovementText) { _("Issue Parts to a Repair"), _("_Issue"),
                              _("The parts leave the warehouse for the repair card, and the "
                                "repair gets their charge line at list price."), NULL };
    case AS_STOCK_RETURN:
      return (MovementText) { _("Return Parts from a Repair"), _("_Return to Stock"),
                              _("Parts issued to a repair and not used come back to stock; "
                                "the repair's charge for them is taken off."), _("Reason") };
    case AS_STOCK_ADJUSTMENT:
      return (MovementText) { _("Adjust Stock"), _("_Adjust"),
                              _("When a count differs from the books, enter what was counted "
                                "and why; the difference is recorded as an adjustment."),
                              _("Reason") };
    case AS_STOCK_TRANSFER:
    case AS_STOCK_EDIT_CATALOGUE:
    default:
      return (MovementText) { _("Transfer Stock"), _("_Transfer"),
                              _("The parts leave one warehouse and enter the other at once."),
                              _("Note") };
    }
}

static void
add_category_choice (AsWarehouseForm *form)
{
  static const char *const codes[] = { "", "free", "contract", "paid", "internal", NULL };
  const char *labels[] = { _("The repair's own service"), as_code_get_label ("free"),
                           as_code_get_label ("contract"), as_code_get_label ("paid"),
                           as_code_get_label ("internal"), NULL };

  /* Translators: the service category of the charge line of an issued part */
  as_warehouse_form_add_choice (form, "category", _("Charged as"), codes, labels, "");
}

/* Issued from a repair, the parts offered are those of its product model
 * and those that fit any model; otherwise the whole catalogue. */
static void
choose_parts (Movement *m,
              gint64    repair_id)
{
  g_autoptr(GHashTable) repair = NULL;

  m->parts = part_entity;
  if (m->action != AS_STOCK_ISSUE || repair_id == 0 ||
      (repair = as_repair_store_load (m->db, repair_id, NULL)) == NULL)
    return;
  m->parts_spec = as_stock_store_new_parts_for_model (as_row_get_int (repair, "model_id"));
  m->parts.list = m->parts_spec;
}

static void
build_movement_fields (Movement *m,
                       gint64    part_id,
                       gint64    repair_id)
{
  AsWarehouseForm *form = m->form;
  MovementText text = describe_action (m->action);
  gboolean repair = m->action == AS_STOCK_ISSUE || m->action == AS_STOCK_RETURN;

  as_warehouse_form_set_intro (form, text.intro);
  if (repair)
    as_warehouse_form_add_picker (form, "repair", _("Repair"), m->db, &repair_entity, repair_id);
  choose_parts (m, repair_id);
  as_warehouse_form_add_picker (form, "part", _("Spare part"), m->db, &m->parts, part_id);
  m->warehouse_ids = _as_warehouse_add_warehouse_choice (form, m->db, "warehouse",
                                                         m->action == AS_STOCK_TRANSFER
                                                         ? _("From warehouse") : _("Warehouse"),
                                                         choose_warehouse (m->db, repair_id));
  if (m->action == AS_STOCK_TRANSFER)
    g_strfreev (_as_warehouse_add_warehouse_choice (form, m->db, "to", _("To warehouse"), 0));
  as_warehouse_form_add_info (form, "stock", _("Stock"), "");
  if (m->action == AS_STOCK_ADJUSTMENT)
    as_warehouse_form_add_spin (form, "quantity", _("Quantity counted"), 0, 1000000, 0);
  else
    as_warehouse_form_add_spin (form, "quantity", _("Quantity"), 1, 1000000, 1);
  if (m->action == AS_STOCK_ISSUE)
    add_category_choice (form);
  if (text.reason_label != NULL)
    as_warehouse_form_add_entry (form, "reason", text.reason_label, NULL);
}

/* The stock shown follows the part and the warehouse chosen, and for a
 * return the repair too (what went to it and has not come back). */
static void
connect_updates (Movement *m)
{
  g_signal_connect (as_warehouse_form_get_widget (m->form, "part"), "notify::id",
                    G_CALLBACK (on_target_changed_cb), m);
  g_signal_connect (as_warehouse_form_get_widget (m->form, "warehouse"), "notify::selected",
                    G_CALLBACK (on_target_changed_cb), m);
  if (m->action == AS_STOCK_RETURN)
    g_signal_connect (as_warehouse_form_get_widget (m->form, "repair"), "notify::id",
                      G_CALLBACK (on_target_changed_cb), m);
}

/**
 * as_warehouse_present_movement:
 *
 * Opens the form of @action, refused at once (with the reason) when the
 * person using the program may not take it.
 */
void
as_warehouse_present_movement (GtkWindow     *parent,
                               AsDatabase    *db,
                               AsStockAction  action,
                               gint64         part_id,
                               gint64         repair_id)
{
  g_autoptr(GError) error = NULL;
  MovementText text = describe_action (action);
  Movement *m;

  g_return_if_fail (AS_IS_DATABASE (db));
  g_return_if_fail (action != AS_STOCK_EDIT_CATALOGUE);

  if (!as_stock_store_may (db, action, &error))
    {
      as_gui_error_dialog (parent, text.title, error);
      return;
    }
  m = g_new0 (Movement, 1);
  m->db = g_object_ref (db);
  m->action = action;
  m->form = as_warehouse_form_new (parent, text.title, NULL, text.accept);
  g_object_set_data_full (G_OBJECT (m->form), "movement", m, movement_free);
  build_movement_fields (m, part_id, repair_id);
  update_stock_info (m);
  connect_updates (m);
  g_signal_connect (m->form, "accepted", G_CALLBACK (on_movement_accepted_cb), m);
  gtk_window_present (GTK_WINDOW (m->form));
}

/**
 * as_warehouse_present_issue_to_repair:
 * @widget: any widget of the window the form belongs to
 *
 * The Repairs tab's way into the warehouse: issue parts to @repair_id.
 */
void
as_warehouse_present_issue_to_repair (GtkWidget  *widget,
                                      AsDatabase *db,
                                      gint64      repair_id)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  as_warehouse_present_movement (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, db,
                                 AS_STOCK_ISSUE, 0, repair_id);
}
