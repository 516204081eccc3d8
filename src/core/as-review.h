/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"
#include "as-survey-store.h"

G_BEGIN_DECLS

/* The monthly performance reviews (SPEC S3, C9, RX3): each technician's
 * survey ratings, work and complaints, and each department's complaints and
 * returns. A month is given as "YYYY-MM" or any day of it ("YYYY-MM-DD");
 * each figure is read with an index over that month only. No GTK: the
 * window, the printed reviews and the Excel workbook share these rows. */

typedef struct
{
  gint64   staff_id;          /* 0 in the totals row */
  char    *name;
  char    *branch_name;       /* "" when none */
  guint    n_surveys;         /* surveys taken in the month of this technician's repairs */
  double   averages[AS_SURVEY_N_CRITERIA];  /* 1 … 4; 0 when there is no survey */
  double   overall;           /* the mean of the four averages; 0 when no survey */
  guint    ratings[AS_SURVEY_N_CRITERIA][AS_SURVEY_N_LEVELS];  /* surveys per level */
  guint    repairs_done;      /* repairs closed in the month */
  guint    arrivals;          /* arrivals at the customer in the month, with a deadline */
  guint    arrivals_on_time;  /* of those, at or before the arrival deadline */
  gint64   minutes_worked;    /* work sessions in the month (repair_events.minutes) */
  guint    complaints;        /* complaints received in the month naming them responsible */
  guint    returns;           /* returns and exchanges requested in the month naming them */
} AsTechnicianReview;

typedef struct
{
  gint64   department_id;     /* 0: complaints and returns not attributed to any */
  char    *name;
  char    *kind;              /* departments.kind, "" for the unattributed row */
  guint    complaints;        /* received in the month, attributed to the department (or,
                               * until one is named responsible, routed to it) */
  guint    complaints_serious;
  guint    complaints_open;   /* of those, not answered yet */
  guint    returns;           /* requested in the month, attributed to the department */
  guint    exchanges;
  gint64   refund_cents;
} AsDepartmentReview;

/* A staff member with complaints or returns attributed in the month. */
typedef struct
{
  gint64   staff_id;
  char    *name;
  char    *department_name;   /* "" when none */
  guint    complaints;
  guint    returns;
} AsStaffAttribution;

/* "2026-11" or "2026-11-27" → "2026-11-01" and "2026-12-01"; FALSE when
 * @month is not one. */
gboolean   as_review_month_range          (const char   *month,
                                           char        **first_day,
                                           char        **next_first_day);
/* "November 2026", with the program's own month names. */
char      *as_review_format_month         (const char   *month);

/* Every technician (active, or with figures in the month), by name. */
GPtrArray *as_review_technicians          (AsDatabase   *db,
                                           const char   *month,
                                           GError      **error);
/* The sums of @rows, averages weighted by the number of surveys. */
AsTechnicianReview *as_technician_review_total (GPtrArray *rows);
/* Arrivals on time in percent, or -1 without arrivals. */
double     as_technician_review_on_time_percent (const AsTechnicianReview *review);
void       as_technician_review_free      (AsTechnicianReview *review);

/* How many surveys of the month gave each level to each criterion,
 * counts[criterion][level - 1], for the technician @staff_id or, with 0,
 * for every technician (as the totals of as_review_technicians()). */
gboolean   as_review_rating_counts        (AsDatabase   *db,
                                           const char   *month,
                                           gint64        staff_id,
                                           guint         counts[AS_SURVEY_N_CRITERIA][AS_SURVEY_N_LEVELS],
                                           GError      **error);

/* Every department, by name, then a row for what is attributed to none
 * (only when there is some). */
GPtrArray *as_review_departments          (AsDatabase   *db,
                                           const char   *month,
                                           GError      **error);
AsDepartmentReview *as_department_review_total (GPtrArray *rows);
void       as_department_review_free      (AsDepartmentReview *review);

/* The staff members with complaints or returns attributed, most first. */
GPtrArray *as_review_staff_attributions   (AsDatabase   *db,
                                           const char   *month,
                                           GError      **error);
void       as_staff_attribution_free      (AsStaffAttribution *attribution);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsTechnicianReview, as_technician_review_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsDepartmentReview, as_department_review_free)

G_END_DECLS
