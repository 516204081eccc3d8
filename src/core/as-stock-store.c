/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The stock store: the spare-parts catalogue, the stock of each warehouse
 * and its movements. Each movement checks what the person may do and that
 * the stock stays at zero or above, then writes the movement row (with the
 * balance after it), the stock row, the audit row and, for an issue to a
 * repair, the repair's charge line, all in one transaction. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-directory.h"
#include "as-labels.h"
#include "as-lists.h"
#include "as-repair-store.h"
#include "as-stock-store.h"
#include "as-types.h"
#include "as-validate.h"
#include "as-warehouse-private.h"

/* Far above any real stock, far below an overflow of the sums. */
#define MAX_QUANTITY 1000000
#define MAX_CENTS    G_GINT64_CONSTANT (1000000000)

#define RECEIPT_ROLES  (AS_ROLE_PURCHASING | AS_ROLE_SERVICE_DEPT | AS_MANAGER_ROLES)
#define ADJUST_ROLES   (AS_MANAGER_ROLES)
#define ISSUE_ROLES    (AS_ROLE_TECHNICIAN | AS_ROLE_SERVICE_DEPT | AS_MANAGER_ROLES)
#define CATALOG_ROLES  (AS_ROLE_PURCHASING | AS_ROLE_SERVICE_DEPT | AS_MANAGER_ROLES)

static const char *const categories[] = { "free", "contract", "paid", "internal", NULL };

/* ---------------------------------------------------------------- helpers */

static GHashTable *
load_part_row (AsDatabase  *db,
               gint64       part_id,
               GError     **error)
{
  GHashTable *part = as_database_query_row (db, error, "SELECT * FROM spare_parts WHERE id = ?1",
                                            "i", part_id);

  if (part == NULL && (error == NULL || *error == NULL))
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("That spare part does not exist any more."));
  return part;
}

static GHashTable *
load_warehouse_row (AsDatabase  *db,
                    gint64       warehouse_id,
                    GError     **error)
{
  GHashTable *row = as_database_query_row (db, error, "SELECT * FROM warehouses WHERE id = ?1",
                                           "i", warehouse_id);

  if (row == NULL && (error == NULL || *error == NULL))
    AS_REFUSE (error, _("Choose the warehouse."));
  return row;
}

static gboolean
check_quantity (int       quantity,
                GError  **error)
{
  if (quantity <= 0)
    return AS_REFUSE (error, _("The quantity must be one or more."));
  if (quantity > MAX_QUANTITY)
    return AS_REFUSE (error, _("The quantity must be below 1,000,000."));
  return TRUE;
}

/* The part and the warehouse of a movement, both checked. */
typedef struct
{
  GHashTable *part;
  GHashTable *warehouse;
} Target;

