/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The customer-care programme (seed "Plan de servicio postventa (3)"):
 * follow-up calls after service, visits to key customers, the customer
 * committee's meetings and seminars, mystery-shopper inspections and the
 * suggestion-form collection points. The simple records are kept through
 * the Directory's generic, validated save; the rest here, one transaction
 * with its audit row per write. The inspectors' identity leaves this store
 * only for the roles allowed to know it, and never reaches the audit log. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-care-private.h"
#include "as-care-store.h"
#include "as-labels.h"
#include "as-lists.h"
#include "as-validate.h"

#define N(array) G_N_ELEMENTS (array)

static const char *const call_outcomes[] = {
  "satisfied", "unsatisfied", "no_answer", "declined", NULL
};

/* --------------------------------------------------------------- entities */

static const AsField visit_fields[] = {
  { "customer_id", N_("Customer"), AS_FIELD_REFERENCE, TRUE, .reference = "customers" },
  { "planned_date", N_("Planned for"), AS_FIELD_DATE, TRUE },
  { "staff_id", N_("Visited by"), AS_FIELD_REFERENCE, .reference = "staff" },
  { "purpose", N_("Purpose"), AS_FIELD_TEXT },
  { "visited_on", N_("Visited on"), AS_FIELD_DATE },
  { "notes", N_("Opinions and suggestions"), AS_FIELD_LONG_TEXT },
};

static const char *const meeting_kinds[] = { "meeting", "seminar", NULL };

static const AsField meeting_fields[] = {
  { "held_on", N_("Date"), AS_FIELD_DATE, TRUE },
  { "kind", N_("Kind"), AS_FIELD_CHOICE, TRUE, .choices = meeting_kinds,
    .default_value = "meeting" },
  { "title", N_("Subject"), AS_FIELD_TEXT, TRUE },
  { "place", N_("Place"), AS_FIELD_TEXT },
  { "attendees", N_("Attendees"), AS_FIELD_LONG_TEXT },
  { "minutes", N_("Minutes"), AS_FIELD_LONG_TEXT },
};

static const AsField point_fields[] = {
  { "place", N_("Place"), AS_FIELD_TEXT, TRUE },
  { "address", N_("Address"), AS_FIELD_TEXT },
  { "branch_id", N_("Branch"), AS_FIELD_REFERENCE, .reference = "branches" },
  { "active", N_("Active"), AS_FIELD_BOOL, .default_value = "1" },
};

static const AsEntity visit_entity = {
  "customer_visits", N_("Key-customer visit"), N_("Key-customer visits"),
  "(SELECT name FROM customers c WHERE c.id = t.customer_id) || ', ' || t.planned_date",
  visit_fields, N (visit_fields), &as_visits_list, 0,
  N_("New Key-Customer Visit"), N_("Edit Key-Customer Visit"), N_("No visits planned"),
  N_("Plan regular visits to key customers with the Plan button."),
};

static const AsEntity meeting_entity = {
  "committee_meetings", N_("Committee meeting"), N_("Committee meetings"),
  "t.title", meeting_fields, N (meeting_fields), &as_meetings_list, 0,
  N_("New Committee Meeting"), N_("Edit Committee Meeting"), N_("No meetings yet"),
  N_("Record the customer committee's meetings and seminars with the Add button."),
};

static const AsEntity point_entity = {
  "suggestion_points", N_("Collection point"), N_("Collection points"),
  "t.place", point_fields, N (point_fields), &as_suggestion_points_list, 0,
  N_("New Collection Point"), N_("Edit Collection Point"), N_("No collection points"),
  N_("Add the places where customers find suggestion forms with the Add button."),
};

const AsEntity *
as_care_visit_entity (void)
{
  return &visit_entity;
}

const AsEntity *
as_care_meeting_entity (void)
{
  return &meeting_entity;
}

const AsEntity *
as_care_point_entity (void)
{
  return &point_entity;
}

/* ---------------------------------------------------------------- helpers */

