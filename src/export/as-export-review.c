/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The monthly technician and department reviews in the workbook, from the
 * same figures as the printed reviews (as-review.c). Each sheet ends with a
 * total row: sums as SUM formulas carrying their value, averages weighted
 * by the number of surveys as the review computes them. */

#include <glib/gi18n.h>

#include "as-export-private.h"
#include "as-review.h"

typedef struct
{
  const char   *title;   /* N_() */
  AsExportKind  kind;
  gboolean      additive;
} ReviewColumn;

/* One cell: a number, or text, or nothing when the figure does not apply. */
typedef struct
{
  double      value;
  const char *text;
  gboolean    blank;
} Cell;

static const ReviewColumn technician_columns[] = {
  { N_("Technician"), AS_EXPORT_TEXT, FALSE },
  { N_("Branch"), AS_EXPORT_TEXT, FALSE },
  { N_("Repairs done"), AS_EXPORT_NUMBER, TRUE },
  { N_("Arrivals with a deadline"), AS_EXPORT_NUMBER, TRUE },
  { N_("Arrivals on time"), AS_EXPORT_NUMBER, TRUE },
  { N_("Arrival deadlines kept"), AS_EXPORT_PERCENT, FALSE },
  { N_("Hours worked"), AS_EXPORT_DECIMAL, TRUE },
  { N_("Surveys"), AS_EXPORT_NUMBER, TRUE },
  { N_("Attitude"), AS_EXPORT_DECIMAL, FALSE },
  { N_("Skill"), AS_EXPORT_DECIMAL, FALSE },
  { N_("Arrival"), AS_EXPORT_DECIMAL, FALSE },
  { N_("Commitments"), AS_EXPORT_DECIMAL, FALSE },
  { N_("Average"), AS_EXPORT_DECIMAL, FALSE },
  { N_("Complaints attributed"), AS_EXPORT_NUMBER, TRUE },
  { N_("Returns attributed"), AS_EXPORT_NUMBER, TRUE },
};

#define N_TECHNICIAN_COLUMNS G_N_ELEMENTS (technician_columns)

static const ReviewColumn department_columns[] = {
  { N_("Department"), AS_EXPORT_TEXT, FALSE },
  { N_("Complaints"), AS_EXPORT_NUMBER, TRUE },
  { N_("Serious complaints"), AS_EXPORT_NUMBER, TRUE },
  { N_("Complaints still open"), AS_EXPORT_NUMBER, TRUE },
  { N_("Returns"), AS_EXPORT_NUMBER, TRUE },
  { N_("Exchanges"), AS_EXPORT_NUMBER, TRUE },
  { N_("Refunds"), AS_EXPORT_MONEY, TRUE },
};

#define N_DEPARTMENT_COLUMNS G_N_ELEMENTS (department_columns)

/* ---------------------------------------------------------------- helpers */

static Cell
number (double value)
{
  return (Cell) { .value = value };
}

static Cell
text (const char *value)
{
  return (Cell) { .text = value };
}

static void
technician_cells (const AsTechnicianReview *review,
                  Cell                      cells[N_TECHNICIAN_COLUMNS])
{
  double on_time = as_technician_review_on_time_percent (review);
  guint i = 0;

  cells[i++] = text (review->name);
  cells[i++] = text (review->branch_name);
  cells[i++] = number (review->repairs_done);
  cells[i++] = number (review->arrivals);
  cells[i++] = number (review->arrivals_on_time);
  cells[i++] = on_time < 0 ? (Cell) { .blank = TRUE } : number (on_time / 100.0);
  cells[i++] = number (review->minutes_worked / 60.0);
  cells[i++] = number (review->n_surveys);
  for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    cells[i++] = review->n_surveys > 0 ? number (review->averages[c]) : (Cell) { .blank = TRUE };
  cells[i++] = review->n_surveys > 0 ? number (review->overall) : (Cell) { .blank = TRUE };
  cells[i++] = number (review->complaints);
  cells[i++] = number (review->returns);
  g_assert (i == N_TECHNICIAN_COLUMNS);
}

static void
department_cells (const AsDepartmentReview *review,
                  Cell                      cells[N_DEPARTMENT_COLUMNS])
{
  guint i = 0;

  cells[i++] = text (review->name);
  cells[i++] = number (review->complaints);
  cells[i++] = number (review->complaints_serious);
  cells[i++] = number (review->complaints_open);
  cells[i++] = number (review->returns);
  cells[i++] = number (review->exchanges);
  cells[i++] = number (review->refund_cents / 100.0);
  g_assert (i == N_DEPARTMENT_COLUMNS);
}

static AsExportTableOut
begin_review_sheet (AsExportWriter     *writer,
                    const char         *name,
                    const ReviewColumn *columns,
                    guint               n_columns)
{
  AsExportSheet *sheet = _as_export_writer_add_sheet (writer, name);
  g_autofree const char **titles = g_new0 (const char *, n_columns);
  g_autofree AsExportKind *kinds = g_new0 (AsExportKind, n_columns);
  AsExportTableOut out;

  for (guint i = 0; i < n_columns; i++)
    {
      titles[i] = _(columns[i].title);
      kinds[i] = columns[i].kind;
    }
  _as_export_sheet_set_page (sheet, TRUE, TRUE);
  _as_export_table_begin (&out, writer, sheet, 0, 0, n_columns, titles, kinds);
  return out;
}

