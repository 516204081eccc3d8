/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The survey store: the customer satisfaction survey of each completed
 * repair (seed (22)–(28)). Recording one checks the repair, the ratings and
 * who records it, then writes the survey, its audit row and the complaint or
 * suggestion it raises (through the complaint store, which routes it and
 * sends a serious complaint to the deputy general manager) in one
 * transaction: when any part is refused, nothing is written. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-complaint-store.h"
#include "as-directory.h"
#include "as-labels.h"
#include "as-lists.h"
#include "as-survey-store.h"
#include "as-validate.h"

/* Long enough for what a customer says on the phone, short enough to print. */
#define MAX_TEXT_CHARS 2000
/* A complaint's subject is its first words. */
#define SUBJECT_CHARS  80

static const char *const criterion_columns[AS_SURVEY_N_CRITERIA] = {
  "attitude", "skill", "arrival", "commitment",
};

static const char *const criterion_labels[AS_SURVEY_N_CRITERIA] = {
  /* Translators: the four criteria a customer rates the technician on (seed (25)) */
  N_("Attitude"), N_("Skill"), N_("Arrival time"), N_("Keeping commitments"),
};

static const char *const level_labels[AS_SURVEY_N_LEVELS] = {
  /* Translators: the four levels of a rating in the satisfaction survey, lowest first */
  N_("Very dissatisfied"), N_("Dissatisfied"), N_("Satisfied"), N_("Very satisfied"),
};

/* ---------------------------------------------------------------- helpers */

/* Copies every column of @from into @into, replacing those of the same name. */
static void
merge_row (GHashTable *into,
           GHashTable *from)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (into, g_strdup (key), g_strdup (value));
}

/* The survey as recorded, its text fields stripped. */
typedef struct
{
  gint64  repair_id;
  gint64  customer_id;
  gint64  unit_id;
  gint64  model_id;
  gint64  technician_id;
  int     ratings[AS_SURVEY_N_CRITERIA];
  char   *surveyed_at;
  char   *comments;
  char   *suggestion;
  char   *complaint;
  char   *technician_name;
  gboolean serious;
} Survey;

static void
survey_clear (Survey *survey)
{
  g_free (survey->surveyed_at);
  g_free (survey->comments);
  g_free (survey->suggestion);
  g_free (survey->complaint);
  g_free (survey->technician_name);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Survey, survey_clear)

/* ------------------------------------------------------------- validation */

static const char repair_sql[] =
  "SELECT r.id, r.status, r.closed_at, r.customer_id, r.unit_id, r.model_id, r.serial,"
  " r.address, r.fault, r.work_done, r.technician_id, r.category,"
  " c.name AS customer_name, c.phone AS customer_phone, m.code AS model_code,"
  " m.name AS model_name, coalesce(t.name, p.name) AS technician_name,"
  " b.name AS branch_name, (SELECT s.id FROM surveys s WHERE s.repair_id = r.id) AS survey_id"
  " FROM repair_orders r"
  " LEFT JOIN customers c ON c.id = r.customer_id"
  " LEFT JOIN product_models m ON m.id = r.model_id"
  " LEFT JOIN staff t ON t.id = r.technician_id"
  " LEFT JOIN providers p ON p.id = r.provider_id"
  " LEFT JOIN branches b ON b.id = r.branch_id"
  " WHERE r.id = ?1";

/* The repair, refused unless it is completed and not yet surveyed. */
static GHashTable *
load_surveyable_repair (AsDatabase  *db,
                        gint64       repair_id,
                        GError     **error)
{
  g_autoptr(GHashTable) repair = as_survey_store_load_repair (db, repair_id, error);

  if (repair == NULL)
    return NULL;
  if (g_strcmp0 (as_row_get (repair, "status"), "closed") != 0)
    {
      AS_REFUSE (error, _("Repair %lld is not completed yet: its survey is taken once the "
                          "customer has signed the service certificate."), (long long) repair_id);
      return NULL;
    }
  if (as_row_get (repair, "survey_id") != NULL)
    {
      AS_REFUSE (error, _("Repair %lld already has its satisfaction survey (No. %s): each "
                          "repair is surveyed once."), (long long) repair_id,
                 as_row_get (repair, "survey_id"));
      return NULL;
    }
  return g_steal_pointer (&repair);
}

/* The person using the program may record surveys, and did not do the repair. */
static gboolean
check_recorder (AsDatabase  *db,
                Survey      *survey,
                GError     **error)
{
  gint64 actor = as_database_get_actor (db);

  if (!as_survey_store_may_record (db))
    {
      g_autofree char *roles = as_roles_to_string (AS_SURVEY_ROLES);
      return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                                 _("Only these roles may record satisfaction surveys: %s."), roles);
    }
  if (actor != 0 && actor == survey->technician_id)
    return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                               _("%s did this repair and cannot record its survey: the customer's "
                                 "opinion is taken by someone else."), survey->technician_name);
  return TRUE;
}

