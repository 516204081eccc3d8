/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pie and donut charts: the first series, one slice per category with a
 * positive value, clockwise from the top. Beyond a handful of slices the
 * smallest are gathered in "Other"; the legend gives each slice's value and
 * share, beside the pie when the space is wide, under it otherwise. */

#include <math.h>

#include <glib/gi18n.h>

#include "as-chart-private.h"

#define OTHER          G_MAXUINT
#define DONUT_HOLE     0.58
#define MIN_LABEL_ARC  0.32   /* radians: narrower slices carry no percentage */
#define START_ANGLE    (-G_PI / 2)

typedef struct
{
  guint  category;            /* OTHER for the gathered rest */
  double value;
} Slice;

typedef struct
{
  GArray    *slices;          /* Slice */
  double     total;
  GPtrArray *texts;           /* legend texts, char * */
  GArray    *legend;          /* AsChartLegendItem */
  double     cx, cy, radius, inner;
} Pie;

/* ---------------------------------------------------------------- slices */

static int
compare_slices_cb (gconstpointer a,
                   gconstpointer b)
{
  const Slice *first = a, *second = b;

  if (first->value != second->value)
    return first->value > second->value ? -1 : 1;
  return first->category < second->category ? -1 : (first->category > second->category);
}

/* The positive values in the chart's order; too many, and the largest
 * come first with the rest gathered in one slice. */
static void
collect_slices (AsChart *chart,
                Pie     *pie)
{
  pie->slices = g_array_new (FALSE, FALSE, sizeof (Slice));
  pie->total = 0.0;
  for (guint c = 0; c < chart->categories->len; c++)
    {
      Slice slice = { c, _as_chart_value (chart, 0, c) };

      if (slice.value > 0)
        {
          g_array_append_val (pie->slices, slice);
          pie->total += slice.value;
        }
    }
  if (pie->slices->len > AS_CHART_MAX_SLICES)
    {
      Slice other = { OTHER, 0.0 };

      g_array_sort (pie->slices, compare_slices_cb);
      for (guint i = AS_CHART_MAX_SLICES - 1; i < pie->slices->len; i++)
        other.value += g_array_index (pie->slices, Slice, i).value;
      g_array_set_size (pie->slices, AS_CHART_MAX_SLICES - 1);
      g_array_append_val (pie->slices, other);
    }
}

static const char *
slice_label (AsChart     *chart,
             const Slice *slice)
{
  return slice->category == OTHER ? _("Other")
                                  : g_ptr_array_index (chart->categories, slice->category);
}

static double
slice_share (const Pie   *pie,
             const Slice *slice)
{
  return pie->total > 0 ? 100 * slice->value / pie->total : 0;
}

/* Whole percents, one decimal below 1 % so that a small slice is not "0 %". */
static char *
format_share (double share)
{
  return g_strdup_printf ("%.*f\u00a0%%", share < 1 ? 1 : 0, share);
}

static void
build_legend (AsChartCtx *ctx,
              Pie        *pie)
{
  pie->texts = g_ptr_array_new_with_free_func (g_free);
  pie->legend = g_array_new (FALSE, FALSE, sizeof (AsChartLegendItem));
  for (guint i = 0; i < pie->slices->len; i++)
    {
      const Slice *slice = &g_array_index (pie->slices, Slice, i);
      g_autofree char *value = as_chart_format_value (ctx->chart, slice->value);
      g_autofree char *share = format_share (slice_share (pie, slice));
      char *text = g_strdup_printf ("%s: %s (%s)", slice_label (ctx->chart, slice), value, share);
      AsChartLegendItem item = { _as_chart_palette (ctx->theme, i), text, FALSE };

      g_ptr_array_add (pie->texts, text);
      g_array_append_val (pie->legend, item);
    }
}

/* ---------------------------------------------------------------- layout */

