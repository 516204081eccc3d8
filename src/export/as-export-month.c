/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The monthly workbook: a summary sheet with the month's key figures, small
 * tables and native Excel charts drawn from them, then one sheet per area
 * (repairs, complaints, returns, stock movements, tools, surveys) and the
 * technician and department reviews. Everything is read in one snapshot. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-export-private.h"
#include "as-labels.h"
#include "as-review.h"

/* Where the charts go on the summary: beside the tables, one under the other. */
#define CHART_COL         5
#define CHART_FIRST_ROW   3
#define CHART_ROWS        18
/* Rows counted for the summary and the reviews, which are small. */
#define SMALL_SHEETS_ROWS 200

typedef struct
{
  AsDatabase     *db;
  AsExportWriter *writer;
  char            month[8];          /* "YYYY-MM" */
  char            first_day[11];
  char            next_first_day[11];
  guint           n_charts;
} MonthExport;

/* A table written on the summary. */
typedef struct
{
  AsExportTableOut out;
  lxw_row_t        first_row;       /* its first data row */
  guint            n_rows;
  double          *sums;            /* per column, for the total row */
} Block;

/* The key figures, read as one row and written one per line. */
typedef struct
{
  AsExportWriter *writer;
  AsExportSheet  *sheet;
  GPtrArray      *columns;
  lxw_row_t       row;
} Figures;

/* ---------------------------------------------------------------- helpers */

static char *
column_range (lxw_row_t first_row,
              lxw_col_t col,
              lxw_row_t last_row)
{
  char range[64];

  lxw_rowcol_to_range (range, first_row, col, last_row, col);
  return g_strdup (range);
}

static gboolean
is_additive (AsExportKind kind)
{
  return kind == AS_EXPORT_NUMBER || kind == AS_EXPORT_DECIMAL || kind == AS_EXPORT_MONEY;
}

/* A SUM formula over @col of the rows above, carrying its value, so that
 * readers which do not recalculate (LibreOffice headless, openpyxl) show it. */
static void
write_sum (AsExportWriter *writer,
           AsExportSheet  *sheet,
           lxw_row_t       row,
           lxw_col_t       col,
           lxw_row_t       first_row,
           AsExportKind    kind,
           double          value)
{
  g_autofree char *range = column_range (first_row, col, row - 1);
  g_autofree char *formula = g_strdup_printf ("=SUM(%s)", range);

  worksheet_write_formula_num (sheet->worksheet, row, col, formula,
                               _as_export_writer_total_format (writer, kind), value);
}

static gboolean
add_block_row (sqlite3_stmt  *stmt,
               gpointer       data,
               GError       **error)
{
  Block *block = data;
  AsExportTableOut *out = &block->out;

  for (guint i = 0; i < out->n_columns; i++)
    block->sums[i] += _as_export_write_value (out->writer, out->sheet, out->row, out->first_col + i,
                                              out->kinds[i], stmt, i);
  out->row++;
  block->n_rows++;
  return _as_export_writer_tick (out->writer, error);
}

static void
write_total_row (MonthExport *self,
                 Block       *block)
{
  AsExportTableOut *out = &block->out;

  worksheet_write_string (out->sheet->worksheet, out->row, 0, _("Total"),
                          _as_export_writer_total_format (self->writer, AS_EXPORT_TEXT));
  for (guint i = 1; i < out->n_columns; i++)
    if (is_additive (out->kinds[i]))
      write_sum (self->writer, out->sheet, out->row, i, block->first_row, out->kinds[i],
                 block->sums[i]);
  out->row++;
}

static void
block_clear (Block *block)
{
  _as_export_table_clear (&block->out);
  g_clear_pointer (&block->sums, g_free);
}

/**
 * write_block:
 * @row: (inout): the row to start at; on return, the row after the block
 *
 * Writes @table's title, header and rows, and a total row if asked; a month
 * without rows gets a line saying so.
 */
