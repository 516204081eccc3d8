/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The complaint store: intake of every call, letter, e-mail, visit, form or
 * survey remark; its routing, deadline, escalation and oversight. Each write
 * checks what the procedure allows, then writes its changes, a
 * complaint_history row and an audit row in one transaction. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-complaint-private.h"
#include "as-complaint-store.h"
#include "as-directory.h"
#include "as-settings.h"
#include "as-types.h"
#include "as-validate.h"

/* ------------------------------------------------------------- intake */

typedef struct
{
  gint64  customer_id;
  gint64  unit_id;
  gint64  model_id;
  gint64  received_by;
  gint64  department_id;
  gint64  handler_id;
  gint64  survey_id;
  gint64  repeat_of;
  char   *channel;
  char   *kind;
  char   *category;
  char   *subject;
  char   *description;
  char   *received_at;
  char   *priority;
  char   *retailer;
  char   *due_at;
  const char *level;
  gboolean urgent;
  gboolean serious;
} Intake;

static void
intake_clear (Intake *in)
{
  g_free (in->channel);
  g_free (in->kind);
  g_free (in->category);
  g_free (in->subject);
  g_free (in->description);
  g_free (in->received_at);
  g_free (in->priority);
  g_free (in->retailer);
  g_free (in->due_at);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Intake, intake_clear)

static gboolean
resolve_codes (const AsComplaintRequest *request,
               Intake                   *in,
               GError                  **error)
{
  in->channel = as_validate_strip (request->channel ? request->channel
                                   : request->survey_id ? "survey" : "phone");
  if (!g_strv_contains (as_complaint_channels (), in->channel))
    return AS_REFUSE (error, _("Unknown channel “%s”: use phone, hotline, e-mail, letter, visit, "
                               "suggestion form or survey."), in->channel);
  in->kind = as_validate_strip (request->kind ? request->kind : "complaint");
  if (!g_strv_contains (as_complaint_kinds (), in->kind))
    return AS_REFUSE (error, _("Unknown kind “%s”: use consultation, opinion, complaint or "
                               "suggestion."), in->kind);
  in->category = as_validate_strip (request->category ? request->category
                                    : AS_COMPLAINT_CATEGORY_OTHER);
  if (!g_strv_contains (as_complaint_categories (), in->category))
    return AS_REFUSE (error, _("Unknown subject category “%s”."), in->category);
  if (!as_validate_is_blank (request->priority))
    {
      in->priority = as_validate_strip (request->priority);
      if (!g_strv_contains (as_complaint_priorities (), in->priority))
        return AS_REFUSE (error, _("Unknown priority matter “%s”: use major product problem, "
                                   "crisis, media exposure or legal proceedings."), in->priority);
    }
  in->subject = as_validate_strip (request->subject);
  if (*in->subject == '\0')
    return AS_REFUSE (error, _("Write the subject: what the contact is about, in a few words."));
  if (g_utf8_strlen (in->subject, -1) > 200)
    return AS_REFUSE (error, _("The subject is too long: keep it under 200 characters and put "
                               "the details in the description."));
  in->description = as_validate_strip (request->description);
  in->urgent = request->urgent;
  in->serious = request->serious;
  return TRUE;
}

/* The unit, its model and (when the customer is not given) its owner. */
static gboolean
resolve_unit (AsDatabase               *db,
              const AsComplaintRequest *request,
              Intake                   *in,
              GError                  **error)
{
  g_autoptr(GHashTable) unit = NULL;

  in->customer_id = request->customer_id;
  in->model_id = request->model_id;
  if (request->unit_id != 0)
    {
      unit = as_database_query_row (db, error, "SELECT * FROM units WHERE id = ?1", "i",
                                    request->unit_id);
      if (unit == NULL)
        return error && *error ? FALSE : AS_REFUSE (error, _("The unit chosen does not exist."));
      in->unit_id = request->unit_id;
      if (in->model_id != 0 && in->model_id != as_row_get_int (unit, "model_id"))
        return AS_REFUSE (error, _("The unit chosen is of another product model."));
      in->model_id = as_row_get_int (unit, "model_id");
      if (in->customer_id == 0)
        in->customer_id = as_row_get_int (unit, "customer_id");
    }
  in->retailer = as_validate_strip (!as_validate_is_blank (request->retailer) ? request->retailer
                                    : unit ? g_hash_table_lookup (unit, "retailer") : "");
  if (g_str_equal (in->category, AS_COMPLAINT_CATEGORY_RETAILER) && *in->retailer == '\0')
    return AS_REFUSE (error, _("Name the retailer or intermediary the complaint is about."));
  return TRUE;
}

