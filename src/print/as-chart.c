/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart model: categories, named series and their values, the format
 * the values are shown in; the entry points that draw it (on screen, on a
 * printed page, into a PNG file) and find what lies under the pointer. The
 * drawing itself is in as-chart-plot.c and as-chart-pie.c. */

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "as-chart-private.h"

#define MAX_PNG_SIZE         16384
#define MAX_DESCRIBED_POINTS 24

G_DEFINE_FINAL_TYPE (AsChart, as_chart, G_TYPE_OBJECT)

/* Adwaita's palette: the darker shades read on white, the lighter on dark
 * grey. Blue, orange, green, red, purple, yellow, brown, slate. */
static const AsChartTheme light_theme = {
  .foreground = { 0.14, 0.14, 0.16, 1.0 },
  .background = { 1.0, 1.0, 1.0, 1.0 },
  .grid       = { 0.14, 0.14, 0.16, 0.14 },
  .palette    = {
    { 0.110, 0.443, 0.847, 1.0 },
    { 0.902, 0.380, 0.000, 1.0 },
    { 0.149, 0.635, 0.412, 1.0 },
    { 0.753, 0.110, 0.157, 1.0 },
    { 0.506, 0.239, 0.612, 1.0 },
    { 0.898, 0.647, 0.039, 1.0 },
    { 0.525, 0.369, 0.235, 1.0 },
    { 0.369, 0.361, 0.392, 1.0 },
  },
  .font_family = "Sans",
  .font_size   = 12,
};

static const AsChartTheme dark_theme = {
  .foreground = { 1.0, 1.0, 1.0, 0.92 },
  .background = { 0.141, 0.141, 0.141, 1.0 },
  .grid       = { 1.0, 1.0, 1.0, 0.16 },
  .palette    = {
    { 0.384, 0.627, 0.918, 1.0 },
    { 1.000, 0.639, 0.282, 1.0 },
    { 0.341, 0.890, 0.537, 1.0 },
    { 0.965, 0.380, 0.318, 1.0 },
    { 0.753, 0.380, 0.796, 1.0 },
    { 0.973, 0.894, 0.361, 1.0 },
    { 0.804, 0.671, 0.561, 1.0 },
    { 0.604, 0.600, 0.588, 1.0 },
  },
  .font_family = "Sans",
  .font_size   = 12,
};

/* ---------------------------------------------------------------- helpers */

static void
series_free (gpointer data)
{
  AsChartSeries *series = data;

  g_free (series->name);
  g_array_unref (series->values);
  g_free (series);
}

static AsChartSeries *
get_series (AsChart *self,
            guint    series)
{
  return g_ptr_array_index (self->series, series);
}

/* Keeps a value that can be drawn: NaN and infinities count as 0. */
static double
sanitize (double value)
{
  return isfinite (value) ? value : 0.0;
}

/* The fewest decimals (up to @max) that show @value exactly enough. */
static int
decimals_for (double value,
              int    max)
{
  /* Rounded to @max first: 0.001 with 2 decimals is 0, not 0.00. */
  double magnitude = round (fabs (value) * pow (10, max)) / pow (10, max);

  for (int decimals = 0; decimals < max; decimals++)
    {
      double scaled = magnitude * pow (10, decimals);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1.0, scaled))
        return decimals;
    }
  return max;
}

/* Digits grouped and the decimal point as the locale writes them. */
static char *
format_number (double value,
               int    decimals)
{
  /* Never "-0": a rounded tiny negative reads as zero. */
  double rounded = round (value * pow (10, decimals)) / pow (10, decimals);

  return g_strdup_printf ("%'.*f", decimals, rounded == 0.0 ? 0.0 : rounded);
}

