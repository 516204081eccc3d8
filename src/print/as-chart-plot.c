/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Charts on two axes: bars side by side, stacked bars, lines and the Pareto
 * chart. The plan comes first (margins for the axis labels, a tick step
 * that gives round numbers, how the category labels fit: straight, slanted
 * or every n-th), then the drawing follows it. */

#include <math.h>

#include <glib/gi18n.h>

#include "as-chart-private.h"

#define MAX_TICKS          10
#define MAX_VALUE_LABELS   40
#define SLANT              (G_PI / 4)

typedef struct
{
  double min;
  double max;
  double step;
} Axis;

typedef struct
{
  double    x, y, width, height;  /* the plot area */
  Axis      axis;
  double    slot;                 /* width of one category */
  guint     n;                    /* categories */
  guint    *order;                /* Pareto: categories by value, largest first */
  double    total;                /* Pareto: the sum of the (positive) values */

  guint     label_every;          /* 0: no category labels */
  gboolean  slanted;
  double    label_length;         /* the widest a category label may be */
  double    label_band;           /* height under the plot for the labels */

  GArray   *legend;               /* AsChartLegendItem */
  GPtrArray *legend_texts;        /* the legend's own strings */
  double    legend_y;
  double    x_title_y;
} Plot;

/* ---------------------------------------------------------------- helpers */

static guint
category_at (const Plot *plot,
             guint       position)
{
  return plot->order != NULL ? plot->order[position] : position;
}

static double
value_to_y (const Plot *plot,
            double      value)
{
  double range = plot->axis.max - plot->axis.min;

  return plot->y + plot->height * (plot->axis.max - value) / range;
}

/* 1, 2, 2.5 or 5 times a power of ten: steps people count in (2.5 only
 * where it stays a whole number for whole-number values: 25, 250…). */
static double
nice_step (double   raw,
           gboolean integer)
{
  double base, fraction;

  if (!(raw > 0) || !isfinite (raw))
    return 1.0;
  base = pow (10, floor (log10 (raw)));
  fraction = raw / base;
  if (fraction <= 1.0)
    return base;
  if (fraction <= 2.0)
    return 2 * base;
  if (fraction <= 2.5 && (!integer || base >= 10))
    return 2.5 * base;
  if (fraction <= 5.0)
    return 5 * base;
  return 10 * base;
}

static void
axis_compute (Axis     *axis,
              double    low,
              double    high,
              double    pixels,
              double    spacing,
              gboolean  integer)
{
  int target = CLAMP ((int) (pixels / MAX (spacing, 1.0)), 1, MAX_TICKS);

  if (!(high > low))
    high = low + 1;
  axis->step = nice_step ((high - low) / target, integer);
  if (integer)
    axis->step = MAX (axis->step, 1.0);
  axis->min = floor (low / axis->step + 1e-9) * axis->step;
  axis->max = ceil (high / axis->step - 1e-9) * axis->step;
  if (axis->max <= axis->min)
    axis->max = axis->min + axis->step;
}

static guint
axis_n_ticks (const Axis *axis)
{
  return (guint) MIN (round ((axis->max - axis->min) / axis->step), MAX_TICKS * 3) + 1;
}

/* The lowest and highest values the axis must show, 0 always included. */
static void
value_range (AsChart *chart,
             double  *low,
             double  *high)
{
  *low = *high = 0.0;
  for (guint c = 0; c < chart->categories->len; c++)
    {
      double positive = 0.0, negative = 0.0;

      for (guint s = 0; s < chart->series->len; s++)
        {
          double value = _as_chart_value (chart, s, c);

          if (chart->kind == AS_CHART_PARETO && s > 0)
            break;
          if (chart->kind == AS_CHART_STACKED_BAR)
            {
              positive += MAX (value, 0.0);
              negative += MIN (value, 0.0);
            }
          else
            {
              positive = MAX (positive, value);
              negative = MIN (negative, chart->kind == AS_CHART_PARETO ? 0.0 : value);
            }
        }
      *high = MAX (*high, positive);
      *low = MIN (*low, negative);
    }
}

