/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The page layout shared by every printed document: header band with the
 * company's logo and name, footer with the print date and "page x of y",
 * and the blocks the documents are made of (title, label/value grids,
 * wrapped text, tables with repeated headings, signature lines). One pass
 * both paginates and draws; see as-document-private.h. */

#include <glib/gi18n.h>
#include <math.h>

#include "as-chart.h"
#include "as-document-private.h"

#define MM            (72.0 / 25.4)
#define MARGIN        (15 * MM)
#define LOGO_HEIGHT   (14 * MM)
#define LOGO_WIDTH    (45 * MM)
#define COLUMN_GAP    (8 * MM)
#define CELL_PAD_X    3.5
#define CELL_PAD_Y    3.0
#define MAX_CELL_LINES 12

#define FONT_COMPANY  "Sans Bold 14"
#define FONT_BAND     "Sans 9"
#define FONT_FOOTER   "Sans 8"
#define FONT_TITLE    "Sans Bold 18"
#define FONT_SUBTITLE "Sans 11"
#define FONT_HEADING  "Sans Bold 12"
#define FONT_LABEL    "Sans Bold 10"
#define FONT_BODY     "Sans 10.5"
#define FONT_CELL     "Sans 10"
#define FONT_CELL_HEAD "Sans Bold 9.5"
#define FONT_CELL_BOLD "Sans Bold 10"
#define FONT_NOTE     "Sans Italic 10.5"
#define FONT_BANNER   "Sans Bold 15"
#define FONT_STAMP    "Sans Bold 96"

struct _AsFlow
{
  AsDocument   *document;
  cairo_t      *cr;
  PangoContext *context;
  double        width;
  double        height;
  double        left;
  double        right;
  double        top;         /* first line of content under the header band */
  double        bottom;      /* last line of content above the footer */
  double        y;           /* where the next block goes */
  int           page;        /* the page being laid out, from 0 */
  int           target;      /* the page drawn, or -1 to count pages only */
  int           n_pages;     /* the total for the footer, 0 while counting */
};

/* ----------------------------------------------------------------- helpers */

static gboolean
is_drawing (AsFlow *flow)
{
  return flow->page == flow->target;
}

static double
content_width (AsFlow *flow)
{
  return flow->right - flow->left;
}

static void
set_grey (AsFlow *flow,
          double  level)
{
  cairo_set_source_rgb (flow->cr, level, level, level);
}

static PangoLayout *
new_layout (AsFlow     *flow,
            const char *text,
            const char *font,
            double      width,
            AsAlign     align)
{
  PangoLayout *layout = pango_layout_new (flow->context);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  static const PangoAlignment alignments[] = {
    PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT,
  };

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignments[align]);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

/* The height of one line of @font. */
static double
line_height (AsFlow     *flow,
             const char *font)
{
  g_autoptr(PangoLayout) layout = new_layout (flow, "Ag", font, -1, AS_ALIGN_LEFT);

  return layout_height (layout);
}

static void
show_layout (AsFlow      *flow,
             PangoLayout *layout,
             double       x,
             double       y)
{
  if (!is_drawing (flow))
    return;
  cairo_move_to (flow->cr, x, y);
  pango_cairo_show_layout (flow->cr, layout);
}

static void
draw_hline (AsFlow *flow,
            double  x0,
            double  x1,
            double  y,
            double  line_width,
            double  grey)
{
  if (!is_drawing (flow))
    return;
  set_grey (flow, grey);
  cairo_set_line_width (flow->cr, line_width);
  cairo_move_to (flow->cr, x0, y);
  cairo_line_to (flow->cr, x1, y);
  cairo_stroke (flow->cr);
}

static void
draw_vline (AsFlow *flow,
            double  x,
            double  y0,
            double  y1,
            double  line_width,
            double  grey)
{
  if (!is_drawing (flow))
    return;
  set_grey (flow, grey);
  cairo_set_line_width (flow->cr, line_width);
  cairo_move_to (flow->cr, x, y0);
  cairo_line_to (flow->cr, x, y1);
  cairo_stroke (flow->cr);
}