static gboolean
check_ratings (const AsSurveyAnswers *answers,
               Survey                *survey,
               GError               **error)
{
  for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    {
      if (answers->ratings[c] < 1 || answers->ratings[c] > AS_SURVEY_N_LEVELS)
        return AS_REFUSE (error, _("Rate “%s”: choose one of the four levels, from very "
                                   "dissatisfied to very satisfied."),
                          as_survey_criterion_get_label (c));
      survey->ratings[c] = answers->ratings[c];
    }
  return TRUE;
}

static gboolean
is_too_long (const char *text)
{
  return g_utf8_strlen (text, -1) > MAX_TEXT_CHARS;
}

static gboolean
check_texts (const AsSurveyAnswers *answers,
             Survey                *survey,
             GError               **error)
{
  survey->comments = as_validate_strip (answers->comments);
  survey->suggestion = as_validate_strip (answers->suggestion);
  survey->complaint = as_validate_strip (answers->complaint);
  survey->serious = answers->complaint_serious;
  if (survey->serious && *survey->complaint == '\0')
    return AS_REFUSE (error, _("A serious complaint goes to the deputy general manager: write "
                               "down what the customer complains about."));
  if (is_too_long (survey->comments))
    return AS_REFUSE (error, _("The comments are too long: keep them under %d characters."),
                      MAX_TEXT_CHARS);
  if (is_too_long (survey->suggestion))
    return AS_REFUSE (error, _("The suggestions are too long: keep them under %d characters."),
                      MAX_TEXT_CHARS);
  if (is_too_long (survey->complaint))
    return AS_REFUSE (error, _("The complaint is too long: keep it under %d characters."),
                      MAX_TEXT_CHARS);
  return TRUE;
}

/* Surveys are taken after the repair is completed, and not in the future. */
static gboolean
check_time (const AsSurveyAnswers *answers,
            GHashTable            *repair,
            Survey                *survey,
            GError               **error)
{
  g_autofree char *now = as_database_now ();
  const char *closed_at = as_row_get (repair, "closed_at");
  g_autoptr(GDateTime) moment = NULL;

  survey->surveyed_at = answers->surveyed_at ? as_validate_strip (answers->surveyed_at)
                                             : g_strdup (now);
  if ((moment = as_validate_timestamp (survey->surveyed_at)) == NULL)
    return AS_REFUSE (error,
                      _("“%s” is not a time of the survey: write it as 2026-03-31 09:30:00."),
                      survey->surveyed_at);
  if (strcmp (survey->surveyed_at, now) > 0)
    return AS_REFUSE (error, _("The survey cannot be dated in the future."));
  if (closed_at != NULL && strcmp (survey->surveyed_at, closed_at) < 0)
    return AS_REFUSE (error, _("The survey cannot be dated before the repair was completed (%s)."),
                      closed_at);
  return TRUE;
}

static gboolean
prepare_survey (AsDatabase            *db,
                const AsSurveyAnswers *answers,
                Survey                *survey,
                GError               **error)
{
  g_autoptr(GHashTable) repair = load_surveyable_repair (db, answers->repair_id, error);

  if (repair == NULL)
    return FALSE;
  survey->repair_id = answers->repair_id;
  survey->customer_id = as_row_get_int (repair, "customer_id");
  survey->unit_id = as_row_get_int (repair, "unit_id");
  survey->model_id = as_row_get_int (repair, "model_id");
  survey->technician_id = as_row_get_int (repair, "technician_id");
  survey->technician_name = g_strdup (as_row_get (repair, "technician_name")
                                      ? as_row_get (repair, "technician_name") : "");
  return check_recorder (db, survey, error) && check_ratings (answers, survey, error) &&
         check_texts (answers, survey, error) && check_time (answers, repair, survey, error);
}

/* ----------------------------------------------------------------- writes */

static gint64
insert_survey (AsDatabase  *db,
               Survey      *survey,
               GError     **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db,
    "INSERT INTO surveys (repair_id, surveyed_at, attitude, skill, arrival, commitment,"
    " comments, suggestion, recorded_by, complaint)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  gint64 actor = as_database_get_actor (db);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, survey->repair_id);
  sqlite3_bind_text (stmt, 2, survey->surveyed_at, -1, SQLITE_TRANSIENT);
  for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    sqlite3_bind_int (stmt, 3 + c, survey->ratings[c]);
  sqlite3_bind_text (stmt, 7, survey->comments, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, survey->suggestion, -1, SQLITE_TRANSIENT);
  if (actor > 0)
    sqlite3_bind_int64 (stmt, 9, actor);
  sqlite3_bind_text (stmt, 10, survey->complaint, -1, SQLITE_TRANSIENT);
  if (!as_database_step_done (db, stmt, error))
    return 0;
  return as_database_last_insert_id (db);
}

