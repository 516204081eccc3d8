/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The monthly performance reviews (SPEC S3, C9, RX3): the technician review
 * (customer satisfaction per criterion, repairs done, arrival deadlines
 * kept, hours worked, complaints and returns attributed) and the department
 * review (complaints and returns attributed). The figures come from
 * as-review.c; this file only lays them out. */

#include <glib/gi18n.h>
#include <math.h>

#include "as-document-private.h"
#include "as-document-review.h"

/* The satisfaction chart's height on the page, in points. */
#define CHART_HEIGHT 250

typedef struct
{
  char      *month;          /* "YYYY-MM-01" */
  GPtrArray *technicians;    /* AsTechnicianReview */
  GPtrArray *departments;    /* AsDepartmentReview */
  GPtrArray *staff;          /* AsStaffAttribution */
  AsChart   *chart;
} ReviewData;

/* ---------------------------------------------------------------- helpers */

static void
review_data_free (gpointer data)
{
  ReviewData *self = data;

  g_free (self->month);
  g_clear_pointer (&self->technicians, g_ptr_array_unref);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_object (&self->chart);
  g_free (self);
}

static char **
new_row (guint n_columns)
{
  return g_new0 (char *, n_columns + 1);
}

static char *
format_count (guint n)
{
  return g_strdup_printf ("%u", n);
}

/* An average rating with two decimals, or a dash without surveys. */
static char *
format_rating (double value,
               guint  n_surveys)
{
  return n_surveys > 0 ? g_strdup_printf ("%.2f", value) : g_strdup ("—");
}

static char *
format_percent (double percent)
{
  return percent >= 0 ? g_strdup_printf ("%.0f %%", floor (percent + 0.5)) : g_strdup ("—");
}

/* "45 of 50" */
static char *
format_on_time (const AsTechnicianReview *review)
{
  if (review->arrivals == 0)
    return g_strdup ("—");
  /* Translators: arrivals on time out of all arrivals, "45 of 50" */
  return g_strdup_printf (_("%u of %u"), review->arrivals_on_time, review->arrivals);
}

/* --------------------------------------------------------- technicians */

static char **
new_satisfaction_row (const AsTechnicianReview *review)
{
  char **cells = new_row (AS_SURVEY_N_CRITERIA + 3);

  cells[0] = g_strdup (review->name);
  cells[1] = format_count (review->n_surveys);
  for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    cells[2 + c] = format_rating (review->averages[c], review->n_surveys);
  cells[2 + AS_SURVEY_N_CRITERIA] = format_rating (review->overall, review->n_surveys);
  return cells;
}

static void
add_satisfaction_table (AsFlow     *flow,
                        ReviewData *data)
{
  static const AsDocColumn columns[] = {
    { N_("Technician"), 2.2, AS_ALIGN_LEFT },
    { N_("Surveys"), 1.25, AS_ALIGN_RIGHT },
    { N_("Attitude"), 1.15, AS_ALIGN_RIGHT },
    { N_("Skill"), 1.7, AS_ALIGN_RIGHT },
    { N_("Arrival time"), 1.1, AS_ALIGN_RIGHT },
    /* Translators: keeping commitments, in a narrow table column */
    { N_("Commitments"), 1.75, AS_ALIGN_RIGHT },
    { N_("Average"), 1.0, AS_ALIGN_RIGHT },
  };
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(AsTechnicianReview) total = as_technician_review_total (data->technicians);
  g_auto(GStrv) total_cells = new_satisfaction_row (total);
  AsDocTable table = {
    .heading = _("Customer satisfaction"),
    .label = _("Average rating of the month’s surveys, from 1 (very dissatisfied) to 4 (very "
               "satisfied)"),
    .columns = translated, .n_columns = G_N_ELEMENTS (columns), .rows = rows,
    .totals = { (const char *const *) total_cells },
    .empty_text = _("No technician is registered."),
  };

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; i < data->technicians->len; i++)
    g_ptr_array_add (rows, new_satisfaction_row (g_ptr_array_index (data->technicians, i)));
  if (rows->len == 0)
    table.totals[0] = NULL;
  _as_flow_table (flow, &table);
}

static char **
new_work_row (const AsTechnicianReview *review)
{
  char **cells = new_row (7);

  cells[0] = g_strdup (review->name);
  cells[1] = format_count (review->repairs_done);
  cells[2] = format_on_time (review);
  cells[3] = format_percent (as_technician_review_on_time_percent (review));
  cells[4] = _as_format_minutes (review->minutes_worked);
  cells[5] = format_count (review->complaints);
  cells[6] = format_count (review->returns);
  return cells;
}

