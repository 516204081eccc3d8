/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Warranty per part, promotions and maintenance contracts: what reception
 * sees while typing a serial, and the service category each charge line of
 * a repair gets. Parts of one product have different warranties and are
 * charged separately, so the category is decided per part. */

#include <glib/gi18n.h>
#include <stdio.h>

#include "as-validate.h"
#include "as-warranty.h"

#define CATEGORY_FREE     "free"
#define CATEGORY_CONTRACT "contract"
#define CATEGORY_PAID     "paid"

/* ---------------------------------------------------------------- helpers */

static void
part_warranty_free (gpointer data)
{
  AsPartWarranty *part = data;

  g_free (part->name);
  g_free (part->expires);
  g_free (part);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? g_strdup (text) : NULL;
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  g_autofree char *normalized = text ? as_validate_date (text) : NULL;
  int year, month, day;

  g_date_clear (date, 1);
  if (normalized == NULL || sscanf (normalized, "%d-%d-%d", &year, &month, &day) != 3)
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* The last day covered by @months of warranty from @sale: the day before the
 * same day @months later, clamped to the end of a shorter month (a sale on
 * 31 August with 1 month is covered through 29 September). */
static char *
compute_expiry (const GDate *sale,
                int          months)
{
  GDate last = *sale;

  g_date_add_months (&last, months);
  g_date_subtract_days (&last, 1);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&last), g_date_get_month (&last),
                          g_date_get_day (&last));
}

static void
set_sql_error (AsDatabase  *db,
               GError     **error)
{
  g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
               _("Cannot check the warranty: %s"),
               sqlite3_errmsg (as_database_get_handle (db)));
}

/* Fills the unit's ids and sale date; FALSE with @error unset when the serial
 * is unknown. */