static gboolean
finish (AsDatabase  *db,
        const char  *table,
        gint64       row_id,
        const char  *action,
        const char  *details,
        GError     **error)
{
  if (as_database_audit (db, table, row_id, action, details, error) &&
      as_database_commit (db, error))
    return TRUE;
  as_database_rollback (db);
  return FALSE;
}

/* A date typed by a person, in its stored form; refused with @field's name. */
static char *
resolve_date (const char  *text,
              const char  *field,
              GError     **error)
{
  char *date;

  if (as_validate_is_blank (text))
    {
      AS_REFUSE (error, _("%s: enter the date."), field);
      return NULL;
    }
  date = as_validate_date (text);
  if (date == NULL)
    AS_REFUSE (error, _("%s: “%s” is not a date (write it as 2026-03-31 or 31/03/2026)."), field,
               text);
  return date;
}

static gboolean
is_future (const char *date)
{
  g_autofree char *today = as_database_today ();

  return strcmp (date, today) > 0;
}

/* ---------------------------------------------------------- follow-up calls */

/**
 * as_care_store_schedule_followups:
 * @closed_since: (nullable): the first day of completion to cover
 * @n_scheduled: (out) (optional): how many calls were added
 *
 * Adds a follow-up call for every completed repair (closed, not cancelled)
 * that has none; a repair never gets two.
 */
gboolean
as_care_store_schedule_followups (AsDatabase  *db,
                                  const char  *closed_since,
                                  guint       *n_scheduled,
                                  GError     **error)
{
  g_autofree char *since = NULL;
  g_autofree char *details = NULL;
  g_autofree char *delay = g_strdup_printf ("+%d days", AS_FOLLOWUP_DELAY_DAYS);
  int changes;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (n_scheduled != NULL)
    *n_scheduled = 0;
  if (closed_since != NULL && (since = resolve_date (closed_since, _("Completed since"), error)) == NULL)
    return FALSE;
  if (!as_database_begin (db, error))
    return FALSE;
  /* closed_at >= '' covers every repair: dates compare as text. */
  if (!as_database_run (db, error,
                        "INSERT INTO followup_calls (repair_id, customer_id, due_date)"
                        " SELECT r.id, r.customer_id, date (r.closed_at, ?2) FROM repair_orders r"
                        " WHERE r.closed_at >= ?1 AND r.status = 'closed'"
                        " AND NOT EXISTS (SELECT 1 FROM followup_calls f WHERE f.repair_id = r.id)"
                        " ORDER BY r.closed_at", "ss", since ? since : "", delay))
    {
      as_database_rollback (db);
      return FALSE;
    }
  changes = sqlite3_changes (as_database_get_handle (db));
  details = g_strdup_printf ("scheduled %d follow-up calls for repairs completed since %s",
                             changes, since ? since : "the start");
  if (!finish (db, "followup_calls", 0, "insert", details, error))
    return FALSE;
  if (n_scheduled != NULL)
    *n_scheduled = (guint) changes;
  return TRUE;
}

/**
 * as_care_store_record_call:
 *
 * Records the outcome of a follow-up call, made now by the acting staff member.
 */
gboolean
as_care_store_record_call (AsDatabase  *db,
                           gint64       call_id,
                           const char  *outcome,
                           const char  *notes,
                           GError     **error)
{
  g_autoptr(GHashTable) call = NULL;
  g_autofree char *text = as_validate_strip (notes);
  g_autofree char *now = as_database_now ();
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (outcome == NULL || !g_strv_contains (call_outcomes, outcome))
    return AS_REFUSE (error, _("Outcome: choose how the call went."));
  if (g_str_equal (outcome, "unsatisfied") && *text == '\0')
    return AS_REFUSE (error, _("Notes: write what the customer is not satisfied with."));
  call = as_database_query_row (db, error, "SELECT outcome FROM followup_calls WHERE id = ?1", "i",
                                call_id);
  if (call == NULL)
    return error && *error ? FALSE
                           : as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                                                 _("There is no follow-up call number %lld."),
                                                 (long long) call_id);
  if (!as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("outcome: “%s” → “%s”; notes: “%s”",
                             (const char *) g_hash_table_lookup (call, "outcome"), outcome, text);
  if (!as_database_run (db, error,
                        "UPDATE followup_calls SET outcome = ?2, notes = ?3, called_at = ?4,"
                        " caller_id = ?5 WHERE id = ?1", "isssr",
                        call_id, outcome, text, now, as_database_get_actor (db)))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return finish (db, "followup_calls", call_id, "update", details, error);
}