/* The number with the format's unit (a no-break space before it). */
static char *
format_with_unit (AsChartFormat format,
                  double        value,
                  int           decimals)
{
  g_autofree char *number = format_number (value, decimals);

  switch (format)
    {
    case AS_CHART_FORMAT_MONEY:
      return g_strconcat (number, "\u00a0€", NULL);
    case AS_CHART_FORMAT_PERCENT:
      return g_strconcat (number, "\u00a0%", NULL);
    case AS_CHART_FORMAT_HOURS:
      /* TRANSLATORS: the unit after a number of hours, as in "12.5 h" */
      return g_strconcat (number, "\u00a0", C_("chart unit", "h"), NULL);
    case AS_CHART_FORMAT_INTEGER:
    case AS_CHART_FORMAT_DECIMAL:
    default:
      return g_steal_pointer (&number);
    }
}

/* ------------------------------------------------------------- internals */

double
_as_chart_value (AsChart *self,
                 guint    series,
                 guint    category)
{
  return g_array_index (get_series (self, series)->values, double, category);
}

/* A tick label: as many decimals as the step between ticks needs. */
char *
_as_chart_format_tick (AsChart *self,
                       double   value,
                       double   step)
{
  return format_with_unit (self->format, value, decimals_for (step, 4));
}

/* A share of a total, on the Pareto chart's right axis: "80 %". */
char *
_as_chart_format_share (double share)
{
  return format_with_unit (AS_CHART_FORMAT_PERCENT, share, 0);
}

const char *
_as_chart_kind_name (AsChartKind kind)
{
  switch (kind)
    {
    case AS_CHART_STACKED_BAR:
      return _("Stacked bar chart");
    case AS_CHART_LINE:
      return _("Line chart");
    case AS_CHART_PIE:
      return _("Pie chart");
    case AS_CHART_DONUT:
      return _("Donut chart");
    case AS_CHART_PARETO:
      return _("Pareto chart");
    case AS_CHART_BAR:
    default:
      return _("Bar chart");
    }
}

void
_as_chart_add_hit (AsChart          *self,
                   const AsChartHit *hit)
{
  g_array_append_vals (self->hits, hit, 1);
}

static gboolean
hit_contains (const AsChartHit *hit,
              double            x,
              double            y)
{
  double dx, dy, distance, angle;

  if (hit->shape == AS_CHART_HIT_RECT)
    return x >= hit->x && x < hit->x + hit->width && y >= hit->y && y < hit->y + hit->height;

  dx = x - hit->cx;
  dy = y - hit->cy;
  distance = sqrt (dx * dx + dy * dy);
  if (distance < hit->inner || distance > hit->outer)
    return FALSE;
  /* Slices start at the top (-π/2) and run clockwise up to 3π/2. */
  angle = atan2 (dy, dx);
  if (angle < -G_PI / 2)
    angle += 2 * G_PI;
  return angle >= hit->start && angle < hit->end;
}

/* The category under @x on a line chart, and the series drawn nearest @y. */
static gboolean
find_line_point (AsChart *self,
                 double   x,
                 double   y,
                 guint   *series,
                 guint   *category)
{
  const AsChartLineGeometry *line = &self->line;
  double range = line->value_max - line->value_min;
  double best = G_MAXDOUBLE;
  guint index;

  if (!line->valid || line->slot <= 0 || range <= 0 ||
      x < line->x || x >= line->x + line->width || y < line->y || y > line->y + line->height)
    return FALSE;
  index = MIN ((guint) ((x - line->x) / line->slot), self->categories->len - 1);
  for (guint s = 0; s < self->series->len; s++)
    {
      double value = _as_chart_value (self, s, index);
      double point_y = line->y + line->height * (line->value_max - value) / range;

      if (fabs (point_y - y) < best)
        {
          best = fabs (point_y - y);
          *series = s;
        }
    }
  *category = index;
  return self->series->len > 0;
}

/* ------------------------------------------------------------- overrides */

