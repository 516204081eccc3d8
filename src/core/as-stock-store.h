/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"
#include "as-record-list.h"

G_BEGIN_DECLS

/* The spare-parts warehouse (SP1, SP3): the catalogue, the stock of every
 * warehouse (the after-sales central warehouse and one per branch) and its
 * movements. Every movement is one transaction with its audit row; the
 * movement row carries the balance of its part in its warehouse after it,
 * and the stock row always equals the last balance. No movement may take
 * the stock below zero: it is refused with AS_DATABASE_ERROR_INVALID and a
 * message, and nothing is written.
 *
 * Who may: receipts and transfers, the warehouse & transport department,
 * purchasing, the service department and managers; adjustments (a count
 * that differs from the books), the warehouse department and managers;
 * issues to and returns from a repair, technicians too. */

typedef enum
{
  AS_STOCK_RECEIPT,
  AS_STOCK_ISSUE,
  AS_STOCK_RETURN,
  AS_STOCK_ADJUSTMENT,
  AS_STOCK_TRANSFER,
  AS_STOCK_EDIT_CATALOGUE,
} AsStockAction;

typedef struct
{
  const char   *part_no;
  const char   *name;
  gint64        unit_cost_cents;
  gint64        list_price_cents;
  const char   *supplier;
  int           reorder_point;
  int           reorder_qty;
  const gint64 *model_ids;      /* the product models it fits */
  guint         n_model_ids;
} AsSparePart;

/* Whether the person using the program may take @action; @error says why not. */
gboolean    as_stock_store_may               (AsDatabase        *db,
                                              AsStockAction      action,
                                              GError           **error);

/* @id 0 adds a part. Returns its id, or 0 with @error set. */
gint64      as_stock_store_save_part         (AsDatabase        *db,
                                              gint64             id,
                                              const AsSparePart *part,
                                              GError           **error);
/* The spare_parts columns as text, plus in_stock (every warehouse) and
 * models (the codes of the models it fits, comma-separated). */
GHashTable *as_stock_store_load_part         (AsDatabase        *db,
                                              gint64             part_id,
                                              GError           **error);
/* The ids of the models @part_id fits, in code order. */
GArray     *as_stock_store_list_part_models  (AsDatabase        *db,
                                              gint64             part_id);
/* Every warehouse: id, name, branch_id, branch_name; the central one first. */
GPtrArray  *as_stock_store_list_warehouses   (AsDatabase        *db);
/* The part in every warehouse that holds or held it: warehouse_id,
 * warehouse_name, quantity, location. */
GPtrArray  *as_stock_store_list_stock        (AsDatabase        *db,
                                              gint64             part_id);
gint64      as_stock_store_get_quantity      (AsDatabase        *db,
                                              gint64             part_id,
                                              gint64             warehouse_id);
/* How many of @part_id went to @repair_id and have not come back. */
gint64      as_stock_store_get_issued        (AsDatabase        *db,
                                              gint64             part_id,
                                              gint64             repair_id);
/* The parts issued to @repair_id and not all returned: part_id, part_no,
 * name, warehouse_id, quantity (still out). */
GPtrArray  *as_stock_store_list_repair_parts (AsDatabase        *db,
                                              gint64             repair_id);

/* Every product model: id, code, name, in code order (reference data, a few
 * hundred rows at most), for the models a part fits. */
GPtrArray  *as_stock_store_list_models       (AsDatabase        *db);
/* as_part_movements_list narrowed to @part_id; free with as_stock_store_free_spec(). */
AsListSpec *as_stock_store_new_part_movements (gint64            part_id);
/* as_stock_list narrowed to the parts that fit @model_id, and those that fit
 * any model (no model given); free with as_stock_store_free_spec(). */
AsListSpec *as_stock_store_new_parts_for_model (gint64          model_id);
void        as_stock_store_free_spec         (AsListSpec        *spec);

gint64      as_stock_store_save_warehouse    (AsDatabase        *db,
                                              gint64             id,
                                              const char        *name,
                                              gint64             branch_id,
                                              GError           **error);
gboolean    as_stock_store_set_location      (AsDatabase        *db,
                                              gint64             part_id,
                                              gint64             warehouse_id,
                                              const char        *location,
                                              GError           **error);

/* Each returns the movement's id (the first, for a transfer), or 0 with
 * @error set and nothing written. */
gint64      as_stock_store_receive           (AsDatabase        *db,
                                              gint64             part_id,
                                              gint64             warehouse_id,
                                              int                quantity,
                                              const char        *reference,
                                              GError           **error);
/* Issues @quantity to an open repair and adds the part's charge line (list
 * price, @category or, when NULL, the repair's service category), in the
 * same transaction. */
gint64      as_stock_store_issue             (AsDatabase        *db,
                                              gint64             part_id,
                                              gint64             warehouse_id,
                                              int                quantity,
                                              gint64             repair_id,
                                              const char        *category,
                                              GError           **error);
/* Parts issued to an open repair and not used come back: the stock rises
 * and the repair's charge lines for them are reduced, in one transaction. */
gint64      as_stock_store_return            (AsDatabase        *db,
                                              gint64             part_id,
                                              gint64             warehouse_id,
                                              int                quantity,
                                              gint64             repair_id,
                                              const char        *reason,
                                              GError           **error);
/* @delta: the counted quantity less the books' (not 0); @reason required. */
gint64      as_stock_store_adjust            (AsDatabase        *db,
                                              gint64             part_id,
                                              gint64             warehouse_id,
                                              int                delta,
                                              const char        *reason,
                                              GError           **error);
gint64      as_stock_store_transfer          (AsDatabase        *db,
                                              gint64             part_id,
                                              gint64             from_warehouse_id,
                                              gint64             to_warehouse_id,
                                              int                quantity,
                                              const char        *reason,
                                              GError           **error);

G_END_DECLS