static int
compare_by_value_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  AsChart *chart = user_data;
  guint first = *(const guint *) a, second = *(const guint *) b;
  double va = _as_chart_value (chart, 0, first), vb = _as_chart_value (chart, 0, second);

  if (va != vb)
    return va > vb ? -1 : 1;
  return first < second ? -1 : (first > second);
}

/* Pareto: the categories by their value, largest first, and their total. */
static void
sort_pareto (AsChart *chart,
             Plot    *plot)
{
  plot->order = g_new (guint, plot->n);
  plot->total = 0.0;
  for (guint c = 0; c < plot->n; c++)
    {
      plot->order[c] = c;
      plot->total += MAX (0.0, _as_chart_value (chart, 0, c));
    }
  g_qsort_with_data (plot->order, plot->n, sizeof (guint), compare_by_value_cb, chart);
}

/* ------------------------------------------------------------- the legend */

/* "Class A (up to 80 %)": the class and where it ends. */
static char *
pareto_class_name (AsChart *chart,
                   guint    klass)
{
  g_autofree char *limit = _as_chart_format_share (klass == 0 ? chart->pareto_a
                                                               : chart->pareto_b);

  switch (klass)
    {
    case 0:
      /* TRANSLATORS: a Pareto chart's legend; %s is a percentage such as "80 %" */
      return g_strdup_printf (_("Class A (up to %s)"), limit);
    case 1:
      /* TRANSLATORS: a Pareto chart's legend; %s is a percentage such as "95 %" */
      return g_strdup_printf (_("Class B (up to %s)"), limit);
    default:
      return g_strdup (_("Class C"));
    }
}

static AsChartColor
pareto_class_color (const AsChartTheme *theme,
                    guint               klass)
{
  static const double strength[] = { 1.0, 0.6, 0.3 };
  AsChartColor color = _as_chart_palette (theme, 0);

  color.alpha *= strength[MIN (klass, 2)];
  return color;
}

/* The class of a category of @value whose values before it add up to
 * @before: the one that crosses a limit still belongs to the class below
 * it; a zero is C. As as_abc_classify() does for the warehouse. */
static guint
pareto_class (AsChart *chart,
              double   before,
              double   value,
              double   total)
{
  double share = total > 0 ? 100 * before / total : 0;

  if (value <= 0)
    return 2;
  return share < chart->pareto_a ? 0 : share < chart->pareto_b ? 1 : 2;
}

static void
build_legend (AsChartCtx *ctx,
              Plot       *plot)
{
  AsChart *chart = ctx->chart;
  AsChartLegendItem item = { 0 };

  plot->legend = g_array_new (FALSE, FALSE, sizeof (AsChartLegendItem));
  plot->legend_texts = g_ptr_array_new_with_free_func (g_free);
  if (chart->kind == AS_CHART_PARETO)
    {
      gboolean present[3] = { FALSE, FALSE, FALSE };
      double before = 0.0;

      for (guint i = 0; i < plot->n; i++)
        {
          double value = MAX (0.0, _as_chart_value (chart, 0, category_at (plot, i)));

          present[pareto_class (chart, before, value, plot->total)] = TRUE;
          before += value;
        }
      for (guint k = 0; k < 3; k++)
        if (present[k])
          {
            char *name = pareto_class_name (chart, k);

            g_ptr_array_add (plot->legend_texts, name);
            item = (AsChartLegendItem) { pareto_class_color (ctx->theme, k), name };
            g_array_append_val (plot->legend, item);
          }
      item = (AsChartLegendItem) { _as_chart_palette (ctx->theme, 1), _("Cumulative %"), TRUE };
      g_array_append_val (plot->legend, item);
      return;
    }
  if (chart->series->len < 2)
    return;
  for (guint s = 0; s < chart->series->len; s++)
    {
      AsChartSeries *series = g_ptr_array_index (chart->series, s);

      item = (AsChartLegendItem) { _as_chart_palette (ctx->theme, series->color), series->name,
                                   chart->kind == AS_CHART_LINE };
      g_array_append_val (plot->legend, item);
    }
}

/* ------------------------------------------------------------------ plan */