/**
 * as_care_store_load_call:
 *
 * Returns: (transfer full) (nullable): the call's columns, with customer_name,
 *   customer_phone, repair_fault, repair_closed_at and model_label
 */
GHashTable *
as_care_store_load_call (AsDatabase  *db,
                         gint64       call_id,
                         GError     **error)
{
  GHashTable *row = as_database_query_row (db, error,
                                           "SELECT t.*, c.name AS customer_name,"
                                           " c.phone AS customer_phone, r.fault AS repair_fault,"
                                           " r.closed_at AS repair_closed_at,"
                                           " m.code || ' ' || m.name AS model_label"
                                           " FROM followup_calls t"
                                           " LEFT JOIN customers c ON c.id = t.customer_id"
                                           " LEFT JOIN repair_orders r ON r.id = t.repair_id"
                                           " LEFT JOIN product_models m ON m.id = r.model_id"
                                           " WHERE t.id = ?1", "i", call_id);

  if (row == NULL && (error == NULL || *error == NULL))
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("There is no follow-up call number %lld."), (long long) call_id);
  return row;
}

/* --------------------------------------------------------- key customers */

/**
 * as_care_store_plan_key_visits:
 * @n_planned: (out) (optional): how many visits were planned
 */
gboolean
as_care_store_plan_key_visits (AsDatabase  *db,
                               const char  *planned_date,
                               guint       *n_planned,
                               GError     **error)
{
  g_autofree char *date = NULL;
  g_autofree char *details = NULL;
  int changes;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (n_planned != NULL)
    *n_planned = 0;
  if ((date = resolve_date (planned_date, _("Planned for"), error)) == NULL)
    return FALSE;
  if (!as_database_begin (db, error))
    return FALSE;
  if (!as_database_run (db, error,
                        "INSERT INTO customer_visits (customer_id, planned_date, purpose)"
                        " SELECT c.id, ?1, ?2 FROM customers c WHERE c.key_customer = 1"
                        " AND NOT EXISTS (SELECT 1 FROM customer_visits v"
                        "  WHERE v.customer_id = c.id AND v.visited_on IS NULL)",
                        "ss", date, _("Regular visit: opinions and suggestions")))
    {
      as_database_rollback (db);
      return FALSE;
    }
  changes = sqlite3_changes (as_database_get_handle (db));
  details = g_strdup_printf ("planned %d key-customer visits on %s", changes, date);
  if (!finish (db, "customer_visits", 0, "insert", details, error))
    return FALSE;
  if (n_planned != NULL)
    *n_planned = (guint) changes;
  return TRUE;
}

/* ------------------------------------------------------------ inspections */

/**
 * as_care_store_may_see_inspectors:
 *
 * Whether the person using the program holds one of AS_INSPECTION_ROLES.
 * Unlike other rights, nobody may while nobody holds them: a secret is
 * not given away to set up a database.
 */
gboolean
as_care_store_may_see_inspectors (AsDatabase *db)
{
  g_autoptr(GHashTable) actor = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  actor = as_database_query_row (db, NULL, "SELECT roles, active FROM staff WHERE id = ?1", "i",
                                 as_database_get_actor (db));
  return actor != NULL && as_row_get_int (actor, "active") == 1 &&
         (as_row_get_int (actor, "roles") & AS_INSPECTION_ROLES) != 0;
}

/**
 * as_care_store_inspections_list:
 *
 * Returns: (transfer none): the inspections list the acting person may see:
 *   with the inspectors' names and searching them, or showing "Hidden"
 */
