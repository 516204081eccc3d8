/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Maintenance contracts: the expiry notice, the renewal and its refusal.
 * Each write is one transaction with its audit rows. */

#include <glib/gi18n.h>
#include <stdio.h>

#include "as-contract-store.h"
#include "as-validate.h"

/* ---------------------------------------------------------------- helpers */

/* The contract with its customer's details, or NULL with @error set. */
static GHashTable *
load_contract (AsDatabase  *db,
               gint64       contract_id,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *row = as_database_query_row (db, &local_error,
    "SELECT t.*, c.name AS customer_name, c.address AS customer_address,"
    " c.phone AS customer_phone, c.email AS customer_email,"
    " (SELECT count(*) FROM contract_units u WHERE u.contract_id = t.id) AS unit_count"
    " FROM contracts t LEFT JOIN customers c ON c.id = t.customer_id WHERE t.id = ?1",
    "i", contract_id);

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (row == NULL)
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND,
                 _("There is no maintenance contract number %lld."), (long long) contract_id);
  return row;
}

/* A contract whose renewal is still open, or NULL with @error set. */
static GHashTable *
load_pending_contract (AsDatabase  *db,
                       gint64       contract_id,
                       GError     **error)
{
  GHashTable *contract = load_contract (db, contract_id, error);
  const char *renewal;

  if (contract == NULL)
    return NULL;
  renewal = g_hash_table_lookup (contract, "renewal");
  if (renewal == NULL)
    return contract;
  if (g_str_equal (renewal, "renewed"))
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                 _("Contract %lld has already been renewed (contract %s)."),
                 (long long) contract_id,
                 (const char *) g_hash_table_lookup (contract, "renewed_by_id"));
  else
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                 _("The customer already refused to renew contract %lld."),
                 (long long) contract_id);
  g_hash_table_unref (contract);
  return NULL;
}

static char *
list_units (AsDatabase *db,
            gint64      contract_id)
{
  sqlite3_stmt *stmt = as_database_prepare (db,
    "SELECT u.serial, m.name FROM contract_units cu"
    " JOIN units u ON u.id = cu.unit_id"
    " LEFT JOIN product_models m ON m.id = u.model_id"
    " WHERE cu.contract_id = ?1 ORDER BY u.serial", NULL);
  GString *units = g_string_new (NULL);

  if (stmt == NULL)
    return g_string_free (units, FALSE);
  sqlite3_bind_int64 (stmt, 1, contract_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *model = (const char *) sqlite3_column_text (stmt, 1);
      g_string_append_printf (units, "%s%s — %s", units->len ? "\n" : "",
                              sqlite3_column_text (stmt, 0), model ? model : "");
    }
  sqlite3_reset (stmt);
  return g_string_free (units, FALSE);
}