static void
as_chart_finalize (GObject *object)
{
  AsChart *self = AS_CHART (object);

  g_free (self->title);
  g_free (self->x_title);
  g_free (self->y_title);
  g_free (self->empty_text);
  g_ptr_array_unref (self->categories);
  g_hash_table_unref (self->category_index);
  g_ptr_array_unref (self->series);
  g_array_unref (self->hits);
  G_OBJECT_CLASS (as_chart_parent_class)->finalize (object);
}

static void
as_chart_class_init (AsChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = as_chart_finalize;
}

static void
as_chart_init (AsChart *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->category_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->hits = g_array_new (FALSE, FALSE, sizeof (AsChartHit));
  self->pareto_a = 80;
  self->pareto_b = 95;
}

/* ---------------------------------------------------------------- themes */

/**
 * as_chart_theme_light:
 *
 * Returns: (transfer none): dark text on white, for print and light screens
 */
const AsChartTheme *
as_chart_theme_light (void)
{
  return &light_theme;
}

/**
 * as_chart_theme_dark:
 *
 * Returns: (transfer none): light text on dark grey
 */
const AsChartTheme *
as_chart_theme_dark (void)
{
  return &dark_theme;
}

/**
 * as_chart_theme_init_for:
 * @theme: (out caller-allocates): the theme to fill
 * @foreground: the text colour
 * @background: the background colour; alpha 0 leaves the chart clear
 *
 * Fills @theme for that text over that background: the palette of the light
 * or dark preset, whichever reads on it.
 */
void
as_chart_theme_init_for (AsChartTheme       *theme,
                         const AsChartColor *foreground,
                         const AsChartColor *background)
{
  gboolean dark;

  g_return_if_fail (theme != NULL && foreground != NULL && background != NULL);

  /* Light text means a dark background, whether or not it is painted here. */
  if (background->alpha > 0.5)
    dark = _as_chart_luminance (background) < 0.5;
  else
    dark = _as_chart_luminance (foreground) > 0.5;
  *theme = dark ? dark_theme : light_theme;
  theme->foreground = *foreground;
  theme->background = *background;
  theme->grid = *foreground;
  theme->grid.alpha = foreground->alpha * (dark ? 0.16 : 0.14);
}

/* ------------------------------------------------------------- public API */

/**
 * as_chart_new:
 * @kind: how the values are drawn
 * @title: (nullable): drawn above the chart
 *
 * Returns: (transfer full): an empty chart: add categories and series
 */
AsChart *
as_chart_new (AsChartKind  kind,
              const char  *title)
{
  AsChart *self = g_object_new (AS_TYPE_CHART, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  return self;
}

void
as_chart_set_kind (AsChart     *self,
                   AsChartKind  kind)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_return_if_fail (kind <= AS_CHART_PARETO);
  self->kind = kind;
}

AsChartKind
as_chart_get_kind (AsChart *self)
{
  g_return_val_if_fail (AS_IS_CHART (self), AS_CHART_BAR);
  return self->kind;
}

void
as_chart_set_title (AsChart    *self,
                    const char *title)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_free (self->title);
  self->title = g_strdup (title);
}

const char *
as_chart_get_title (AsChart *self)
{
  g_return_val_if_fail (AS_IS_CHART (self), NULL);
  return self->title;
}

void
as_chart_set_format (AsChart       *self,
                     AsChartFormat  format)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_return_if_fail (format <= AS_CHART_FORMAT_HOURS);
  self->format = format;
}

AsChartFormat
as_chart_get_format (AsChart *self)
{
  g_return_val_if_fail (AS_IS_CHART (self), AS_CHART_FORMAT_INTEGER);
  return self->format;
}

void
as_chart_set_axis_titles (AsChart    *self,
                          const char *x_title,
                          const char *y_title)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_free (self->x_title);
  g_free (self->y_title);
  self->x_title = g_strdup (x_title);
  self->y_title = g_strdup (y_title);
}

