/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart module: every kind of chart drawn to PNG with no data, one
 * point, a few and thousands, in the light and the dark theme; the images
 * read back: the size asked for, the theme's background, bars and slices
 * where the values are (and nothing where a value is 0), nothing drawn
 * outside the rectangle given; values formatted as the user reads them;
 * a PNG that cannot be written leaves nothing behind; the same drawing on
 * a PDF page, as printing does, with its words readable by pdftotext.
 *
 * Set AS_CHART_PNG_DIR to keep the images for a look. */

#include <locale.h>
#include <cairo-pdf.h>
#include <math.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "as-chart.h"
#include "as-chart-private.h"

#define WIDTH       560
#define HEIGHT      360
#define MANY        3000
#define TOLERANCE   3

typedef enum
{
  DATA_NONE,
  DATA_ONE,
  DATA_FEW,
  DATA_MANY,
  DATA_NEGATIVE,
  N_DATA
} DataSet;

static const char *const data_names[N_DATA] = { "none", "one", "few", "many", "negative" };
static const char *const kind_names[] = { "bar", "stacked", "line", "pie", "donut", "pareto" };
/* The few: a zero among them, and labels long enough to need slanting. */
static const char *const few_labels[] = {
  "Paid service", "Contract service", "Free within warranty", "Administrative work",
  "Warehouse & transport", "Research and development",
};
static const double few_values[] = { 5, 0, 12, 3, 7, 8 };

static char *png_dir;

/* ---------------------------------------------------------------- helpers */

static gboolean
is_multi_series (AsChartKind kind)
{
  return kind == AS_CHART_BAR || kind == AS_CHART_STACKED_BAR || kind == AS_CHART_LINE;
}

static AsChart *
build_chart (AsChartKind kind,
             DataSet     data,
             guint       n_series)
{
  AsChart *chart = as_chart_new (kind, "Repairs by service category");
  guint n = data == DATA_NONE ? 0 : data == DATA_ONE ? 1 : data == DATA_MANY ? MANY
            : G_N_ELEMENTS (few_labels);

  as_chart_set_axis_titles (chart, "Category", "Repairs");
  for (guint s = 0; s < n_series; s++)
    {
      g_autofree char *name = g_strdup_printf ("Series %u", s + 1);

      as_chart_add_series (chart, name);
    }
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *label = data == DATA_MANY ? g_strdup_printf ("Part %04u", c)
                               : g_strdup (data == DATA_ONE ? "Only one" : few_labels[c]);
      guint category = as_chart_add_category (chart, label);

      for (guint s = 0; s < n_series; s++)
        {
          double value = data == DATA_MANY ? (c * 7919 + s * 104729) % 1000 + 1
                         : data == DATA_ONE ? 7 + s
                         : few_values[c] * (s + 1);

          if (data == DATA_NEGATIVE && c % 2 == 1)
            value = -value;
          as_chart_set_value (chart, s, category, value);
        }
    }
  return chart;
}

static char *
png_path (const char *name)
{
  return g_build_filename (png_dir, name, NULL);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4);
}

/* An opaque theme colour as cairo stores it in ARGB32. */
static guint32
color_pixel (const AsChartColor *color)
{
  return 0xff000000u | ((guint32) round (color->red * 255) << 16)
         | ((guint32) round (color->green * 255) << 8) | (guint32) round (color->blue * 255);
}

static gboolean
pixel_near (guint32 pixel,
            guint32 wanted)
{
  for (int shift = 0; shift < 32; shift += 8)
    if (ABS ((int) ((pixel >> shift) & 0xff) - (int) ((wanted >> shift) & 0xff)) > TOLERANCE)
      return FALSE;
  return TRUE;
}

static guint
count_pixels (cairo_surface_t *surface,
              guint32          wanted,
              gboolean         equal)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint count = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (pixel_near (pixel_at (surface, x, y), wanted) == equal)
        count++;
  return count;
}