static void
target_clear (Target *target)
{
  g_clear_pointer (&target->part, g_hash_table_unref);
  g_clear_pointer (&target->warehouse, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Target, target_clear)

static gboolean
load_target (AsDatabase  *db,
             gint64       part_id,
             gint64       warehouse_id,
             Target      *target,
             GError     **error)
{
  return (target->part = load_part_row (db, part_id, error)) != NULL &&
         (target->warehouse = load_warehouse_row (db, warehouse_id, error)) != NULL;
}

static const char *
get (GHashTable *row,
     const char *key)
{
  const char *value = g_hash_table_lookup (row, key);
  return value ? value : "";
}

/* Writes one movement of @delta and the stock row it leaves behind, inside
 * the caller's transaction. The new balance below zero is refused. */
static gint64
write_movement (AsDatabase   *db,
                Target       *target,
                const char   *kind,
                int           delta,
                gint64        repair_id,
                const char   *reason,
                const char   *at,
                GError      **error)
{
  gint64 part_id = as_row_get_int (target->part, "id");
  gint64 warehouse_id = as_row_get_int (target->warehouse, "id");
  gint64 balance = as_stock_store_get_quantity (db, part_id, warehouse_id) + delta;

  if (balance < 0)
    return AS_REFUSE (error,
                      /* Translators: part number, part name, warehouse, quantity in stock */
                      _("Not enough stock: %s %s has %lld in %s; the stock cannot go below zero."),
                      get (target->part, "part_no"), get (target->part, "name"),
                      (long long) (balance - delta), get (target->warehouse, "name"));
  if (balance > MAX_QUANTITY)
    return AS_REFUSE (error, _("The quantity must be below 1,000,000."));
  if (!as_database_run (db, error,
                        "INSERT INTO stock (part_id, warehouse_id, quantity) VALUES (?1, ?2, ?3)"
                        " ON CONFLICT (part_id, warehouse_id) DO UPDATE SET quantity = ?3",
                        "iii", part_id, warehouse_id, balance) ||
      !as_database_run (db, error,
                        "INSERT INTO stock_movements (part_id, warehouse_id, kind, quantity,"
                        " balance, repair_id, reason, staff_id, at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", "iisiirsrs",
                        part_id, warehouse_id, kind, (gint64) delta, balance, repair_id,
                        reason ? reason : "", as_database_get_actor (db), at))
    return 0;
  as_database_notify_changed (db, "stock");
  as_database_notify_changed (db, "stock_movements");
  /* The catalogue shows the stock and the ABC class. */
  as_database_notify_changed (db, "spare_parts");
  return as_database_last_insert_id (db);
}

static gboolean
audit_movement (AsDatabase  *db,
                gint64       movement_id,
                Target      *target,
                const char  *kind,
                int          delta,
                const char  *more,
                GError     **error)
{
  g_autofree char *details =
    g_strdup_printf ("%s %s, %s: %+d%s%s", kind, get (target->part, "part_no"),
                     get (target->warehouse, "name"), delta, more ? "; " : "", more ? more : "");

  return as_database_audit (db, "stock_movements", movement_id, "insert", details, error);
}

/* The usual movement: begin, write, audit, commit; all or nothing. */
static gint64
record_movement (AsDatabase  *db,
                 Target      *target,
                 const char  *kind,
                 int          delta,
                 const char  *reason,
                 GError     **error)
{
  g_autofree char *at = as_database_now ();
  gint64 id;

  if (!as_database_begin (db, error))
    return 0;
  if ((id = write_movement (db, target, kind, delta, 0, reason, at, error)) == 0 ||
      !audit_movement (db, id, target, kind, delta, reason, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return 0;
    }
  return id;
}

static char *
describe_part (Target *target)
{
  return g_strdup_printf ("%s %s", get (target->part, "part_no"), get (target->part, "name"));
}

/* ------------------------------------------------------------ catalogue */

static gboolean
validate_part (AsDatabase        *db,
               gint64             id,
               const AsSparePart *part,
               const char        *part_no,
               const char        *name,
               GError           **error)
{
  g_autoptr(GHashTable) clash = NULL;

  if (*part_no == '\0')
    return AS_REFUSE (error, _("Enter the part number."));
  if (*name == '\0')
    return AS_REFUSE (error, _("Enter the name of the part."));
  if (part->unit_cost_cents < 0 || part->unit_cost_cents > MAX_CENTS ||
      part->list_price_cents < 0 || part->list_price_cents > MAX_CENTS)
    return AS_REFUSE (error, _("Prices must be zero or more, and below 10,000,000."));
  if (part->reorder_point < 0 || part->reorder_qty < 0 ||
      part->reorder_point > MAX_QUANTITY || part->reorder_qty > MAX_QUANTITY)
    return AS_REFUSE (error, _("The reorder point and quantity must be zero or more, and below "
                               "1,000,000."));
  clash = as_database_query_row (db, error, "SELECT id FROM spare_parts WHERE part_no = ?1"
                                 " AND id != ?2", "si", part_no, id);
  if (clash != NULL)
    return AS_REFUSE (error, _("Another spare part already has the number “%s”."), part_no);
  return error == NULL || *error == NULL;
}

static gboolean
save_models (AsDatabase         *db,
             gint64              part_id,
             const AsSparePart  *part,
             GError            **error)
{
  if (!as_database_run (db, error, "DELETE FROM spare_part_models WHERE part_id = ?1", "i",
                        part_id))
    return FALSE;
  for (guint i = 0; i < part->n_model_ids; i++)
    if (!as_database_run (db, error,
                          "INSERT OR IGNORE INTO spare_part_models (part_id, model_id)"
                          " SELECT ?1, id FROM product_models WHERE id = ?2", "ii",
                          part_id, part->model_ids[i]))
      return FALSE;
  /* The first model also stays in the one-model column older lists read. */
  return as_database_run (db, error, "UPDATE spare_parts SET model_id = ?2 WHERE id = ?1", "ir",
                          part_id, part->n_model_ids > 0 ? part->model_ids[0] : 0);
}

static gint64
write_part (AsDatabase         *db,
            gint64              id,
            const AsSparePart  *part,
            const char         *part_no,
            const char         *name,
            const char         *supplier,
            GError            **error)
{
  if (id == 0)
    {
      if (!as_database_run (db, error,
                            "INSERT INTO spare_parts (part_no, name, unit_cost_cents,"
                            " list_price_cents, supplier, reorder_point, reorder_qty)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", "ssiisii",
                            part_no, name, part->unit_cost_cents, part->list_price_cents,
                            supplier, (gint64) part->reorder_point, (gint64) part->reorder_qty))
        return 0;
      return as_database_last_insert_id (db);
    }
  if (!as_database_run (db, error,
                        "UPDATE spare_parts SET part_no = ?2, name = ?3, unit_cost_cents = ?4,"
                        " list_price_cents = ?5, supplier = ?6, reorder_point = ?7,"
                        " reorder_qty = ?8 WHERE id = ?1", "issiisii",
                        id, part_no, name, part->unit_cost_cents, part->list_price_cents,
                        supplier, (gint64) part->reorder_point, (gint64) part->reorder_qty))
    return 0;
  return id;
}

/* ------------------------------------------------------------- public API */

/**
 * as_stock_store_may:
 *
 * Returns: whether the person using the program may take @action
 */
gboolean
as_stock_store_may (AsDatabase     *db,
                    AsStockAction   action,
                    GError        **error)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  switch (action)
    {
    case AS_STOCK_RECEIPT:
      return _as_warehouse_require (db, RECEIPT_ROLES, _("receive stock"), error);
    case AS_STOCK_TRANSFER:
      return _as_warehouse_require (db, RECEIPT_ROLES, _("transfer stock"), error);
    case AS_STOCK_ADJUSTMENT:
      return _as_warehouse_require (db, ADJUST_ROLES, _("adjust the stock"), error);
    case AS_STOCK_ISSUE:
    case AS_STOCK_RETURN:
      return _as_warehouse_require (db, ISSUE_ROLES, _("issue parts to repairs"), error);
    case AS_STOCK_EDIT_CATALOGUE:
    default:
      return _as_warehouse_require (db, CATALOG_ROLES, _("change the spare-parts catalogue"),
                                    error);
    }
}

/**
 * as_stock_store_save_part:
 * @id: the part's id, or 0 for a new one
 *
 * Returns: the part's id, or 0 with @error set and nothing written
 */
gint64
as_stock_store_save_part (AsDatabase         *db,
                          gint64              id,
                          const AsSparePart  *part,
                          GError            **error)
{
  g_autofree char *part_no = NULL, *name = NULL, *supplier = NULL, *details = NULL;
  gint64 saved;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (part != NULL, 0);

  part_no = as_validate_strip (part->part_no);
  name = as_validate_strip (part->name);
  supplier = as_validate_strip (part->supplier);
  if (!as_stock_store_may (db, AS_STOCK_EDIT_CATALOGUE, error) ||
      !validate_part (db, id, part, part_no, name, error))
    return 0;
  if (id != 0)
    {
      g_autoptr(GHashTable) old = load_part_row (db, id, error);
      if (old == NULL)
        return 0;
    }

  details = g_strdup_printf ("%s “%s”; cost %" G_GINT64_FORMAT ", price %" G_GINT64_FORMAT
                             "; reorder at %d, %d; %u models", part_no, name,
                             part->unit_cost_cents, part->list_price_cents, part->reorder_point,
                             part->reorder_qty, part->n_model_ids);
  if (!as_database_begin (db, error))
    return 0;
  if ((saved = write_part (db, id, part, part_no, name, supplier, error)) == 0 ||
      !save_models (db, saved, part, error) ||
      !_as_abc_recompute_quietly (db, error) ||
      !as_database_audit (db, "spare_parts", saved, id == 0 ? "insert" : "update", details,
                          error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return 0;
    }
  return saved;
}

/**
 * as_stock_store_load_part:
 *
 * Returns: (transfer full) (nullable): the part's columns as text, in_stock
 *   and models; %NULL with @error set when it does not exist
 */
GHashTable *
as_stock_store_load_part (AsDatabase  *db,
                          gint64       part_id,
                          GError     **error)
{
  GHashTable *part;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  part = as_database_query_row (db, error,
                                "SELECT t.*, (SELECT coalesce(sum(quantity), 0) FROM stock k"
                                "  WHERE k.part_id = t.id) AS in_stock,"
                                " (SELECT group_concat(code, ', ') FROM (SELECT m.code"
                                "  FROM spare_part_models pm JOIN product_models m"
                                "  ON m.id = pm.model_id WHERE pm.part_id = t.id"
                                "  ORDER BY m.code)) AS models"
                                " FROM spare_parts t WHERE t.id = ?1", "i", part_id);
  if (part == NULL && (error == NULL || *error == NULL))
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("That spare part does not exist any more."));
  return part;
}

/**
 * as_stock_store_list_part_models:
 *
 * Returns: (transfer full) (element-type gint64): model ids
 */
GArray *
as_stock_store_list_part_models (AsDatabase *db,
                                 gint64      part_id)
{
  g_autoptr(GPtrArray) rows = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (AS_IS_DATABASE (db), ids);

  rows = as_database_query_rows (db, NULL, 0,
                                 "SELECT pm.model_id FROM spare_part_models pm"
                                 " JOIN product_models m ON m.id = pm.model_id"
                                 " WHERE pm.part_id = ?1 ORDER BY m.code", "i", part_id);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = as_row_get_int (g_ptr_array_index (rows, i), "model_id");
      g_array_append_val (ids, id);
    }
  return ids;
}

