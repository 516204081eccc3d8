/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "as-chart.h"

G_BEGIN_DECLS

/* Pie slices beyond this many are gathered in one "Other" slice. */
#define AS_CHART_MAX_SLICES 8

typedef enum
{
  AS_CHART_HIT_RECT,
  AS_CHART_HIT_WEDGE,
} AsChartHitShape;

/* Where the last drawing put one value, for tooltips. */
typedef struct
{
  AsChartHitShape shape;
  guint           series;
  guint           category;
  double          x, y, width, height;        /* rectangle */
  double          cx, cy, inner, outer;       /* wedge: centre and radii */
  double          start, end;                 /* wedge angles, radians, start < end */
} AsChartHit;

/* The plot of a line chart, to find the nearest point without storing one
 * rectangle per point. */
typedef struct
{
  gboolean valid;
  double   x, y, width, height;
  double   slot;                 /* width of one category */
  double   value_min, value_max; /* the axis range */
} AsChartLineGeometry;

typedef struct
{
  char   *name;
  guint   color;
  GArray *values;                /* double, one per category */
} AsChartSeries;

struct _AsChart
{
  GObject              parent_instance;

  AsChartKind          kind;
  AsChartFormat        format;
  char                *title;
  char                *x_title;
  char                *y_title;
  char                *empty_text;
  double               pareto_a;         /* cumulative %, end of class A */
  double               pareto_b;         /* cumulative %, end of class B */

  GPtrArray           *categories;       /* char * */
  GHashTable          *category_index;   /* label → index + 1 */
  GPtrArray           *series;           /* AsChartSeries * */

  GArray              *hits;             /* AsChartHit, from the last drawing */
  AsChartLineGeometry  line;
};

typedef enum
{
  AS_CHART_TEXT_NORMAL,
  AS_CHART_TEXT_SMALL,
  AS_CHART_TEXT_TITLE,
  AS_CHART_TEXT_LARGE,           /* the donut's total */
} AsChartTextStyle;

/* One drawing in progress. */
typedef struct
{
  AsChart            *chart;
  cairo_t            *cr;
  const AsChartTheme *theme;
  PangoLayout        *layout;
  double              width;
  double              height;
  double              line_height;   /* of the normal text */
  double              pad;
} AsChartCtx;

typedef struct
{
  AsChartColor color;
  const char  *text;
  gboolean     is_line;
} AsChartLegendItem;

/* as-chart.c */
double        _as_chart_value          (AsChart            *self,
                                        guint               series,
                                        guint               category);
char         *_as_chart_format_tick    (AsChart            *self,
                                        double              value,
                                        double              step);
char         *_as_chart_format_share   (double              share);
const char   *_as_chart_kind_name      (AsChartKind         kind);
void          _as_chart_add_hit        (AsChart            *self,
                                        const AsChartHit   *hit);

/* as-chart-text.c */
void          _as_chart_set_color      (cairo_t            *cr,
                                        const AsChartColor *color,
                                        double              alpha_factor);
AsChartColor  _as_chart_palette        (const AsChartTheme *theme,
                                        guint               index);
double        _as_chart_luminance      (const AsChartColor *color);
void          _as_chart_text_prepare   (AsChartCtx         *ctx,
                                        const char         *text,
                                        AsChartTextStyle    style,
                                        double              max_width);
void          _as_chart_text_size      (AsChartCtx         *ctx,
                                        const char         *text,
                                        AsChartTextStyle    style,
                                        double             *width,
                                        double             *height);
/* Draws @text with its box anchored at (@x, @y): @xalign/@yalign 0 = left/
 * top, 0.5 = centre, 1 = right/bottom. Longer than @max_width (> 0): ends
 * with an ellipsis. */
void          _as_chart_text_draw      (AsChartCtx         *ctx,
                                        const char         *text,
                                        AsChartTextStyle    style,
                                        double              x,
                                        double              y,
                                        double              xalign,
                                        double              yalign,
                                        double              max_width);
double        _as_chart_legend_height  (AsChartCtx         *ctx,
                                        const AsChartLegendItem *items,
                                        guint               n_items,
                                        double              width);
void          _as_chart_legend_draw    (AsChartCtx         *ctx,
                                        const AsChartLegendItem *items,
                                        guint               n_items,
                                        double              x,
                                        double              y,
                                        double              width);

/* as-chart-plot.c: bar, stacked bar, line and Pareto */
void          _as_chart_draw_plot      (AsChartCtx         *ctx,
                                        double              top);

/* as-chart-pie.c: pie and donut */
void          _as_chart_draw_pie       (AsChartCtx         *ctx,
                                        double              top);

G_END_DECLS