/* Draws to a PNG file and reads it back. */
static cairo_surface_t *
render_png (AsChart            *chart,
            const char         *name,
            const AsChartTheme *theme)
{
  g_autofree char *path = png_path (name);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  g_assert_true (as_chart_write_png (chart, path, WIDTH, HEIGHT, theme, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, HEIGHT);
  return surface;
}

/* Draws inside a larger image filled with a colour no theme uses: every
 * pixel outside the chart's rectangle must keep it. */
static void
assert_stays_inside (AsChart            *chart,
                     const AsChartTheme *theme)
{
  const int margin_x = 40, margin_y = 30;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH + 2 * margin_x,
                                                         HEIGHT + 2 * margin_y);
  cairo_t *cr = cairo_create (surface);
  guint outside = 0;

  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  cairo_translate (cr, margin_x, margin_y);
  as_chart_draw (chart, cr, WIDTH, HEIGHT, theme);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < HEIGHT + 2 * margin_y; y++)
    for (int x = 0; x < WIDTH + 2 * margin_x; x++)
      {
        gboolean inside = x >= margin_x && x < margin_x + WIDTH &&
                          y >= margin_y && y < margin_y + HEIGHT;

        if (!inside && pixel_at (surface, x, y) != 0xffff00ffu)
          outside++;
      }
  g_assert_cmpuint (outside, ==, 0);
  cairo_surface_destroy (surface);
}

/* ---------------------------------------------------------------- tests */

typedef struct
{
  AsChartKind kind;
  DataSet     data;
  gboolean    dark;
} Case;

/* Every kind, data set and theme: a PNG of the size asked for, painted
 * with the theme's background, something drawn on it, nothing outside. */
static void
test_render_case (gconstpointer user_data)
{
  const Case *test = user_data;
  const AsChartTheme *theme = test->dark ? as_chart_theme_dark () : as_chart_theme_light ();
  g_autoptr(AsChart) chart = build_chart (test->kind, test->data,
                                          is_multi_series (test->kind) ? 3 : 1);
  g_autofree char *name = g_strdup_printf ("%s-%s-%s.png", kind_names[test->kind],
                                           data_names[test->data], test->dark ? "dark" : "light");
  guint32 background = color_pixel (&theme->background);
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *surface = render_png (chart, name, theme);
  guint drawn;

  /* Thousands of points: drawn in well under a second. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_assert_true (pixel_near (pixel_at (surface, 0, 0), background));
  g_assert_true (pixel_near (pixel_at (surface, WIDTH - 1, HEIGHT - 1), background));
  drawn = count_pixels (surface, background, FALSE);
  /* The title and the "No data" line at least; far more with data. */
  g_assert_cmpuint (drawn, >, 500);
  if (test->data != DATA_NONE)
    g_assert_cmpuint (count_pixels (surface, color_pixel (&theme->palette[0]), TRUE), >, 20);
  else
    g_assert_cmpuint (count_pixels (surface, color_pixel (&theme->palette[0]), TRUE), ==, 0);
  g_assert_cmpuint (drawn, <, WIDTH * HEIGHT * 0.8);
  assert_stays_inside (chart, theme);
  cairo_surface_destroy (surface);
}

/* A single series of bars: the bar colour appears only in the columns of
 * categories with a value, and in each of them. */
static void
test_bars_where_values_are (void)
{
  const AsChartTheme *theme = as_chart_theme_light ();
  g_autoptr(AsChart) chart = build_chart (AS_CHART_BAR, DATA_FEW, 1);
  cairo_surface_t *surface = render_png (chart, "check-bars.png", theme);
  guint32 bar = color_pixel (&theme->palette[0]);
  guint per_category[G_N_ELEMENTS (few_values)] = { 0 };

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      if (pixel_near (pixel_at (surface, x, y), bar))
        {
          guint series, category;

          g_assert_true (as_chart_find_at (chart, x + 0.5, y + 0.5, &series, &category));
          g_assert_cmpuint (category, <, G_N_ELEMENTS (few_values));
          per_category[category]++;
        }
  for (guint c = 0; c < G_N_ELEMENTS (few_values); c++)
    if (few_values[c] > 0)
      g_assert_cmpuint (per_category[c], >, 100);
    else
      g_assert_cmpuint (per_category[c], ==, 0);
  /* Taller for the larger value: 12 against 3. */
  g_assert_cmpuint (per_category[2], >, per_category[3] * 3);
  cairo_surface_destroy (surface);
}