static double
widest_legend_item (AsChartCtx *ctx,
                    const Pie  *pie)
{
  double widest = 0.0;

  for (guint i = 0; i < pie->legend->len; i++)
    {
      double width;

      _as_chart_text_size (ctx, g_array_index (pie->legend, AsChartLegendItem, i).text,
                           AS_CHART_TEXT_SMALL, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest + ctx->line_height * 1.3;
}

/* A column of legend rows, centred beside the pie. */
static void
draw_side_legend (AsChartCtx *ctx,
                  const Pie  *pie,
                  double      x,
                  double      width)
{
  double row = ctx->line_height * 1.25;
  double y = pie->cy - row * pie->legend->len / 2;

  for (guint i = 0; i < pie->legend->len; i++)
    _as_chart_legend_draw (ctx, &g_array_index (pie->legend, AsChartLegendItem, i), 1,
                           x, y + i * row, width * 2 + 2 * ctx->pad);
}

/* Places the pie and draws the legend: beside it when wide, under it when
 * not. Returns FALSE when no pie fits. */
static gboolean
place (AsChartCtx *ctx,
       Pie        *pie,
       double      top)
{
  double pad = ctx->pad;
  double x = pad, width = ctx->width - 2 * pad, height = ctx->height - top - pad;

  if (width >= height * 1.3)
    {
      double legend_width = MIN (widest_legend_item (ctx, pie), width * 0.55);
      double pie_width = width - legend_width - pad;

      pie->radius = MIN (pie_width, height) / 2;
      pie->cx = x + pie_width / 2;
      pie->cy = top + height / 2;
      draw_side_legend (ctx, pie, MIN (pie->cx + pie->radius + pad * 1.5,
                                       x + width - legend_width), legend_width);
    }
  else
    {
      double legend_height = _as_chart_legend_height (ctx, (AsChartLegendItem *) pie->legend->data,
                                                      pie->legend->len, width);

      _as_chart_legend_draw (ctx, (AsChartLegendItem *) pie->legend->data, pie->legend->len,
                             x, top + height - legend_height, width);
      height -= legend_height + pad * 0.5;
      pie->radius = MIN (width, height) / 2;
      pie->cx = x + width / 2;
      pie->cy = top + height / 2;
    }
  pie->radius -= 1;
  pie->inner = ctx->chart->kind == AS_CHART_DONUT ? pie->radius * DONUT_HOLE : 0;
  return pie->radius >= 4;
}

/* ---------------------------------------------------------------- slices */

static void
slice_path (cairo_t   *cr,
            const Pie *pie,
            double     start,
            double     end)
{
  cairo_new_path (cr);
  cairo_arc (cr, pie->cx, pie->cy, pie->radius, start, end);
  if (pie->inner > 0)
    cairo_arc_negative (cr, pie->cx, pie->cy, pie->inner, end, start);
  else
    cairo_line_to (cr, pie->cx, pie->cy);
  cairo_close_path (cr);
}

/* The share written inside a slice wide enough, black or white to read on it. */
static void
draw_share (AsChartCtx         *ctx,
            const Pie          *pie,
            const Slice        *slice,
            const AsChartColor *color,
            double              start,
            double              end)
{
  double middle = (start + end) / 2;
  double distance = pie->inner > 0 ? (pie->inner + pie->radius) / 2 : pie->radius * 0.62;
  g_autofree char *text = format_share (slice_share (pie, slice));
  double width;

  _as_chart_text_size (ctx, text, AS_CHART_TEXT_SMALL, &width, NULL);
  if (end - start < MIN_LABEL_ARC || width > pie->radius * 0.6)
    return;
  /* A lone slice of a pie: its share in the middle. */
  if (end - start >= 2 * G_PI - 1e-9 && pie->inner == 0)
    distance = 0;
  if (_as_chart_luminance (color) > 0.55)
    cairo_set_source_rgb (ctx->cr, 0, 0, 0);
  else
    cairo_set_source_rgb (ctx->cr, 1, 1, 1);
  _as_chart_text_draw (ctx, text, AS_CHART_TEXT_SMALL, pie->cx + distance * cos (middle),
                       pie->cy + distance * sin (middle), 0.5, 0.5, -1);
}

static void
add_wedge_hit (AsChart     *chart,
               const Pie   *pie,
               const Slice *slice,
               double       start,
               double       end)
{
  AsChartHit hit = { AS_CHART_HIT_WEDGE, 0, slice->category };

  /* "Other" has no category of its own: it answers for none. */
  if (slice->category == OTHER)
    return;
  hit.cx = pie->cx;
  hit.cy = pie->cy;
  hit.inner = pie->inner;
  hit.outer = pie->radius;
  hit.start = start;
  hit.end = end;
  _as_chart_add_hit (chart, &hit);
}

static void
draw_slices (AsChartCtx *ctx,
             const Pie  *pie)
{
  double start = START_ANGLE;

  for (guint i = 0; i < pie->slices->len; i++)
    {
      const Slice *slice = &g_array_index (pie->slices, Slice, i);
      AsChartColor color = _as_chart_palette (ctx->theme, i);
      double end = i + 1 == pie->slices->len ? START_ANGLE + 2 * G_PI
                                             : start + 2 * G_PI * slice->value / pie->total;

      slice_path (ctx->cr, pie, start, end);
      _as_chart_set_color (ctx->cr, &color, 1.0);
      cairo_fill_preserve (ctx->cr);
      /* A thin line of the background between slices. */
      if (ctx->theme->background.alpha > 0 && pie->slices->len > 1)
        {
          _as_chart_set_color (ctx->cr, &ctx->theme->background, 1.0);
          cairo_set_line_width (ctx->cr, 1.5);
          cairo_stroke (ctx->cr);
        }
      cairo_new_path (ctx->cr);
      draw_share (ctx, pie, slice, &color, start, end);
      add_wedge_hit (ctx->chart, pie, slice, start, end);
      start = end;
    }
}

/* The total in the donut's hole. */
static void
draw_total (AsChartCtx *ctx,
            const Pie  *pie)
{
  g_autofree char *total = as_chart_format_value (ctx->chart, pie->total);
  double total_height;

  _as_chart_text_size (ctx, total, AS_CHART_TEXT_LARGE, NULL, &total_height);
  if (pie->inner < ctx->line_height * 1.6)
    return;
  _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 1.0);
  _as_chart_text_draw (ctx, total, AS_CHART_TEXT_LARGE, pie->cx, pie->cy, 0.5, 0.75,
                       pie->inner * 1.7);
  _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 0.7);
  _as_chart_text_draw (ctx, _("Total"), AS_CHART_TEXT_SMALL, pie->cx,
                       pie->cy + total_height * 0.3, 0.5, 0, pie->inner * 1.6);
}

void
_as_chart_draw_pie (AsChartCtx *ctx,
                    double      top)
{
  Pie pie = { 0 };

  collect_slices (ctx->chart, &pie);
  build_legend (ctx, &pie);
  if (pie.total > 0 && place (ctx, &pie, top))
    {
      draw_slices (ctx, &pie);
      if (pie.inner > 0)
        draw_total (ctx, &pie);
    }
  else if (pie.total <= 0)
    {
      _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 0.8);
      _as_chart_text_draw (ctx, ctx->chart->empty_text != NULL ? ctx->chart->empty_text
                                                               : _("No data"),
                           AS_CHART_TEXT_NORMAL, ctx->width / 2, (top + ctx->height) / 2,
                           0.5, 0.5, ctx->width - 2 * ctx->pad);
    }
  g_array_unref (pie.slices);
  g_ptr_array_unref (pie.texts);
  g_array_unref (pie.legend);
}