static gboolean
resolve_references (AsDatabase               *db,
                    const AsComplaintRequest *request,
                    Intake                   *in,
                    GError                  **error)
{
  in->survey_id = request->survey_id;
  return as_database_check_reference (db, "SELECT id FROM customers WHERE id = ?1", in->customer_id,
                                      _("The customer chosen does not exist."), error) &&
         as_database_check_reference (db, "SELECT id FROM product_models WHERE id = ?1",
                                      in->model_id, _("Choose an existing product model."),
                                      error) &&
         as_database_check_reference (db, "SELECT id FROM surveys WHERE id = ?1", in->survey_id,
                                      _("The satisfaction survey does not exist."), error);
}

/* Hotline staff answer for what they accept, separately from the after-sales
 * department: nobody of that department (by department, or by the service
 * department role) accepts a hotline contact. */
static gboolean
check_hotline_receiver (AsDatabase  *db,
                        gint64       staff_id,
                        GError     **error)
{
  g_autoptr(GHashTable) staff = NULL;
  const char *name, *department;

  if (staff_id == 0)
    return AS_REFUSE (error, _("Name the hotline staff member who accepted the contact."));
  staff = as_database_query_row (db, error,
                                 "SELECT s.name, s.roles, d.name AS department, d.kind"
                                 " FROM staff s LEFT JOIN departments d ON d.id = s.department_id"
                                 " WHERE s.id = ?1", "i", staff_id);
  if (staff == NULL)
    return error && *error ? FALSE : AS_REFUSE (error, _("The staff member who accepted the "
                                                         "contact is unknown."));
  name = g_hash_table_lookup (staff, "name");
  department = g_hash_table_lookup (staff, "department");
  if (g_strcmp0 (g_hash_table_lookup (staff, "kind"), "after_sales") == 0)
    return AS_REFUSE (error, _("%s works in the after-sales department (%s): a hotline contact "
                               "must be accepted by hotline staff outside that department, who "
                               "answer for it separately."), name, department);
  if ((as_row_get_int (staff, "roles") & AS_ROLE_SERVICE_DEPT) != 0)
    return AS_REFUSE (error, _("%s belongs to the after-sales service department: a hotline "
                               "contact must be accepted by hotline staff outside that department, "
                               "who answer for it separately."), name);
  return TRUE;
}

static gboolean
resolve_staff (AsDatabase               *db,
               const AsComplaintRequest *request,
               Intake                   *in,
               GError                  **error)
{
  in->received_by = request->received_by ? request->received_by : as_database_get_actor (db);
  if (g_str_equal (in->channel, "hotline"))
    {
      if (!check_hotline_receiver (db, in->received_by, error))
        return FALSE;
    }
  else if (!as_database_check_reference (db, "SELECT id FROM staff WHERE id = ?1", in->received_by,
                                         _("The staff member who received the contact is unknown."),
                                         error))
    return FALSE;
  in->handler_id = request->handler_id;
  if (!as_database_check_reference (db, "SELECT id FROM staff WHERE id = ?1 AND active = 1",
                                    in->handler_id,
                                    _("The handler chosen does not exist or is no longer active."),
                                    error))
    return FALSE;
  in->department_id = request->department_id ? request->department_id
                                             : _as_complaint_route (db, in->category);
  return as_database_check_reference (db, "SELECT id FROM departments WHERE id = ?1",
                                      in->department_id, _("Choose an existing department."),
                                      error);
}

/* A little ahead of the clock is allowed: the time is often typed rounded up. */
static gboolean
is_in_future (GDateTime *time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_difference (time, now) > 15 * G_TIME_SPAN_MINUTE;
}