static gboolean
write_block (MonthExport          *self,
             AsExportSheet        *sheet,
             lxw_row_t            *row,
             const AsExportTable  *table,
             gboolean              with_total,
             Block                *block,
             GError              **error)
{
  g_autoptr(GPtrArray) columns = as_export_table_columns (self->db, table);
  g_autofree const char **titles = g_new0 (const char *, columns->len);
  g_autofree AsExportKind *kinds = g_new0 (AsExportKind, columns->len);

  for (guint i = 0; i < columns->len; i++)
    {
      const AsExportColumn *column = g_ptr_array_index (columns, i);
      titles[i] = _(column->title);
      kinds[i] = column->kind;
    }
  worksheet_write_string (sheet->worksheet, (*row)++, 0, _(table->name),
                          _as_export_writer_section_format (self->writer));
  _as_export_table_begin (&block->out, self->writer, sheet, *row, 0, columns->len, titles, kinds);
  block->first_row = block->out.row;
  block->sums = g_new0 (double, columns->len);
  if (!as_export_table_run (self->db, table, columns, self->first_day, self->next_first_day,
                            add_block_row, block, error))
    return FALSE;
  if (block->n_rows == 0)
    worksheet_write_string (sheet->worksheet, block->out.row++, 0, _("Nothing in this month."),
                            _as_export_writer_note_format (self->writer));
  else if (with_total)
    write_total_row (self, block);
  *row = block->out.row + 1;
  return TRUE;
}

/* ----------------------------------------------------------------- charts */

static void
place_chart (MonthExport   *self,
             AsExportSheet *sheet,
             lxw_chart     *chart)
{
  lxw_chart_options options = { .x_offset = 16, .x_scale = 1.2, .y_scale = 1.2 };
  lxw_chart_font title_font = { .size = 12, .bold = LXW_TRUE };

  chart_title_set_name_font (chart, &title_font);
  chart_set_style (chart, 10);
  worksheet_insert_chart_opt (sheet->worksheet, CHART_FIRST_ROW + self->n_charts * CHART_ROWS,
                              CHART_COL, chart, &options);
  self->n_charts++;
}

/* A chart of the second column of @block against its first, total row left out. */
static void
add_block_chart (MonthExport   *self,
                 AsExportSheet *sheet,
                 Block         *block,
                 uint8_t        type,
                 const char    *title)
{
  lxw_chart *chart = workbook_add_chart (_as_export_writer_get_workbook (self->writer), type);
  lxw_chart_series *series = chart_add_series (chart, NULL, NULL);
  lxw_row_t last = block->first_row + block->n_rows - 1;

  chart_series_set_categories (series, sheet->name, block->first_row, 0, last, 0);
  chart_series_set_values (series, sheet->name, block->first_row, 1, last, 1);
  chart_series_set_name_range (series, sheet->name, block->out.header_row, 1);
  chart_title_set_name (chart, title);
  if (type == LXW_CHART_PIE)
    {
      /* The count and its share of the whole. */
      chart_series_set_labels (series);
      chart_series_set_labels_percentage (series);
      chart_series_set_labels_position (series, LXW_CHART_LABEL_POSITION_BEST_FIT);
      chart_legend_set_position (chart, LXW_CHART_LEGEND_RIGHT);
    }
  else
    {
      chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
      chart_axis_set_min (chart->y_axis, 0);
    }
  if (block->out.kinds[0] == AS_EXPORT_DATE)
    /* Days of the month: the title names the month. */
    chart_axis_set_num_format (chart->x_axis, "d");
  place_chart (self, sheet, chart);
}

/* The satisfaction row: the criteria are the categories, side by side. */
static void
add_satisfaction_chart (MonthExport   *self,
                        AsExportSheet *sheet,
                        Block         *block)
{
  lxw_chart *chart = workbook_add_chart (_as_export_writer_get_workbook (self->writer),
                                         LXW_CHART_COLUMN);
  lxw_chart_series *series = chart_add_series (chart, NULL, NULL);
  lxw_col_t last = block->out.n_columns - 1;

  chart_series_set_categories (series, sheet->name, block->out.header_row, 0,
                               block->out.header_row, last);
  chart_series_set_values (series, sheet->name, block->first_row, 0, block->first_row, last);
  chart_series_set_name (series, _("Average"));
  chart_series_set_labels (series);
  chart_series_set_labels_num_format (series, "0.00");
  chart_title_set_name (chart, _(as_export_satisfaction.name));
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  chart_axis_set_min (chart->y_axis, 0);
  chart_axis_set_max (chart->y_axis, 4);
  chart_axis_set_major_unit (chart->y_axis, 1);
  place_chart (self, sheet, chart);
}

/* --------------------------------------------------------------- summary */

static void
write_heading (MonthExport   *self,
               AsExportSheet *sheet)
{
  g_autofree char *month_title = as_review_format_month (self->month);
  g_autofree char *title = g_strdup_printf (_("After-sales service: %s"), month_title);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *day = as_format_long_date (today);
  g_autofree char *time = g_date_time_format (now, "%H:%M");
  g_autofree char *note = g_strdup_printf (_("Monthly workbook exported on %s at %s from %s"),
                                           day, time, as_database_get_path (self->db));

  worksheet_set_row (sheet->worksheet, 0, 26, NULL);
  worksheet_write_string (sheet->worksheet, 0, 0, title,
                          _as_export_writer_title_format (self->writer));
  worksheet_write_string (sheet->worksheet, 1, 0, note,
                          _as_export_writer_note_format (self->writer));
}