void
as_chart_set_empty_text (AsChart    *self,
                         const char *text)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_free (self->empty_text);
  self->empty_text = g_strdup (text);
}

/**
 * as_chart_add_category:
 * @label: shown along the x axis or in the legend of a pie
 *
 * Returns: the new category's index; its values start at 0
 */
guint
as_chart_add_category (AsChart    *self,
                       const char *label)
{
  double zero = 0.0;
  char *copy;

  g_return_val_if_fail (AS_IS_CHART (self), 0);

  copy = g_strdup (label != NULL ? label : "");
  g_ptr_array_add (self->categories, copy);
  /* A repeated label finds its first category. */
  if (!g_hash_table_contains (self->category_index, copy))
    g_hash_table_insert (self->category_index, copy,
                         GUINT_TO_POINTER (self->categories->len));
  for (guint s = 0; s < self->series->len; s++)
    g_array_append_val (get_series (self, s)->values, zero);
  return self->categories->len - 1;
}

/**
 * as_chart_add_series:
 * @name: shown in the legend and tooltips
 *
 * Returns: the new series' index; its values start at 0
 */
guint
as_chart_add_series (AsChart    *self,
                     const char *name)
{
  AsChartSeries *series;

  g_return_val_if_fail (AS_IS_CHART (self), 0);

  series = g_new0 (AsChartSeries, 1);
  series->name = g_strdup (name != NULL ? name : "");
  series->color = self->series->len;
  series->values = g_array_sized_new (FALSE, TRUE, sizeof (double), self->categories->len);
  g_array_set_size (series->values, self->categories->len);
  g_ptr_array_add (self->series, series);
  return self->series->len - 1;
}

void
as_chart_set_series_color (AsChart *self,
                           guint    series,
                           guint    palette_index)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_return_if_fail (series < self->series->len);
  get_series (self, series)->color = palette_index;
}

void
as_chart_set_value (AsChart *self,
                    guint    series,
                    guint    category,
                    double   value)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_return_if_fail (series < self->series->len);
  g_return_if_fail (category < self->categories->len);
  g_array_index (get_series (self, series)->values, double, category) = sanitize (value);
}

void
as_chart_add_value (AsChart *self,
                    guint    series,
                    guint    category,
                    double   value)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_return_if_fail (series < self->series->len);
  g_return_if_fail (category < self->categories->len);
  g_array_index (get_series (self, series)->values, double, category) += sanitize (value);
}

double
as_chart_get_value (AsChart *self,
                    guint    series,
                    guint    category)
{
  g_return_val_if_fail (AS_IS_CHART (self), 0.0);
  g_return_val_if_fail (series < self->series->len, 0.0);
  g_return_val_if_fail (category < self->categories->len, 0.0);
  return _as_chart_value (self, series, category);
}

guint
as_chart_ensure_category (AsChart    *self,
                          const char *label)
{
  gpointer found;

  g_return_val_if_fail (AS_IS_CHART (self), 0);

  found = g_hash_table_lookup (self->category_index, label != NULL ? label : "");
  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  return as_chart_add_category (self, label);
}

guint
as_chart_ensure_series (AsChart    *self,
                        const char *name)
{
  g_return_val_if_fail (AS_IS_CHART (self), 0);

  for (guint s = 0; s < self->series->len; s++)
    if (g_strcmp0 (get_series (self, s)->name, name != NULL ? name : "") == 0)
      return s;
  return as_chart_add_series (self, name);
}

guint
as_chart_get_n_categories (AsChart *self)
{
  g_return_val_if_fail (AS_IS_CHART (self), 0);
  return self->categories->len;
}

guint
as_chart_get_n_series (AsChart *self)
{
  g_return_val_if_fail (AS_IS_CHART (self), 0);
  return self->series->len;
}

const char *
as_chart_get_category (AsChart *self,
                       guint    category)
{
  g_return_val_if_fail (AS_IS_CHART (self), NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);
  return g_ptr_array_index (self->categories, category);
}