const AsListSpec *
as_care_store_inspections_list (AsDatabase *db)
{
  return as_care_store_may_see_inspectors (db) ? &as_inspections_list
                                               : &as_inspections_hidden_list;
}

static gboolean
check_inspection (AsDatabase         *db,
                  const AsInspection *inspection,
                  char              **out_date,
                  GError            **error)
{
  g_autoptr(GHashTable) inspector = NULL;

  if ((*out_date = resolve_date (inspection->inspected_on, _("Date"), error)) == NULL)
    return FALSE;
  if (is_future (*out_date))
    return AS_REFUSE (error, _("Date: an inspection cannot be recorded before it took place."));
  if (inspection->rating < 1 || inspection->rating > 4)
    return AS_REFUSE (error, _("Rating: choose from 1 (poor) to 4 (very good)."));
  if (as_validate_is_blank (inspection->findings))
    return AS_REFUSE (error, _("Findings: write what the inspector found."));
  if (inspection->inspector_id <= 0)
    return AS_REFUSE (error, _("Inspector: choose the staff member who inspected."));
  inspector = as_database_query_row (db, error, "SELECT id FROM staff WHERE id = ?1", "i",
                                     inspection->inspector_id);
  if (inspector == NULL)
    return error && *error ? FALSE : AS_REFUSE (error,
                                                _("Inspector: choose an existing staff member."));
  if (inspection->branch_id != 0)
    {
      g_autoptr(GHashTable) branch = as_database_query_row (db, error,
                                                            "SELECT id FROM branches WHERE id = ?1",
                                                            "i", inspection->branch_id);
      if (branch == NULL)
        return error && *error ? FALSE : AS_REFUSE (error, _("Branch: choose an existing branch."));
    }
  return TRUE;
}

static gboolean
write_inspection (AsDatabase         *db,
                  gint64              id,
                  const AsInspection *inspection,
                  const char         *date,
                  GError            **error)
{
  g_autofree char *subject = as_validate_strip (inspection->subject);
  g_autofree char *findings = as_validate_strip (inspection->findings);

  if (id == 0)
    return as_database_run (db, error,
                            "INSERT INTO mystery_inspections (inspected_on, branch_id,"
                            " inspector_id, subject, rating, findings, recorded_by)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", "srrsisr",
                            date, inspection->branch_id, inspection->inspector_id, subject,
                            (gint64) inspection->rating, findings, as_database_get_actor (db));
  return as_database_run (db, error,
                          "UPDATE mystery_inspections SET inspected_on = ?2, branch_id = ?3,"
                          " inspector_id = ?4, subject = ?5, rating = ?6, findings = ?7"
                          " WHERE id = ?1", "isrrsis",
                          id, date, inspection->branch_id, inspection->inspector_id, subject,
                          (gint64) inspection->rating, findings);
}

/**
 * as_care_store_save_inspection:
 * @id: the inspection to change, or 0 to add one
 *
 * Only AS_INSPECTION_ROLES record inspections. The audit row says what was
 * inspected and the rating, never who inspected.
 *
 * Returns: the inspection's id, or 0 with @error set
 */
gint64
as_care_store_save_inspection (AsDatabase         *db,
                               gint64              id,
                               const AsInspection *inspection,
                               GError            **error)
{
  g_autofree char *date = NULL;
  g_autofree char *details = NULL;
  gboolean is_new = id == 0;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (inspection != NULL, 0);

  if (!as_care_store_may_see_inspectors (db))
    {
      g_autofree char *roles = as_roles_to_string (AS_INSPECTION_ROLES);
      as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                          _("Mystery-shopper inspections are recorded only by: %s."), roles);
      return 0;
    }
  if (id > 0)
    {
      g_autoptr(GHashTable) row = as_database_query_row (db, error,
                                                         "SELECT id FROM mystery_inspections"
                                                         " WHERE id = ?1", "i", id);
      if (row == NULL)
        {
          if (error == NULL || *error == NULL)
            as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                                _("This record no longer exists; someone may have deleted it."));
          return 0;
        }
    }
  if (!check_inspection (db, inspection, &date, error) || !as_database_begin (db, error))
    return 0;
  if (!write_inspection (db, id, inspection, date, error))
    {
      as_database_rollback (db);
      return 0;
    }
  if (id == 0)
    id = as_database_last_insert_id (db);
  details = g_strdup_printf ("inspection of %s: rating %d (inspector not recorded here)", date,
                             inspection->rating);
  if (!finish (db, "mystery_inspections", id, is_new ? "insert" : "update", details, error))
    return 0;
  return id;
}