/* ------------------------------------------------------ header and footer */

static double
draw_logo (AsFlow *flow,
           double  x,
           double  y)
{
  cairo_surface_t *logo = flow->document->logo;
  double w, h, scale;

  if (logo == NULL)
    return 0;
  w = cairo_image_surface_get_width (logo);
  h = cairo_image_surface_get_height (logo);
  if (w <= 0 || h <= 0)
    return 0;
  scale = MIN (LOGO_HEIGHT / h, LOGO_WIDTH / w);
  if (is_drawing (flow))
    {
      cairo_save (flow->cr);
      cairo_translate (flow->cr, x, y + (LOGO_HEIGHT - h * scale) / 2);
      cairo_scale (flow->cr, scale, scale);
      cairo_set_source_surface (flow->cr, logo, 0, 0);
      cairo_pattern_set_filter (cairo_get_source (flow->cr), CAIRO_FILTER_GOOD);
      cairo_rectangle (flow->cr, 0, 0, w, h);
      cairo_fill (flow->cr);
      cairo_restore (flow->cr);
    }
  return w * scale;
}

/* Logo and company name on the left, the document's title and reference on
 * the right, a rule under both. Returns the band's bottom. */
static double
lay_out_header_band (AsFlow *flow)
{
  AsDocument *doc = flow->document;
  double band_width = content_width (flow);
  double side_width = band_width * 0.42;
  double x = flow->left, bottom = MARGIN;
  g_autofree char *side_text = NULL;
  g_autoptr(PangoLayout) side = NULL;

  if (doc->logo != NULL)
    {
      double logo_width = draw_logo (flow, x, MARGIN);

      if (logo_width > 0)
        {
          x += logo_width + 4 * MM;
          bottom = MARGIN + LOGO_HEIGHT;
        }
    }
  if (doc->company_name != NULL && *doc->company_name != '\0')
    {
      g_autoptr(PangoLayout) name = new_layout (flow, doc->company_name, FONT_COMPANY,
                                                flow->right - side_width - 4 * MM - x,
                                                AS_ALIGN_LEFT);
      double h = layout_height (name);
      double y = bottom > MARGIN ? MARGIN + (LOGO_HEIGHT - h) / 2 : MARGIN;

      set_grey (flow, 0.1);
      show_layout (flow, name, x, MAX (y, MARGIN));
      bottom = MAX (bottom, MAX (y, MARGIN) + h);
    }

  side_text = doc->reference != NULL ? g_strdup_printf ("%s\n%s", doc->title, doc->reference)
                                     : g_strdup (doc->title);
  side = new_layout (flow, side_text, FONT_BAND, side_width, AS_ALIGN_RIGHT);
  set_grey (flow, 0.35);
  show_layout (flow, side, flow->right - side_width, MARGIN);
  bottom = MAX (bottom, MARGIN + layout_height (side));

  bottom += 4;
  draw_hline (flow, flow->left, flow->right, bottom, 0.8, 0.35);
  return bottom;
}

/* Returns the footer rule's position. */
static double
lay_out_footer (AsFlow *flow)
{
  g_autofree char *printed = g_strdup_printf (_("Printed on %s"), flow->document->printed_at);
  g_autofree char *page = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double half = content_width (flow) / 2, y;

  if (flow->n_pages > 0)
    page = g_strdup_printf (_("Page %d of %d"), flow->page + 1, flow->n_pages);
  else
    page = g_strdup_printf (_("Page %d"), flow->page + 1);
  left = new_layout (flow, printed, FONT_FOOTER, half, AS_ALIGN_LEFT);
  right = new_layout (flow, page, FONT_FOOTER, half, AS_ALIGN_RIGHT);
  y = flow->height - MARGIN - MAX (layout_height (left), layout_height (right));

  set_grey (flow, 0.35);
  show_layout (flow, left, flow->left, y);
  show_layout (flow, right, flow->left + half, y);
  draw_hline (flow, flow->left, flow->right, y - 4, 0.5, 0.5);
  return y - 4;
}