static gboolean
resolve_times (AsDatabase               *db,
               const AsComplaintRequest *request,
               Intake                   *in,
               GError                  **error)
{
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) due = NULL;

  in->received_at = request->received_at ? as_validate_strip (request->received_at)
                                          : as_database_now ();
  received = as_validate_timestamp (in->received_at);
  if (received == NULL)
    return AS_REFUSE (error, _("“%s” is not a time of contact: write it as 2026-03-31 09:30:00."),
                      in->received_at);
  if (is_in_future (received))
    return AS_REFUSE (error, _("The contact cannot have been received at %s: that time has not "
                               "come yet."), in->received_at);
  if (as_validate_is_blank (request->due_at))
    {
      in->due_at = _as_complaint_due_time (db, received, in->urgent);
      return TRUE;
    }
  in->due_at = as_validate_strip (request->due_at);
  due = as_validate_timestamp (in->due_at);
  if (due == NULL)
    return AS_REFUSE (error, _("“%s” is not a time for the answer: write it as 2026-03-31 "
                               "18:00:00."), in->due_at);
  if (g_date_time_compare (due, received) < 0)
    return AS_REFUSE (error, _("The answer cannot be due before the contact was received."));
  return TRUE;
}

/* An earlier complaint of the same customer on the same matter (the same
 * unit, or the same subject category) within the window makes a repeat. */
static void
find_repeat (AsDatabase *db,
             Intake     *in)
{
  g_autoptr(GDateTime) received = as_validate_timestamp (in->received_at);
  g_autoptr(GDateTime) since = NULL;
  g_autoptr(GHashTable) row = NULL;
  g_autofree char *since_text = NULL;
  gboolean is_other = g_str_equal (in->category, AS_COMPLAINT_CATEGORY_OTHER);

  if (in->customer_id == 0 || !g_str_equal (in->kind, "complaint"))
    return;
  since = g_date_time_add_days (received, -(int) as_settings_get_int (
                                  db, AS_SETTING_COMPLAINT_REPEAT_DAYS, 90));
  since_text = _as_complaint_format_time (since);
  row = as_database_query_row (db, NULL,
                               "SELECT id FROM complaints WHERE customer_id = ?1"
                               " AND +kind = 'complaint' AND received_at BETWEEN ?2 AND ?3"
                               " AND ((?4 = 0 AND category = ?5) OR unit_id = ?6)"
                               " ORDER BY received_at DESC LIMIT 1", "issisr",
                               in->customer_id, since_text, in->received_at,
                               (gint64) is_other, in->category, in->unit_id);
  if (row != NULL)
    in->repeat_of = as_row_get_int (row, "id");
}

static gint64
insert_complaint (AsDatabase  *db,
                  Intake      *in,
                  GError     **error)
{
  gboolean escalated = g_strcmp0 (in->level, "service") != 0;

  if (!as_database_run (db, error,
                        "INSERT INTO complaints (received_at, channel, kind, customer_id,"
                        " unit_id, model_id, category, subject, description, received_by, urgent,"
                        " department_id, handler_id, status, due_at, retailer, survey_id,"
                        " priority, serious, level, escalated_at, repeat_of)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                        " ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
                        "sssrrrsssrirrsssrsissr",
                        in->received_at, in->channel, in->kind, in->customer_id, in->unit_id,
                        in->model_id, in->category, in->subject, in->description,
                        in->received_by, (gint64) in->urgent, in->department_id,
                        in->handler_id, in->handler_id ? "in_progress" : "open", in->due_at,
                        in->retailer, in->survey_id, in->priority, (gint64) in->serious,
                        in->level, escalated ? in->received_at : NULL, in->repeat_of))
    return 0;
  return as_database_last_insert_id (db);
}

/* ------------------------------------------------------------ history */

/* One line of the complaint's history, by the acting staff member, now. */
static gboolean
add_history (AsDatabase  *db,
             gint64       complaint_id,
             const char  *action,
             gint64       department_id,
             gint64       handler_id,
             const char  *status,
             const char  *level,
             const char  *note,
             GError     **error)
{
  g_autofree char *at = as_database_now ();

  if (!as_database_run (db, error,
                        "INSERT INTO complaint_history (complaint_id, at, staff_id, action,"
                        " department_id, handler_id, status, level, note)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", "isrsrrsss",
                        complaint_id, at, as_database_get_actor (db), action, department_id,
                        handler_id, status, level, note ? note : ""))
    return FALSE;
  as_database_notify_changed (db, "complaint_history");
  return TRUE;
}

