/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Returns and exchanges (seed "Cuarto"): a request is checked against its
 * product model's return or exchange window, counted from the unit's sale;
 * outside it, the request needs an override with a reason, kept with the
 * name of who made it. A manager then decides it once, with the refund or
 * the replacement unit. Every write is one transaction with its audit row. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-care-private.h"
#include "as-directory.h"
#include "as-labels.h"
#include "as-return-store.h"
#include "as-validate.h"

static const char *const kinds[] = { "return", "exchange", NULL };

/* ---------------------------------------------------------------- helpers */

static gboolean
is_kind (const char *kind)
{
  return kind != NULL && g_strv_contains (kinds, kind);
}

/* The requested time: "YYYY-MM-DD HH:MM:SS", now when not given. */
static char *
resolve_requested_at (const char  *requested_at,
                      GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *day = NULL;

  if (requested_at == NULL)
    return as_database_now ();
  text = as_validate_strip (requested_at);
  day = _as_care_date_part (text);
  if (strlen (text) == 19)
    {
      /* The time of day is checked too: it is stored and compared as text. */
      g_autoptr(GDateTime) moment = as_validate_timestamp (text);
      if (moment == NULL)
        g_clear_pointer (&day, g_free);
    }
  if (day == NULL || (strlen (text) != 10 && strlen (text) != 19))
    {
      AS_REFUSE (error, _("“%s” is not a date of request: write it as 2026-03-31."), text);
      return NULL;
    }
  if (strlen (text) == 10)
    return g_strdup_printf ("%s 00:00:00", day);
  return g_steal_pointer (&text);
}

/* The window check of a request: refused outside the window without an
 * override reason. Returns the override reason to keep ("" inside). */
static char *
check_window (const AsReturnRules   *rules,
              const AsReturnRequest *request,
              GError               **error)
{
  g_autofree char *reason = as_validate_strip (request->override_reason);
  int window = as_return_rules_window (rules, request->kind);

  if (rules->days_since_sale < 0)
    {
      AS_REFUSE (error, _("The request is dated before the unit was sold (%s)."), rules->sale_date);
      return NULL;
    }
  if (as_return_rules_in_window (rules, request->kind))
    return g_strdup ("");
  if (*reason == '\0')
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   g_str_equal (request->kind, "exchange")
                   ? _("Override reason: the unit was sold %d days ago, outside the %d-day "
                       "exchange window of its model; an exchange needs an override with its "
                       "reason.")
                   : _("Override reason: the unit was sold %d days ago, outside the %d-day "
                       "return window of its model; a return needs an override with its "
                       "reason."),
                   rules->days_since_sale, window);
      return NULL;
    }
  return g_steal_pointer (&reason);
}

static char *
describe_request (const AsReturnRequest *request,
                  const AsReturnRules   *rules,
                  const char            *override_reason)
{
  return g_strdup_printf ("%s of unit %s: %d days since sale, window %d days%s%s",
                          request->kind, rules->serial, rules->days_since_sale,
                          as_return_rules_window (rules, request->kind),
                          *override_reason ? "; override: " : "", override_reason);
}

static gboolean
insert_request (AsDatabase            *db,
                const AsReturnRequest *request,
                const AsReturnRules   *rules,
                const char            *reason,
                const char            *override_reason,
                const char            *requested_at,
                GError               **error)
{
  gint64 actor = as_database_get_actor (db);

  return as_database_run (db, error,
                          "INSERT INTO returns (unit_id, customer_id, kind, reason, decision,"
                          " requested_at, department_id, refund_cents, registered_by, window_days,"
                          " days_since_sale, override_reason, override_by, departments,"
                          " responsible_id)"
                          " VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?6, 0, ?7, ?8, ?9, ?10, ?11,"
                          " ?12, ?13)",
                          "irsssrriisrir",
                          rules->unit_id, rules->customer_id, request->kind, reason, requested_at,
                          request->department_id, actor,
                          (gint64) as_return_rules_window (rules, request->kind),
                          (gint64) rules->days_since_sale, override_reason,
                          *override_reason ? actor : (gint64) 0,
                          (gint64) (request->departments & AS_RETURN_DEPT_ALL),
                          request->responsible_id);
}