static void
add_work_table (AsFlow     *flow,
                ReviewData *data)
{
  static const AsDocColumn columns[] = {
    { N_("Technician"), 1.76, AS_ALIGN_LEFT },
    { N_("Repairs done"), 1.62, AS_ALIGN_RIGHT },
    /* Translators: arrivals within the 6 or 7 working hours of the call */
    { N_("Arrivals on time"), 1.26, AS_ALIGN_RIGHT },
    { N_("Deadlines kept"), 1.26, AS_ALIGN_RIGHT },
    { N_("Hours worked"), 1.38, AS_ALIGN_RIGHT },
    { N_("Complaints"), 1.3, AS_ALIGN_RIGHT },
    { N_("Returns"), 1.62, AS_ALIGN_RIGHT },
  };
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(AsTechnicianReview) total = as_technician_review_total (data->technicians);
  g_auto(GStrv) total_cells = new_work_row (total);
  AsDocTable table = {
    .heading = _("Work, deadlines and complaints"),
    .label = _("Repairs closed in the month; arrivals within the arrival deadline; hours of the "
               "work sessions; complaints and returns attributed to the technician"),
    .columns = translated, .n_columns = G_N_ELEMENTS (columns), .rows = rows,
    .totals = { (const char *const *) total_cells },
    .empty_text = _("No technician is registered."),
  };

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; i < data->technicians->len; i++)
    g_ptr_array_add (rows, new_work_row (g_ptr_array_index (data->technicians, i)));
  if (rows->len == 0)
    table.totals[0] = NULL;
  _as_flow_table (flow, &table);
}

/**
 * as_review_rating_chart_new:
 * @counts: as_review_rating_counts()'s answers
 *
 * Returns: (transfer full): the chart
 */
AsChart *
as_review_rating_chart_new (const char *title,
                              guint       counts[AS_SURVEY_N_CRITERIA][AS_SURVEY_N_LEVELS])
{
  /* Palette entries: red, orange, blue, green. */
  static const guint level_colors[AS_SURVEY_N_LEVELS] = { 3, 1, 0, 2 };
  AsChart *chart = as_chart_new (AS_CHART_STACKED_BAR, title);

  as_chart_set_format (chart, AS_CHART_FORMAT_INTEGER);
  as_chart_set_axis_titles (chart, NULL, _("Surveys"));
  as_chart_set_empty_text (chart, _("No survey this month"));
  for (int l = 1; l <= AS_SURVEY_N_LEVELS; l++)
    as_chart_set_series_color (chart, as_chart_add_series (chart, as_survey_level_get_label (l)),
                               level_colors[l - 1]);
  for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    {
      guint category = as_chart_add_category (chart, as_survey_criterion_get_label (c));

      for (int l = 0; l < AS_SURVEY_N_LEVELS; l++)
        as_chart_set_value (chart, l, category, counts[c][l]);
    }
  return chart;
}

static void
render_technician_review (AsDocument *self,
                          AsFlow     *flow)
{
  ReviewData *data = self->data;
  g_autofree char *month = as_review_format_month (data->month);
  const AsDocSignature signatures[] = {
    { _("Service supervisor"), NULL, NULL },
    { _("Branch manager"), NULL, NULL },
  };

  _as_flow_title (flow, self->title, month);
  add_satisfaction_table (flow, data);
  _as_flow_chart (flow, data->chart, CHART_HEIGHT);
  add_work_table (flow, data);
  _as_flow_signatures (flow, signatures, G_N_ELEMENTS (signatures));
}

/* ---------------------------------------------------------- departments */

static char **
new_department_row (const AsDepartmentReview *review)
{
  char **cells = new_row (7);

  cells[0] = g_strdup (review->name);
  cells[1] = format_count (review->complaints);
  cells[2] = format_count (review->complaints_serious);
  cells[3] = format_count (review->complaints_open);
  cells[4] = format_count (review->returns);
  cells[5] = format_count (review->exchanges);
  cells[6] = _as_format_money (review->refund_cents);
  return cells;
}

static void
add_department_table (AsFlow     *flow,
                      ReviewData *data)
{
  static const AsDocColumn columns[] = {
    { N_("Department"), 2.0, AS_ALIGN_LEFT },
    { N_("Complaints"), 1.3, AS_ALIGN_RIGHT },
    { N_("Serious"), 0.9, AS_ALIGN_RIGHT },
    /* Translators: complaints not answered yet */
    { N_("Unanswered"), 1.4, AS_ALIGN_RIGHT },
    { N_("Returns"), 1.62, AS_ALIGN_RIGHT },
    { N_("Exchanges"), 1.3, AS_ALIGN_RIGHT },
    { N_("Refunds"), 1.7, AS_ALIGN_RIGHT },
  };
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(AsDepartmentReview) total = as_department_review_total (data->departments);
  g_auto(GStrv) total_cells = new_department_row (total);
  AsDocTable table = {
    .heading = _("Complaints and returns by department"),
    .label = _("Complaints received and returns requested in the month, by the department "
               "responsible (for a complaint without one yet, the department it was routed to)"),
    .columns = translated, .n_columns = G_N_ELEMENTS (columns), .rows = rows,
    .totals = { (const char *const *) total_cells },
    .empty_text = _("No department is registered."),
  };

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; i < data->departments->len; i++)
    g_ptr_array_add (rows, new_department_row (g_ptr_array_index (data->departments, i)));
  if (rows->len == 0)
    table.totals[0] = NULL;
  _as_flow_table (flow, &table);
}