static gboolean
add_figures_row (sqlite3_stmt  *stmt,
                 gpointer       data,
                 GError       **error)
{
  Figures *figures = data;

  for (guint i = 0; i < figures->columns->len; i++)
    {
      const AsExportColumn *column = g_ptr_array_index (figures->columns, i);

      _as_export_write_text (figures->sheet, figures->row, 0, _(column->title), NULL);
      _as_export_write_value (figures->writer, figures->sheet, figures->row, 1, column->kind,
                              stmt, i);
      figures->row++;
    }
  return TRUE;
}

static gboolean
write_key_figures (MonthExport    *self,
                   AsExportSheet  *sheet,
                   lxw_row_t      *row,
                   GError        **error)
{
  g_autoptr(GPtrArray) columns = as_export_table_columns (self->db, &as_export_key_figures);
  Figures figures = { self->writer, sheet, columns, *row + 1 };

  worksheet_write_string (sheet->worksheet, *row, 0, _(as_export_key_figures.name),
                          _as_export_writer_section_format (self->writer));
  if (!as_export_table_run (self->db, &as_export_key_figures, columns, self->first_day,
                            self->next_first_day, add_figures_row, &figures, error))
    return FALSE;
  *row = figures.row + 1;
  return TRUE;
}

static gboolean
write_summary (MonthExport  *self,
               GError      **error)
{
  AsExportSheet *sheet = _as_export_writer_add_sheet (self->writer, _("Summary"));
  lxw_row_t row = 3;
  Block category = { 0 }, day = { 0 }, channel = { 0 }, kind = { 0 }, satisfaction = { 0 };
  Block movement = { 0 };
  gboolean ok;

  _as_export_sheet_set_page (sheet, TRUE, FALSE);
  write_heading (self, sheet);
  ok = write_key_figures (self, sheet, &row, error) &&
       write_block (self, sheet, &row, &as_export_repairs_by_category, TRUE, &category, error) &&
       write_block (self, sheet, &row, &as_export_complaints_by_channel, TRUE, &channel, error) &&
       write_block (self, sheet, &row, &as_export_complaints_by_kind, TRUE, &kind, error) &&
       write_block (self, sheet, &row, &as_export_satisfaction, FALSE, &satisfaction, error) &&
       write_block (self, sheet, &row, &as_export_movements_by_kind, TRUE, &movement, error) &&
       write_block (self, sheet, &row, &as_export_repairs_by_day, TRUE, &day, error);
  if (ok && category.n_rows > 0)
    add_block_chart (self, sheet, &category, LXW_CHART_COLUMN,
                     _(as_export_repairs_by_category.name));
  if (ok && day.n_rows > 0)
    add_block_chart (self, sheet, &day, LXW_CHART_COLUMN, _(as_export_repairs_by_day.name));
  if (ok && channel.n_rows > 0)
    add_block_chart (self, sheet, &channel, LXW_CHART_PIE,
                     _(as_export_complaints_by_channel.name));
  if (ok && satisfaction.n_rows > 0)
    add_satisfaction_chart (self, sheet, &satisfaction);

  block_clear (&category);
  block_clear (&day);
  block_clear (&channel);
  block_clear (&kind);
  block_clear (&satisfaction);
  block_clear (&movement);
  return ok;
}

/* ---------------------------------------------------------- record sheets */

static gboolean
write_record_sheet (MonthExport          *self,
                    const AsExportTable  *table,
                    GError              **error)
{
  g_autoptr(GPtrArray) columns = as_export_table_columns (self->db, table);
  g_autofree const char **titles = g_new0 (const char *, columns->len);
  g_autofree AsExportKind *kinds = g_new0 (AsExportKind, columns->len);
  AsExportSheet *sheet = _as_export_writer_add_sheet (self->writer, _(table->name));
  AsExportTableOut out;
  gboolean ok;

  for (guint i = 0; i < columns->len; i++)
    {
      const AsExportColumn *column = g_ptr_array_index (columns, i);
      titles[i] = _(column->title);
      kinds[i] = column->kind;
    }
  _as_export_sheet_set_page (sheet, FALSE, TRUE);
  _as_export_table_begin (&out, self->writer, sheet, 0, 0, columns->len, titles, kinds);
  ok = as_export_table_run (self->db, table, columns, self->first_day, self->next_first_day,
                            _as_export_table_add_row, &out, error);
  _as_export_table_finish_list (&out);
  _as_export_table_clear (&out);
  return ok;
}