static gboolean
check_request (AsDatabase            *db,
               const AsReturnRequest *request,
               const char            *reason,
               GError               **error)
{
  if (request->unit_id <= 0)
    return AS_REFUSE (error, _("Unit: choose the unit returned or exchanged."));
  if (!is_kind (request->kind))
    return AS_REFUSE (error, _("Choose whether it is a return or an exchange."));
  if (*reason == '\0')
    return AS_REFUSE (error, _("Reason: say why the customer returns or exchanges the unit."));
  return as_database_check_reference (db, "SELECT id FROM departments WHERE id = ?1",
                                      request->department_id,
                                      _("Choose an existing responsible department."), error) &&
         as_database_check_reference (db, "SELECT id FROM staff WHERE id = ?1",
                                      request->responsible_id,
                                      _("Choose an existing responsible staff member."), error);
}

/* --------------------------------------------------------------- decision */

static gboolean
check_decision (AsDatabase  *db,
                GHashTable  *row,
                const char  *decision,
                gint64       refund_cents,
                gint64       replacement_unit_id,
                const char  *note,
                GError     **error)
{
  gboolean exchange = g_strcmp0 (g_hash_table_lookup (row, "kind"), "exchange") == 0;
  g_autoptr(GHashTable) used = NULL;

  if (g_strcmp0 (g_hash_table_lookup (row, "decision"), "pending") != 0)
    return AS_REFUSE (error, _("This request was already decided: it cannot be decided again."));
  if (g_strcmp0 (decision, "rejected") == 0)
    return *note != '\0' ? TRUE
                         : AS_REFUSE (error, _("Note: say why the request is rejected."));
  if (g_strcmp0 (decision, "accepted") != 0)
    return AS_REFUSE (error, _("Choose to accept or to reject the request."));
  if (refund_cents < 0)
    return AS_REFUSE (error, _("Refund: the amount cannot be negative."));
  if (!exchange)
    return refund_cents > 0 ? TRUE
                            : AS_REFUSE (error,
                                         _("Refund: enter the amount refunded to the customer."));
  if (replacement_unit_id <= 0)
    return AS_REFUSE (error, _("Replacement unit: choose the unit given in exchange."));
  if (replacement_unit_id == as_row_get_int (row, "unit_id"))
    return AS_REFUSE (error, _("Replacement unit: it must be another unit than the one returned."));
  if (!as_database_check_reference (db, "SELECT id FROM units WHERE id = ?1", replacement_unit_id,
                                    _("Replacement unit: choose an existing unit."), error))
    return FALSE;
  used = as_database_query_row (db, error,
                                "SELECT id FROM returns WHERE replacement_unit_id = ?1", "i",
                                replacement_unit_id);
  if (used != NULL)
    return AS_REFUSE (error, _("Replacement unit: it was already given in exchange no. %s."),
                      (const char *) g_hash_table_lookup (used, "id"));
  return error == NULL || *error == NULL;
}

/* ------------------------------------------------------------- public API */

void
as_return_rules_free (AsReturnRules *rules)
{
  if (rules == NULL)
    return;
  g_free (rules->serial);
  g_free (rules->model_label);
  g_free (rules->sale_date);
  g_free (rules->conditions);
  g_free (rules);
}

/**
 * as_return_store_get_rules:
 * @on_date: (nullable): the day of the request ("YYYY-MM-DD…"), %NULL for today
 *
 * Returns: (transfer full) (nullable): the unit's rules, or %NULL with @error
 *   set when there is no such unit
 */
