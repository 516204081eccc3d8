/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every kind of chart draws the same way: colours, text with PangoCairo
 * (sized in the cairo_t's own units, so a PNG, a PDF and the screen agree)
 * and the legend. */

#include <math.h>

#include "as-chart-private.h"

#define DEFAULT_FONT_SIZE 12.0

void
_as_chart_set_color (cairo_t            *cr,
                     const AsChartColor *color,
                     double              alpha_factor)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha_factor);
}

AsChartColor
_as_chart_palette (const AsChartTheme *theme,
                   guint               index)
{
  return theme->palette[index % AS_CHART_PALETTE_SIZE];
}

/* Relative luminance, enough to choose black or white text on a colour. */
double
_as_chart_luminance (const AsChartColor *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

static double
style_scale (AsChartTextStyle style)
{
  switch (style)
    {
    case AS_CHART_TEXT_SMALL:
      return 0.85;
    case AS_CHART_TEXT_TITLE:
      return 1.2;
    case AS_CHART_TEXT_LARGE:
      return 1.5;
    case AS_CHART_TEXT_NORMAL:
    default:
      return 1.0;
    }
}

/* Sets the layout's font, text and (for @max_width > 0) ellipsizing width. */
void
_as_chart_text_prepare (AsChartCtx       *ctx,
                        const char       *text,
                        AsChartTextStyle  style,
                        double            max_width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  double size = ctx->theme->font_size > 0 ? ctx->theme->font_size : DEFAULT_FONT_SIZE;

  pango_font_description_set_family (font, ctx->theme->font_family != NULL
                                           ? ctx->theme->font_family : "Sans");
  pango_font_description_set_absolute_size (font, size * style_scale (style) * PANGO_SCALE);
  if (style == AS_CHART_TEXT_TITLE || style == AS_CHART_TEXT_LARGE)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (ctx->layout, font);
  pango_layout_set_ellipsize (ctx->layout, max_width > 0 ? PANGO_ELLIPSIZE_END
                                                         : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_width (ctx->layout, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_single_paragraph_mode (ctx->layout, TRUE);
  pango_layout_set_text (ctx->layout, text != NULL ? text : "", -1);
}

void
_as_chart_text_size (AsChartCtx       *ctx,
                     const char       *text,
                     AsChartTextStyle  style,
                     double           *width,
                     double           *height)
{
  int layout_width, layout_height;

  _as_chart_text_prepare (ctx, text, style, -1);
  pango_layout_get_size (ctx->layout, &layout_width, &layout_height);
  if (width != NULL)
    *width = (double) layout_width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) layout_height / PANGO_SCALE;
}

void
_as_chart_text_draw (AsChartCtx       *ctx,
                     const char       *text,
                     AsChartTextStyle  style,
                     double            x,
                     double            y,
                     double            xalign,
                     double            yalign,
                     double            max_width)
{
  PangoRectangle logical;

  if (text == NULL || *text == '\0' || (max_width > 0 && max_width < 1))
    return;
  _as_chart_text_prepare (ctx, text, style, max_width);
  pango_layout_get_extents (ctx->layout, NULL, &logical);
  cairo_move_to (ctx->cr,
                 x - xalign * logical.width / PANGO_SCALE - (double) logical.x / PANGO_SCALE,
                 y - yalign * logical.height / PANGO_SCALE);
  pango_cairo_show_layout (ctx->cr, ctx->layout);
  /* Showing a layout leaves a current point: the next line must not start there. */
  cairo_new_path (ctx->cr);
}

/* ---------------------------------------------------------------- legend */

/* Items flow left to right and wrap; each is a swatch and its text, no
 * wider than half the legend so that two always share a row. */
static double
item_width (AsChartCtx              *ctx,
            const AsChartLegendItem *item,
            double                   width)
{
  double text_width;

  _as_chart_text_size (ctx, item->text, AS_CHART_TEXT_SMALL, &text_width, NULL);
  return MIN (ctx->line_height * 1.3 + text_width, MAX (width / 2 - ctx->pad, 1.0));
}

static void
draw_swatch (AsChartCtx              *ctx,
             const AsChartLegendItem *item,
             double                   x,
             double                   y)
{
  double size = ctx->line_height * 0.8;

  _as_chart_set_color (ctx->cr, &item->color, 1.0);
  if (item->is_line)
    {
      cairo_set_line_width (ctx->cr, MAX (1.0, ctx->line_height / 8));
      cairo_move_to (ctx->cr, x, y + size / 2);
      cairo_line_to (ctx->cr, x + size, y + size / 2);
      cairo_stroke (ctx->cr);
      cairo_arc (ctx->cr, x + size / 2, y + size / 2, size / 5, 0, 2 * G_PI);
      cairo_fill (ctx->cr);
      return;
    }
  cairo_rectangle (ctx->cr, x, y + ctx->line_height * 0.05, size, size);
  cairo_fill (ctx->cr);
}

/* Lays the items out (drawing them when @draw) and returns the height used. */
static double
legend_flow (AsChartCtx              *ctx,
             const AsChartLegendItem *items,
             guint                    n_items,
             double                   x0,
             double                   y0,
             double                   width,
             gboolean                 draw)
{
  double x = 0, y = 0, row_height = ctx->line_height;

  if (n_items == 0 || width < ctx->line_height * 2)
    return 0;
  for (guint i = 0; i < n_items; i++)
    {
      double w = item_width (ctx, &items[i], width);

      if (x > 0 && x + w > width)
        {
          x = 0;
          y += row_height;
        }
      if (draw)
        {
          draw_swatch (ctx, &items[i], x0 + x, y0 + y + ctx->line_height * 0.1);
          _as_chart_set_color (ctx->cr, &ctx->theme->foreground, 1.0);
          _as_chart_text_draw (ctx, items[i].text, AS_CHART_TEXT_SMALL,
                               x0 + x + ctx->line_height * 1.1, y0 + y + row_height / 2, 0, 0.5,
                               w - ctx->line_height * 1.1);
        }
      x += w + ctx->pad * 1.5;
    }
  return y + row_height;
}

double
_as_chart_legend_height (AsChartCtx              *ctx,
                         const AsChartLegendItem *items,
                         guint                    n_items,
                         double                   width)
{
  return legend_flow (ctx, items, n_items, 0, 0, width, FALSE);
}

void
_as_chart_legend_draw (AsChartCtx              *ctx,
                       const AsChartLegendItem *items,
                       guint                    n_items,
                       double                   x,
                       double                   y,
                       double                   width)
{
  legend_flow (ctx, items, n_items, x, y, width, TRUE);
}
