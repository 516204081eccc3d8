/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-chart.h"
#include "as-review.h"

G_BEGIN_DECLS

/* How the customers rated each criterion in a month (as_review_rating_counts()):
 * a stacked bar per criterion, from very dissatisfied (red) to very satisfied
 * (green). The printed technician review and the window show the same chart. */
AsChart *as_review_rating_chart_new (const char *title,
                                     guint       counts[AS_SURVEY_N_CRITERIA][AS_SURVEY_N_LEVELS]);

/* The complaints and the returns of each department in a month, stacked. */
AsChart *as_review_department_chart_new (GPtrArray *departments);

G_END_DECLS