static gboolean
record_intake (AsDatabase  *db,
               gint64       id,
               Intake      *in,
               GError     **error)
{
  g_autofree char *details = g_strdup_printf ("%s %s via %s: %s", in->kind, in->category,
                                              in->channel, in->subject);
  g_autofree char *repeat = NULL;

  if (!add_history (db, id, "registered", in->department_id, in->handler_id,
                    in->handler_id ? "in_progress" : "open", "service", NULL, error))
    return FALSE;
  if (in->serious &&
      !add_history (db, id, "escalated", 0, 0, NULL, "deputy_gm",
                    _("A serious matter: for review by the deputy general manager."), error))
    return FALSE;
  if (in->repeat_of != 0)
    {
      repeat = g_strdup_printf (_("Repeated complaint on the same matter as no. %lld."),
                                (long long) in->repeat_of);
      if (!add_history (db, id, "escalated", 0, 0, NULL, in->level, repeat, error))
        return FALSE;
    }
  return as_database_audit (db, "complaints", id, "insert", details, error);
}

/* ------------------------------------------------------------- public API */

/**
 * as_complaint_store_register:
 *
 * Returns: the new complaint's id, or 0 with @error set
 */
gint64
as_complaint_store_register (AsDatabase                *db,
                             const AsComplaintRequest  *request,
                             GError                   **error)
{
  g_auto(Intake) in = { 0 };
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (request != NULL, 0);

  if (!resolve_codes (request, &in, error) || !resolve_unit (db, request, &in, error) ||
      !resolve_references (db, request, &in, error) || !resolve_staff (db, request, &in, error) ||
      !resolve_times (db, request, &in, error))
    return 0;
  find_repeat (db, &in);
  in.level = in.serious ? "deputy_gm" : in.repeat_of ? "case_management" : "service";
  if (!as_database_begin (db, error))
    return 0;
  id = insert_complaint (db, &in, error);
  if (id == 0 || !record_intake (db, id, &in, error) || !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return 0;
    }
  return id;
}

/* ----------------------------------------------------------- handling */

static gboolean
is_waiting (GHashTable *complaint)
{
  return g_strcmp0 (as_row_get (complaint, "status"), "open") == 0 ||
         g_strcmp0 (as_row_get (complaint, "status"), "in_progress") == 0;
}

static int
level_rank (const char *level)
{
  const char *const *levels = as_complaint_levels ();

  for (int i = 0; level != NULL && levels[i] != NULL; i++)
    if (g_str_equal (levels[i], level))
      return i;
  return -1;
}

static GHashTable *
load_row (AsDatabase  *db,
          gint64       id,
          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *row = as_database_query_row (db, &local_error,
                                           "SELECT * FROM complaints WHERE id = ?1", "i", id);

  if (row == NULL && local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (row == NULL)
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("There is no complaint number %lld."), (long long) id);
  return row;
}

/* The complaint, refused unless it still waits for its answer. */
static GHashTable *
load_waiting (AsDatabase  *db,
              gint64       id,
              GError     **error)
{
  GHashTable *row = load_row (db, id, error);

  if (row != NULL && !is_waiting (row))
    {
      AS_REFUSE (error, g_strcmp0 (as_row_get (row, "status"), "closed") == 0
                        ? _("Complaint %lld is closed: it cannot change any more.")
                        : _("Complaint %lld has been answered: record whether the customer is "
                            "satisfied first."), (long long) id);
      g_hash_table_unref (row);
      return NULL;
    }
  return row;
}

/* Handling: the service department, supervisors, managers, the deputy
 * general manager, or the complaint's own handler. */
#define HANDLING_ROLES (AS_ROLE_SERVICE_DEPT | AS_MANAGER_ROLES | AS_ROLE_DEPUTY_GM)

static gboolean
check_handler (AsDatabase  *db,
               GHashTable  *complaint,
               GError     **error)
{
  gint64 actor = as_database_get_actor (db);

  if (actor != 0 && actor == as_row_get_int (complaint, "handler_id"))
    return TRUE;
  return as_staff_require (db, HANDLING_ROLES, _("the handling of complaints"), error);
}

/* The change, its history line, the audit row and the commit; rolled back
 * when any fails. */
static gboolean
apply (AsDatabase  *db,
       gint64       id,
       const char  *action,
       gint64       department_id,
       gint64       handler_id,
       const char  *status,
       const char  *level,
       const char  *note,
       const char  *details,
       GError     **error,
       const char  *sql,
       const char  *types,
       ...)
{
  gboolean done;
  va_list args;

  if (!as_database_begin (db, error))
    return FALSE;
  va_start (args, types);
  done = as_database_run_valist (db, error, sql, types, args);
  va_end (args);
  if (!done ||
      !add_history (db, id, action, department_id, handler_id, status, level, note, error) ||
      !as_database_audit (db, "complaints", id, "update", details, error) ||
      !as_database_commit (db, error))
    goto failed;
  return TRUE;

failed:
  as_database_rollback (db);
  return FALSE;
}