/* A large, faint diagonal word across the page, under the content. */
static void
draw_stamp (AsFlow *flow)
{
  g_autoptr(PangoLayout) stamp = NULL;
  double w, h;

  if (flow->document->voided == NULL || !is_drawing (flow))
    return;
  stamp = new_layout (flow, flow->document->voided, FONT_STAMP, -1, AS_ALIGN_CENTER);
  w = layout_width (stamp);
  h = layout_height (stamp);
  cairo_save (flow->cr);
  cairo_translate (flow->cr, flow->width / 2, flow->height / 2);
  cairo_rotate (flow->cr, -atan2 (flow->height, flow->width));
  if (w > flow->width * 0.9)
    cairo_scale (flow->cr, flow->width * 0.9 / w, flow->width * 0.9 / w);
  cairo_set_source_rgba (flow->cr, 0.8, 0.05, 0.05, 0.18);
  cairo_move_to (flow->cr, -w / 2, -h / 2);
  pango_cairo_show_layout (flow->cr, stamp);
  cairo_restore (flow->cr);
}

/* Header band, footer and stamp; the content's colour is kept across them,
 * as a paragraph may go on from the previous page. */
static void
begin_page (AsFlow *flow)
{
  cairo_save (flow->cr);
  draw_stamp (flow);
  flow->top = lay_out_header_band (flow) + 14;
  flow->bottom = lay_out_footer (flow) - 12;
  flow->y = flow->top;
  cairo_restore (flow->cr);
}

static void
next_page (AsFlow *flow)
{
  flow->page++;
  begin_page (flow);
}

static gboolean
at_page_top (AsFlow *flow)
{
  return flow->y <= flow->top + 0.5;
}

/* Starts a new page unless @height fits under the cursor (or nothing is on
 * this page yet: then it could not fit on any page). */
static void
ensure_room (AsFlow *flow,
             double  height)
{
  if (flow->y + height > flow->bottom && !at_page_top (flow))
    next_page (flow);
}

/* Places @layout's lines one by one at @x, continuing on the next page when
 * a line does not fit. */
