/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* Maintenance contracts (SPEC M12): the expiry notice sent a month before the
 * end, and the renewal or its refusal. Each write is one transaction with an
 * audit row; a step that does not apply is refused with
 * AS_DATABASE_ERROR_INVALID and a clear message, and nothing is written. */

/* Every contracts column as text (absent when NULL), plus customer_name,
 * customer_address, customer_phone, customer_email, unit_count and "units":
 * one line per covered unit, "serial — model name", by serial. */
GHashTable *as_contract_store_load          (AsDatabase  *db,
                                             gint64       contract_id,
                                             GError     **error);
/* Records that the expiry notice was sent now (notice_sent_at). Refused for a
 * contract already renewed or refused. */
gboolean    as_contract_store_record_notice (AsDatabase  *db,
                                             gint64       contract_id,
                                             GError     **error);
/* A new contract for the same customer and units, from the day after the old
 * one's end to @new_end_date ("YYYY-MM-DD"), at @fee_cents; the old one is
 * marked renewal 'renewed' with renewed_by_id. Returns the new contract's id,
 * or 0 with @error set. */
gint64      as_contract_store_renew         (AsDatabase  *db,
                                             gint64       contract_id,
                                             const char  *new_end_date,
                                             gint64       fee_cents,
                                             GError     **error);
/* The customer declines the renewal: renewal 'refused', @note kept. */
gboolean    as_contract_store_refuse        (AsDatabase  *db,
                                             gint64       contract_id,
                                             const char  *note,
                                             GError     **error);

G_END_DECLS
