/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The loaner store: the substitute units of the warehouse and their loans.
 * Every write is one transaction with its audit row. */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-loaner-store.h"
#include "as-settings.h"
#include "as-types.h"
#include "as-validate.h"
#include "as-warehouse-private.h"

#define LOAN_DAYS_KEY "loaner.days"

/* Lending is done where the customer is served: reception, the warehouse. */
#define LEND_ROLES  (AS_ROLE_RECEPTIONIST | AS_ROLE_SERVICE_DEPT | AS_MANAGER_ROLES)
#define UNIT_ROLES  (AS_ROLE_SERVICE_DEPT | AS_MANAGER_ROLES)

static const char *const unit_conditions[] = { "good", "worn", "damaged", "retired", NULL };
static const char *const return_conditions[] = { "good", "worn", "damaged", NULL };

/* ---------------------------------------------------------------- helpers */

static const char *
get (GHashTable *row,
     const char *key)
{
  const char *value = row ? g_hash_table_lookup (row, key) : NULL;
  return value ? value : "";
}

/* A real day written "YYYY-MM-DD", as stored and compared as text. */
static gboolean
is_date (const char *text)
{
  g_autofree char *day = text != NULL ? as_validate_date (text) : NULL;

  return day != NULL && g_str_equal (day, text);
}

static gboolean
validate_unit (AsDatabase          *db,
               gint64               id,
               const AsLoanerUnit  *unit,
               const char          *tag,
               const char          *description,
               GError             **error)
{
  g_autoptr(GHashTable) clash = NULL;
  g_autoptr(GHashTable) warehouse = NULL;

  if (*tag == '\0')
    return AS_REFUSE (error, _("Enter the loaner unit's inventory number."));
  if (*description == '\0')
    return AS_REFUSE (error, _("Describe the loaner unit."));
  if (unit->condition == NULL || !g_strv_contains (unit_conditions, unit->condition))
    return AS_REFUSE (error, _("Choose the loaner unit's condition."));
  warehouse = as_database_query_row (db, error, "SELECT id FROM warehouses WHERE id = ?1", "i",
                                     unit->warehouse_id);
  if (warehouse == NULL)
    return error && *error ? FALSE : AS_REFUSE (error, _("Choose the warehouse that keeps it."));
  clash = as_database_query_row (db, error, "SELECT id FROM loaner_units WHERE tag = ?1"
                                 " AND id != ?2", "si", tag, id);
  if (clash != NULL)
    return AS_REFUSE (error, _("Another loaner unit already has the number “%s”."), tag);
  if (unit->model_id != 0)
    {
      g_autoptr(GHashTable) model = as_database_query_row (db, error, "SELECT id FROM"
                                                           " product_models WHERE id = ?1",
                                                           "i", unit->model_id);
      if (model == NULL)
        return error && *error ? FALSE : AS_REFUSE (error, _("That product model does not "
                                                             "exist any more."));
    }
  return error == NULL || *error == NULL;
}

static gboolean
write_unit (AsDatabase          *db,
            gint64              *id,
            const AsLoanerUnit  *unit,
            const char          *tag,
            const char          *description,
            const char          *serial,
            GError             **error)
{
  if (*id != 0)
    return as_database_run (db, error, "UPDATE loaner_units SET tag = ?2, description = ?3,"
                            " model_id = ?4, serial = ?5, warehouse_id = ?6, condition = ?7"
                            " WHERE id = ?1", "issrsis", *id, tag, description, unit->model_id,
                            serial, unit->warehouse_id, unit->condition);
  if (!as_database_run (db, error, "INSERT INTO loaner_units (tag, description, model_id,"
                        " serial, warehouse_id, condition) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        "ssrsis", tag, description, unit->model_id, serial, unit->warehouse_id,
                        unit->condition))
    return FALSE;
  *id = as_database_last_insert_id (db);
  return TRUE;
}

static gboolean
check_lendable (AsDatabase  *db,
                GHashTable  *unit,
                GHashTable  *repair,
                gint64       repair_id,
                const char  *due_date,
                GError     **error)
{
  g_autofree char *today = as_database_today (), *tag = NULL;
  const char *status = get (repair, "status");

  if (g_str_equal (get (unit, "condition"), "retired"))
    return AS_REFUSE (error, _("Loaner %s is retired: it is not lent any more."),
                      get (unit, "tag"));
  if (*get (unit, "loan_id") != '\0')
    return AS_REFUSE (error, _("Loaner %s is already out, lent for repair %s."),
                      get (unit, "tag"), get (unit, "repair_id"));
  if (g_str_equal (status, "closed") || g_str_equal (status, "cancelled"))
    return AS_REFUSE (error, _("Repair %lld is finished: a loaner is lent only while the goods "
                               "are under repair."), (long long) repair_id);
  if (as_loaner_store_find_open_loan (db, repair_id, &tag) != 0)
    return AS_REFUSE (error, _("Repair %lld already has loaner %s out."), (long long) repair_id,
                      tag);
  if (!is_date (due_date))
    return AS_REFUSE (error, _("Enter the date the loaner is due back (YYYY-MM-DD)."));
  if (g_strcmp0 (due_date, today) < 0)
    return AS_REFUSE (error, _("The loaner cannot be due back before today."));
  return TRUE;
}