/**
 * as_stock_store_list_warehouses:
 *
 * Returns: (transfer full) (element-type GHashTable): every warehouse
 */
GPtrArray *
as_stock_store_list_warehouses (AsDatabase *db)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0,
                                 "SELECT w.id, w.name, w.branch_id, b.name AS branch_name"
                                 " FROM warehouses w LEFT JOIN branches b"
                                 " ON b.id = w.branch_id"
                                 " ORDER BY coalesce(b.is_centre, 0) DESC, w.id", "");
}

/**
 * as_stock_store_list_stock:
 *
 * Returns: (transfer full) (element-type GHashTable): the part's stock rows
 */
GPtrArray *
as_stock_store_list_stock (AsDatabase *db,
                           gint64      part_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0,
                                 "SELECT k.warehouse_id, w.name AS warehouse_name,"
                                 " k.quantity, k.location FROM stock k"
                                 " JOIN warehouses w ON w.id = k.warehouse_id"
                                 " WHERE k.part_id = ?1 ORDER BY w.id", "i", part_id);
}

gint64
as_stock_store_get_quantity (AsDatabase *db,
                             gint64      part_id,
                             gint64      warehouse_id)
{
  g_autoptr(GHashTable) row = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  row = as_database_query_row (db, NULL, "SELECT quantity FROM stock"
                               " WHERE part_id = ?1 AND warehouse_id = ?2", "ii",
                               part_id, warehouse_id);
  return row ? as_row_get_int (row, "quantity") : 0;
}