/* "The first words of the text…", on one line. */
static char *
make_subject (const char *text)
{
  g_autofree char *line = g_strndup (text, strcspn (text, "\r\n"));
  glong length = g_utf8_strlen (line, -1);
  g_autofree char *cut = NULL;

  if (length <= SUBJECT_CHARS)
    return g_steal_pointer (&line);
  cut = g_utf8_substring (line, 0, SUBJECT_CHARS - 1);
  return g_strconcat (g_strchomp (cut), "…", NULL);
}

/* A complaint or suggestion of the survey, for the complaint store to route. */
static gint64
register_remark (AsDatabase  *db,
                 Survey      *survey,
                 gint64       survey_id,
                 const char  *kind,
                 const char  *text,
                 gboolean     serious,
                 GError     **error)
{
  g_autofree char *subject = make_subject (text);
  g_autofree char *description = NULL;
  AsComplaintRequest request = {
    .channel = "survey", .kind = kind, .customer_id = survey->customer_id,
    .unit_id = survey->unit_id, .model_id = survey->unit_id ? 0 : survey->model_id,
    .category = AS_COMPLAINT_CATEGORY_SERVICE, .subject = subject, .received_at = survey->surveyed_at,
    .serious = serious, .survey_id = survey_id,
  };

  /* Translators: the description of a complaint or suggestion raised in a
   * survey: the customer's words, then the repair and its technician */
  description = g_strdup_printf (_("%s\n\nSaid in the satisfaction survey of repair %lld "
                                   "(technician: %s)."), text, (long long) survey->repair_id,
                                 *survey->technician_name ? survey->technician_name : "—");
  request.description = description;
  return as_complaint_store_register (db, &request, error);
}

static char *
describe_survey (Survey *survey)
{
  return g_strdup_printf ("repair_id: %" G_GINT64_FORMAT "; attitude: %d; skill: %d;"
                          " arrival: %d; commitment: %d; comments: “%s”; suggestion: “%s”;"
                          " complaint: “%s”%s", survey->repair_id, survey->ratings[0],
                          survey->ratings[1], survey->ratings[2], survey->ratings[3],
                          survey->comments, survey->suggestion, survey->complaint,
                          survey->serious ? " (serious)" : "");
}

/* The survey, its audit row, and what it raises; the caller commits. */
static gint64
write_survey (AsDatabase  *db,
              Survey      *survey,
              gint64      *out_complaint_id,
              GError     **error)
{
  g_autofree char *details = describe_survey (survey);
  gint64 id = insert_survey (db, survey, error);
  gint64 complaint_id = 0;

  if (id == 0 || !as_database_audit (db, "surveys", id, "insert", details, error))
    return 0;
  if (*survey->complaint != '\0' &&
      (complaint_id = register_remark (db, survey, id, "complaint", survey->complaint,
                                       survey->serious, error)) == 0)
    return 0;
  if (*survey->suggestion != '\0' &&
      register_remark (db, survey, id, "suggestion", survey->suggestion, FALSE, error) == 0)
    return 0;
  /* The repair left the list of those waiting for their survey (a trigger). */
  as_database_notify_changed (db, "repair_orders");
  *out_complaint_id = complaint_id;
  return id;
}

/* ------------------------------------------------------------- public API */

const char *
as_survey_criterion_get_label (AsSurveyCriterion criterion)
{
  g_return_val_if_fail (criterion < AS_SURVEY_N_CRITERIA, NULL);
  return _(criterion_labels[criterion]);
}

const char *
as_survey_criterion_get_column (AsSurveyCriterion criterion)
{
  g_return_val_if_fail (criterion < AS_SURVEY_N_CRITERIA, NULL);
  return criterion_columns[criterion];
}

const char *
as_survey_level_get_label (int level)
{
  if (level < 1 || level > AS_SURVEY_N_LEVELS)
    return NULL;
  return _(level_labels[level - 1]);
}

/**
 * as_survey_store_load_repair:
 *
 * Returns: (transfer full) (nullable): the repair's fields the survey form
 *   shows, or %NULL with @error set for an unknown repair
 */
GHashTable *
as_survey_store_load_repair (AsDatabase  *db,
                             gint64       repair_id,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *row;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  row = as_database_query_row (db, &local_error, repair_sql, "i", repair_id);
  if (row == NULL && local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (row == NULL)
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND, _("There is no repair number %lld."),
                        (long long) repair_id);
  return row;
}

