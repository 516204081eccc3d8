/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* The data of the Dashboard's charts, each read by one aggregate query that
 * an index serves, so that it stays quick on a million repairs. */
typedef enum
{
  AS_DASHBOARD_CHART_OPEN_REPAIRS,           /* open requests by status: on time, late */
  AS_DASHBOARD_CHART_REPAIRS_PER_MONTH,      /* the last 12 months by service category */
  AS_DASHBOARD_CHART_COMPLAINTS_BY_CHANNEL,  /* the last 12 months */
  AS_DASHBOARD_CHART_COMPLAINTS_BY_DEPARTMENT, /* the last 12 months, by the department routed to */
  AS_DASHBOARD_CHART_SATISFACTION,           /* average rating per technician and criterion,
                                              * surveys of the last 30 days */
  AS_DASHBOARD_CHART_PARTS_TO_REORDER,       /* stock against reorder point, largest shortfall first */
  AS_DASHBOARD_CHART_CONTRACTS_EXPIRING,     /* this month and the next five, notice sent or not */
  AS_N_DASHBOARD_CHARTS
} AsDashboardChart;

/* One value of a chart: the category (x axis or slice) and the series, both
 * as the person reads them. */
typedef struct
{
  char   *category;
  char   *series;
  double  value;
} AsDashboardPoint;

#define AS_DASHBOARD_SATISFACTION_DAYS   30
#define AS_DASHBOARD_MAX_TECHNICIANS     12   /* those with the most surveys */
#define AS_DASHBOARD_MAX_PARTS           12

/* Points in the order to draw them: every category and series appears in
 * the first points, in order (zeros included, e.g. a month without
 * repairs). @now is "YYYY-MM-DD HH:MM:SS" local time, NULL for the clock.
 * Returns NULL (and sets @error) when the query fails. */
GPtrArray  *as_dashboard_chart_read       (AsDatabase       *db,
                                           AsDashboardChart  chart,
                                           const char       *now,
                                           GError          **error);
/* Whether a change of @table can change the chart. */
gboolean    as_dashboard_chart_reads      (AsDashboardChart  chart,
                                           const char       *table);

G_END_DECLS