/* ------------------------------------------------------------- public API */

gboolean
as_loaner_store_may (AsDatabase  *db,
                     gboolean     units,
                     GError     **error)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  return units ? _as_warehouse_require (db, UNIT_ROLES, _("change the loaner units"), error)
               : _as_warehouse_require (db, LEND_ROLES, _("lend loaner units"), error);
}

/**
 * as_loaner_store_save_unit:
 * @id: the unit's id, or 0 for a new one
 *
 * Returns: the unit's id, or 0 with @error set
 */
gint64
as_loaner_store_save_unit (AsDatabase          *db,
                           gint64               id,
                           const AsLoanerUnit  *unit,
                           GError             **error)
{
  g_autofree char *tag = NULL, *description = NULL, *serial = NULL, *details = NULL;
  gint64 saved = id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (unit != NULL, 0);

  tag = as_validate_strip (unit->tag);
  description = as_validate_strip (unit->description);
  serial = as_validate_strip (unit->serial);
  if (!as_loaner_store_may (db, TRUE, error) ||
      !validate_unit (db, id, unit, tag, description, error))
    return 0;
  if (id != 0)
    {
      g_autoptr(GHashTable) old = as_loaner_store_load_unit (db, id, error);
      if (old == NULL)
        return 0;
      if (g_str_equal (unit->condition, "retired") && *get (old, "loan_id") != '\0')
        return AS_REFUSE (error, _("Loaner %s is out: it can be retired once it is back."), tag);
    }

  details = g_strdup_printf ("%s “%s”, serial “%s”, warehouse %" G_GINT64_FORMAT ", %s", tag,
                             description, serial, unit->warehouse_id, unit->condition);
  if (!as_database_begin (db, error))
    return 0;
  if (!write_unit (db, &saved, unit, tag, description, serial, error) ||
      !as_database_audit (db, "loaner_units", saved, id == 0 ? "insert" : "update", details,
                          error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return 0;
    }
  return saved;
}

/**
 * as_loaner_store_load_unit:
 *
 * Returns: (transfer full) (nullable): the unit, with its loan while out
 */
GHashTable *
as_loaner_store_load_unit (AsDatabase  *db,
                           gint64       id,
                           GError     **error)
{
  GHashTable *unit;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  unit = as_database_query_row (db, error,
                                "SELECT u.*, m.code AS model_code, w.name AS warehouse_name,"
                                " l.id AS loan_id, l.repair_id, c.name AS customer_name,"
                                " l.lent_at, l.due_date FROM loaner_units u"
                                " LEFT JOIN product_models m ON m.id = u.model_id"
                                " LEFT JOIN warehouses w ON w.id = u.warehouse_id"
                                " LEFT JOIN loaner_loans l ON l.loaner_id = u.id"
                                "  AND l.returned_at IS NULL"
                                " LEFT JOIN customers c ON c.id = l.customer_id"
                                " WHERE u.id = ?1", "i", id);
  if (unit == NULL && (error == NULL || *error == NULL))
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("That loaner unit does not exist any more."));
  return unit;
}

/**
 * as_loaner_store_load_loan:
 *
 * Returns: (transfer full) (nullable): the loan
 */
GHashTable *
as_loaner_store_load_loan (AsDatabase  *db,
                           gint64       loan_id,
                           GError     **error)
{
  GHashTable *loan;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  loan = as_database_query_row (db, error,
                                "SELECT l.*, u.tag, u.description, c.name AS customer_name"
                                " FROM loaner_loans l JOIN loaner_units u ON u.id = l.loaner_id"
                                " LEFT JOIN customers c ON c.id = l.customer_id"
                                " WHERE l.id = ?1", "i", loan_id);
  if (loan == NULL && (error == NULL || *error == NULL))
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("That loan does not exist any more."));
  return loan;
}

/**
 * as_loaner_store_lend:
 * @notes: (nullable): anything handed over with it
 *
 * Returns: the loan's id, or 0 with @error set and nothing written
 */
