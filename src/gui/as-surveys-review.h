/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

typedef enum
{
  AS_SURVEYS_REVIEW_TECHNICIANS,  /* satisfaction, work, deadlines, complaints */
  AS_SURVEYS_REVIEW_DEPARTMENTS,  /* complaints and returns attributed */
} AsSurveysReviewKind;

#define AS_TYPE_SURVEYS_REVIEW (as_surveys_review_get_type ())
G_DECLARE_FINAL_TYPE (AsSurveysReview, as_surveys_review, AS, SURVEYS_REVIEW, GtkWidget)

/* A monthly performance review (SPEC S3, C9, RX3) with a month chooser, a
 * table, a chart and a Print button. */
GtkWidget  *as_surveys_review_new        (AsDatabase          *db,
                                          AsSurveysReviewKind  kind);
/* The month shown, "YYYY-MM"; setting one outside the chooser's two years
 * is refused. */
const char *as_surveys_review_get_month  (AsSurveysReview     *self);
gboolean    as_surveys_review_set_month  (AsSurveysReview     *self,
                                          const char          *month);
/* For tests: the table's rows and the text of a cell. */
guint       as_surveys_review_get_n_rows (AsSurveysReview     *self);
const char *as_surveys_review_get_cell   (AsSurveysReview     *self,
                                          guint                row,
                                          guint                column);

G_END_DECLS