const char *
as_chart_get_series_name (AsChart *self,
                          guint    series)
{
  g_return_val_if_fail (AS_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);
  return get_series (self, series)->name;
}

/**
 * as_chart_set_pareto_limits:
 * @a_percent: the cumulative share where class A ends, 0–100
 * @b_percent: the cumulative share where class B ends, @a_percent–100
 *
 * A category is of class A while the categories before it make less than
 * @a_percent of the total, B while they make less than @b_percent, C after
 * that or when its value is 0 (as the warehouse's ABC classification).
 */
void
as_chart_set_pareto_limits (AsChart *self,
                            double   a_percent,
                            double   b_percent)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_return_if_fail (a_percent >= 0 && a_percent <= 100);
  g_return_if_fail (b_percent >= a_percent && b_percent <= 100);
  self->pareto_a = a_percent;
  self->pareto_b = b_percent;
}

void
as_chart_clear (AsChart *self)
{
  g_return_if_fail (AS_IS_CHART (self));
  g_hash_table_remove_all (self->category_index);
  g_ptr_array_set_size (self->categories, 0);
  g_ptr_array_set_size (self->series, 0);
  g_array_set_size (self->hits, 0);
  self->line.valid = FALSE;
}

gboolean
as_chart_is_empty (AsChart *self)
{
  g_return_val_if_fail (AS_IS_CHART (self), TRUE);

  for (guint s = 0; s < self->series->len; s++)
    for (guint c = 0; c < self->categories->len; c++)
      if (_as_chart_value (self, s, c) != 0.0)
        return FALSE;
  return TRUE;
}

/**
 * as_chart_format_value:
 *
 * Returns: (transfer full): @value as the chart shows it: "1,234", "12.50 €",
 *   "42 %", with the locale's digits
 */
char *
as_chart_format_value (AsChart *self,
                       double   value)
{
  int decimals;

  g_return_val_if_fail (AS_IS_CHART (self), NULL);

  switch (self->format)
    {
    case AS_CHART_FORMAT_INTEGER:
      decimals = 0;
      break;
    case AS_CHART_FORMAT_MONEY:
      decimals = 2;
      break;
    case AS_CHART_FORMAT_PERCENT:
    case AS_CHART_FORMAT_HOURS:
      decimals = decimals_for (value, 1);
      break;
    case AS_CHART_FORMAT_DECIMAL:
    default:
      decimals = decimals_for (value, 2);
      break;
    }
  return format_with_unit (self->format, value, decimals);
}

/**
 * as_chart_describe_point:
 *
 * Returns: (transfer full): "Category · Series: value", without the series
 *   when there is only one; a pie adds the share of the total
 */