/* Negative values go below the zero line, positive above. */
static void
test_negative_bars (void)
{
  const AsChartTheme *theme = as_chart_theme_light ();
  g_autoptr(AsChart) chart = build_chart (AS_CHART_BAR, DATA_NEGATIVE, 1);
  cairo_surface_t *surface = render_png (chart, "check-negative.png", theme);
  guint32 bar = color_pixel (&theme->palette[0]);
  double top[2] = { HEIGHT, HEIGHT }, bottom[2] = { 0, 0 };

  /* Categories 0 (5) and 1 (-0 stays 0), 2 (12) and 3 (-3). */
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint series, category;

        if (!pixel_near (pixel_at (surface, x, y), bar) ||
            !as_chart_find_at (chart, x + 0.5, y + 0.5, &series, &category) ||
            (category != 2 && category != 3))
          continue;
        top[category - 2] = MIN (top[category - 2], y);
        bottom[category - 2] = MAX (bottom[category - 2], y);
      }
  /* The negative bar starts where the positive one ends: at zero. */
  g_assert_cmpfloat (bottom[0], <, top[1]);
  g_assert_cmpfloat (fabs (bottom[0] - top[1]), <, 4);
  cairo_surface_destroy (surface);
}

/* A pie of 3 and 1: three quarters from the top clockwise are the first
 * slice, the quarter up to the left the second. */
static void
test_pie_slices (void)
{
  const AsChartTheme *theme = as_chart_theme_light ();
  g_autoptr(AsChart) chart = as_chart_new (AS_CHART_PIE, "Complaints by channel");
  cairo_surface_t *surface;
  const AsChartHit *hit;
  guint series, category;
  double cx, cy, r;

  as_chart_add_series (chart, "Complaints");
  as_chart_set_value (chart, 0, as_chart_add_category (chart, "Phone"), 3);
  as_chart_set_value (chart, 0, as_chart_add_category (chart, "E-mail"), 1);
  as_chart_set_value (chart, 0, as_chart_add_category (chart, "Letter"), 0);
  surface = render_png (chart, "check-pie.png", theme);
  /* Two slices drawn; a zero makes none. */
  g_assert_cmpuint (chart->hits->len, ==, 2);
  hit = &g_array_index (chart->hits, AsChartHit, 0);
  cx = hit->cx, cy = hit->cy, r = hit->outer;
  g_assert_cmpfloat (r, >, 50);

  g_assert_true (as_chart_find_at (chart, cx + r / 2, cy, &series, &category));
  g_assert_cmpuint (category, ==, 0);
  g_assert_true (pixel_near (pixel_at (surface, cx + r / 2, cy + r / 4),
                             color_pixel (&theme->palette[0])));
  g_assert_true (as_chart_find_at (chart, cx - r / 2, cy - r / 2, &series, &category));
  g_assert_cmpuint (category, ==, 1);
  g_assert_true (pixel_near (pixel_at (surface, cx - r / 2, cy - r / 2),
                             color_pixel (&theme->palette[1])));
  g_assert_false (as_chart_find_at (chart, cx + r * 1.1, cy, &series, &category));
  cairo_surface_destroy (surface);
}

/* More slices than a pie can show: the largest, then "Other". */
static void
test_pie_gathers_small_slices (void)
{
  g_autoptr(AsChart) chart = as_chart_new (AS_CHART_DONUT, "Parts");
  cairo_surface_t *surface;

  as_chart_add_series (chart, "Parts");
  for (guint c = 0; c < 40; c++)
    {
      g_autofree char *label = g_strdup_printf ("Part %u", c);

      as_chart_set_value (chart, 0, as_chart_add_category (chart, label), c + 1);
    }
  surface = render_png (chart, "check-donut-other.png", as_chart_theme_light ());
  /* "Other" answers for no category, so one hit fewer than slices. */
  g_assert_cmpuint (chart->hits->len, ==, AS_CHART_MAX_SLICES - 1);
  g_assert_cmpuint (g_array_index (chart->hits, AsChartHit, 0).category, ==, 39);
  cairo_surface_destroy (surface);
}

/* Pareto: the largest value drawn first, whatever the order given. */
static void
test_pareto_order (void)
{
  g_autoptr(AsChart) chart = as_chart_new (AS_CHART_PARETO, "Consumption");
  cairo_surface_t *surface;
  double left = G_MAXDOUBLE;
  guint leftmost = G_MAXUINT;

  as_chart_add_series (chart, "Value");
  as_chart_set_value (chart, 0, as_chart_add_category (chart, "C"), 1);
  as_chart_set_value (chart, 0, as_chart_add_category (chart, "A"), 6);
  as_chart_set_value (chart, 0, as_chart_add_category (chart, "B"), 3);
  surface = render_png (chart, "check-pareto.png", as_chart_theme_light ());
  for (guint i = 0; i < chart->hits->len; i++)
    {
      const AsChartHit *hit = &g_array_index (chart->hits, AsChartHit, i);

      if (hit->x < left)
        {
          left = hit->x;
          leftmost = hit->category;
        }
    }
  g_assert_cmpuint (leftmost, ==, 1);
  cairo_surface_destroy (surface);
}