static gboolean
check_staff (AsDatabase  *db,
             gint64       staff_id,
             GError     **error)
{
  return as_database_check_reference (db, "SELECT id FROM staff WHERE id = ?1 AND active = 1",
                                      staff_id,
                                      _("The staff member chosen does not exist or is no longer "
                                        "active."),
                                      error);
}

/**
 * as_complaint_store_assign:
 * @department_id: the department now responsible for handling it; 0 keeps it
 * @handler_id: the staff member who handles it; 0 keeps the current one
 * @note: (nullable): why
 *
 * Reassigns a waiting complaint; a handler puts it in progress.
 */
gboolean
as_complaint_store_assign (AsDatabase  *db,
                           gint64       id,
                           gint64       department_id,
                           gint64       handler_id,
                           const char  *note,
                           GError     **error)
{
  g_autoptr(GHashTable) complaint = NULL;
  g_autofree char *details = NULL;
  gint64 new_department, new_handler;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((complaint = load_waiting (db, id, error)) == NULL || !check_handler (db, complaint, error))
    return FALSE;
  if (department_id == 0 && handler_id == 0)
    return AS_REFUSE (error, _("Choose the department or the handler the complaint goes to."));
  if (!as_database_check_reference (db, "SELECT id FROM departments WHERE id = ?1", department_id,
                                    _("Choose an existing department."), error) ||
      !check_staff (db, handler_id, error))
    return FALSE;
  new_department = department_id ? department_id : as_row_get_int (complaint, "department_id");
  new_handler = handler_id ? handler_id : as_row_get_int (complaint, "handler_id");
  if (new_department == as_row_get_int (complaint, "department_id") &&
      new_handler == as_row_get_int (complaint, "handler_id"))
    return AS_REFUSE (error, _("Complaint %lld is already with that department and handler."),
                      (long long) id);
  details = g_strdup_printf ("assigned: department %lld, handler %lld", (long long) new_department,
                             (long long) new_handler);
  return apply (db, id, "assigned", new_department, new_handler,
                new_handler ? "in_progress" : "open", NULL, note, details, error,
                "UPDATE complaints SET department_id = ?2, handler_id = ?3, status = ?4"
                " WHERE id = ?1", "irrs", id, new_department, new_handler,
                new_handler ? "in_progress" : "open");
}

/**
 * as_complaint_store_escalate:
 * @level: "case_management" or "deputy_gm", above the current level
 *
 * Sends a waiting complaint up, to case management or to the deputy
 * general manager (a serious matter), with the reason in its history.
 */
gboolean
as_complaint_store_escalate (AsDatabase  *db,
                             gint64       id,
                             const char  *level,
                             const char  *reason,
                             GError     **error)
{
  g_autoptr(GHashTable) complaint = NULL;
  g_autofree char *now = as_database_now ();
  g_autofree char *details = NULL;
  g_autofree char *why = as_validate_strip (reason);

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((complaint = load_waiting (db, id, error)) == NULL || !check_handler (db, complaint, error))
    return FALSE;
  if (level_rank (level) <= 0)
    return AS_REFUSE (error, _("A complaint is escalated to case management or to the deputy "
                               "general manager."));
  if (level_rank (level) <= level_rank (as_row_get (complaint, "level")))
    return AS_REFUSE (error, _("Complaint %lld is already at that level or above."),
                      (long long) id);
  if (*why == '\0')
    return AS_REFUSE (error, _("Write why the complaint is escalated."));
  details = g_strdup_printf ("level: %s → %s", as_row_get (complaint, "level"), level);
  return apply (db, id, "escalated", 0, 0, NULL, level, why, details, error,
                "UPDATE complaints SET level = ?2, escalated_at = ?3,"
                " serious = serious OR ?2 = 'deputy_gm' WHERE id = ?1", "iss", id, level, now);
}

/**
 * as_complaint_store_classify:
 * @priority: (nullable): the priority matter, or %NULL for none
 *
 * Marks a waiting complaint urgent and puts it on (or takes it off) the
 * priority list.
 */