AsReturnRules *
as_return_store_get_rules (AsDatabase  *db,
                           gint64       unit_id,
                           const char  *on_date,
                           GError     **error)
{
  g_autoptr(GHashTable) row = NULL;
  g_autofree char *today = as_database_today ();
  AsReturnRules *rules;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  row = as_database_query_row (db, error,
                               "SELECT u.id, u.serial, u.model_id, u.customer_id, u.sale_date,"
                               " m.code || ' ' || m.name AS model_label, m.return_days,"
                               " m.exchange_days, m.return_conditions"
                               " FROM units u JOIN product_models m ON m.id = u.model_id"
                               " WHERE u.id = ?1", "i", unit_id);
  if (row == NULL)
    {
      if (error == NULL || *error == NULL)
        as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                            _("There is no unit number %lld."), (long long) unit_id);
      return NULL;
    }
  rules = g_new0 (AsReturnRules, 1);
  rules->unit_id = unit_id;
  rules->model_id = as_row_get_int (row, "model_id");
  rules->customer_id = as_row_get_int (row, "customer_id");
  rules->serial = g_strdup (g_hash_table_lookup (row, "serial"));
  rules->model_label = g_strdup (g_hash_table_lookup (row, "model_label"));
  rules->sale_date = g_strdup (g_hash_table_lookup (row, "sale_date"));
  rules->return_days = (int) as_row_get_int (row, "return_days");
  rules->exchange_days = (int) as_row_get_int (row, "exchange_days");
  rules->conditions = g_strdup (g_hash_table_lookup (row, "return_conditions"));
  rules->days_since_sale = _as_care_days_between (rules->sale_date, on_date ? on_date : today);
  return rules;
}

/* Returns: the days of @kind's window ("return" or "exchange"). */
int
as_return_rules_window (const AsReturnRules *rules,
                        const char          *kind)
{
  g_return_val_if_fail (rules != NULL, 0);
  return g_strcmp0 (kind, "exchange") == 0 ? rules->exchange_days : rules->return_days;
}

/* Whether a request of @kind on the rules' day falls within its window;
 * the day of sale is day 0, the last day of the window still counts. */
gboolean
as_return_rules_in_window (const AsReturnRules *rules,
                           const char          *kind)
{
  g_return_val_if_fail (rules != NULL, FALSE);
  return rules->days_since_sale >= 0 &&
         rules->days_since_sale <= as_return_rules_window (rules, kind);
}

/**
 * as_return_store_register:
 *
 * Registers a pending return or exchange. A request outside the model's
 * window is refused unless @request carries an override reason; the override
 * and the acting staff member are kept with it.
 *
 * Returns: the new request's id, or 0 with @error set
 */
gint64
as_return_store_register (AsDatabase            *db,
                          const AsReturnRequest *request,
                          GError               **error)
{
  g_autofree char *reason = NULL;
  g_autofree char *requested_at = NULL;
  g_autofree char *override_reason = NULL;
  g_autofree char *details = NULL;
  g_autoptr(AsReturnRules) rules = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (request != NULL, 0);

  reason = as_validate_strip (request->reason);
  if (!check_request (db, request, reason, error) ||
      (requested_at = resolve_requested_at (request->requested_at, error)) == NULL ||
      (rules = as_return_store_get_rules (db, request->unit_id, requested_at, error)) == NULL ||
      (override_reason = check_window (rules, request, error)) == NULL)
    return 0;

  if (!as_database_begin (db, error))
    return 0;
  if (!insert_request (db, request, rules, reason, override_reason, requested_at, error))
    goto failed;
  id = as_database_last_insert_id (db);
  details = describe_request (request, rules, override_reason);
  if (!as_database_audit (db, "returns", id, "insert", details, error) ||
      !as_database_commit (db, error))
    goto failed;
  return id;

failed:
  as_database_rollback (db);
  return 0;
}

/* Whether the acting staff member is on record as no longer active. */
static gboolean
actor_is_inactive (AsDatabase *db)
{
  g_autoptr(GHashTable) actor = as_database_query_row (db, NULL,
                                                       "SELECT active FROM staff WHERE id = ?1",
                                                       "i", as_database_get_actor (db));

  return actor != NULL && as_row_get_int (actor, "active") == 0;
}

/**
 * as_return_store_may_decide:
 *
 * Whether the person using the program decides returns and exchanges: an
 * active manager (or anyone, as as_staff_may(), while nobody is one).
 */
gboolean
as_return_store_may_decide (AsDatabase *db)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  return as_staff_may (db, AS_RETURN_DECIDER_ROLES) && !actor_is_inactive (db);
}