static void
flow_lines (AsFlow      *flow,
            PangoLayout *layout,
            double       x)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double origin = flow->y;

  do
    {
      PangoRectangle logical;
      double top, height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      height = pango_units_to_double (logical.height);
      baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      if (origin + top + height > flow->bottom && origin + top > flow->top + 0.5)
        {
          next_page (flow);
          origin = flow->y - top;
        }
      if (is_drawing (flow))
        {
          cairo_move_to (flow->cr, x + pango_units_to_double (logical.x), origin + baseline);
          pango_cairo_show_layout_line (flow->cr, pango_layout_iter_get_line_readonly (iter));
        }
      flow->y = origin + top + height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* ----------------------------------------------------------------- blocks */

/**
 * _as_flow_new:
 * @target_page: the page to draw, or -1 to lay out without drawing
 *
 * Starts laying out @document on pages of @width × @height points.
 */
AsFlow *
_as_flow_new (AsDocument *document,
              cairo_t    *cr,
              double      width,
              double      height,
              int         target_page)
{
  AsFlow *flow = g_new0 (AsFlow, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  flow->document = document;
  flow->cr = cr;
  flow->width = width;
  flow->height = height;
  flow->left = MARGIN;
  flow->right = width - MARGIN;
  flow->target = target_page;
  flow->n_pages = target_page >= 0 ? document->n_pages : 0;

  /* Points for font sizes, and metrics that do not depend on the device,
   * so that a page breaks at the same line on screen, paper and PDF. */
  flow->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (flow->context, 72);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (flow->context, options);
  cairo_font_options_destroy (options);

  cairo_save (cr);
  begin_page (flow);
  return flow;
}

/* Returns: the number of pages laid out. */
int
_as_flow_free (AsFlow *flow)
{
  int n_pages = flow->page + 1;

  cairo_restore (flow->cr);
  g_object_unref (flow->context);
  g_free (flow);
  return n_pages;
}

void
_as_flow_space (AsFlow *flow,
                double  points)
{
  flow->y = MIN (flow->y + points, flow->bottom);
}

void
_as_flow_page_break (AsFlow *flow)
{
  if (!at_page_top (flow))
    next_page (flow);
}

void
_as_flow_title (AsFlow     *flow,
                const char *title,
                const char *subtitle)
{
  g_autoptr(PangoLayout) big = new_layout (flow, title, FONT_TITLE, content_width (flow),
                                           AS_ALIGN_LEFT);

  ensure_room (flow, layout_height (big) + 40);
  set_grey (flow, 0.05);
  show_layout (flow, big, flow->left, flow->y);
  flow->y += layout_height (big) + 2;
  if (subtitle != NULL && *subtitle != '\0')
    {
      g_autoptr(PangoLayout) small = new_layout (flow, subtitle, FONT_SUBTITLE,
                                                 content_width (flow), AS_ALIGN_LEFT);

      set_grey (flow, 0.3);
      show_layout (flow, small, flow->left, flow->y);
      flow->y += layout_height (small);
    }
  flow->y += 10;
}

/* The space a heading takes, with the space above it. */
static double
heading_height (AsFlow      *flow,
                PangoLayout *layout)
{
  return (at_page_top (flow) ? 0 : 8) + layout_height (layout) + 7;
}

static void
place_heading (AsFlow      *flow,
               PangoLayout *layout)
{
  if (!at_page_top (flow))
    flow->y += 8;
  set_grey (flow, 0.1);
  show_layout (flow, layout, flow->left, flow->y);
  flow->y += layout_height (layout) + 2;
  draw_hline (flow, flow->left, flow->right, flow->y, 0.6, 0.55);
  flow->y += 5;
}

/* A section heading, kept with at least a few lines of what follows. */
void
_as_flow_heading (AsFlow     *flow,
                  const char *text)
{
  g_autoptr(PangoLayout) layout = new_layout (flow, text, FONT_HEADING, content_width (flow),
                                              AS_ALIGN_LEFT);

  ensure_room (flow, heading_height (flow, layout) + 3 * line_height (flow, FONT_BODY));
  place_heading (flow, layout);
}

void
_as_flow_paragraph (AsFlow     *flow,
                    const char *text,
                    AsAlign     align)
{
  g_autoptr(PangoLayout) layout = new_layout (flow, text, FONT_BODY, content_width (flow), align);

  set_grey (flow, 0.05);
  flow_lines (flow, layout, flow->left);
  flow->y += 7;
}

/* A label over a text of any length; an empty text leaves @blank_lines
 * ruled lines to write on. */
void
_as_flow_text_block (AsFlow     *flow,
                     const char *label,
                     const char *text,
                     guint       blank_lines)
{
  g_autoptr(PangoLayout) head = new_layout (flow, label, FONT_LABEL, content_width (flow),
                                            AS_ALIGN_LEFT);
  double body_line = line_height (flow, FONT_BODY);
  gboolean empty = text == NULL || *text == '\0';
  double indent = 3 * MM;

  ensure_room (flow, layout_height (head) + 2 + body_line * MAX (1, empty ? blank_lines : 2));
  set_grey (flow, 0.3);
  show_layout (flow, head, flow->left, flow->y);
  flow->y += layout_height (head) + 2;
  if (!empty)
    {
      g_autoptr(PangoLayout) body = new_layout (flow, text, FONT_BODY,
                                                content_width (flow) - indent, AS_ALIGN_LEFT);

      set_grey (flow, 0.05);
      flow_lines (flow, body, flow->left + indent);
    }
  for (guint i = 0; empty && i < blank_lines; i++)
    {
      flow->y += body_line + 4;
      draw_hline (flow, flow->left + indent, flow->right, flow->y, 0.5, 0.6);
    }
  flow->y += 8;
}

/* A framed line in red, e.g. that a receipt was voided. */
void
_as_flow_banner (AsFlow     *flow,
                 const char *text)
{
  g_autoptr(PangoLayout) layout = new_layout (flow, text, FONT_BANNER,
                                              content_width (flow) - 16, AS_ALIGN_CENTER);
  double h = layout_height (layout) + 12;

  ensure_room (flow, h);
  if (is_drawing (flow))
    {
      cairo_set_source_rgb (flow->cr, 0.75, 0.05, 0.05);
      cairo_set_line_width (flow->cr, 2);
      cairo_rectangle (flow->cr, flow->left + 1, flow->y + 1, content_width (flow) - 2, h - 2);
      cairo_stroke (flow->cr);
      cairo_move_to (flow->cr, flow->left + 8, flow->y + 6);
      pango_cairo_show_layout (flow->cr, layout);
    }
  flow->y += h + 10;
}

/* One row of a label/value grid: returns its height, drawing it at flow->y
 * when @draw. */
static double
lay_out_field_row (AsFlow           *flow,
                   const AsDocField *fields,
                   guint             n_fields,
                   double            column_width,
                   double            label_width,
                   gboolean          draw)
{
  double row_height = 0, x = flow->left;
  double value_width = column_width - label_width - 4;
  PangoLayout *labels[2] = { NULL, NULL }, *values[2] = { NULL, NULL };

  for (guint i = 0; i < n_fields; i++)
    {
      labels[i] = new_layout (flow, fields[i].label, FONT_LABEL, label_width, AS_ALIGN_LEFT);
      values[i] = new_layout (flow, fields[i].value, FONT_BODY, value_width, AS_ALIGN_LEFT);
      row_height = MAX (row_height, MAX (layout_height (labels[i]), layout_height (values[i])));
    }
  row_height += 2 * CELL_PAD_Y;
  for (guint i = 0; i < n_fields && draw; i++)
    {
      double value_x = x + label_width + 4;
      /* Label and value on one baseline, though their sizes differ. */
      double shift = pango_units_to_double (pango_layout_get_baseline (values[i]) -
                                            pango_layout_get_baseline (labels[i]));

      set_grey (flow, 0.3);
      show_layout (flow, labels[i], x, flow->y + CELL_PAD_Y + shift);
      set_grey (flow, 0.05);
      show_layout (flow, values[i], value_x, flow->y + CELL_PAD_Y);
      draw_hline (flow, value_x, x + column_width, flow->y + row_height - 0.5, 0.4, 0.72);
      x += column_width + COLUMN_GAP;
    }
  for (guint i = 0; i < n_fields; i++)
    {
      g_object_unref (labels[i]);
      g_object_unref (values[i]);
    }
  return row_height;
}

/* Label/value pairs, @n_columns (1 or 2) pairs to a row; a row is never
 * split, unless it is taller than a page: then its pairs flow as text. */
void
_as_flow_fields (AsFlow           *flow,
                 const AsDocField *fields,
                 guint             n_fields,
                 guint             n_columns)
{
  double column_width, label_width;

  n_columns = CLAMP (n_columns, 1, 2);
  column_width = (content_width (flow) - (n_columns - 1) * COLUMN_GAP) / n_columns;
  label_width = n_columns == 1 ? 48 * MM : column_width * 0.44;

  for (guint i = 0; i < n_fields; i += n_columns)
    {
      guint n = MIN (n_columns, n_fields - i);
      double h = lay_out_field_row (flow, fields + i, n, column_width, label_width, FALSE);

      if (h > flow->bottom - flow->top)
        {
          for (guint j = 0; j < n; j++)
            _as_flow_text_block (flow, fields[i + j].label, fields[i + j].value, 1);
          continue;
        }
      ensure_room (flow, h);
      lay_out_field_row (flow, fields + i, n, column_width, label_width, TRUE);
      flow->y += h;
    }
  flow->y += 6;
}

/* -------------------------------------------------------------- tables */

typedef struct
{
  double x[16];   /* left edge of each column, and the right edge after the last */
} TableGeometry;

static void
table_geometry (AsFlow            *flow,
                const AsDocTable  *table,
                TableGeometry     *geometry)
{
  double total = 0, x = flow->left;

  g_assert (table->n_columns < G_N_ELEMENTS (geometry->x));
  for (guint i = 0; i < table->n_columns; i++)
    total += table->columns[i].weight;
  for (guint i = 0; i < table->n_columns; i++)
    {
      geometry->x[i] = x;
      x += content_width (flow) * table->columns[i].weight / total;
    }
  geometry->x[table->n_columns] = flow->right;
}

/* Lays out one row of cells; returns its height, drawing it when @draw. */
static double
lay_out_table_row (AsFlow              *flow,
                   const AsDocTable    *table,
                   const TableGeometry *geometry,
                   const char *const   *cells,
                   const char          *font,
                   gboolean             markup,
                   double               min_height,
                   gboolean             draw)
{
  double height = min_height;
  PangoLayout *layouts[16];

  for (guint i = 0; i < table->n_columns; i++)
    {
      const char *text = cells != NULL && cells[i] != NULL ? cells[i] : "";
      double width = geometry->x[i + 1] - geometry->x[i] - 2 * CELL_PAD_X;

      layouts[i] = new_layout (flow, markup ? "" : text, font, width, table->columns[i].align);
      if (markup)
        pango_layout_set_markup (layouts[i], text, -1);
      /* A cell of a table is a summary: past a dozen lines it is ellipsized. */
      pango_layout_set_height (layouts[i], -MAX_CELL_LINES);
      pango_layout_set_ellipsize (layouts[i], PANGO_ELLIPSIZE_END);
      height = MAX (height, layout_height (layouts[i]) + 2 * CELL_PAD_Y);
    }
  for (guint i = 0; i < table->n_columns && draw; i++)
    {
      set_grey (flow, 0.05);
      show_layout (flow, layouts[i], geometry->x[i] + CELL_PAD_X, flow->y + CELL_PAD_Y);
      draw_vline (flow, geometry->x[i], flow->y, flow->y + height, 0.4, 0.7);
    }
  if (draw)
    {
      draw_vline (flow, flow->right, flow->y, flow->y + height, 0.4, 0.7);
      draw_hline (flow, flow->left, flow->right, flow->y + height, 0.4, 0.7);
    }
  for (guint i = 0; i < table->n_columns; i++)
    g_object_unref (layouts[i]);
  return height;
}

static void
lay_out_table_head (AsFlow              *flow,
                    const AsDocTable    *table,
                    const TableGeometry *geometry)
{
  const char *headings[16];
  double h;

  for (guint i = 0; i < table->n_columns; i++)
    headings[i] = table->columns[i].heading;
  h = lay_out_table_row (flow, table, geometry, headings, FONT_CELL_HEAD, FALSE, 0, FALSE);
  if (is_drawing (flow))
    {
      set_grey (flow, 0.88);
      cairo_rectangle (flow->cr, flow->left, flow->y, content_width (flow), h);
      cairo_fill (flow->cr);
    }
  lay_out_table_row (flow, table, geometry, headings, FONT_CELL_HEAD, FALSE, 0, TRUE);
  draw_hline (flow, flow->left, flow->right, flow->y, 0.6, 0.45);
  flow->y += h;
  draw_hline (flow, flow->left, flow->right, flow->y, 0.6, 0.45);
}

/* Places a row, first moving to a new page (with the headings again) when
 * it does not fit. */
static void
place_table_row (AsFlow              *flow,
                 const AsDocTable    *table,
                 const TableGeometry *geometry,
                 const char *const   *cells,
                 const char          *font,
                 gboolean             markup,
                 double               min_height)
{
  double h = lay_out_table_row (flow, table, geometry, cells, font, markup, min_height, FALSE);

  if (flow->y + h > flow->bottom)
    {
      next_page (flow);
      lay_out_table_head (flow, table, geometry);
    }
  lay_out_table_row (flow, table, geometry, cells, font, markup, min_height, TRUE);
  flow->y += h;
}

/* The height of the headings and the first @max_rows rows (data, blank and
 * total rows, in order). */
static double
measure_table (AsFlow              *flow,
               const AsDocTable    *table,
               const TableGeometry *geometry,
               guint                max_rows)
{
  guint n_rows = table->rows != NULL ? table->rows->len : 0;
  double blank_height = line_height (flow, FONT_CELL) + 10;
  const char *headings[16];
  double height;
  guint counted = 0;

  for (guint i = 0; i < table->n_columns; i++)
    headings[i] = table->columns[i].heading;
  height = lay_out_table_row (flow, table, geometry, headings, FONT_CELL_HEAD, FALSE, 0, FALSE);
  for (guint i = 0; i < n_rows && counted < max_rows; i++, counted++)
    height += lay_out_table_row (flow, table, geometry, g_ptr_array_index (table->rows, i),
                                 FONT_CELL, table->markup, 0, FALSE);
  for (guint i = n_rows; i < table->min_rows && counted < max_rows; i++, counted++)
    height += blank_height;
  for (guint i = 0; i < G_N_ELEMENTS (table->totals) && table->totals[i] != NULL &&
       counted < max_rows; i++, counted++)
    height += lay_out_table_row (flow, table, geometry, table->totals[i], FONT_CELL_BOLD, FALSE,
                                 0, FALSE);
  return height;
}

static guint
count_table_rows (const AsDocTable *table)
{
  guint n_rows = table->rows != NULL ? table->rows->len : 0;
  guint n_totals = 0;

  while (n_totals < G_N_ELEMENTS (table->totals) && table->totals[n_totals] != NULL)
    n_totals++;
  return MAX (n_rows, table->min_rows) + n_totals;
}

/* The heading and label over a table: returns their height, placing them
 * when @place. */
static double
lay_out_table_caption (AsFlow           *flow,
                       const AsDocTable *table,
                       gboolean          place)
{
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) label = NULL;
  double height = 0;

  if (table->heading != NULL)
    {
      heading = new_layout (flow, table->heading, FONT_HEADING, content_width (flow),
                            AS_ALIGN_LEFT);
      height += heading_height (flow, heading);
      if (place)
        place_heading (flow, heading);
    }
  if (table->label != NULL)
    {
      label = new_layout (flow, table->label, FONT_LABEL, content_width (flow), AS_ALIGN_LEFT);
      height += layout_height (label) + 4;
      if (place)
        {
          set_grey (flow, 0.3);
          show_layout (flow, label, flow->left, flow->y);
          flow->y += layout_height (label) + 4;
        }
    }
  return height;
}

/* A table under its caption. A short table is kept whole on one page; a
 * long one keeps its caption, headings and first row together, and goes on
 * over pages with the headings repeated. */
void
_as_flow_table (AsFlow           *flow,
                const AsDocTable *table)
{
  TableGeometry geometry;
  guint n_rows = table->rows != NULL ? table->rows->len : 0;
  double blank_height = line_height (flow, FONT_CELL) + 10;
  double caption = lay_out_table_caption (flow, table, FALSE);

  table_geometry (flow, table, &geometry);
  if (n_rows == 0 && table->min_rows == 0 && table->empty_text != NULL)
    {
      g_autoptr(PangoLayout) note = new_layout (flow, table->empty_text, FONT_NOTE,
                                                content_width (flow), AS_ALIGN_LEFT);

      ensure_room (flow, caption + layout_height (note));
      lay_out_table_caption (flow, table, TRUE);
      set_grey (flow, 0.3);
      flow_lines (flow, note, flow->left);
      flow->y += 8;
      return;
    }

  ensure_room (flow, caption + measure_table (flow, table, &geometry,
                                              count_table_rows (table) <= 12 ? G_MAXUINT : 1));
  lay_out_table_caption (flow, table, TRUE);
  lay_out_table_head (flow, table, &geometry);
  for (guint i = 0; i < n_rows; i++)
    place_table_row (flow, table, &geometry, g_ptr_array_index (table->rows, i), FONT_CELL,
                     table->markup, 0);
  for (guint i = n_rows; i < table->min_rows; i++)
    place_table_row (flow, table, &geometry, NULL, FONT_CELL, FALSE, blank_height);
  for (guint i = 0; i < G_N_ELEMENTS (table->totals) && table->totals[i] != NULL; i++)
    {
      if (i == 0)
        draw_hline (flow, flow->left, flow->right, flow->y, 1.0, 0.3);
      place_table_row (flow, table, &geometry, table->totals[i], FONT_CELL_BOLD, FALSE, 0);
    }
  flow->y += 10;
}

/* ---------------------------------------------------------- signatures */

/* "Name:" followed by @value, or by a line to write on. */
static double
lay_out_signature_line (AsFlow     *flow,
                        double      x,
                        double      y,
                        double      width,
                        const char *label,
                        const char *value,
                        gboolean    draw)
{
  g_autofree char *text = value != NULL && *value != '\0'
                          ? g_strdup_printf ("%s %s", label, value) : g_strdup (label);
  gboolean blank = value == NULL || *value == '\0';
  g_autoptr(PangoLayout) layout = new_layout (flow, text, FONT_BODY, blank ? -1 : width,
                                              AS_ALIGN_LEFT);
  double h = layout_height (layout);

  if (!draw)
    return h;
  set_grey (flow, 0.05);
  show_layout (flow, layout, x, y);
  if (blank)
    draw_hline (flow, x + layout_width (layout) + 4, x + width, y + h - 2, 0.5, 0.55);
  return h;
}

static double
lay_out_signature (AsFlow               *flow,
                   const AsDocSignature *signature,
                   double                x,
                   double                width,
                   gboolean              draw)
{
  g_autoptr(PangoLayout) role = new_layout (flow, signature->role, FONT_LABEL, width,
                                            AS_ALIGN_LEFT);
  double y = flow->y + 42;   /* room to sign */

  if (draw)
    draw_hline (flow, x, x + width, y, 0.9, 0.1);
  y += 3;
  if (draw)
    {
      set_grey (flow, 0.3);
      show_layout (flow, role, x, y);
    }
  y += layout_height (role) + 4;
  y += lay_out_signature_line (flow, x, y, width, _("Name:"), signature->name, draw) + 6;
  y += lay_out_signature_line (flow, x, y, width, _("Date:"), signature->date, draw);
  return y - flow->y;
}

/* Signature boxes side by side, kept together on one page. */
void
_as_flow_signatures (AsFlow               *flow,
                     const AsDocSignature *signatures,
                     guint                 n_signatures)
{
  double width = (content_width (flow) - (n_signatures - 1) * COLUMN_GAP * 1.5) / n_signatures;
  double height = 0;

  /* A lone signature takes half the width, as two would. */
  width = MIN (width, (content_width (flow) - COLUMN_GAP * 1.5) / 2);

  for (guint i = 0; i < n_signatures; i++)
    height = MAX (height, lay_out_signature (flow, &signatures[i], 0, width, FALSE));
  flow->y += 10;
  ensure_room (flow, height);
  for (guint i = 0; i < n_signatures; i++)
    lay_out_signature (flow, &signatures[i], flow->left + i * (width + COLUMN_GAP * 1.5), width,
                       TRUE);
  flow->y += height + 10;
}

/* A chart across the width of the page, @height points high, kept whole on
 * one page; drawn in the light theme, as paper is white. */
void
_as_flow_chart (AsFlow  *flow,
                AsChart *chart,
                double   height)
{
  _as_flow_space (flow, 6);
  ensure_room (flow, height);
  if (is_drawing (flow))
    {
      cairo_save (flow->cr);
      cairo_translate (flow->cr, flow->left, flow->y);
      as_chart_draw (chart, flow->cr, content_width (flow), height, as_chart_theme_light ());
      cairo_restore (flow->cr);
    }
  flow->y += height;
  _as_flow_space (flow, 6);
}