/* "YYYY-MM-DD" + 1 day */
static char *
next_day (const char *date)
{
  int y, m, d;
  g_autoptr(GDate) day = NULL;
  char buffer[16];

  if (sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  day = g_date_new_dmy (d, m, y);
  g_date_add_days (day, 1);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", day);
  return g_strdup (buffer);
}

static gboolean
update_contract (AsDatabase  *db,
                 const char  *sql,
                 gint64       contract_id,
                 const char  *text,
                 gint64       number,
                 GError     **error)
{
  return as_database_run (db, error, sql, "isr", contract_id, text, number);
}

static gint64
insert_renewal (AsDatabase  *db,
                GHashTable  *old,
                const char  *start,
                const char  *end,
                gint64       fee_cents,
                GError     **error)
{
  gint64 id;

  if (!as_database_run (db, error,
                        "INSERT INTO contracts (customer_id, start_date, end_date, fee_cents,"
                        " status) VALUES (?1, ?2, ?3, ?4, 'active')", "issi",
                        as_row_get_int (old, "customer_id"), start, end, fee_cents))
    return 0;
  id = as_database_last_insert_id (db);
  return as_database_run (db, error,
                          "INSERT INTO contract_units (contract_id, unit_id)"
                          " SELECT ?1, unit_id FROM contract_units WHERE contract_id = ?2", "ii",
                          id, as_row_get_int (old, "id")) ? id : 0;
}

/* ------------------------------------------------------------- public API */

/**
 * as_contract_store_load:
 *
 * What the maintenance expiry notice shows.
 *
 * Returns: (transfer full) (nullable): every contracts column as text (absent
 *   when NULL), customer_name, customer_address, customer_phone,
 *   customer_email, unit_count and units ("serial — model name" lines), or
 *   %NULL with @error set for an unknown contract
 */
GHashTable *
as_contract_store_load (AsDatabase  *db,
                        gint64       contract_id,
                        GError     **error)
{
  GHashTable *contract;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  contract = load_contract (db, contract_id, error);
  if (contract != NULL)
    g_hash_table_insert (contract, g_strdup ("units"), list_units (db, contract_id));
  return contract;
}

/**
 * as_contract_store_record_notice:
 *
 * Records that the expiry notice was sent now.
 */
gboolean
as_contract_store_record_notice (AsDatabase  *db,
                                 gint64       contract_id,
                                 GError     **error)
{
  g_autoptr(GHashTable) contract = NULL;
  g_autofree char *now = NULL, *details = NULL;
  const char *before;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((contract = load_pending_contract (db, contract_id, error)) == NULL)
    return FALSE;

  now = as_database_now ();
  before = g_hash_table_lookup (contract, "notice_sent_at");
  details = g_strdup_printf ("notice_sent_at: “%s” → “%s”", before ? before : "", now);
  if (!as_database_begin (db, error))
    return FALSE;
  if (!update_contract (db, "UPDATE contracts SET notice_sent_at = ?2 WHERE id = ?1",
                        contract_id, now, 0, error) ||
      !as_database_audit (db, "contracts", contract_id, "update", details, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * as_contract_store_renew:
 * @new_end_date: "YYYY-MM-DD" (or "DD/MM/YYYY"), after the new start
 * @fee_cents: the new contract's fee
 *
 * Renews a contract: a new one for the same customer and units, starting the
 * day after the old one ends.
 *
 * Returns: the new contract's id, or 0 with @error set
 */
gint64
as_contract_store_renew (AsDatabase  *db,
                         gint64       contract_id,
                         const char  *new_end_date,
                         gint64       fee_cents,
                         GError     **error)
{
  g_autoptr(GHashTable) contract = NULL;
  g_autofree char *start = NULL, *end = NULL, *details = NULL, *old_details = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if ((contract = load_pending_contract (db, contract_id, error)) == NULL)
    return 0;
  start = next_day (g_hash_table_lookup (contract, "end_date"));
  end = new_end_date ? as_validate_date (new_end_date) : NULL;
  if (end == NULL)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("“%s” is not a date for the end of the renewed contract: write it as "
                     "2026-03-31."), new_end_date ? new_end_date : "");
      return 0;
    }
  if (start == NULL || g_strcmp0 (end, start) < 0)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("The renewed contract starts on %s: it must end on that day or later."),
                   start ? start : "?");
      return 0;
    }
  if (fee_cents < 0)
    {
      g_set_error_literal (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                           _("The fee cannot be negative."));
      return 0;
    }

  if (!as_database_begin (db, error))
    return 0;
  if ((id = insert_renewal (db, contract, start, end, fee_cents, error)) == 0)
    goto failed;
  details = g_strdup_printf ("renewal of contract %" G_GINT64_FORMAT ": %s to %s, fee_cents %"
                             G_GINT64_FORMAT, contract_id, start, end, fee_cents);
  old_details = g_strdup_printf ("renewal: “renewed”; renewed_by_id: %" G_GINT64_FORMAT, id);
  if (!update_contract (db, "UPDATE contracts SET renewal = 'renewed', renewed_by_id = ?3"
                        " WHERE id = ?1", contract_id, NULL, id, error) ||
      !as_database_audit (db, "contracts", id, "insert", details, error) ||
      !as_database_audit (db, "contracts", contract_id, "update", old_details, error) ||
      !as_database_commit (db, error))
    goto failed;
  return id;

failed:
  as_database_rollback (db);
  return 0;
}

/**
 * as_contract_store_refuse:
 * @note: (nullable): what the customer said
 *
 * The customer declines to renew.
 */
gboolean
as_contract_store_refuse (AsDatabase  *db,
                          gint64       contract_id,
                          const char  *note,
                          GError     **error)
{
  g_autoptr(GHashTable) contract = NULL;
  g_autofree char *text = as_validate_strip (note);
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((contract = load_pending_contract (db, contract_id, error)) == NULL)
    return FALSE;

  details = g_strdup_printf ("renewal: “refused”; renewal_note: “%s”", text);
  if (!as_database_begin (db, error))
    return FALSE;
  if (!update_contract (db, "UPDATE contracts SET renewal = 'refused', renewal_note = ?2"
                        " WHERE id = ?1", contract_id, text, 0, error) ||
      !as_database_audit (db, "contracts", contract_id, "update", details, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}