static void
add_staff_table (AsFlow     *flow,
                 ReviewData *data)
{
  static const AsDocColumn columns[] = {
    { N_("Staff member"), 2.6, AS_ALIGN_LEFT },
    { N_("Department"), 2.4, AS_ALIGN_LEFT },
    { N_("Complaints"), 1.2, AS_ALIGN_RIGHT },
    { N_("Returns"), 1.2, AS_ALIGN_RIGHT },
  };
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  AsDocTable table = {
    .heading = _("Complaints and returns by staff member"),
    .columns = translated, .n_columns = G_N_ELEMENTS (columns), .rows = rows,
    .empty_text = _("No complaint or return was attributed to a staff member this month."),
  };

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; i < data->staff->len; i++)
    {
      const AsStaffAttribution *staff = g_ptr_array_index (data->staff, i);
      char **cells = new_row (4);

      cells[0] = g_strdup (staff->name);
      cells[1] = g_strdup (staff->department_name);
      cells[2] = format_count (staff->complaints);
      cells[3] = format_count (staff->returns);
      g_ptr_array_add (rows, cells);
    }
  _as_flow_table (flow, &table);
}

/**
 * as_review_department_chart_new:
 * @departments: (element-type AsDepartmentReview): as_review_departments()'s rows
 *
 * Returns: (transfer full): the complaints and returns of each department
 *   that has any, stacked
 */
AsChart *
as_review_department_chart_new (GPtrArray *departments)
{
  AsChart *chart = as_chart_new (AS_CHART_STACKED_BAR,
                                 _("Complaints and returns by department"));
  guint complaints = as_chart_add_series (chart, _("Complaints"));
  guint returns = as_chart_add_series (chart, _("Returns and exchanges"));

  as_chart_set_format (chart, AS_CHART_FORMAT_INTEGER);
  as_chart_set_empty_text (chart, _("No complaint or return this month"));
  for (guint i = 0; i < departments->len; i++)
    {
      const AsDepartmentReview *review = g_ptr_array_index (departments, i);
      guint category;

      if (review->complaints + review->returns + review->exchanges == 0)
        continue;
      category = as_chart_add_category (chart, review->name);
      as_chart_set_value (chart, complaints, category, review->complaints);
      as_chart_set_value (chart, returns, category, review->returns + review->exchanges);
    }
  return chart;
}

static void
render_department_review (AsDocument *self,
                          AsFlow     *flow)
{
  ReviewData *data = self->data;
  g_autofree char *month = as_review_format_month (data->month);
  const AsDocSignature signatures[] = {
    { _("Service department"), NULL, NULL },
    { _("Deputy general manager"), NULL, NULL },
  };

  _as_flow_title (flow, self->title, month);
  add_department_table (flow, data);
  _as_flow_chart (flow, data->chart, CHART_HEIGHT);
  add_staff_table (flow, data);
  _as_flow_signatures (flow, signatures, G_N_ELEMENTS (signatures));
}

/* ------------------------------------------------------------- loading */

static gboolean
load_technicians (ReviewData  *data,
                  AsDatabase  *db,
                  GError     **error)
{
  guint counts[AS_SURVEY_N_CRITERIA][AS_SURVEY_N_LEVELS];

  data->technicians = as_review_technicians (db, data->month, error);
  if (data->technicians == NULL || !as_review_rating_counts (db, data->month, 0, counts, error))
    return FALSE;
  data->chart = as_review_rating_chart_new (_("How customers rated the technicians"), counts);
  return TRUE;
}

static gboolean
load_departments (ReviewData  *data,
                  AsDatabase  *db,
                  GError     **error)
{
  data->departments = as_review_departments (db, data->month, error);
  if (data->departments == NULL)
    return FALSE;
  data->staff = as_review_staff_attributions (db, data->month, error);
  if (data->staff == NULL)
    return FALSE;
  data->chart = as_review_department_chart_new (data->departments);
  return TRUE;
}

/**
 * _as_document_load_review:
 *
 * The technician or department review of the month of @request's date
 * ("YYYY-MM-DD" or "YYYY-MM").
 */
gboolean
_as_document_load_review (AsDocument              *self,
                          AsDatabase              *db,
                          const AsDocumentRequest *request,
                          GError                 **error)
{
  g_autofree char *next = NULL;
  ReviewData *data = g_new0 (ReviewData, 1);
  gboolean loaded;

  if (!as_review_month_range (request->date, &data->month, &next))
    {
      review_data_free (data);
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("“%s” is not a month: write it as 2026-11."),
                   request->date ? request->date : "");
      return FALSE;
    }
  loaded = request->kind == AS_DOCUMENT_TECHNICIAN_REVIEW ? load_technicians (data, db, error)
                                                          : load_departments (data, db, error);
  if (!loaded)
    {
      review_data_free (data);
      return FALSE;
    }
  self->render = request->kind == AS_DOCUMENT_TECHNICIAN_REVIEW ? render_technician_review
                                                                : render_department_review;
  self->reference = as_review_format_month (data->month);
  self->data = data;
  self->data_free = review_data_free;
  return TRUE;
}