static gint64
count_record_rows (MonthExport *self)
{
  gint64 total = SMALL_SHEETS_ROWS;

  for (guint i = 0; as_export_month_sheets[i] != NULL; i++)
    if (as_export_table_available (self->db, as_export_month_sheets[i]))
      total += MAX (0, as_export_table_count (self->db, as_export_month_sheets[i],
                                              self->first_day, self->next_first_day));
  return total;
}

static gboolean
write_record_sheets (MonthExport  *self,
                     GError      **error)
{
  for (guint i = 0; as_export_month_sheets[i] != NULL; i++)
    if (as_export_table_available (self->db, as_export_month_sheets[i]) &&
        !write_record_sheet (self, as_export_month_sheets[i], error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------- public API */

/**
 * as_export_parse_month:
 * @text: a month as "YYYY-MM"
 *
 * Returns: whether @text is a month from 1900 on; %AS_EXPORT_ERROR_INVALID_MONTH otherwise
 */
gboolean
as_export_parse_month (const char  *text,
                       int         *out_year,
                       int         *out_month,
                       GError     **error)
{
  guint64 year = 0, month = 0;
  g_autofree char *year_text = NULL;

  if (text != NULL && strlen (text) == 7 && text[4] == '-' &&
      g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6]))
    {
      year_text = g_strndup (text, 4);
      if (!g_ascii_string_to_unsigned (year_text, 10, 1900, 9999, &year, NULL) ||
          !g_ascii_string_to_unsigned (text + 5, 10, 1, 12, &month, NULL))
        year = 0;
    }
  if (year == 0)
    {
      g_set_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_INVALID_MONTH,
                   _("“%s” is not a month: write it as YYYY-MM, such as 2026-10."),
                   text ? text : "");
      return FALSE;
    }
  *out_year = (int) year;
  *out_month = (int) month;
  return TRUE;
}

/* Returns: (transfer full): "October 2026", in the program's own words */
char *
as_export_month_title (int year,
                       int month)
{
  g_autofree char *text = g_strdup_printf ("%04d-%02d", year, month);

  return as_review_format_month (text);
}

/* Returns: (transfer full): the workbook's suggested name, "aftersales-2026-10.xlsx" */
char *
as_export_month_file_name (int year,
                           int month)
{
  return g_strdup_printf ("aftersales-%04d-%02d.xlsx", year, month);
}

/**
 * as_export_month:
 * @path: the workbook to write; an existing file is replaced only on success
 * @progress: (nullable) (scope call): called from this thread
 *
 * Writes the monthly workbook of @year and @month, read from one snapshot of
 * @db. Meant for a worker thread with its own connection, or the command line.
 */
gboolean
as_export_month (AsDatabase        *db,
                 int                year,
                 int                month,
                 const char        *path,
                 AsExportProgress   progress,
                 gpointer           user_data,
                 GCancellable      *cancellable,
                 GError           **error)
{
  MonthExport self = { .db = db };
  g_autoptr(AsExportWriter) writer = NULL;
  g_autofree char *title = NULL;
  gboolean started = FALSE, ok;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (year < 1900 || year > 9999 || month < 1 || month > 12)
    {
      g_autofree char *text = g_strdup_printf ("%d-%02d", year, month);
      return as_export_parse_month (text, &year, &month, error);
    }
  g_snprintf (self.month, sizeof self.month, "%04d-%02d", year, month);
  g_snprintf (self.first_day, sizeof self.first_day, "%s-01", self.month);
  g_snprintf (self.next_first_day, sizeof self.next_first_day, "%04d-%02d-01",
              month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1);

  writer = self.writer = _as_export_writer_new (path, error);
  if (writer == NULL || !as_export_read_begin (db, &started, error))
    return FALSE;
  _as_export_writer_set_progress (writer, count_record_rows (&self), progress, user_data,
                                  cancellable);
  title = as_export_month_title (year, month);
  _as_export_writer_set_properties (writer, title, _("Monthly workbook of the after-sales service"));

  ok = write_summary (&self, error) &&
       write_record_sheets (&self, error) &&
       _as_export_write_reviews (writer, db, self.month, error);
  as_export_read_end (db, started);
  return ok && _as_export_writer_commit (writer, error);
}
