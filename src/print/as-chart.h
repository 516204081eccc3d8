/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/* Charts drawn with Cairo and PangoCairo. The same drawing serves the
 * screen (AsChartView), the print dialog and PDF pages (draw onto their
 * cairo_t) and PNG files: a chart is a data model, drawn on demand into any
 * rectangle with a theme that gives its colours.
 *
 * The model is a table: categories along the x axis (or the slices of a pie),
 * one or more named series, one value per series and category. Every value
 * starts at 0. */

typedef enum
{
  AS_CHART_BAR,          /* one bar per series side by side in each category */
  AS_CHART_STACKED_BAR,  /* the series stacked in one bar per category */
  AS_CHART_LINE,         /* one line per series; copes with thousands of points */
  AS_CHART_PIE,          /* the first series, one slice per category */
  AS_CHART_DONUT,        /* a pie with a hole showing the total */
  AS_CHART_PARETO,       /* the first series sorted descending, bars coloured by
                          * ABC class, and the cumulative % on a right axis with
                          * guide lines at 80 % and 95 % */
} AsChartKind;

typedef enum
{
  AS_CHART_FORMAT_INTEGER,   /* 1,234 */
  AS_CHART_FORMAT_DECIMAL,   /* 1,234.5 */
  AS_CHART_FORMAT_MONEY,     /* values in euros (not cents): 1,234.50 € */
  AS_CHART_FORMAT_PERCENT,   /* values 0–100: 42 % */
  AS_CHART_FORMAT_HOURS,     /* values in hours: 12.5 h */
} AsChartFormat;

typedef struct
{
  double red, green, blue, alpha;
} AsChartColor;

#define AS_CHART_PALETTE_SIZE 8

/* Everything the drawing takes from its surroundings. @font_size is in the
 * user units of the cairo_t (pixels on screen and in PNG, points in PDF). */
typedef struct
{
  AsChartColor foreground;   /* text, axes */
  AsChartColor background;   /* filled behind the chart; alpha 0 leaves it clear */
  AsChartColor grid;         /* grid lines, guide lines */
  AsChartColor palette[AS_CHART_PALETTE_SIZE];
  const char  *font_family;  /* NULL: "Sans" */
  double       font_size;    /* 0: 12 */
} AsChartTheme;

const AsChartTheme *as_chart_theme_light      (void);
const AsChartTheme *as_chart_theme_dark       (void);
/* A theme for the given text colour over the given background (alpha 0
 * for a transparent one): the grid and the palette are chosen to read on
 * it. Used by AsChartView with the colours of the widget's style. */
void                as_chart_theme_init_for   (AsChartTheme       *theme,
                                               const AsChartColor *foreground,
                                               const AsChartColor *background);

#define AS_TYPE_CHART (as_chart_get_type ())
G_DECLARE_FINAL_TYPE (AsChart, as_chart, AS, CHART, GObject)

AsChart      *as_chart_new               (AsChartKind          kind,
                                          const char          *title);

void          as_chart_set_kind          (AsChart             *self,
                                          AsChartKind          kind);
AsChartKind   as_chart_get_kind          (AsChart             *self);
void          as_chart_set_title         (AsChart             *self,
                                          const char          *title);
const char   *as_chart_get_title         (AsChart             *self);
void          as_chart_set_format        (AsChart             *self,
                                          AsChartFormat        format);
AsChartFormat as_chart_get_format        (AsChart             *self);
/* Either may be NULL. The y title is drawn vertically beside the axis. */
void          as_chart_set_axis_titles   (AsChart             *self,
                                          const char          *x_title,
                                          const char          *y_title);
/* What the chart says when it has no categories or only zero values;
 * NULL restores the default "No data". */
void          as_chart_set_empty_text    (AsChart             *self,
                                          const char          *text);

/* Returns the new category's or series' index. */
guint         as_chart_add_category      (AsChart             *self,
                                          const char          *label);
guint         as_chart_add_series        (AsChart             *self,
                                          const char          *name);
/* A series keeps one palette colour everywhere (index modulo the palette
 * size), e.g. a service category in every chart; default: its own index. */
void          as_chart_set_series_color  (AsChart             *self,
                                          guint                series,
                                          guint                palette_index);
void          as_chart_set_value         (AsChart             *self,
                                          guint                series,
                                          guint                category,
                                          double               value);
/* Adds to the value: handy when rows arrive as (category, series, count). */
void          as_chart_add_value         (AsChart             *self,
                                          guint                series,
                                          guint                category,
                                          double               value);
double        as_chart_get_value         (AsChart             *self,
                                          guint                series,
                                          guint                category);
/* The index of the category or series with this label, appended if new. */
guint         as_chart_ensure_category   (AsChart             *self,
                                          const char          *label);
guint         as_chart_ensure_series     (AsChart             *self,
                                          const char          *name);
guint         as_chart_get_n_categories  (AsChart             *self);
guint         as_chart_get_n_series      (AsChart             *self);
const char   *as_chart_get_category      (AsChart             *self,
                                          guint                category);
const char   *as_chart_get_series_name   (AsChart             *self,
                                          guint                series);
/* Pareto: where class A ends and where class B ends, in cumulative percent
 * of the total (default 80 and 95), e.g. the warehouse's ABC settings. */
void          as_chart_set_pareto_limits (AsChart             *self,
                                          double               a_percent,
                                          double               b_percent);
/* Drops every category, series and value; keeps kind, titles and format. */
void          as_chart_clear             (AsChart             *self);
/* TRUE when there is nothing to draw: no category or every value 0. */
gboolean      as_chart_is_empty          (AsChart             *self);

/* A value in the chart's format, in the current locale. */
char         *as_chart_format_value      (AsChart             *self,
                                          double               value);
/* A sentence a screen reader can say: the title, then each category with
 * its values (the first few dozen). */
char         *as_chart_describe          (AsChart             *self);

/* Draws the whole chart into (0, 0, @width, @height) of @cr, the current
 * transformation applying; nothing is drawn outside that rectangle. */
void          as_chart_draw              (AsChart             *self,
                                          cairo_t             *cr,
                                          double               width,
                                          double               height,
                                          const AsChartTheme  *theme);
/* Which bar, point or slice the last as_chart_draw() put at (@x, @y) in
 * the same coordinates; and the tooltip text for it ("Category · Series:
 * value"). Returns FALSE where there is none. */
gboolean      as_chart_find_at           (AsChart             *self,
                                          double               x,
                                          double               y,
                                          guint               *series,
                                          guint               *category);
char         *as_chart_describe_point    (AsChart             *self,
                                          guint                series,
                                          guint                category);

/* Written under a temporary name and renamed into place. */
gboolean      as_chart_write_png         (AsChart             *self,
                                          const char          *path,
                                          int                  width,
                                          int                  height,
                                          const AsChartTheme  *theme,
                                          GError             **error);

G_END_DECLS