gboolean
as_complaint_store_classify (AsDatabase  *db,
                             gint64       id,
                             gboolean     urgent,
                             const char  *priority,
                             GError     **error)
{
  g_autoptr(GHashTable) complaint = NULL;
  g_autofree char *details = NULL;
  g_autofree char *note = NULL;
  const char *matter = as_validate_is_blank (priority) ? NULL : priority;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((complaint = load_waiting (db, id, error)) == NULL || !check_handler (db, complaint, error))
    return FALSE;
  if (matter != NULL && !g_strv_contains (as_complaint_priorities (), matter))
    return AS_REFUSE (error, _("Unknown priority matter “%s”: use major product problem, crisis, "
                               "media exposure or legal proceedings."), matter);
  details = g_strdup_printf ("urgent: %d; priority: %s", urgent, matter ? matter : "none");
  note = g_strdup (matter ? matter : "");
  return apply (db, id, urgent ? "marked_urgent" : "classified", 0, 0, NULL, NULL, note, details,
                error, "UPDATE complaints SET urgent = ?2, priority = ?3 WHERE id = ?1", "iis",
                id, (gint64) urgent, matter);
}

/**
 * as_complaint_store_set_due:
 *
 * Only managers move a response deadline: the late flag must mean something.
 */
gboolean
as_complaint_store_set_due (AsDatabase  *db,
                            gint64       id,
                            const char  *due_at,
                            const char  *reason,
                            GError     **error)
{
  g_autoptr(GHashTable) complaint = NULL;
  g_autoptr(GDateTime) due = as_validate_timestamp (due_at);
  g_autofree char *details = NULL;
  g_autofree char *why = as_validate_strip (reason);

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((complaint = load_waiting (db, id, error)) == NULL ||
      !as_staff_require (db, AS_MANAGER_ROLES | AS_ROLE_DEPUTY_GM,
                         _("the response deadline of a complaint"), error))
    return FALSE;
  if (due == NULL)
    return AS_REFUSE (error, _("“%s” is not a time for the answer: write it as 2026-03-31 "
                               "18:00:00."), due_at ? due_at : "");
  if (g_strcmp0 (due_at, as_row_get (complaint, "received_at")) < 0)
    return AS_REFUSE (error, _("The answer cannot be due before the contact was received."));
  if (*why == '\0')
    return AS_REFUSE (error, _("Write why the response deadline changes."));
  details = g_strdup_printf ("due: %s → %s", as_row_get (complaint, "due_at"), due_at);
  return apply (db, id, "due_changed", 0, 0, NULL, NULL, why, details, error,
                "UPDATE complaints SET due_at = ?2 WHERE id = ?1", "is", id, due_at);
}

/**
 * as_complaint_store_review:
 *
 * The deputy general manager's review of a serious complaint.
 */
gboolean
as_complaint_store_review (AsDatabase  *db,
                           gint64       id,
                           const char  *notes,
                           GError     **error)
{
  g_autoptr(GHashTable) complaint = NULL;
  g_autofree char *now = as_database_now ();
  g_autofree char *text = as_validate_strip (notes);

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((complaint = load_row (db, id, error)) == NULL)
    return FALSE;
  if (!as_staff_has_role (db, as_database_get_actor (db), AS_ROLE_DEPUTY_GM))
    return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                               _("Only the deputy general manager reviews serious complaints."));
  if (g_strcmp0 (as_row_get (complaint, "level"), "deputy_gm") != 0)
    return AS_REFUSE (error, _("Complaint %lld was not sent to the deputy general manager."),
                      (long long) id);
  if (as_row_get (complaint, "reviewed_at") != NULL)
    return AS_REFUSE (error, _("Complaint %lld has already been reviewed."), (long long) id);
  if (*text == '\0')
    return AS_REFUSE (error, _("Write the review: what is to be done."));
  return apply (db, id, "reviewed", 0, 0, NULL, NULL, text, "reviewed", error,
                "UPDATE complaints SET reviewed_by = ?2, reviewed_at = ?3, review_notes = ?4"
                " WHERE id = ?1", "iiss", id, as_database_get_actor (db), now, text);
}

/**
 * as_complaint_store_answer:
 * @way: "phone" or "writing"
 * @answered_at: (nullable): "YYYY-MM-DD HH:MM:SS", %NULL for now
 *
 * Records the result reported back to the customer. A serious complaint is
 * answered after the deputy general manager's review.
 */