gint64
as_stock_store_get_issued (AsDatabase *db,
                           gint64      part_id,
                           gint64      repair_id)
{
  g_autoptr(GHashTable) row = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  row = as_database_query_row (db, NULL, "SELECT -coalesce(sum(quantity), 0) AS out"
                               " FROM stock_movements WHERE repair_id = ?1 AND part_id = ?2"
                               " AND kind IN ('issue', 'return')", "ii", repair_id, part_id);
  return row ? as_row_get_int (row, "out") : 0;
}

/**
 * as_stock_store_list_repair_parts:
 *
 * Returns: (transfer full) (element-type GHashTable): the parts still out
 */
GPtrArray *
as_stock_store_list_repair_parts (AsDatabase *db,
                                  gint64      repair_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0,
                                 "SELECT m.part_id, p.part_no, p.name,"
                                 " max(m.warehouse_id) AS warehouse_id,"
                                 " -sum(m.quantity) AS quantity"
                                 " FROM stock_movements m JOIN spare_parts p"
                                 " ON p.id = m.part_id WHERE m.repair_id = ?1"
                                 " AND m.kind IN ('issue', 'return')"
                                 " GROUP BY m.part_id HAVING -sum(m.quantity) > 0"
                                 " ORDER BY p.part_no", "i", repair_id);
}

