/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* Repair statuses (repair_orders.status):
 *   received     → dispatched (supervisor assigns a technician or provider)
 *   dispatched   → closed      (on site: the customer signs the certificate)
 *   dispatched   → in_workshop (goods taken back: receipt, goods in, repair card)
 *   in_workshop  → ready       (the director inspects the repair)
 *   ready        → closed      (goods returned: customer signs, receipt voided)
 *   received, dispatched → cancelled
 * Every change goes through this store: one transaction with a repair_events
 * row and an audit row; a step the procedure does not allow is refused with
 * AS_DATABASE_ERROR_INVALID (or _PERMISSION for a role) and a clear message. */

typedef struct
{
  gint64      customer_id;
  const char *address;        /* NULL: the customer's */
  const char *phone;          /* NULL: the customer's */
  gint64      model_id;       /* 0: the unit's model, from the serial */
  const char *serial;
  const char *fault;
  const char *channel;        /* "phone", "hotline", "email", "letter", "visit" */
  const char *zone;           /* NULL: the customer's */
  const char *category;       /* NULL: proposed from warranty and contract */
  gint64      received_by;    /* 0: the acting staff member */
  const char *received_at;    /* "YYYY-MM-DD HH:MM:SS", NULL: now */
  gint64      branch_id;      /* 0: the receiving staff member's branch */
  const char *promised_date;  /* "YYYY-MM-DD" or NULL */
} AsRepairRequest;

typedef enum
{
  AS_SETTLEMENT_ON_THE_SPOT,  /* small fee collected by the technician */
  AS_SETTLEMENT_INVOICE,      /* invoiced by accounting the day of delivery */
} AsSettlement;

/* Every repair_orders column as text (absent when NULL), plus the names a
 * document shows: customer_name, customer_email, model_code, model_name,
 * technician_name, provider_name, receiver_name, dispatcher_name,
 * inspector_name, branch_name. */
GHashTable *as_repair_store_load           (AsDatabase             *db,
                                            gint64                  repair_id,
                                            GError                **error);
/* The charge lines, each a GHashTable: id, kind, description, category,
 * quantity, unit_price_cents, model_part_id, total_cents. */
GPtrArray *as_repair_store_list_charges    (AsDatabase             *db,
                                            gint64                  repair_id);
/* The repair_events rows, each a GHashTable: at, staff_name, status, note. */
GPtrArray *as_repair_store_list_events     (AsDatabase             *db,
                                            gint64                  repair_id);

gint64    as_repair_store_receive          (AsDatabase             *db,
                                            const AsRepairRequest  *request,
                                            GError                **error);
/* Only a service supervisor dispatches; exactly one of @technician_id (with
 * the technician role and a qualification valid today) or @provider_id. */
gboolean  as_repair_store_dispatch         (AsDatabase             *db,
                                            gint64                  repair_id,
                                            const char             *assessment,
                                            gint64                  technician_id,
                                            gint64                  provider_id,
                                            const char             *bring_tools,
                                            const char             *bring_parts,
                                            GError                **error);
gboolean  as_repair_store_record_arrival   (AsDatabase             *db,
                                            gint64                  repair_id,
                                            const char             *arrived_at,
                                            GError                **error);
/* Paid repairs: the fee is quoted, and accepted by the customer before any
 * work is recorded, the goods taken back or the visit closed. */
gboolean  as_repair_store_quote_fee        (AsDatabase             *db,
                                            gint64                  repair_id,
                                            gint64                  fee_cents,
                                            GError                **error);
gboolean  as_repair_store_accept_fee       (AsDatabase             *db,
                                            gint64                  repair_id,
                                            GError                **error);
/* Adds labour (minutes at the hourly rate), call-out and transport lines
 * from the fee schedule in the settings table. */
gboolean  as_repair_store_charge_fees      (AsDatabase             *db,
                                            gint64                  repair_id,
                                            int                     labour_minutes,
                                            gboolean                call_out,
                                            gboolean                transport,
                                            GError                **error);
gint64    as_repair_store_add_charge       (AsDatabase             *db,
                                            gint64                  repair_id,
                                            const char             *kind,
                                            const char             *description,
                                            const char             *category,
                                            int                     quantity,
                                            gint64                  unit_price_cents,
                                            gint64                  model_part_id,
                                            GError                **error);
gboolean  as_repair_store_remove_charge    (AsDatabase             *db,
                                            gint64                  charge_id,
                                            GError                **error);
gboolean  as_repair_store_record_work      (AsDatabase             *db,
                                            gint64                  repair_id,
                                            const char             *work_done,
                                            int                     labour_minutes,
                                            GError                **error);
/* On site: the customer signs the service certificate; the register entry closes. */
gboolean  as_repair_store_close_on_site    (AsDatabase             *db,
                                            gint64                  repair_id,
                                            const char             *signed_by,
                                            AsSettlement            settlement,
                                            GError                **error);
/* Taken back: goods receipt issued, goods in/out register "in", repair card opened. */
gboolean  as_repair_store_take_back        (AsDatabase             *db,
                                            gint64                  repair_id,
                                            GError                **error);
/* Only a service supervisor (the director) inspects. */
gboolean  as_repair_store_inspect          (AsDatabase             *db,
                                            gint64                  repair_id,
                                            const char             *notes,
                                            GError                **error);
/* Goods out: the customer signs, the original receipt is voided, closed. */
gboolean  as_repair_store_return_goods     (AsDatabase             *db,
                                            gint64                  repair_id,
                                            const char             *signed_by,
                                            AsSettlement            settlement,
                                            GError                **error);
gboolean  as_repair_store_escalate         (AsDatabase             *db,
                                            gint64                  repair_id,
                                            const char             *reason,
                                            GError                **error);
gboolean  as_repair_store_cancel           (AsDatabase             *db,
                                            gint64                  repair_id,
                                            const char             *reason,
                                            GError                **error);

G_END_DECLS