gboolean
as_complaint_store_answer (AsDatabase  *db,
                           gint64       id,
                           const char  *answer,
                           const char  *way,
                           const char  *answered_at,
                           GError     **error)
{
  g_autoptr(GHashTable) complaint = NULL;
  g_autofree char *text = as_validate_strip (answer);
  g_autofree char *at = answered_at ? as_validate_strip (answered_at) : as_database_now ();
  g_autoptr(GDateTime) when = as_validate_timestamp (at);
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((complaint = load_waiting (db, id, error)) == NULL || !check_handler (db, complaint, error))
    return FALSE;
  if (*text == '\0')
    return AS_REFUSE (error, _("Write the answer given to the customer."));
  if (g_strcmp0 (way, "phone") != 0 && g_strcmp0 (way, "writing") != 0)
    return AS_REFUSE (error, _("Say how the customer was answered: by phone or in writing."));
  if (when == NULL)
    return AS_REFUSE (error, _("“%s” is not a time of answer: write it as 2026-03-31 18:00:00."),
                      at);
  if (strcmp (at, as_row_get (complaint, "received_at")) < 0)
    return AS_REFUSE (error, _("The answer cannot come before the contact was received."));
  if (g_strcmp0 (as_row_get (complaint, "level"), "deputy_gm") == 0 &&
      !as_row_get (complaint, "reviewed_at"))
    return AS_REFUSE (error, _("Complaint %lld is a serious matter: the deputy general manager "
                               "reviews it before the customer is answered."), (long long) id);
  details = g_strdup_printf ("answered by %s at %s", way, at);
  return apply (db, id, "answered", 0, 0, "answered", NULL, text, details, error,
                "UPDATE complaints SET status = 'answered', answer = ?2, answer_channel = ?3,"
                " answered_at = ?4, answered_by = ?5, satisfied = NULL WHERE id = ?1",
                "isssr", id, text, way, at, as_database_get_actor (db));
}

/**
 * as_complaint_store_record_outcome:
 * @satisfied: what the customer said of the answer
 *
 * A satisfied customer closes the complaint; one still not satisfied sends
 * it back in progress, escalated to case management, with a new deadline.
 */
gboolean
as_complaint_store_record_outcome (AsDatabase  *db,
                                  gint64       id,
                                  gboolean     satisfied,
                                  const char  *note,
                                  GError     **error)
{
  g_autoptr(GHashTable) complaint = NULL;
  g_autofree char *now = as_database_now ();
  g_autoptr(GDateTime) now_time = g_date_time_new_now_local ();
  g_autofree char *due = NULL;
  const char *level;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((complaint = load_row (db, id, error)) == NULL || !check_handler (db, complaint, error))
    return FALSE;
  if (g_strcmp0 (as_row_get (complaint, "status"), "answered") != 0)
    return AS_REFUSE (error, _("Complaint %lld has not been answered yet."), (long long) id);
  if (satisfied)
    return apply (db, id, "closed", 0, 0, "closed", NULL, note, "satisfied: closed", error,
                  "UPDATE complaints SET status = 'closed', satisfied = 1, closed_at = ?2"
                  " WHERE id = ?1", "is", id, now);
  level = level_rank (as_row_get (complaint, "level")) >= 1 ? as_row_get (complaint, "level")
                                                             : "case_management";
  due = _as_complaint_due_time (db, now_time, as_row_get_int (complaint, "urgent"));
  return apply (db, id, "not_satisfied", 0, 0, "in_progress", level, note,
                "not satisfied: escalated", error,
                "UPDATE complaints SET status = 'in_progress', satisfied = 0, level = ?2,"
                " escalated_at = coalesce(escalated_at, ?3), due_at = ?4 WHERE id = ?1",
                "isss", id, level, now, due);
}

/**
 * as_complaint_store_set_responsible:
 * @department_id: the department the complaint is about; 0: the staff member's
 * @staff_id: the staff member it is about, or 0
 *
 * For the evaluation of departments and staff.
 */
