/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"
#include "as-gui-util.h"
#include "as-stock-store.h"

G_BEGIN_DECLS

/* The forms of the Warehouse tab, each an AsWarehouseForm that calls its
 * store on confirmation and stays open with the store's refusal. */

/* A receipt, an issue to a repair, a return from one, an adjustment or a
 * transfer. @part_id and @repair_id (0: chosen in the form) preset them. */
void as_warehouse_present_movement       (GtkWindow     *parent,
                                          AsDatabase    *db,
                                          AsStockAction  action,
                                          gint64         part_id,
                                          gint64         repair_id);
/* @part_id 0: a new part. */
void as_warehouse_present_part_editor    (GtkWindow     *parent,
                                          AsDatabase    *db,
                                          gint64         part_id);
void as_warehouse_present_warehouse_editor (GtkWindow   *parent,
                                          AsDatabase    *db,
                                          gint64         warehouse_id);
/* @loaner_id 0: a new loaner unit. */
void as_warehouse_present_loaner_editor  (GtkWindow     *parent,
                                          AsDatabase    *db,
                                          gint64         loaner_id);
void as_warehouse_present_lend           (GtkWindow     *parent,
                                          AsDatabase    *db,
                                          gint64         loaner_id,
                                          gint64         repair_id);
void as_warehouse_present_loan_return    (GtkWindow     *parent,
                                          AsDatabase    *db,
                                          gint64         loan_id);

/* Repairs tab: issues spare parts from stock to @repair_id. */
void as_warehouse_present_issue_to_repair (GtkWidget    *widget,
                                           AsDatabase   *db,
                                           gint64        repair_id);


G_END_DECLS
