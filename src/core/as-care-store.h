/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"
#include "as-directory.h"
#include "as-types.h"

G_BEGIN_DECLS

/* The roles allowed to know who the mystery shoppers are, and to record
 * their inspections. */
#define AS_INSPECTION_ROLES (AS_ROLE_SUPERVISOR | AS_ROLE_DEPUTY_GM)

/* Follow-up calls are due this many days after the repair was completed. */
#define AS_FOLLOWUP_DELAY_DAYS 2

typedef struct
{
  const char *inspected_on;     /* "YYYY-MM-DD" */
  gint64      branch_id;        /* 0 for none */
  gint64      inspector_id;     /* the mystery shopper, a staff member */
  const char *subject;          /* what was inspected */
  int         rating;           /* 1 (poor) … 4 (very good) */
  const char *findings;
} AsInspection;

/* The care programme's records kept with the generic record editor. */
const AsEntity *as_care_visit_entity         (void);
const AsEntity *as_care_meeting_entity       (void);
const AsEntity *as_care_point_entity         (void);

/* Follow-up calls: one per completed repair closed on or after @closed_since
 * ("YYYY-MM-DD", %NULL for all), due AS_FOLLOWUP_DELAY_DAYS after. */
gboolean    as_care_store_schedule_followups (AsDatabase         *db,
                                              const char         *closed_since,
                                              guint              *n_scheduled,
                                              GError            **error);
/* @outcome: "satisfied", "unsatisfied" (with @notes), "no_answer", "declined". */
gboolean    as_care_store_record_call        (AsDatabase         *db,
                                              gint64              call_id,
                                              const char         *outcome,
                                              const char         *notes,
                                              GError            **error);
GHashTable *as_care_store_load_call          (AsDatabase         *db,
                                              gint64              call_id,
                                              GError            **error);

/* Plans a visit on @planned_date for every key customer without a visit
 * still to be made. */
gboolean    as_care_store_plan_key_visits    (AsDatabase         *db,
                                              const char         *planned_date,
                                              guint              *n_planned,
                                              GError            **error);

/* Mystery-shopper inspections. */
gboolean    as_care_store_may_see_inspectors (AsDatabase         *db);
const AsListSpec *as_care_store_inspections_list (AsDatabase     *db);
gint64      as_care_store_save_inspection    (AsDatabase         *db,
                                              gint64              id,
                                              const AsInspection *inspection,
                                              GError            **error);
/* Every column as text; inspector_id and inspector_name only for the roles
 * allowed, else inspector_hidden = "1". Also branch_name. */
GHashTable *as_care_store_load_inspection    (AsDatabase         *db,
                                              gint64              id,
                                              GError            **error);

/* Suggestion forms collected at a point on a day. */
gint64      as_care_store_record_collection  (AsDatabase         *db,
                                              gint64              point_id,
                                              const char         *collected_on,
                                              gint64              forms,
                                              GError            **error);

G_END_DECLS
