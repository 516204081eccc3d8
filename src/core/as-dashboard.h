/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* The figures the Dashboard shows, each one indexed count. */
typedef enum
{
  AS_FIGURE_OPEN_REPAIRS,
  AS_FIGURE_LATE_REPAIRS,
  AS_FIGURE_UNDISPATCHED_REPAIRS,
  AS_FIGURE_EXPIRING_CONTRACTS,
  AS_FIGURE_OPEN_COMPLAINTS,
  AS_FIGURE_URGENT_COMPLAINTS,
  AS_FIGURE_LATE_COMPLAINTS,
  AS_FIGURE_PARTS_TO_REORDER,
  AS_FIGURE_REPAIRS_TO_SURVEY,
  AS_FIGURE_OVERDUE_LOANERS,
  AS_N_FIGURES
} AsFigure;

gint64 as_dashboard_count (AsDatabase *db,
                           AsFigure    figure);

G_END_DECLS