static double
widest_tick (AsChartCtx *ctx,
             const Axis *axis)
{
  double widest = 0.0;

  for (guint i = 0; i < axis_n_ticks (axis); i++)
    {
      g_autofree char *text = _as_chart_format_tick (ctx->chart, axis->min + i * axis->step,
                                                     axis->step);
      double width;

      _as_chart_text_size (ctx, text, AS_CHART_TEXT_SMALL, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

/* The widest label among the categories shown (every @every-th). */
static double
widest_label (AsChartCtx *ctx,
              const Plot *plot,
              guint       every)
{
  double widest = 0.0;

  for (guint i = 0; i < plot->n; i += every)
    {
      double width;

      _as_chart_text_size (ctx, g_ptr_array_index (ctx->chart->categories, category_at (plot, i)),
                           AS_CHART_TEXT_SMALL, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

/* Straight when every label fits its slot (or the slots are wide enough
 * to read a shortened one); slanted otherwise, every n-th when crowded. */
static void
plan_labels (AsChartCtx *ctx,
             Plot       *plot,
             double      max_band)
{
  double lh = ctx->line_height, widest;

  plot->slanted = FALSE;
  plot->label_every = 1;
  if (plot->slot >= lh * 1.5)
    {
      widest = widest_label (ctx, plot, 1);
      if (widest <= plot->slot - ctx->pad * 0.5 || plot->slot >= lh * 7)
        {
          plot->label_length = MAX (plot->slot - ctx->pad * 0.5, 1.0);
          plot->label_band = lh + ctx->pad * 0.5;
          return;
        }
    }
  plot->slanted = TRUE;
  plot->label_every = MAX (1u, (guint) ceil (lh * 1.2 / MAX (plot->slot, 0.01)));
  widest = widest_label (ctx, plot, plot->label_every);
  plot->label_length = MIN (widest, max_band / sin (SLANT) - lh);
  if (plot->label_length < lh * 1.5)
    {
      /* No room to say anything useful: the tooltips still do. */
      plot->label_every = 0;
      plot->label_band = ctx->pad * 0.5;
      return;
    }
  plot->label_band = (plot->label_length + lh) * sin (SLANT) + ctx->pad * 0.5;
}

/* Lays out the plot area within (@top, bottom of the chart). Returns FALSE
 * when there is no room for a plot at all. */
static gboolean
plan (AsChartCtx *ctx,
      Plot       *plot,
      double      top)
{
  AsChart *chart = ctx->chart;
  double lh = ctx->line_height, pad = ctx->pad;
  double bottom = ctx->height - pad, left = pad, right = ctx->width - pad;
  double low, high, min_x = 0;

  plot->n = chart->categories->len;
  if (chart->kind == AS_CHART_PARETO)
    sort_pareto (chart, plot);
  build_legend (ctx, plot);

  bottom -= _as_chart_legend_height (ctx, (AsChartLegendItem *) plot->legend->data,
                                     plot->legend->len, ctx->width - 2 * pad);
  plot->legend_y = bottom;
  if (plot->legend->len > 0)
    bottom -= pad * 0.5;
  if (chart->x_title != NULL && *chart->x_title != '\0')
    bottom -= lh + pad * 0.25;
  plot->x_title_y = bottom;
  if (chart->y_title != NULL && *chart->y_title != '\0')
    left += lh + pad * 0.5;
  if (chart->kind == AS_CHART_PARETO)
    {
      g_autofree char *hundred = _as_chart_format_share (100);
      double hundred_width;

      _as_chart_text_size (ctx, hundred, AS_CHART_TEXT_SMALL, &hundred_width, NULL);
      right -= hundred_width + pad;
    }
  top += lh * 0.5;   /* half of the top tick label stands above the plot */
  value_range (chart, &low, &high);

  plot->label_band = lh + pad * 0.5;
  for (int pass = 0; pass < 2; pass++)
    {
      plot->y = top;
      plot->height = bottom - plot->label_band - top;
      axis_compute (&plot->axis, low, high, plot->height, lh * 2.5,
                    chart->format == AS_CHART_FORMAT_INTEGER);
      plot->x = MAX (left + widest_tick (ctx, &plot->axis) + pad * 0.5, min_x);
      plot->width = right - plot->x;
      plot->slot = plot->width / MAX (plot->n, 1u);
      plan_labels (ctx, plot, (bottom - top) * 0.4);
      /* A slanted first label runs to the left of the plot: keep it inside. */
      if (plot->slanted && plot->label_every > 0)
        min_x = (plot->label_length + ctx->line_height) * cos (SLANT) - plot->slot / 2 + pad;
    }
  return plot->width >= 2 && plot->height >= 2;
}

/* ---------------------------------------------------------------- axes */

static void
draw_grid (AsChartCtx *ctx,
           const Plot *plot)
{
  cairo_t *cr = ctx->cr;
  guint n_ticks = axis_n_ticks (&plot->axis);

  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < n_ticks; i++)
    {
      double value = plot->axis.min + i * plot->axis.step;
      double y = value_to_y (plot, value);
      g_autofree char *text = _as_chart_format_tick (ctx->chart, value, plot->axis.step);

      _as_chart_set_color (cr, &ctx->theme->grid, 1.0);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
      _as_chart_set_color (cr, &ctx->theme->foreground, 0.8);
      _as_chart_text_draw (ctx, text, AS_CHART_TEXT_SMALL, plot->x - ctx->pad * 0.5, y, 1, 0.5,
                           -1);
    }
}

static void
draw_baseline (AsChartCtx *ctx,
               const Plot *plot)
{
  double y = value_to_y (plot, 0.0);

  _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 0.6);
  cairo_set_line_width (ctx->cr, 1.0);
  cairo_move_to (ctx->cr, plot->x, y);
  cairo_line_to (ctx->cr, plot->x + plot->width, y);
  cairo_stroke (ctx->cr);
}

static void
draw_category_label (AsChartCtx *ctx,
                     const Plot *plot,
                     guint       position)
{
  const char *label = g_ptr_array_index (ctx->chart->categories, category_at (plot, position));
  double x = plot->x + (position + 0.5) * plot->slot;
  double y = plot->y + plot->height + ctx->pad * 0.35;

  if (!plot->slanted)
    {
      _as_chart_text_draw (ctx, label, AS_CHART_TEXT_SMALL, x, y, 0.5, 0, plot->label_length);
      return;
    }
  /* Slanted up to the right, ending under its bar. */
  cairo_save (ctx->cr);
  cairo_translate (ctx->cr, x, y + ctx->line_height * 0.35);
  cairo_rotate (ctx->cr, -SLANT);
  _as_chart_text_draw (ctx, label, AS_CHART_TEXT_SMALL, 0, 0, 1, 0.5, plot->label_length);
  cairo_restore (ctx->cr);
}

static void
draw_category_labels (AsChartCtx *ctx,
                      const Plot *plot)
{
  if (plot->label_every == 0)
    return;
  _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 0.8);
  for (guint i = 0; i < plot->n; i += plot->label_every)
    draw_category_label (ctx, plot, i);
}

static void
draw_titles (AsChartCtx *ctx,
             const Plot *plot)
{
  AsChart *chart = ctx->chart;

  _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 1.0);
  if (chart->x_title != NULL && *chart->x_title != '\0')
    _as_chart_text_draw (ctx, chart->x_title, AS_CHART_TEXT_NORMAL,
                         plot->x + plot->width / 2, plot->x_title_y + ctx->pad * 0.25, 0.5, 0,
                         ctx->width - 2 * ctx->pad);
  if (chart->y_title != NULL && *chart->y_title != '\0')
    {
      cairo_save (ctx->cr);
      cairo_translate (ctx->cr, ctx->pad, plot->y + plot->height / 2);
      cairo_rotate (ctx->cr, -G_PI / 2);
      _as_chart_text_draw (ctx, chart->y_title, AS_CHART_TEXT_NORMAL, 0, 0, 0.5, 0,
                           plot->height);
      cairo_restore (ctx->cr);
    }
  _as_chart_legend_draw (ctx, (AsChartLegendItem *) plot->legend->data, plot->legend->len,
                         ctx->pad, plot->legend_y, ctx->width - 2 * ctx->pad);
}

/* ----------------------------------------------------------------- bars */

static void
add_rect_hit (AsChart *chart,
              guint    series,
              guint    category,
              double   x,
              double   y,
              double   width,
              double   height)
{
  AsChartHit hit = { AS_CHART_HIT_RECT, series, category, x, y, width, height };

  _as_chart_add_hit (chart, &hit);
}

/* Adds a bar to the path: the bars of one colour are filled together, so
 * that thousands of bars narrower than a pixel blend into a solid area
 * instead of leaving seams, and cost one fill. */
static void
add_bar (cairo_t *cr,
         double   x,
         double   y_from,
         double   y_to,
         double   width)
{
  if (y_from != y_to)
    cairo_rectangle (cr, x, MIN (y_from, y_to), width, fabs (y_to - y_from));
}

static void
fill_bars (AsChartCtx         *ctx,
           const AsChartColor *color)
{
  _as_chart_set_color (ctx->cr, color, 1.0);
  cairo_set_fill_rule (ctx->cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill (ctx->cr);
}

/* The value over its bar (under it when negative), when there is room. */
static void
draw_value_label (AsChartCtx *ctx,
                  const Plot *plot,
                  guint       position,
                  double      value)
{
  g_autofree char *text = as_chart_format_value (ctx->chart, value);
  double x = plot->x + (position + 0.5) * plot->slot;
  double y = value_to_y (plot, value), width;

  _as_chart_text_size (ctx, text, AS_CHART_TEXT_SMALL, &width, NULL);
  if (width > plot->slot - 2)
    return;
  _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 0.9);
  if (value >= 0)
    _as_chart_text_draw (ctx, text, AS_CHART_TEXT_SMALL, x, MAX (y - 2, ctx->line_height), 0.5,
                         1, -1);
  else
    _as_chart_text_draw (ctx, text, AS_CHART_TEXT_SMALL, x,
                         MIN (y + 2, ctx->height - ctx->line_height), 0.5, 0, -1);
}

/* Most of the slot, a gap between bars when they are wider than a few
 * pixels; and never so wide that a lone bar fills the whole chart. */
static double
bar_width (AsChartCtx *ctx,
           const Plot *plot)
{
  return MIN (plot->slot >= 4 ? plot->slot * 0.7 : plot->slot, ctx->line_height * 4);
}

static gboolean
shows_value_labels (const Plot *plot)
{
  return plot->n <= MAX_VALUE_LABELS;
}

/* Side by side: a gap between the categories, none inside a group. */
static void
draw_bars (AsChartCtx *ctx,
           const Plot *plot)
{
  AsChart *chart = ctx->chart;
  guint n_series = MAX (chart->series->len, 1u);
  double group = MIN (bar_width (ctx, plot) * n_series,
                      plot->slot >= 4 ? plot->slot * (n_series > 1 ? 0.8 : 0.7) : plot->slot);
  double bar = group / n_series;

  for (guint s = 0; s < chart->series->len; s++)
    {
      AsChartSeries *series = g_ptr_array_index (chart->series, s);
      AsChartColor color = _as_chart_palette (ctx->theme, series->color);

      for (guint c = 0; c < plot->n; c++)
        {
          double x = plot->x + c * plot->slot + (plot->slot - group) / 2 + s * bar;

          add_bar (ctx->cr, x, value_to_y (plot, 0),
                   value_to_y (plot, _as_chart_value (chart, s, c)), bar);
          add_rect_hit (chart, s, c, x, plot->y, MAX (bar, 1.0), plot->height);
        }
      fill_bars (ctx, &color);
    }
  if (chart->series->len == 1 && shows_value_labels (plot))
    for (guint c = 0; c < plot->n; c++)
      draw_value_label (ctx, plot, c, _as_chart_value (chart, 0, c));
}

/* Positive values stack up from 0, negative ones down: @positive and
 * @negative carry each category's stack from one series to the next. */
static void
draw_stacked_series (AsChartCtx *ctx,
                     const Plot *plot,
                     guint       s,
                     double     *positive,
                     double     *negative)
{
  AsChart *chart = ctx->chart;
  AsChartSeries *series = g_ptr_array_index (chart->series, s);
  AsChartColor color = _as_chart_palette (ctx->theme, series->color);
  double bar = bar_width (ctx, plot);

  for (guint c = 0; c < plot->n; c++)
    {
      double x = plot->x + c * plot->slot + (plot->slot - bar) / 2;
      double value = _as_chart_value (chart, s, c);
      double *base = value >= 0 ? &positive[c] : &negative[c];
      double y_from = value_to_y (plot, *base), y_to = value_to_y (plot, *base + value);

      add_bar (ctx->cr, x, y_from, y_to, bar);
      if (value != 0)
        add_rect_hit (chart, s, c, x, MIN (y_from, y_to), MAX (bar, 1.0),
                      MAX (fabs (y_to - y_from), 2.0));
      *base += value;
    }
  fill_bars (ctx, &color);
}

static void
draw_stacked_bars (AsChartCtx *ctx,
                   const Plot *plot)
{
  AsChart *chart = ctx->chart;
  g_autofree double *positive = g_new0 (double, plot->n);
  g_autofree double *negative = g_new0 (double, plot->n);

  for (guint s = 0; s < chart->series->len; s++)
    draw_stacked_series (ctx, plot, s, positive, negative);
  if (shows_value_labels (plot))
    for (guint c = 0; c < plot->n; c++)
      if (positive[c] > 0)
        draw_value_label (ctx, plot, c, positive[c]);
}

/* ----------------------------------------------------------------- lines */

static void
draw_marker (AsChartCtx *ctx,
             double      x,
             double      y)
{
  cairo_arc (ctx->cr, x, y, MAX (2.0, ctx->line_height / 5), 0, 2 * G_PI);
  cairo_fill (ctx->cr);
}

static void
draw_lines (AsChartCtx *ctx,
            const Plot *plot)
{
  AsChart *chart = ctx->chart;
  gboolean markers = plot->n == 1 || plot->slot >= ctx->line_height * 0.8;

  cairo_set_line_width (ctx->cr, MAX (1.5, ctx->line_height / 7));
  cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_ROUND);
  for (guint s = 0; s < chart->series->len; s++)
    {
      AsChartSeries *series = g_ptr_array_index (chart->series, s);
      AsChartColor color = _as_chart_palette (ctx->theme, series->color);

      _as_chart_set_color (ctx->cr, &color, 1.0);
      for (guint c = 0; c < plot->n; c++)
        cairo_line_to (ctx->cr, plot->x + (c + 0.5) * plot->slot,
                       value_to_y (plot, _as_chart_value (chart, s, c)));
      cairo_stroke (ctx->cr);
      for (guint c = 0; markers && c < plot->n; c++)
        draw_marker (ctx, plot->x + (c + 0.5) * plot->slot,
                     value_to_y (plot, _as_chart_value (chart, s, c)));
    }
  chart->line = (AsChartLineGeometry) { TRUE, plot->x, plot->y, plot->width, plot->height,
                                        plot->slot, plot->axis.min, plot->axis.max };
}

/* ---------------------------------------------------------------- Pareto */

static double
share_to_y (const Plot *plot,
            double      share)
{
  return plot->y + plot->height * (1 - share / 100);
}

/* The cumulative share's own axis on the right, with the class lines. */
static void
draw_share_axis (AsChartCtx *ctx,
                 const Plot *plot)
{
  double right = plot->x + plot->width;
  double step = plot->height > ctx->line_height * 9 ? 20 : 50;
  static const double dashes[] = { 4.0, 3.0 };

  _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 0.8);
  for (double share = 0; share <= 100; share += step)
    {
      g_autofree char *text = _as_chart_format_share (share);

      _as_chart_text_draw (ctx, text, AS_CHART_TEXT_SMALL, right + ctx->pad * 0.5,
                           share_to_y (plot, share), 0, 0.5, -1);
    }
  cairo_save (ctx->cr);
  cairo_set_dash (ctx->cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (ctx->cr, 1.0);
  for (guint i = 0; i < 2; i++)
    {
      double share = i == 0 ? ctx->chart->pareto_a : ctx->chart->pareto_b;
      double y = share_to_y (plot, share);
      g_autofree char *text = _as_chart_format_share (share);

      _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 0.5);
      cairo_move_to (ctx->cr, plot->x, y);
      cairo_line_to (ctx->cr, right, y);
      cairo_stroke (ctx->cr);
      /* A limit between two ticks (95 %) is labelled when clear of them. */
      if (fabs (y - share_to_y (plot, round (share / step) * step)) >= ctx->line_height)
        _as_chart_text_draw (ctx, text, AS_CHART_TEXT_SMALL, right + ctx->pad * 0.5, y, 0, 0.5,
                             -1);
    }
  cairo_restore (ctx->cr);
}