/**
 * as_care_store_load_inspection:
 *
 * Returns: (transfer full) (nullable): the inspection as the acting person
 *   may see it
 */
GHashTable *
as_care_store_load_inspection (AsDatabase  *db,
                               gint64       id,
                               GError     **error)
{
  GHashTable *row;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  row = as_database_query_row (db, error,
                               "SELECT t.*, b.name AS branch_name, s.name AS inspector_name"
                               " FROM mystery_inspections t"
                               " LEFT JOIN branches b ON b.id = t.branch_id"
                               " LEFT JOIN staff s ON s.id = t.inspector_id WHERE t.id = ?1",
                               "i", id);
  if (row == NULL)
    {
      if (error == NULL || *error == NULL)
        as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                            _("This record no longer exists; someone may have deleted it."));
      return NULL;
    }
  if (!as_care_store_may_see_inspectors (db))
    {
      g_hash_table_remove (row, "inspector_id");
      g_hash_table_remove (row, "inspector_name");
      g_hash_table_remove (row, "recorded_by");
      g_hash_table_insert (row, g_strdup ("inspector_hidden"), g_strdup ("1"));
    }
  return row;
}

/* ------------------------------------------------------- suggestion forms */

/**
 * as_care_store_record_collection:
 *
 * Records the suggestion forms collected at a point on a day, by the
 * acting staff member; one collection per point and day.
 *
 * Returns: the collection's id, or 0 with @error set
 */
gint64
as_care_store_record_collection (AsDatabase  *db,
                                 gint64       point_id,
                                 const char  *collected_on,
                                 gint64       forms,
                                 GError     **error)
{
  g_autoptr(GHashTable) point = NULL;
  g_autoptr(GHashTable) same_day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *details = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  point = as_database_query_row (db, error, "SELECT place, active FROM suggestion_points"
                                 " WHERE id = ?1", "i", point_id);
  if (point == NULL)
    {
      if (error == NULL || *error == NULL)
        AS_REFUSE (error, _("Choose the collection point."));
      return 0;
    }
  if ((date = resolve_date (collected_on, _("Collected on"), error)) == NULL)
    return 0;
  if (is_future (date))
    return AS_REFUSE (error, _("Collected on: the forms cannot be collected in the future.")), 0;
  if (forms < 0 || forms > 100000)
    return AS_REFUSE (error, _("Forms collected: enter how many forms were collected.")), 0;
  same_day = as_database_query_row (db, error, "SELECT id FROM suggestion_collections"
                                    " WHERE point_id = ?1 AND collected_on = ?2", "is",
                                    point_id, date);
  if (same_day != NULL)
    return AS_REFUSE (error, _("A collection at “%s” on %s is already recorded."),
                      (const char *) g_hash_table_lookup (point, "place"), date), 0;

  if (!as_database_begin (db, error))
    return 0;
  if (!as_database_run (db, error,
                        "INSERT INTO suggestion_collections (point_id, collected_on, forms,"
                        " collected_by) VALUES (?1, ?2, ?3, ?4)", "isir",
                        point_id, date, forms, as_database_get_actor (db)))
    {
      as_database_rollback (db);
      return 0;
    }
  id = as_database_last_insert_id (db);
  details = g_strdup_printf ("%" G_GINT64_FORMAT " forms at “%s” on %s", forms,
                             (const char *) g_hash_table_lookup (point, "place"), date);
  return finish (db, "suggestion_collections", id, "insert", details, error) ? id : 0;
}
