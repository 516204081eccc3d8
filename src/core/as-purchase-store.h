/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"
#include "as-types.h"

G_BEGIN_DECLS

/* Purchase requests for tools and test equipment (SP7), status
 * purchase_requests.status:
 *   pending   raised by the after-sales department with its quotes and the
 *             figures that justify it; waits for two approvals, finance's and
 *             the supervisor's, in either order, each by someone other than
 *             the requester and other than the first approver
 *   pending  → approved  (the second approval)
 *   pending  → refused   (finance or the supervisor, with a reason: the end)
 *   approved → ordered   (purchasing, from one of the quotes)
 *   ordered  → received  (every item enters the tools register with its tag,
 *                         in one transaction)
 * Every step is one transaction with its audit row; a refusal writes nothing. */

#define AS_PURCHASE_REQUESTER_ROLES (AS_ROLE_SERVICE_DEPT | AS_ROLE_SUPERVISOR)
#define AS_PURCHASE_RECEIVER_ROLES \
  (AS_ROLE_PURCHASING | AS_ROLE_SERVICE_DEPT | AS_ROLE_SUPERVISOR)

typedef enum
{
  AS_PURCHASE_APPROVAL_FINANCE,
  AS_PURCHASE_APPROVAL_SUPERVISOR,
} AsPurchaseApproval;

typedef struct
{
  const char *supplier;
  gint64      unit_price_cents;
  const char *note;
} AsPurchaseQuote;

/* Every purchase_requests column as text (absent when NULL), plus
 * requester_name, finance_name, supervisor_name, refused_name, ordered_name,
 * received_name, and the chosen quote's supplier and unit_price_cents. */
GHashTable *as_purchase_store_load         (AsDatabase             *db,
                                            gint64                  request_id,
                                            GError                **error);
/* The quotes, cheapest first: id, supplier, unit_price_cents, note. */
GPtrArray  *as_purchase_store_list_quotes  (AsDatabase             *db,
                                            gint64                  request_id);
/* The tools the request brought into the register: id, tag. */
GPtrArray  *as_purchase_store_list_tools   (AsDatabase             *db,
                                            gint64                  request_id);

gint64      as_purchase_store_create       (AsDatabase             *db,
                                            const char             *description,
                                            int                     quantity,
                                            const char             *justification,
                                            const AsPurchaseQuote  *quotes,
                                            guint                   n_quotes,
                                            GError                **error);
gboolean    as_purchase_store_approve      (AsDatabase             *db,
                                            gint64                  request_id,
                                            AsPurchaseApproval      approval,
                                            GError                **error);
gboolean    as_purchase_store_refuse       (AsDatabase             *db,
                                            gint64                  request_id,
                                            const char             *reason,
                                            GError                **error);
/* @quote_id: 0 for the cheapest quote. */
gboolean    as_purchase_store_order        (AsDatabase             *db,
                                            gint64                  request_id,
                                            gint64                  quote_id,
                                            const char             *order_reference,
                                            GError                **error);
/* @tags: one fixed-asset tag per item ordered, NULL-terminated. */
gboolean    as_purchase_store_receive      (AsDatabase             *db,
                                            gint64                  request_id,
                                            const char *const      *tags,
                                            const char             *date,
                                            GError                **error);

G_END_DECLS