static void
write_cells (AsExportTableOut   *out,
             const ReviewColumn *columns,
             const Cell         *cells)
{
  for (guint i = 0; i < out->n_columns; i++)
    if (cells[i].text != NULL)
      _as_export_write_text (out->sheet, out->row, i, cells[i].text, NULL);
    else if (!cells[i].blank)
      _as_export_write_number (out->writer, out->sheet, out->row, i, columns[i].kind,
                               cells[i].value);
  out->row++;
}

/* The total row under the data rows, left out of the filter. */
static void
write_total_cells (AsExportTableOut   *out,
                   const ReviewColumn *columns,
                   const Cell         *cells)
{
  lxw_worksheet *ws = out->sheet->worksheet;

  worksheet_write_string (ws, out->row, 0, cells[0].text,
                          _as_export_writer_total_format (out->writer, AS_EXPORT_TEXT));
  for (guint i = 1; i < out->n_columns; i++)
    {
      lxw_format *format = _as_export_writer_total_format (out->writer, columns[i].kind);
      char range[64];

      if (cells[i].text != NULL)
        worksheet_write_string (ws, out->row, i, cells[i].text, format);
      else if (cells[i].blank)
        worksheet_write_blank (ws, out->row, i, format);
      else if (columns[i].additive && out->row > out->header_row + 1)
        {
          g_autofree char *formula = NULL;

          lxw_rowcol_to_range (range, out->header_row + 1, i, out->row - 1, i);
          formula = g_strdup_printf ("=SUM(%s)", range);
          worksheet_write_formula_num (ws, out->row, i, formula, format, cells[i].value);
        }
      else if (columns[i].kind == AS_EXPORT_PERCENT)
        worksheet_write_number (ws, out->row, i, cells[i].value,
                                _as_export_writer_format (out->writer, AS_EXPORT_PERCENT, FALSE));
      else
        worksheet_write_number (ws, out->row, i, cells[i].value, format);
    }
}

/* Writes the data rows, a filter over them and the total row. */
static void
finish_review_sheet (AsExportTableOut   *out,
                     const ReviewColumn *columns,
                     const Cell         *total)
{
  lxw_row_t last_data_row = out->row;

  _as_export_table_finish_list (out);
  write_total_cells (out, columns, total);
  out->row = last_data_row;
  _as_export_table_clear (out);
}

static gboolean
write_technicians (AsExportWriter  *writer,
                   AsDatabase      *db,
                   const char      *month,
                   GError         **error)
{
  g_autoptr(GPtrArray) rows = as_review_technicians (db, month, error);
  g_autoptr(AsTechnicianReview) total = NULL;
  AsExportTableOut out;
  Cell cells[N_TECHNICIAN_COLUMNS];

  if (rows == NULL)
    return FALSE;
  out = begin_review_sheet (writer, _("Technician review"), technician_columns,
                            N_TECHNICIAN_COLUMNS);
  for (guint i = 0; i < rows->len; i++)
    {
      technician_cells (g_ptr_array_index (rows, i), cells);
      write_cells (&out, technician_columns, cells);
      if (!_as_export_writer_tick (writer, error))
        return _as_export_table_clear (&out), FALSE;
    }
  total = as_technician_review_total (rows);
  technician_cells (total, cells);
  finish_review_sheet (&out, technician_columns, cells);
  return TRUE;
}

static gboolean
write_departments (AsExportWriter  *writer,
                   AsDatabase      *db,
                   const char      *month,
                   GError         **error)
{
  g_autoptr(GPtrArray) rows = as_review_departments (db, month, error);
  g_autoptr(AsDepartmentReview) total = NULL;
  AsExportTableOut out;
  Cell cells[N_DEPARTMENT_COLUMNS];

  if (rows == NULL)
    return FALSE;
  out = begin_review_sheet (writer, _("Department review"), department_columns,
                            N_DEPARTMENT_COLUMNS);
  for (guint i = 0; i < rows->len; i++)
    {
      department_cells (g_ptr_array_index (rows, i), cells);
      write_cells (&out, department_columns, cells);
      if (!_as_export_writer_tick (writer, error))
        return _as_export_table_clear (&out), FALSE;
    }
  total = as_department_review_total (rows);
  department_cells (total, cells);
  finish_review_sheet (&out, department_columns, cells);
  return TRUE;
}

/* ------------------------------------------------------------- internals */

/* The reviews of @month ("YYYY-MM"), a sheet each. */
gboolean
_as_export_write_reviews (AsExportWriter  *writer,
                          AsDatabase      *db,
                          const char      *month,
                          GError         **error)
{
  return write_technicians (writer, db, month, error) &&
         write_departments (writer, db, month, error);
}