static gboolean
find_unit (AsDatabase        *db,
           AsWarrantyReport  *report,
           GError           **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT id, model_id, customer_id, serial,"
                                                " sale_date FROM units WHERE serial = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, report->serial, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      report->unit_id = sqlite3_column_int64 (stmt, 0);
      report->model_id = sqlite3_column_int64 (stmt, 1);
      report->customer_id = sqlite3_column_int64 (stmt, 2);
      g_free (report->serial);
      report->serial = dup_column (stmt, 3);
      report->sale_date = dup_column (stmt, 4);
    }
  else if (rc != SQLITE_DONE)
    set_sql_error (db, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

/* The best promotion of the unit's model whose sales period holds the sale date. */
static gboolean
find_promotion (AsDatabase        *db,
                AsWarrantyReport  *report,
                GError           **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT name, extra_months FROM warranty_promotions"
                                                " WHERE model_id = ?1 AND sold_from <= ?2"
                                                " AND sold_to >= ?2"
                                                " ORDER BY extra_months DESC, id LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, report->model_id);
  sqlite3_bind_text (stmt, 2, report->sale_date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      report->promotion = dup_column (stmt, 0);
      report->promotion_months = sqlite3_column_int (stmt, 1);
    }
  else if (rc != SQLITE_DONE)
    set_sql_error (db, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* The active contract covering the unit on @on; the one lasting longest wins. */
static gboolean
find_contract (AsDatabase        *db,
               AsWarrantyReport  *report,
               const char        *on,
               GError           **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT c.id, c.end_date FROM contract_units cu"
                                                " JOIN contracts c ON c.id = cu.contract_id"
                                                " WHERE cu.unit_id = ?1 AND c.status = 'active'"
                                                " AND c.start_date <= ?2 AND c.end_date >= ?2"
                                                " ORDER BY c.end_date DESC, c.id LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, report->unit_id);
  sqlite3_bind_text (stmt, 2, on, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      report->contract_id = sqlite3_column_int64 (stmt, 0);
      report->contract_end = dup_column (stmt, 1);
    }
  else if (rc != SQLITE_DONE)
    set_sql_error (db, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* A promotion extends the warranty a part has; a part sold without one (a
 * wear part with 0 months) gets none from it. An unreadable sale date
 * covers nothing and leaves @expires unset. */
static AsPartWarranty *
new_part_warranty (AsWarrantyReport *report,
                   sqlite3_stmt     *stmt,
                   const char       *on)
{
  AsPartWarranty *part = g_new0 (AsPartWarranty, 1);
  GDate sale;

  part->part_id = sqlite3_column_int64 (stmt, 0);
  part->name = dup_column (stmt, 1);
  part->warranty_months = MAX (sqlite3_column_int (stmt, 2), 0);
  if (part->warranty_months > 0)
    part->warranty_months += report->promotion_months;
  if (parse_date (report->sale_date, &sale))
    {
      part->expires = compute_expiry (&sale, part->warranty_months);
      part->in_warranty = part->warranty_months > 0 && g_strcmp0 (on, part->expires) <= 0;
    }
  return part;
}

static gboolean
list_parts (AsDatabase        *db,
            AsWarrantyReport  *report,
            const char        *on,
            GError           **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT id, name, warranty_months FROM model_parts"
                                                " WHERE model_id = ?1 ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, report->model_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (report->parts, new_part_warranty (report, stmt, on));
  if (rc != SQLITE_DONE)
    set_sql_error (db, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static const char *
propose_category (AsWarrantyReport *report)
{
  if (report->contract_id > 0)
    return CATEGORY_CONTRACT;
  for (guint i = 0; i < report->parts->len; i++)
    if (((AsPartWarranty *) g_ptr_array_index (report->parts, i))->in_warranty)
      return CATEGORY_FREE;
  return CATEGORY_PAID;
}

/* ------------------------------------------------------------- public API */

/**
 * as_warranty_check:
 * @serial: a unit's serial (letter case does not matter)
 * @on: (nullable): the day checked, "YYYY-MM-DD" (or "DD/MM/YYYY"); %NULL for today
 *
 * Each part's warranty is counted from the unit's sale date: @warranty_months
 * later, the day before the same day of the month (clamped to shorter
 * months) is the last day covered. The promotion with the most extra months
 * among those of the unit's model whose sales period (inclusive) holds the
 * sale date extends every part that has a warranty. An active contract
 * covering the unit with @on between its start and end dates makes the
 * category "contract"; otherwise any part in warranty makes it "free", and
 * else it is "paid".
 *
 * Returns: (transfer full) (nullable): the report (unit_id 0 and "paid" for
 *   an unknown serial), or %NULL with @error set when @on is not a date or
 *   the database cannot be read
 */
AsWarrantyReport *
as_warranty_check (AsDatabase  *db,
                   const char  *serial,
                   const char  *on,
                   GError     **error)
{
  g_autoptr(AsWarrantyReport) report = NULL;
  g_autofree char *day = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  day = on != NULL ? as_validate_date (on) : as_database_today ();
  if (day == NULL)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("“%s” is not a valid date. Write it as YYYY-MM-DD."), on);
      return NULL;
    }

  report = g_new0 (AsWarrantyReport, 1);
  report->serial = as_validate_strip (serial);
  report->parts = g_ptr_array_new_with_free_func (part_warranty_free);

  if (*report->serial != '\0' && !find_unit (db, report, &local_error) && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (report->unit_id > 0 &&
      (!find_promotion (db, report, error) || !find_contract (db, report, day, error) ||
       !list_parts (db, report, day, error)))
    return NULL;

  report->proposed_category = g_strdup (propose_category (report));
  return g_steal_pointer (&report);
}

/**
 * as_warranty_category_for:
 * @part_id: a model_parts id, or 0 for labour, call-out and transport
 *
 * Returns: (transfer none): "contract" when a contract covers the unit,
 *   otherwise "free" for a part in warranty and "paid" for one out of it (or
 *   not of this model); for 0, the unit's proposed category
 */
const char *
as_warranty_category_for (AsWarrantyReport *report,
                          gint64            part_id)
{
  g_return_val_if_fail (report != NULL, CATEGORY_PAID);

  if (report->contract_id > 0)
    return CATEGORY_CONTRACT;
  if (part_id == 0)
    return propose_category (report);
  for (guint i = 0; i < report->parts->len; i++)
    {
      AsPartWarranty *part = g_ptr_array_index (report->parts, i);

      if (part->part_id == part_id)
        return part->in_warranty ? CATEGORY_FREE : CATEGORY_PAID;
    }
  return CATEGORY_PAID;
}

void
as_warranty_report_free (AsWarrantyReport *report)
{
  if (report == NULL)
    return;
  g_free (report->serial);
  g_free (report->sale_date);
  g_free (report->promotion);
  g_free (report->contract_end);
  g_clear_pointer (&report->parts, g_ptr_array_unref);
  g_free (report->proposed_category);
  g_free (report);
}