/**
 * as_return_store_decide:
 * @refund_cents: for an accepted return, the amount refunded (more than 0)
 * @replacement_unit_id: for an accepted exchange, the unit given instead
 * @note: (nullable): why; required to reject
 */
gboolean
as_return_store_decide (AsDatabase  *db,
                        gint64       return_id,
                        const char  *decision,
                        gint64       refund_cents,
                        gint64       replacement_unit_id,
                        const char  *note,
                        GError     **error)
{
  g_autoptr(GHashTable) row = NULL;
  g_autofree char *text = as_validate_strip (note);
  g_autofree char *now = as_database_now ();
  g_autofree char *details = NULL;
  gboolean accepted = g_strcmp0 (decision, "accepted") == 0;
  gboolean exchange;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!as_return_store_may_decide (db))
    {
      g_autofree char *roles = as_roles_to_string (AS_RETURN_DECIDER_ROLES);
      return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                                 _("Returns and exchanges are decided by a manager (%s)."), roles);
    }
  row = as_database_query_row (db, error, "SELECT * FROM returns WHERE id = ?1", "i", return_id);
  if (row == NULL)
    return error && *error ? FALSE
                           : as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                                                 _("There is no return or exchange number %lld."),
                                                 (long long) return_id);
  if (!check_decision (db, row, decision, refund_cents, replacement_unit_id, text, error))
    return FALSE;
  exchange = g_strcmp0 (g_hash_table_lookup (row, "kind"), "exchange") == 0;

  if (!as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("decision: “pending” → “%s”%s%s", decision,
                             *text ? "; " : "", text);
  if (!as_database_run (db, error,
                        "UPDATE returns SET decision = ?2, refund_cents = ?3,"
                        " replacement_unit_id = ?4, decided_by = ?5, decided_at = ?6,"
                        " decision_note = ?7 WHERE id = ?1", "isirrss",
                        return_id, decision, accepted && !exchange ? refund_cents : (gint64) 0,
                        accepted && exchange ? replacement_unit_id : (gint64) 0,
                        as_database_get_actor (db), now, text) ||
      !as_database_audit (db, "returns", return_id, "update", details, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * as_return_store_load:
 *
 * Returns: (transfer full) (nullable): the request and the names it shows
 */
GHashTable *
as_return_store_load (AsDatabase  *db,
                      gint64       return_id,
                      GError     **error)
{
  GHashTable *row;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  row = as_database_query_row (db, error,
                               "SELECT t.*, u.serial, u.sale_date,"
                               " m.code || ' ' || m.name AS model_label, m.return_conditions,"
                               " c.name AS customer_name, d.name AS department_name,"
                               " rs.name AS responsible_name, rb.name AS registered_by_name,"
                               " ob.name AS override_by_name, db.name AS decided_by_name,"
                               " ru.serial AS replacement_serial"
                               " FROM returns t"
                               " LEFT JOIN units u ON u.id = t.unit_id"
                               " LEFT JOIN product_models m ON m.id = u.model_id"
                               " LEFT JOIN customers c ON c.id = t.customer_id"
                               " LEFT JOIN departments d ON d.id = t.department_id"
                               " LEFT JOIN staff rs ON rs.id = t.responsible_id"
                               " LEFT JOIN staff rb ON rb.id = t.registered_by"
                               " LEFT JOIN staff ob ON ob.id = t.override_by"
                               " LEFT JOIN staff db ON db.id = t.decided_by"
                               " LEFT JOIN units ru ON ru.id = t.replacement_unit_id"
                               " WHERE t.id = ?1", "i", return_id);
  if (row == NULL && (error == NULL || *error == NULL))
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("There is no return or exchange number %lld."), (long long) return_id);
  return row;
}

/**
 * as_return_departments_to_string:
 *
 * Returns: (transfer full): the departments of @departments, translated and
 *   comma-separated, or "" for none
 */
char *
as_return_departments_to_string (guint departments)
{
  static const char *const names[] = {
    N_("Warehouse"), N_("Transport"), N_("Finance"), N_("Production"),
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (departments & (1u << i))
      g_string_append_printf (text, "%s%s", text->len ? ", " : "", _(names[i]));
  return g_string_free (text, FALSE);
}