/**
 * as_survey_store_load:
 *
 * Returns: (transfer full) (nullable): the survey with its repair's fields,
 *   or %NULL with @error set for an unknown survey
 */
GHashTable *
as_survey_store_load (AsDatabase  *db,
                      gint64       survey_id,
                      GError     **error)
{
  g_autoptr(GHashTable) survey = NULL;
  g_autoptr(GError) local_error = NULL;
  GHashTable *repair;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  survey = as_database_query_row (db, &local_error,
                                  "SELECT s.*, s.complaint AS complaint_text,"
                                  " st.name AS recorded_by_name,"
                                  " (SELECT min(c.id) FROM complaints c WHERE c.survey_id = s.id"
                                  "   AND c.kind = 'complaint') AS complaint_id,"
                                  " (SELECT max(c.serious) FROM complaints c"
                                  "   WHERE c.survey_id = s.id"
                                  "   AND c.kind = 'complaint') AS complaint_serious,"
                                  " (SELECT min(c.id) FROM complaints c WHERE c.survey_id = s.id"
                                  "   AND c.kind = 'suggestion') AS suggestion_id"
                                  " FROM surveys s LEFT JOIN staff st ON st.id = s.recorded_by"
                                  " WHERE s.id = ?1", "i", survey_id);
  if (survey == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                            _("There is no satisfaction survey number %lld."),
                            (long long) survey_id);
      return NULL;
    }
  repair = as_survey_store_load_repair (db, as_row_get_int (survey, "repair_id"), error);
  if (repair == NULL)
    return NULL;
  /* The survey's own columns win over the repair's of the same name (id). */
  g_hash_table_remove (repair, "survey_id");
  merge_row (repair, survey);
  return repair;
}

/**
 * as_survey_store_record:
 * @answers: the customer's ratings and remarks
 * @out_complaint_id: (out) (optional): the complaint raised, or 0
 *
 * Records the survey of a completed repair, and registers the complaint and
 * the suggestion it raises in Complaints, linked to it, in one transaction.
 *
 * Returns: the survey's id, or 0 with @error set
 */
gint64
as_survey_store_record (AsDatabase             *db,
                        const AsSurveyAnswers  *answers,
                        gint64                 *out_complaint_id,
                        GError                **error)
{
  g_auto(Survey) survey = { 0 };
  gint64 id, complaint_id = 0;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (answers != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (out_complaint_id != NULL)
    *out_complaint_id = 0;
  if (!prepare_survey (db, answers, &survey, error) || !as_database_begin (db, error))
    return 0;
  id = write_survey (db, &survey, &complaint_id, error);
  if (id == 0 || !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return 0;
    }
  if (out_complaint_id != NULL)
    *out_complaint_id = complaint_id;
  return id;
}

gint64
as_survey_store_count_due (AsDatabase *db)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  return as_database_query_int (db, "SELECT count(*) FROM repair_orders WHERE survey_due = 1", 0);
}

gint64
as_survey_store_find_for_repair (AsDatabase *db,
                                 gint64      repair_id)
{
  g_autoptr(GHashTable) row = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  row = as_database_query_row (db, NULL, "SELECT id FROM surveys WHERE repair_id = ?1", "i",
                               repair_id);
  return row != NULL ? as_row_get_int (row, "id") : 0;
}

/**
 * as_survey_due_list_new_for_day:
 * @day: a day as the number 20261127
 *
 * The day is bound to the base query (?4) as a number, so that nothing typed
 * can reach the SQL and one cached statement serves every day.
 *
 * Returns: (transfer full) (nullable): the list of that day
 */
AsListSpec *
as_survey_due_list_new_for_day (gint64 day)
{
  int y = (int) (day / 10000), m = (int) (day / 100 % 100), d = (int) (day % 100);
  AsListSpec *spec;

  if (day < 10000101 || day > 99991231 || !g_date_valid_dmy (d, m, y))
    return NULL;
  spec = g_new (AsListSpec, 1);
  *spec = as_survey_due_list;
  spec->from = "(SELECT * FROM repair_orders WHERE survey_due = 1"
               " AND closed_at >= printf ('%04d-%02d-%02d', ?4 / 10000, ?4 / 100 % 100, ?4 % 100)"
               " AND closed_at < date (printf ('%04d-%02d-%02d', ?4 / 10000, ?4 / 100 % 100,"
               " ?4 % 100), '+1 day')) t";
  spec->scope_id = day;
  spec->filters = NULL;
  spec->n_filters = 0;
  return spec;
}

void
as_survey_due_list_free (AsListSpec *spec)
{
  g_free (spec);
}

gboolean
as_survey_store_may_record (AsDatabase *db)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  return as_staff_may (db, AS_SURVEY_ROLES);
}