/**
 * as_stock_store_list_models:
 *
 * Returns: (transfer full) (element-type GHashTable): every product model
 */
GPtrArray *
as_stock_store_list_models (AsDatabase *db)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0,
                                 "SELECT id, code, name FROM product_models"
                                 " ORDER BY code", "");
}

/* A copy of @spec narrowed by @from, whose ?4 is @scope_id: the SQL stays a
 * constant, so one cached statement serves every part or model. */
static AsListSpec *
new_scoped_spec (const AsListSpec *spec,
                 const char       *from,
                 gint64            scope_id)
{
  AsListSpec *scoped = g_new (AsListSpec, 1);

  *scoped = *spec;
  scoped->from = from;
  scoped->scope_id = scope_id;
  return scoped;
}

/**
 * as_stock_store_new_part_movements:
 *
 * Returns: (transfer full): a list spec of @part_id's movements, latest first
 */
AsListSpec *
as_stock_store_new_part_movements (gint64 part_id)
{
  /* SQLite flattens the subquery and reads the (part_id, at) index. */
  return new_scoped_spec (&as_part_movements_list,
                          "(SELECT * FROM stock_movements WHERE part_id = ?4) t", part_id);
}

/**
 * as_stock_store_new_parts_for_model:
 *
 * Returns: (transfer full): a list spec of the parts a repair of @model_id may use
 */
AsListSpec *
as_stock_store_new_parts_for_model (gint64 model_id)
{
  return new_scoped_spec (&as_stock_list,
                          "(SELECT * FROM spare_parts WHERE id IN (SELECT part_id FROM"
                          " spare_part_models WHERE model_id = ?4)"
                          " OR id NOT IN (SELECT part_id FROM spare_part_models)) t",
                          model_id);
}

void
as_stock_store_free_spec (AsListSpec *spec)
{
  g_free (spec);
}

/**
 * as_stock_store_save_warehouse:
 * @branch_id: the branch it serves, or 0 for none
 *
 * Returns: the warehouse's id, or 0 with @error set
 */
gint64
as_stock_store_save_warehouse (AsDatabase  *db,
                               gint64       id,
                               const char  *name,
                               gint64       branch_id,
                               GError     **error)
{
  g_autofree char *text = as_validate_strip (name), *details = NULL;
  g_autoptr(GHashTable) clash = NULL;
  gint64 saved = id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if (!as_stock_store_may (db, AS_STOCK_EDIT_CATALOGUE, error))
    return 0;
  if (*text == '\0')
    return AS_REFUSE (error, _("Enter the name of the warehouse."));
  clash = as_database_query_row (db, error, "SELECT id FROM warehouses WHERE name = ?1"
                                 " AND id != ?2", "si", text, id);
  if (clash != NULL)
    return AS_REFUSE (error, _("Another warehouse is already called “%s”."), text);

  details = g_strdup_printf ("“%s”, branch %" G_GINT64_FORMAT, text, branch_id);
  if (!as_database_begin (db, error))
    return 0;
  if (id == 0 ? !as_database_run (db, error, "INSERT INTO warehouses (name, branch_id)"
                                  " VALUES (?1, ?2)", "sr", text, branch_id)
              : !as_database_run (db, error, "UPDATE warehouses SET name = ?2, branch_id = ?3"
                                  " WHERE id = ?1", "isr", id, text, branch_id))
    goto failed;
  if (id == 0)
    saved = as_database_last_insert_id (db);
  if (!as_database_audit (db, "warehouses", saved, id == 0 ? "insert" : "update", details, error) ||
      !as_database_commit (db, error))
    goto failed;
  return saved;

failed:
  as_database_rollback (db);
  return 0;
}

