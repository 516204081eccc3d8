/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"
#include "as-record-list.h"
#include "as-types.h"

G_BEGIN_DECLS

/* Customer satisfaction surveys (SPEC S1–S4, seed (22)–(28)): every
 * completed (closed) repair gets one survey, no sampling. The customer rates
 * the technician on four criteria, four levels each, and may make
 * suggestions or a complaint; a complaint becomes a Complaints record linked
 * to the survey, in the same transaction, and a serious one goes to the
 * deputy general manager. A survey that cannot be recorded is refused with
 * AS_DATABASE_ERROR_INVALID (or _NOT_FOUND, _PERMISSION) and a clear message,
 * and nothing is written. */

typedef enum
{
  AS_SURVEY_ATTITUDE,
  AS_SURVEY_SKILL,
  AS_SURVEY_ARRIVAL,
  AS_SURVEY_COMMITMENT,
  AS_SURVEY_N_CRITERIA
} AsSurveyCriterion;

/* Ratings run from 1 (very dissatisfied) to 4 (very satisfied). */
#define AS_SURVEY_N_LEVELS 4

/* Who records surveys: the service department (seed (24)), reception and
 * the supervisors; never the technician who did the repair. */
#define AS_SURVEY_ROLES (AS_ROLE_SERVICE_DEPT | AS_ROLE_RECEPTIONIST | AS_ROLE_SUPERVISOR | \
                         AS_ROLE_BRANCH_MANAGER)

typedef struct
{
  gint64      repair_id;
  int         ratings[AS_SURVEY_N_CRITERIA];  /* 1 … AS_SURVEY_N_LEVELS each */
  const char *comments;          /* NULL or "": none */
  const char *suggestion;        /* NULL or "": none */
  const char *complaint;         /* the customer's complaint; NULL or "": none */
  gboolean    complaint_serious; /* escalate it to the deputy general manager */
  const char *surveyed_at;       /* "YYYY-MM-DD HH:MM:SS"; NULL: now */
} AsSurveyAnswers;

const char *as_survey_criterion_get_label  (AsSurveyCriterion  criterion);
/* The surveys column of @criterion: "attitude", "skill", "arrival", "commitment". */
const char *as_survey_criterion_get_column (AsSurveyCriterion  criterion);
/* "Very dissatisfied" … "Very satisfied", translated; NULL outside 1 … 4. */
const char *as_survey_level_get_label      (int                level);

/* The completed repair as the survey form shows it: id, closed_at,
 * customer_name, customer_phone, address, model_code, model_name, serial,
 * fault, work_done, technician_id, technician_name (or the provider's name),
 * branch_name, and survey_id when it has been surveyed. */
GHashTable *as_survey_store_load_repair    (AsDatabase             *db,
                                            gint64                  repair_id,
                                            GError                **error);
/* Every surveys column as text, the repair's fields as above,
 * recorded_by_name, complaint_text (the customer's words), and complaint_id,
 * complaint_serious and suggestion_id when the survey raised them. */
GHashTable *as_survey_store_load           (AsDatabase             *db,
                                            gint64                  survey_id,
                                            GError                **error);
/* Records the survey of a completed repair; @out_complaint_id gets the
 * complaint raised, or 0. Returns the survey's id, or 0 with @error set. */
gint64      as_survey_store_record         (AsDatabase             *db,
                                            const AsSurveyAnswers  *answers,
                                            gint64                 *out_complaint_id,
                                            GError                **error);
/* How many completed repairs are still without a survey. */
gint64      as_survey_store_count_due      (AsDatabase             *db);
/* The survey of @repair_id, or 0. */
gint64      as_survey_store_find_for_repair (AsDatabase            *db,
                                             gint64                 repair_id);
/* The rows of as_survey_due_list completed on @day, a day written as the
 * number 20261127 (the id of as_survey_due_days_list's rows); NULL when it
 * is not a day. Free with as_survey_due_list_free(). */
AsListSpec *as_survey_due_list_new_for_day (gint64             day);
void        as_survey_due_list_free        (AsListSpec        *spec);
/* Whether the person using the program may record surveys. */
gboolean    as_survey_store_may_record     (AsDatabase             *db);

G_END_DECLS