static void
draw_pareto (AsChartCtx *ctx,
             const Plot *plot)
{
  AsChart *chart = ctx->chart;
  AsChartColor line_color = _as_chart_palette (ctx->theme, 1);
  double bar = bar_width (ctx, plot), before = 0.0;
  gboolean markers = plot->n == 1 || plot->slot >= ctx->line_height * 0.8;

  for (guint klass = 0; klass < 3; klass++)
    {
      AsChartColor color = pareto_class_color (ctx->theme, klass);

      before = 0.0;
      for (guint i = 0; i < plot->n; i++)
        {
          guint category = plot->order[i];
          double value = MAX (0.0, _as_chart_value (chart, 0, category));
          double x = plot->x + i * plot->slot + (plot->slot - bar) / 2;

          if (pareto_class (chart, before, value, plot->total) == klass)
            add_bar (ctx->cr, x, value_to_y (plot, 0), value_to_y (plot, value), bar);
          if (klass == 0)
            add_rect_hit (chart, 0, category, plot->x + i * plot->slot, plot->y,
                          MAX (plot->slot, 1.0), plot->height);
          before += value;
        }
      fill_bars (ctx, &color);
    }
  draw_share_axis (ctx, plot);

  _as_chart_set_color (ctx->cr, &line_color, 1.0);
  cairo_set_line_width (ctx->cr, MAX (1.5, ctx->line_height / 7));
  cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_ROUND);
  before = 0.0;
  for (guint i = 0; i < plot->n; i++)
    {
      before += MAX (0.0, _as_chart_value (chart, 0, plot->order[i]));
      cairo_line_to (ctx->cr, plot->x + (i + 0.5) * plot->slot,
                     share_to_y (plot, plot->total > 0 ? 100 * before / plot->total : 0));
    }
  cairo_stroke (ctx->cr);
  before = 0.0;
  for (guint i = 0; markers && i < plot->n; i++)
    {
      before += MAX (0.0, _as_chart_value (chart, 0, plot->order[i]));
      draw_marker (ctx, plot->x + (i + 0.5) * plot->slot,
                   share_to_y (plot, plot->total > 0 ? 100 * before / plot->total : 0));
    }
  if (shows_value_labels (plot))
    for (guint i = 0; i < plot->n; i++)
      draw_value_label (ctx, plot, i, MAX (0.0, _as_chart_value (chart, 0, plot->order[i])));
}

/* ---------------------------------------------------------------- entry */

static void
draw_data (AsChartCtx *ctx,
           const Plot *plot)
{
  switch (ctx->chart->kind)
    {
    case AS_CHART_STACKED_BAR:
      draw_stacked_bars (ctx, plot);
      break;
    case AS_CHART_LINE:
      draw_lines (ctx, plot);
      break;
    case AS_CHART_PARETO:
      draw_pareto (ctx, plot);
      break;
    case AS_CHART_BAR:
    case AS_CHART_PIE:
    case AS_CHART_DONUT:
    default:
      draw_bars (ctx, plot);
      break;
    }
}

void
_as_chart_draw_plot (AsChartCtx *ctx,
                     double      top)
{
  Plot plot = { 0 };

  if (plan (ctx, &plot, top))
    {
      draw_grid (ctx, &plot);
      draw_category_labels (ctx, &plot);
      draw_titles (ctx, &plot);
      draw_data (ctx, &plot);
      draw_baseline (ctx, &plot);
    }
  g_free (plot.order);
  g_clear_pointer (&plot.legend, g_array_unref);
  g_clear_pointer (&plot.legend_texts, g_ptr_array_unref);
}