char *
as_chart_describe_point (AsChart *self,
                         guint    series,
                         guint    category)
{
  g_autofree char *value = NULL;
  const char *label;

  g_return_val_if_fail (AS_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  value = as_chart_format_value (self, _as_chart_value (self, series, category));
  label = as_chart_get_category (self, category);
  if (self->kind == AS_CHART_PIE || self->kind == AS_CHART_DONUT ||
      self->kind == AS_CHART_PARETO)
    {
      double total = 0.0, value_raw = _as_chart_value (self, series, category);

      for (guint c = 0; c < self->categories->len; c++)
        total += MAX (0.0, _as_chart_value (self, series, c));
      if (total > 0 && value_raw > 0)
        return g_strdup_printf ("%s: %s (%.0f\u00a0%%)", label, value, 100 * value_raw / total);
      return g_strdup_printf ("%s: %s", label, value);
    }
  if (self->series->len <= 1)
    return g_strdup_printf ("%s: %s", label, value);
  return g_strdup_printf ("%s · %s: %s", label, as_chart_get_series_name (self, series), value);
}

/**
 * as_chart_describe:
 *
 * Returns: (transfer full): the chart in words, for a screen reader
 */
char *
as_chart_describe (AsChart *self)
{
  GString *text;
  guint n_categories;

  g_return_val_if_fail (AS_IS_CHART (self), NULL);

  text = g_string_new (_as_chart_kind_name (self->kind));
  if (self->title != NULL && *self->title != '\0')
    g_string_append_printf (text, ": %s", self->title);
  g_string_append (text, ". ");
  if (as_chart_is_empty (self))
    {
      g_string_append (text, self->empty_text != NULL ? self->empty_text : _("No data"));
      return g_string_free (text, FALSE);
    }
  n_categories = MIN (self->categories->len, MAX_DESCRIBED_POINTS);
  for (guint c = 0; c < n_categories; c++)
    for (guint s = 0; s < self->series->len; s++)
      {
        g_autofree char *point = as_chart_describe_point (self, s, c);

        g_string_append_printf (text, "%s; ", point);
      }
  if (self->categories->len > n_categories)
    g_string_append_printf (text, ngettext ("and %u more.", "and %u more.",
                                            self->categories->len - n_categories),
                            self->categories->len - n_categories);
  else if (text->len >= 2)
    g_string_truncate (text, text->len - 2);
  return g_string_free (text, FALSE);
}

/**
 * as_chart_draw:
 * @cr: where to draw, already translated to the chart's top left corner
 * @width: the width to fill, in @cr's user units
 * @height: the height to fill
 * @theme: (nullable): colours and font; NULL for the light preset
 *
 * Draws the chart into (0, 0, @width, @height), clipped to it, and keeps
 * where each value went for as_chart_find_at().
 */
void
as_chart_draw (AsChart            *self,
               cairo_t            *cr,
               double              width,
               double              height,
               const AsChartTheme *theme)
{
  g_autoptr(PangoLayout) layout = NULL;
  AsChartCtx ctx = { 0 };
  double top;

  g_return_if_fail (AS_IS_CHART (self));
  g_return_if_fail (cr != NULL);

  g_array_set_size (self->hits, 0);
  self->line.valid = FALSE;
  if (!(width >= 1 && height >= 1) || !isfinite (width) || !isfinite (height))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  layout = pango_cairo_create_layout (cr);
  ctx = (AsChartCtx) { self, cr, theme != NULL ? theme : &light_theme, layout, width, height };
  if (ctx.theme->background.alpha > 0)
    {
      _as_chart_set_color (cr, &ctx.theme->background, 1.0);
      cairo_paint (cr);
    }
  _as_chart_text_size (&ctx, "Xg", AS_CHART_TEXT_NORMAL, NULL, &ctx.line_height);
  ctx.pad = MAX (2.0, ctx.line_height * 0.6);

  top = ctx.pad;
  if (self->title != NULL && *self->title != '\0')
    {
      double title_height;

      _as_chart_text_size (&ctx, self->title, AS_CHART_TEXT_TITLE, NULL, &title_height);
      _as_chart_set_color (cr, &ctx.theme->foreground, 1.0);
      _as_chart_text_draw (&ctx, self->title, AS_CHART_TEXT_TITLE, width / 2, top, 0.5, 0,
                           width - 2 * ctx.pad);
      top += title_height + ctx.pad * 0.5;
    }

  _as_chart_set_color (cr, &ctx.theme->foreground, 0.8);
  if (as_chart_is_empty (self))
    _as_chart_text_draw (&ctx, self->empty_text != NULL ? self->empty_text : _("No data"),
                         AS_CHART_TEXT_NORMAL, width / 2, (top + height) / 2, 0.5, 0.5,
                         width - 2 * ctx.pad);
  else if (self->kind == AS_CHART_PIE || self->kind == AS_CHART_DONUT)
    _as_chart_draw_pie (&ctx, top);
  else
    _as_chart_draw_plot (&ctx, top);
  cairo_restore (cr);
}

/**
 * as_chart_find_at:
 * @x: in the coordinates of the last as_chart_draw()
 * @y: the same
 * @series: (out): the series drawn there
 * @category: (out): the category drawn there
 *
 * Returns: %TRUE when a bar, point or slice is at (@x, @y)
 */
gboolean
as_chart_find_at (AsChart *self,
                  double   x,
                  double   y,
                  guint   *series,
                  guint   *category)
{
  guint found_series = 0, found_category = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (AS_IS_CHART (self), FALSE);

  /* The last hit drawn is on top. */
  for (guint i = self->hits->len; i > 0 && !found; i--)
    {
      const AsChartHit *hit = &g_array_index (self->hits, AsChartHit, i - 1);

      if (hit_contains (hit, x, y))
        {
          found_series = hit->series;
          found_category = hit->category;
          found = TRUE;
        }
    }
  if (!found)
    found = find_line_point (self, x, y, &found_series, &found_category);
  if (found && series != NULL)
    *series = found_series;
  if (found && category != NULL)
    *category = found_category;
  return found;
}

static cairo_status_t
write_to_fd_cb (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  int *saved = closure;   /* [0] the descriptor, [1] errno of a failure */

  while (length > 0)
    {
      ssize_t written = write (saved[0], data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          saved[1] = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= written;
    }
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno,
                 const char  *fallback)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               _("Could not write “%s”: %s"), display,
               saved_errno != 0 ? g_strerror (saved_errno) : fallback);
  return FALSE;
}