/* A line of one point still shows the point; the tooltip finds it. */
static void
test_line_one_point (void)
{
  const AsChartTheme *theme = as_chart_theme_dark ();
  g_autoptr(AsChart) chart = build_chart (AS_CHART_LINE, DATA_ONE, 1);
  cairo_surface_t *surface = render_png (chart, "check-line-one.png", theme);
  g_autofree char *tip = NULL;
  guint series, category;

  g_assert_cmpuint (count_pixels (surface, color_pixel (&theme->palette[0]), TRUE), >, 10);
  g_assert_true (chart->line.valid);
  g_assert_true (as_chart_find_at (chart, chart->line.x + chart->line.width / 2,
                                   chart->line.y + chart->line.height / 2, &series, &category));
  g_assert_cmpuint (category, ==, 0);
  tip = as_chart_describe_point (chart, series, category);
  g_assert_cmpstr (tip, ==, "Only one: 7");
  cairo_surface_destroy (surface);
}

static void
test_empty (void)
{
  g_autoptr(AsChart) chart = as_chart_new (AS_CHART_STACKED_BAR, "Late repairs");
  g_autofree char *description = NULL;

  g_assert_true (as_chart_is_empty (chart));
  as_chart_add_series (chart, "Paid");
  as_chart_add_category (chart, "January");
  /* Zero values are no data either. */
  g_assert_true (as_chart_is_empty (chart));
  as_chart_set_empty_text (chart, "No late repairs");
  description = as_chart_describe (chart);
  g_assert_cmpstr (description, ==, "Stacked bar chart: Late repairs. No late repairs");
  g_assert_false (as_chart_find_at (chart, 10, 10, NULL, NULL));
}

static void
test_model (void)
{
  g_autoptr(AsChart) chart = as_chart_new (AS_CHART_BAR, "Repairs");
  g_autofree char *description = NULL;
  guint paid, contract, january, february;

  paid = as_chart_ensure_series (chart, "Paid");
  january = as_chart_ensure_category (chart, "January");
  contract = as_chart_ensure_series (chart, "Contract");
  february = as_chart_ensure_category (chart, "February");
  g_assert_cmpuint (as_chart_ensure_series (chart, "Paid"), ==, paid);
  g_assert_cmpuint (as_chart_ensure_category (chart, "February"), ==, february);
  as_chart_add_value (chart, contract, january, 2);
  as_chart_add_value (chart, contract, january, 3);
  as_chart_set_value (chart, paid, february, NAN);
  g_assert_cmpfloat (as_chart_get_value (chart, contract, january), ==, 5);
  g_assert_cmpfloat (as_chart_get_value (chart, paid, february), ==, 0);
  g_assert_cmpfloat (as_chart_get_value (chart, contract, february), ==, 0);
  description = as_chart_describe (chart);
  g_assert_cmpstr (description, ==, "Bar chart: Repairs. January · Paid: 0; January · Contract: 5; "
                   "February · Paid: 0; February · Contract: 0");
  as_chart_clear (chart);
  g_assert_cmpuint (as_chart_get_n_categories (chart), ==, 0);
  g_assert_cmpuint (as_chart_ensure_category (chart, "January"), ==, 0);
}

static void
test_format (void)
{
  g_autoptr(AsChart) chart = as_chart_new (AS_CHART_BAR, NULL);
  g_autofree char *integer = NULL, *money = NULL, *percent = NULL, *decimal = NULL;

  integer = as_chart_format_value (chart, 1234.4);
  as_chart_set_format (chart, AS_CHART_FORMAT_MONEY);
  money = as_chart_format_value (chart, 12.5);
  as_chart_set_format (chart, AS_CHART_FORMAT_PERCENT);
  percent = as_chart_format_value (chart, 42);
  as_chart_set_format (chart, AS_CHART_FORMAT_DECIMAL);
  decimal = as_chart_format_value (chart, -0.001);
  g_assert_cmpstr (integer, ==, "1234");
  g_assert_cmpstr (money, ==, "12.50\u00a0€");
  g_assert_cmpstr (percent, ==, "42\u00a0%");
  g_assert_cmpstr (decimal, ==, "0");
}