gboolean
as_stock_store_set_location (AsDatabase  *db,
                             gint64       part_id,
                             gint64       warehouse_id,
                             const char  *location,
                             GError     **error)
{
  g_autofree char *text = as_validate_strip (location), *details = NULL;
  g_auto(Target) target = { NULL, NULL };

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!as_stock_store_may (db, AS_STOCK_RECEIPT, error) ||
      !load_target (db, part_id, warehouse_id, &target, error))
    return FALSE;
  details = g_strdup_printf ("%s, %s: location “%s”", get (target.part, "part_no"),
                             get (target.warehouse, "name"), text);
  if (!as_database_begin (db, error))
    return FALSE;
  if (!as_database_run (db, error, "INSERT INTO stock (part_id, warehouse_id, location)"
                        " VALUES (?1, ?2, ?3) ON CONFLICT (part_id, warehouse_id)"
                        " DO UPDATE SET location = ?3", "iis", part_id, warehouse_id, text) ||
      !as_database_audit (db, "stock", part_id, "update", details, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  as_database_notify_changed (db, "stock");
  return TRUE;
}

/**
 * as_stock_store_receive:
 * @reference: (nullable): the delivery note or order it came with
 *
 * Returns: the movement's id, or 0 with @error set
 */
gint64
as_stock_store_receive (AsDatabase  *db,
                        gint64       part_id,
                        gint64       warehouse_id,
                        int          quantity,
                        const char  *reference,
                        GError     **error)
{
  g_auto(Target) target = { NULL, NULL };
  g_autofree char *text = as_validate_strip (reference);

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if (!as_stock_store_may (db, AS_STOCK_RECEIPT, error) ||
      !load_target (db, part_id, warehouse_id, &target, error) ||
      !check_quantity (quantity, error))
    return 0;
  return record_movement (db, &target, "receipt", quantity, text, error);
}

/**
 * as_stock_store_adjust:
 *
 * Returns: the movement's id, or 0 with @error set
 */
gint64
as_stock_store_adjust (AsDatabase  *db,
                       gint64       part_id,
                       gint64       warehouse_id,
                       int          delta,
                       const char  *reason,
                       GError     **error)
{
  g_auto(Target) target = { NULL, NULL };
  g_autofree char *text = as_validate_strip (reason);

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if (!as_stock_store_may (db, AS_STOCK_ADJUSTMENT, error) ||
      !load_target (db, part_id, warehouse_id, &target, error))
    return 0;
  if (delta == 0)
    return AS_REFUSE (error, _("An adjustment changes the stock: enter how many more or fewer "
                               "were counted."));
  if (!check_quantity (ABS (delta), error))
    return 0;
  if (*text == '\0')
    return AS_REFUSE (error, _("Give the reason for the adjustment (a count, damage, loss…)."));
  return record_movement (db, &target, "adjustment", delta, text, error);
}

/**
 * as_stock_store_transfer:
 *
 * Moves stock between two warehouses: a transfer-out and a transfer-in
 * movement, each with its warehouse's balance, in one transaction.
 *
 * Returns: the transfer-out movement's id, or 0 with @error set
 */
gint64
as_stock_store_transfer (AsDatabase  *db,
                         gint64       part_id,
                         gint64       from_warehouse_id,
                         gint64       to_warehouse_id,
                         int          quantity,
                         const char  *reason,
                         GError     **error)
{
  g_auto(Target) from = { NULL, NULL };
  g_auto(Target) to = { NULL, NULL };
  g_autofree char *text = as_validate_strip (reason), *at = NULL, *out_note = NULL,
                  *in_note = NULL;
  gint64 out_id, in_id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if (!as_stock_store_may (db, AS_STOCK_TRANSFER, error) ||
      !load_target (db, part_id, from_warehouse_id, &from, error) ||
      !load_target (db, part_id, to_warehouse_id, &to, error) ||
      !check_quantity (quantity, error))
    return 0;
  if (from_warehouse_id == to_warehouse_id)
    return AS_REFUSE (error, _("Choose two different warehouses for a transfer."));

  /* Translators: the reason of a transfer movement; %s is the other warehouse */
  out_note = g_strdup_printf (_("To %s"), get (to.warehouse, "name"));
  in_note = g_strdup_printf (_("From %s"), get (from.warehouse, "name"));
  if (*text != '\0')
    {
      g_autofree char *o = out_note, *i = in_note;
      out_note = g_strdup_printf ("%s: %s", o, text);
      in_note = g_strdup_printf ("%s: %s", i, text);
    }
  at = as_database_now ();
  if (!as_database_begin (db, error))
    return 0;
  if ((out_id = write_movement (db, &from, "transfer-out", -quantity, 0, out_note, at, error)) == 0 ||
      (in_id = write_movement (db, &to, "transfer-in", quantity, 0, in_note, at, error)) == 0 ||
      !audit_movement (db, out_id, &from, "transfer-out", -quantity, out_note, error) ||
      !audit_movement (db, in_id, &to, "transfer-in", quantity, in_note, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return 0;
    }
  return out_id;
}

/**
 * as_stock_store_issue:
 * @category: (nullable): the charge line's service category; %NULL: the repair's
 *
 * Returns: the movement's id, or 0 with @error set and nothing written
 */
gint64
as_stock_store_issue (AsDatabase  *db,
                      gint64       part_id,
                      gint64       warehouse_id,
                      int          quantity,
                      gint64       repair_id,
                      const char  *category,
                      GError     **error)
{
  g_auto(Target) target = { NULL, NULL };
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *at = NULL, *what = NULL, *reason = NULL, *more = NULL;
  gint64 id, charge_id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if (!as_stock_store_may (db, AS_STOCK_ISSUE, error) ||
      !load_target (db, part_id, warehouse_id, &target, error) ||
      !check_quantity (quantity, error) ||
      (repair = as_repair_store_load (db, repair_id, error)) == NULL)
    return 0;
  if (category == NULL)
    category = g_hash_table_lookup (repair, "category");
  if (category == NULL || !g_strv_contains (categories, category))
    return AS_REFUSE (error, _("Unknown service category “%s”."), category ? category : "");

  at = as_database_now ();
  what = describe_part (&target);
  /* Translators: the reason of a stock movement; %lld is the repair number */
  reason = g_strdup_printf (_("Repair card %lld"), (long long) repair_id);
  if (!as_database_begin (db, error))
    return 0;
  if ((id = write_movement (db, &target, "issue", -quantity, repair_id, reason, at, error)) == 0 ||
      (charge_id = as_repair_store_add_charge (db, repair_id, "part", what, category, quantity,
                                               as_row_get_int (target.part, "list_price_cents"),
                                               0, error)) == 0 ||
      !as_database_run (db, error, "UPDATE stock_movements SET charge_id = ?2 WHERE id = ?1",
                        "ii", id, charge_id) ||
      !_as_abc_recompute_quietly (db, error))
    goto failed;
  more = g_strdup_printf ("repair %" G_GINT64_FORMAT ", charge line %" G_GINT64_FORMAT " (%s)",
                          repair_id, charge_id, category);
  if (!audit_movement (db, id, &target, "issue", -quantity, more, error) ||
      !as_database_commit (db, error))
    goto failed;
  return id;

failed:
  as_database_rollback (db);
  return 0;
}

/* Takes @quantity off the charge lines the issues of the part to the repair
 * added, the latest first: a line is removed, or replaced by one with the
 * quantity that stays used. */
static gboolean
reduce_charges (AsDatabase  *db,
                gint64       part_id,
                gint64       repair_id,
                int          quantity,
                GError     **error)
{
  g_autoptr(GPtrArray) lines =
    as_database_query_rows (db, error, 0,
                            "SELECT m.id AS movement_id, c.id AS charge_id,"
                            " c.quantity, c.description, c.category,"
                            " c.unit_price_cents FROM stock_movements m"
                            " JOIN repair_charges c ON c.id = m.charge_id"
                            " WHERE m.repair_id = ?1 AND m.kind = 'issue'"
                            " AND m.part_id = ?2 ORDER BY m.id DESC", "ii", repair_id, part_id);

  if (lines == NULL)
    return FALSE;
  for (guint i = 0; i < lines->len && quantity > 0; i++)
    {
      GHashTable *line = g_ptr_array_index (lines, i);
      int on_line = (int) as_row_get_int (line, "quantity");
      gint64 replacement = 0;

      if (!as_repair_store_remove_charge (db, as_row_get_int (line, "charge_id"), error))
        return FALSE;
      if (on_line > quantity &&
          (replacement = as_repair_store_add_charge (db, repair_id, "part",
                                                     get (line, "description"),
                                                     get (line, "category"), on_line - quantity,
                                                     as_row_get_int (line, "unit_price_cents"),
                                                     0, error)) == 0)
        return FALSE;
      if (!as_database_run (db, error, "UPDATE stock_movements SET charge_id = ?2 WHERE id = ?1",
                            "ir", as_row_get_int (line, "movement_id"), replacement))
        return FALSE;
      quantity -= MIN (on_line, quantity);
    }
  return TRUE;
}

/**
 * as_stock_store_return:
 * @reason: (nullable): why the parts came back
 *
 * Returns: the movement's id, or 0 with @error set and nothing written
 */
gint64
as_stock_store_return (AsDatabase  *db,
                       gint64       part_id,
                       gint64       warehouse_id,
                       int          quantity,
                       gint64       repair_id,
                       const char  *reason,
                       GError     **error)
{
  g_auto(Target) target = { NULL, NULL };
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *at = NULL, *text = as_validate_strip (reason), *note = NULL, *more = NULL;
  gint64 id, out;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if (!as_stock_store_may (db, AS_STOCK_RETURN, error) ||
      !load_target (db, part_id, warehouse_id, &target, error) ||
      !check_quantity (quantity, error) ||
      (repair = as_repair_store_load (db, repair_id, error)) == NULL)
    return 0;
  if (g_strcmp0 (g_hash_table_lookup (repair, "status"), "closed") == 0 ||
      g_strcmp0 (g_hash_table_lookup (repair, "status"), "cancelled") == 0)
    return AS_REFUSE (error, _("Repair %lld is finished: its charges cannot change. Record the "
                               "parts as a receipt instead."), (long long) repair_id);
  out = as_stock_store_get_issued (db, part_id, repair_id);
  if (quantity > out)
    return AS_REFUSE (error, _("Only %lld of %s went to repair %lld and have not come back."),
                      (long long) out, get (target.part, "part_no"), (long long) repair_id);

  at = as_database_now ();
  note = *text ? g_strdup_printf (_("From repair card %lld: %s"), (long long) repair_id, text)
               : g_strdup_printf (_("From repair card %lld"), (long long) repair_id);
  more = g_strdup_printf ("repair %" G_GINT64_FORMAT, repair_id);
  if (!as_database_begin (db, error))
    return 0;
  if ((id = write_movement (db, &target, "return", quantity, repair_id, note, at, error)) == 0 ||
      !reduce_charges (db, part_id, repair_id, quantity, error) ||
      !_as_abc_recompute_quietly (db, error) ||
      !audit_movement (db, id, &target, "return", quantity, more, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return 0;
    }
  return id;
}