static gboolean
write_surface (cairo_surface_t  *surface,
               const char       *path,
               GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *partial = g_strdup_printf ("%s%c.%s.XXXXXX.partial", dir, G_DIR_SEPARATOR,
                                              base);
  int sink[2] = { -1, 0 };
  cairo_status_t status;
  gboolean written = TRUE;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return set_write_error (error, path, EISDIR, NULL);
  sink[0] = g_mkstemp_full (partial, O_WRONLY | O_CLOEXEC, 0666);
  if (sink[0] < 0)
    return set_write_error (error, path, errno, NULL);

  status = cairo_surface_write_to_png_stream (surface, write_to_fd_cb, sink);
  if (status != CAIRO_STATUS_SUCCESS)
    written = set_write_error (error, path, sink[1], cairo_status_to_string (status));
  if (written && fsync (sink[0]) != 0 && errno != EINVAL)
    written = set_write_error (error, path, errno, NULL);
  if (close (sink[0]) != 0 && written)
    written = set_write_error (error, path, errno, NULL);
  if (written && g_rename (partial, path) != 0)
    written = set_write_error (error, path, errno, NULL);
  if (!written)
    g_unlink (partial);
  return written;
}

/**
 * as_chart_write_png:
 * @path: the file to write
 * @width: in pixels, 1 to 16384
 * @height: in pixels, 1 to 16384
 * @theme: (nullable): NULL for the light preset
 * @error: return location for an error
 *
 * Draws the chart into a PNG file: into a temporary file beside @path,
 * renamed over it once complete, so a failure leaves nothing behind and an
 * existing file untouched.
 *
 * Returns: %TRUE when written
 */
gboolean
as_chart_write_png (AsChart             *self,
                    const char          *path,
                    int                  width,
                    int                  height,
                    const AsChartTheme  *theme,
                    GError             **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean written;

  g_return_val_if_fail (AS_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width < 1 || height < 1 || width > MAX_PNG_SIZE || height > MAX_PNG_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A chart image must be 1 to %d pixels wide and high, not %d × %d."),
                   MAX_PNG_SIZE, width, height);
      return FALSE;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  as_chart_draw (self, cr, width, height, theme);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    written = set_write_error (error, path, 0,
                               cairo_status_to_string (cairo_surface_status (surface)));
  else
    written = write_surface (surface, path, error);
  cairo_surface_destroy (surface);
  return written;
}