gint64
as_loaner_store_lend (AsDatabase  *db,
                      gint64       loaner_id,
                      gint64       repair_id,
                      const char  *due_date,
                      const char  *notes,
                      GError     **error)
{
  g_autoptr(GHashTable) unit = NULL;
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *now = NULL, *text = as_validate_strip (notes), *details = NULL;
  gint64 loan_id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if (!as_loaner_store_may (db, FALSE, error) ||
      (unit = as_loaner_store_load_unit (db, loaner_id, error)) == NULL)
    return 0;
  repair = as_database_query_row (db, error, "SELECT id, status, customer_id FROM repair_orders"
                                  " WHERE id = ?1", "i", repair_id);
  if (repair == NULL)
    return error && *error ? 0 : as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                                                     _("There is no repair number %lld."),
                                                     (long long) repair_id);
  if (!check_lendable (db, unit, repair, repair_id, due_date, error))
    return 0;

  now = as_database_now ();
  details = g_strdup_printf ("%s lent for repair %" G_GINT64_FORMAT ", due %s", get (unit, "tag"),
                             repair_id, due_date);
  if (!as_database_begin (db, error))
    return 0;
  if (!as_database_run (db, error, "INSERT INTO loaner_loans (loaner_id, repair_id, customer_id,"
                        " lent_at, lent_by, due_date, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        "iiisrss", loaner_id, repair_id, as_row_get_int (repair, "customer_id"),
                        now, as_database_get_actor (db), due_date, text))
    goto failed;
  loan_id = as_database_last_insert_id (db);
  if (!as_database_audit (db, "loaner_loans", loan_id, "insert", details, error) ||
      !as_database_commit (db, error))
    goto failed;
  as_database_notify_changed (db, "loaner_units");
  return loan_id;

failed:
  as_database_rollback (db);
  return 0;
}

/**
 * as_loaner_store_return:
 * @notes: (nullable): what was found on its return
 *
 * Returns: %FALSE with @error set when refused
 */
gboolean
as_loaner_store_return (AsDatabase  *db,
                        gint64       loan_id,
                        const char  *condition,
                        const char  *notes,
                        GError     **error)
{
  g_autoptr(GHashTable) loan = NULL;
  g_autofree char *now = NULL, *text = as_validate_strip (notes), *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!as_loaner_store_may (db, FALSE, error) ||
      (loan = as_loaner_store_load_loan (db, loan_id, error)) == NULL)
    return FALSE;
  if (*get (loan, "returned_at") != '\0')
    return AS_REFUSE (error, _("Loaner %s was already returned on %.10s."), get (loan, "tag"),
                      get (loan, "returned_at"));
  if (condition == NULL || !g_strv_contains (return_conditions, condition))
    return AS_REFUSE (error, _("Say in what condition the loaner came back."));

  now = as_database_now ();
  details = g_strdup_printf ("%s returned (repair %s), %s", get (loan, "tag"),
                             get (loan, "repair_id"), condition);
  if (!as_database_begin (db, error))
    return FALSE;
  if (!as_database_run (db, error, "UPDATE loaner_loans SET returned_at = ?2, returned_by = ?3,"
                        " return_condition = ?4, notes = CASE WHEN ?5 = '' THEN notes"
                        " WHEN notes = '' THEN ?5 ELSE notes || char(10) || ?5 END"
                        " WHERE id = ?1", "isrss", loan_id, now, as_database_get_actor (db),
                        condition, text) ||
      !as_database_run (db, error, "UPDATE loaner_units SET condition = ?2 WHERE id = ?1", "is",
                        as_row_get_int (loan, "loaner_id"), condition) ||
      !as_database_audit (db, "loaner_loans", loan_id, "update", details, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  as_database_notify_changed (db, "loaner_units");
  return TRUE;
}

/**
 * as_loaner_store_find_open_loan:
 * @tag: (out) (optional) (transfer full): the unit's inventory number
 *
 * Returns: the id of the loan still out for @repair_id, or 0
 */
gint64
as_loaner_store_find_open_loan (AsDatabase  *db,
                                gint64       repair_id,
                                char       **tag)
{
  g_autoptr(GHashTable) row = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  row = as_database_query_row (db, NULL, "SELECT l.id, u.tag FROM loaner_loans l"
                               " JOIN loaner_units u ON u.id = l.loaner_id"
                               " WHERE l.repair_id = ?1 AND l.returned_at IS NULL", "i",
                               repair_id);
  if (tag != NULL)
    *tag = row ? g_strdup (get (row, "tag")) : NULL;
  return row ? as_row_get_int (row, "id") : 0;
}

/**
 * as_loaner_store_propose_due:
 *
 * Returns: (transfer full): "YYYY-MM-DD"
 */
char *
as_loaner_store_propose_due (AsDatabase *db,
                             gint64      repair_id)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *today = as_database_today ();
  gint64 days;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  repair = as_database_query_row (db, NULL, "SELECT promised_date FROM repair_orders"
                                  " WHERE id = ?1", "i", repair_id);
  if (repair != NULL && is_date (get (repair, "promised_date")) &&
      g_strcmp0 (get (repair, "promised_date"), today) >= 0)
    return g_strdup (get (repair, "promised_date"));
  days = CLAMP (as_settings_get_int (db, LOAN_DAYS_KEY, 14), 1, 365);
  due = g_date_time_add_days (now, (int) days);
  return g_date_time_format (due, "%Y-%m-%d");
}