gboolean
as_complaint_store_set_responsible (AsDatabase  *db,
                                    gint64       id,
                                    gint64       department_id,
                                    gint64       staff_id,
                                    GError     **error)
{
  g_autoptr(GHashTable) complaint = NULL;
  g_autoptr(GHashTable) staff = NULL;
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((complaint = load_row (db, id, error)) == NULL ||
      !as_staff_require (db, HANDLING_ROLES, _("the evaluation of departments and staff"), error))
    return FALSE;
  if (staff_id != 0)
    {
      staff = as_database_query_row (db, error, "SELECT department_id FROM staff WHERE id = ?1",
                                     "i", staff_id);
      if (staff == NULL)
        return error && *error ? FALSE : AS_REFUSE (error, _("The staff member chosen does not "
                                                             "exist."));
      if (department_id == 0)
        department_id = as_row_get_int (staff, "department_id");
    }
  if (department_id == 0)
    return AS_REFUSE (error, _("Choose the department or the staff member responsible."));
  if (!as_database_check_reference (db, "SELECT id FROM departments WHERE id = ?1", department_id,
                                    _("Choose an existing department."), error))
    return FALSE;
  details = g_strdup_printf ("responsible: department %lld, staff %lld", (long long) department_id,
                             (long long) staff_id);
  return apply (db, id, "responsible", department_id, staff_id, NULL, NULL, NULL, details, error,
                "UPDATE complaints SET responsible_department_id = ?2, responsible_staff_id = ?3"
                " WHERE id = ?1", "irr", id, department_id, staff_id);
}

/**
 * as_complaint_store_add_reward:
 * @recipient_staff_id: the staff member rewarded, or 0 for the complaint's customer
 * @awarded_on: "YYYY-MM-DD"
 *
 * Rewards a valuable comment or suggestion. The acting staff member approves
 * it: a manager, who cannot approve a reward to themselves.
 *
 * Returns: the reward's id, or 0 with @error set
 */
gint64
as_complaint_store_add_reward (AsDatabase  *db,
                               gint64       id,
                               const char  *what,
                               gint64       amount_cents,
                               const char  *awarded_on,
                               gint64       recipient_staff_id,
                               GError     **error)
{
  g_autoptr(GHashTable) complaint = NULL;
  g_autofree char *text = as_validate_strip (what);
  g_autofree char *day = NULL;
  g_autofree char *now = as_database_now ();
  g_autofree char *details = NULL;
  gint64 actor = as_database_get_actor (db), reward_id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if ((complaint = load_row (db, id, error)) == NULL)
    return 0;
  if (actor == 0 || (as_staff_get_roles (db, actor) & (AS_MANAGER_ROLES | AS_ROLE_DEPUTY_GM)) == 0)
    return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                               _("Only a service supervisor, a branch manager or the deputy "
                                 "general manager approves a reward.")), 0;
  if (recipient_staff_id != 0 && recipient_staff_id == actor)
    return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                               _("Nobody approves a reward to themselves: another manager "
                                 "must approve it.")), 0;
  if (g_strcmp0 (as_row_get (complaint, "kind"), "consultation") == 0)
    return AS_REFUSE (error, _("A consultation is not rewarded: rewards go to valuable comments "
                               "and suggestions.")), 0;
  if (recipient_staff_id == 0 && as_row_get_int (complaint, "customer_id") == 0)
    return AS_REFUSE (error, _("The comment is anonymous: name the staff member rewarded.")), 0;
  if (*text == '\0')
    return AS_REFUSE (error, _("Write what the reward is.")), 0;
  if (amount_cents < 0)
    return AS_REFUSE (error, _("The amount of a reward cannot be negative.")), 0;
  if ((day = as_validate_date (awarded_on)) == NULL)
    return AS_REFUSE (error, _("“%s” is not a date: write it as 2026-03-31."),
                      awarded_on ? awarded_on : ""), 0;
  if (!check_staff (db, recipient_staff_id, error) || !as_database_begin (db, error))
    return 0;
  details = g_strdup_printf ("reward: %s", text);
  if (!as_database_run (db, error,
                        "INSERT INTO complaint_rewards (complaint_id, recipient_staff_id, what,"
                        " amount_cents, awarded_on, approved_by, approved_at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", "irsisis",
                        id, recipient_staff_id, text, amount_cents, day, actor, now))
    goto failed;
  reward_id = as_database_last_insert_id (db);
  as_database_notify_changed (db, "complaint_rewards");
  if (!add_history (db, id, "rewarded", 0, recipient_staff_id, NULL, NULL, text, error) ||
      !as_database_audit (db, "complaints", id, "update", details, error) ||
      !as_database_commit (db, error))
    goto failed;
  return reward_id;

failed:
  as_database_rollback (db);
  return 0;
}