/* A bad size or folder: a message, no file, an existing file untouched. */
static void
test_png_errors (void)
{
  g_autoptr(AsChart) chart = build_chart (AS_CHART_BAR, DATA_FEW, 1);
  g_autofree char *path = png_path ("existing.png");
  g_autofree char *missing = png_path ("no-such-folder/chart.png");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "keep me", -1, NULL));
  g_assert_false (as_chart_write_png (chart, path, 0, 100, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");

  g_assert_false (as_chart_write_png (chart, missing, 100, 100, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A tiny image is no reason to fail. */
  g_assert_true (as_chart_write_png (chart, path, 3, 2, NULL, NULL));
}

/* Printing and PDF files draw on a page in points, the chart placed where
 * the page wants it. */
static void
test_pdf (void)
{
  g_autoptr(AsChart) chart = build_chart (AS_CHART_PARETO, DATA_FEW, 1);
  g_autofree char *path = png_path ("chart.pdf");
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, 50, 80);
  as_chart_draw (chart, cr, 495, 320, as_chart_theme_light ());
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* The bars were placed in the rectangle given on the page. */
  g_assert_cmpuint (chart->hits->len, ==, G_N_ELEMENTS (few_values));
  for (guint i = 0; i < chart->hits->len; i++)
    {
      const AsChartHit *hit = &g_array_index (chart->hits, AsChartHit, i);

      g_assert_cmpfloat (hit->x, >=, 0);
      g_assert_cmpfloat (hit->x + hit->width, <=, 495);
    }
  if (pdftotext == NULL)
    {
      g_test_message ("pdftotext not found: the PDF's text is not checked");
      return;
    }
  {
    const char *argv[] = { pdftotext, path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                 NULL, &text, NULL, NULL, NULL));
  }
  g_assert_nonnull (strstr (text, "Repairs by service category"));
  g_assert_nonnull (strstr (text, "Class A (up to 80"));
  g_assert_nonnull (strstr (text, "Cumulative %"));
}

static void
add_render_cases (void)
{
  for (guint kind = AS_CHART_BAR; kind <= AS_CHART_PARETO; kind++)
    for (guint data = 0; data < N_DATA; data++)
      for (guint dark = 0; dark < 2; dark++)
        {
          Case *test = g_new (Case, 1);
          g_autofree char *path = NULL;

          if (data == DATA_NEGATIVE && !is_multi_series (kind))
            {
              g_free (test);
              continue;
            }
          *test = (Case) { kind, data, dark };
          path = g_strdup_printf ("/chart/render/%s/%s/%s", kind_names[kind], data_names[data],
                                  dark ? "dark" : "light");
          g_test_add_data_func_full (path, test, test_render_case, g_free);
        }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *own_dir = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  png_dir = g_strdup (g_getenv ("AS_CHART_PNG_DIR"));
  if (png_dir == NULL)
    png_dir = own_dir = g_dir_make_tmp ("as-chart-XXXXXX", NULL);
  g_assert_nonnull (png_dir);
  g_mkdir_with_parents (png_dir, 0700);

  add_render_cases ();
  g_test_add_func ("/chart/bars-where-values-are", test_bars_where_values_are);
  g_test_add_func ("/chart/negative-bars", test_negative_bars);
  g_test_add_func ("/chart/pie-slices", test_pie_slices);
  g_test_add_func ("/chart/pie-gathers-small-slices", test_pie_gathers_small_slices);
  g_test_add_func ("/chart/pareto-order", test_pareto_order);
  g_test_add_func ("/chart/line-one-point", test_line_one_point);
  g_test_add_func ("/chart/empty", test_empty);
  g_test_add_func ("/chart/model", test_model);
  g_test_add_func ("/chart/format", test_format);
  g_test_add_func ("/chart/png-errors", test_png_errors);
  g_test_add_func ("/chart/pdf", test_pdf);
  status = g_test_run ();

  if (own_dir != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (own_dir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (own_dir, name, NULL);

          g_unlink (path);
        }
      g_rmdir (own_dir);
    }
  if (own_dir == NULL)
    g_free (png_dir);
  return status;
}
