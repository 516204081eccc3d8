/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The daily reports (SPEC M9): the technician daily work report, the
 * supervisor daily report, the branch daily report the manager signs, and
 * the day's page of the repair register (M3). The figures come from
 * as-reports.c; this file only lays them out. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-document-private.h"
#include "as-labels.h"
#include "as-reports.h"

typedef struct
{
  char           *date;
  GPtrArray      *days;      /* AsTechnicianDay, for the technician report */
  AsDailySummary *summary;   /* for the supervisor and branch reports */
  GPtrArray      *entries;   /* GHashTable rows, for the day's register */
} ReportData;

/* ---------------------------------------------------------------- helpers */

static void
report_data_free (gpointer data)
{
  ReportData *self = data;

  g_free (self->date);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->summary, as_daily_summary_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self);
}

static const char *
category_label (guint index)
{
  return as_code_get_label (as_reports_category_code (index));
}

static char **
new_row (guint n_columns)
{
  return g_new0 (char *, n_columns + 1);
}

static char *
format_count (int n)
{
  return g_strdup_printf ("%d", n);
}

/* "received,dispatched" → "Received, Dispatched" */
static char *
format_steps (const char *codes)
{
  g_auto(GStrv) steps = g_strsplit (codes, ",", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; steps[i] != NULL; i++)
    if (*steps[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "",
                              as_code_get_label (g_strstrip (steps[i])));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Category | Requests | Time, with the totals. */
static void
add_category_table (AsFlow               *flow,
                    const AsReportTotals *totals)
{
  static const AsDocColumn columns[] = {
    { N_("Service category"), 3.0, AS_ALIGN_LEFT },
    { N_("Requests"), 1.2, AS_ALIGN_RIGHT },
    { N_("Time"), 1.2, AS_ALIGN_RIGHT },
  };
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *count = format_count (totals->total_requests);
  g_autofree char *time = _as_format_minutes (totals->total_minutes);
  const char *total[] = { _("Total"), count, time };
  AsDocTable table = { .heading = _("By service category"), .columns = translated,
                       .n_columns = G_N_ELEMENTS (columns), .rows = rows, .totals = { total } };

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; i < AS_REPORTS_N_CATEGORIES; i++)
    {
      char **cells = new_row (3);

      cells[0] = g_strdup (category_label (i));
      cells[1] = format_count (totals->requests[i]);
      cells[2] = _as_format_minutes (totals->minutes[i]);
      g_ptr_array_add (rows, cells);
    }
  _as_flow_table (flow, &table);
}

/* ------------------------------------------------------ technician report */

/* Markup for a cell: @main, and under it @second, smaller and grey. */
static char *
format_two_lines (const char *main,
                  const char *second)
{
  if (second == NULL || *second == '\0')
    return g_markup_escape_text (main, -1);
  return g_markup_printf_escaped ("%s\n<span size=\"9216\" foreground=\"#555555\">%s</span>",
                                  main, second);
}

static char **
new_request_row (GHashTable *request)
{
  char **cells = new_row (6);
  const char *work_done = _as_row_get (request, "work_done");
  const char *handling = _as_row_get (request, "handling");
  g_autofree char *steps = format_steps (_as_row_get (request, "steps"));
  /* Translators: the work done on a request, under its fault in a report */
  g_autofree char *done = *work_done != '\0' ? g_strdup_printf (_("Done: %s"), work_done) : NULL;
  g_autofree char *minutes = _as_format_minutes (_as_row_get_int (request, "minutes"));
  g_autofree char *trail = *handling != '\0'
                           ? g_strdup_printf ("%s (%s)", steps, as_code_get_label (handling))
                           : g_strdup (steps);

  cells[0] = g_markup_escape_text (_as_row_get (request, "id"), -1);
  cells[1] = format_two_lines (_as_row_get (request, "customer_name"),
                               _as_row_get (request, "address"));
  cells[2] = format_two_lines (_as_row_get (request, "model_name"),
                               _as_row_get (request, "serial"));
  cells[3] = format_two_lines (_as_row_get (request, "fault"), done);
  cells[4] = format_two_lines (as_code_get_label (_as_row_get (request, "category")), trail);
  cells[5] = g_markup_escape_text (minutes, -1);
  return cells;
}

static void
add_requests_table (AsFlow          *flow,
                    AsTechnicianDay *day)
{
  static const AsDocColumn columns[] = {
    { N_("No."), 0.6, AS_ALIGN_RIGHT },
    { N_("Customer"), 2.0, AS_ALIGN_LEFT },
    { N_("Product"), 1.5, AS_ALIGN_LEFT },
    { N_("Fault and work done"), 2.75, AS_ALIGN_LEFT },
    /* Translators: the service category, and under it the day's steps */
    { N_("Category and steps"), 2.0, AS_ALIGN_LEFT },
    { N_("Time"), 0.9, AS_ALIGN_RIGHT },
  };
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *count = g_strdup_printf (ngettext ("%d request", "%d requests",
                                                      day->totals.total_requests),
                                            day->totals.total_requests);
  g_autofree char *time = _as_format_minutes (day->totals.total_minutes);
  const char *total[] = { "", count, "", "", _("Total"), time };
  AsDocTable table = { .heading = _("Requests handled"), .columns = translated,
                       .n_columns = G_N_ELEMENTS (columns), .rows = rows, .totals = { total },
                       .empty_text = _("No requests handled on this day."), .markup = TRUE };

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; day->requests != NULL && i < day->requests->len; i++)
    g_ptr_array_add (rows, new_request_row (g_ptr_array_index (day->requests, i)));
  if (rows->len == 0)
    table.totals[0] = NULL;
  _as_flow_table (flow, &table);
}

static void
render_technician_day (AsDocument      *self,
                       AsFlow          *flow,
                       AsTechnicianDay *day,
                       const char      *date)
{
  g_autofree char *time = _as_format_minutes (day->totals.total_minutes);
  g_autofree char *count = format_count (day->totals.total_requests);
  const AsDocField fields[] = {
    { _("Technician"), day->staff_name },
    { _("Date"), date },
    { _("Requests handled"), count },
    { _("Time spent"), time },
  };
  const AsDocSignature signatures[] = {
    { _("Technician"), day->staff_name, NULL },
    { _("Reviewed by the service director"), NULL, NULL },
  };

  _as_flow_title (flow, self->title, day->staff_name);
  _as_flow_fields (flow, fields, G_N_ELEMENTS (fields), 2);
  add_requests_table (flow, day);
  add_category_table (flow, &day->totals);
  _as_flow_signatures (flow, signatures, G_N_ELEMENTS (signatures));
}

static void
render_technician_daily (AsDocument *self,
                         AsFlow     *flow)
{
  ReportData *data = self->data;
  g_autofree char *date = as_format_long_date (data->date);

  if (data->days->len == 0)
    {
      _as_flow_title (flow, self->title, date);
      _as_flow_paragraph (flow, _("No technician handled a request on this day."), AS_ALIGN_LEFT);
      return;
    }
  for (guint i = 0; i < data->days->len; i++)
    {
      /* One technician to a page (or more): each report goes to the director on its own. */
      _as_flow_page_break (flow);
      render_technician_day (self, flow, g_ptr_array_index (data->days, i), date);
    }
}

/* -------------------------------------------- supervisor and branch reports */

/* One row per person, kept together: a line per service category they
 * worked in, then their total in bold. */
static char **
new_person_row (AsPersonDay *person)
{
  g_autoptr(GString) categories = g_string_new (NULL);
  g_autoptr(GString) counts = g_string_new (NULL);
  g_autoptr(GString) times = g_string_new (NULL);
  g_autofree char *total_time = _as_format_minutes (person->totals.total_minutes);
  g_autofree char *name = person->provider_id != 0
                          /* Translators: an external service provider in a daily report */
                          ? g_strdup_printf (_("%s (service provider)"), person->name)
                          : g_strdup (person->name);
  char **cells = new_row (4);

  for (guint c = 0; c < AS_REPORTS_N_CATEGORIES; c++)
    {
      g_autofree char *label = g_markup_escape_text (category_label (c), -1);
      g_autofree char *minutes = _as_format_minutes (person->totals.minutes[c]);

      if (person->totals.requests[c] == 0 && person->totals.minutes[c] == 0)
        continue;
      g_string_append_printf (categories, "%s\n", label);
      g_string_append_printf (counts, "%d\n", person->totals.requests[c]);
      g_string_append_printf (times, "%s\n", minutes);
    }
  cells[0] = g_markup_escape_text (name, -1);
  cells[1] = g_markup_printf_escaped ("%s<b>%s</b>", categories->str, _("Total"));
  cells[2] = g_strdup_printf ("%s<b>%d</b>", counts->str, person->totals.total_requests);
  cells[3] = g_strdup_printf ("%s<b>%s</b>", times->str, total_time);
  return cells;
}

static void
add_people_table (AsFlow         *flow,
                  AsDailySummary *summary)
{
  static const AsDocColumn columns[] = {
    { N_("Technician or provider"), 2.4, AS_ALIGN_LEFT },
    { N_("Service category"), 2.6, AS_ALIGN_LEFT },
    { N_("Requests"), 1.0, AS_ALIGN_RIGHT },
    { N_("Time"), 1.0, AS_ALIGN_RIGHT },
  };
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  AsDocTable table = { .heading = _("By person"), .columns = translated,
                       .n_columns = G_N_ELEMENTS (columns), .rows = rows,
                       .empty_text = _("No technician or provider handled a request on this "
                                       "day."),
                       .markup = TRUE };

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; summary->people != NULL && i < summary->people->len; i++)
    g_ptr_array_add (rows, new_person_row (g_ptr_array_index (summary->people, i)));
  _as_flow_table (flow, &table);
}

static void
render_summary (AsDocument *self,
                AsFlow     *flow)
{
  ReportData *data = self->data;
  AsDailySummary *summary = data->summary;
  g_autofree char *date = as_format_long_date (summary->date);
  g_autofree char *received = format_count (summary->received);
  g_autofree char *dispatched = format_count (summary->dispatched);
  g_autofree char *closed = format_count (summary->closed);
  g_autofree char *cancelled = format_count (summary->cancelled);
  g_autofree char *escalated = format_count (summary->escalated);
  g_autofree char *late = format_count (summary->open_late);
  g_autofree char *signed_on = _as_format_date_time (summary->signed_at);
  const AsDocField fields[] = {
    { _("Received"), received },
    { _("Dispatched"), dispatched },
    { _("Closed"), closed },
    { _("Cancelled"), cancelled },
    { _("Escalated"), escalated },
    { _("Open and late"), late },
  };
  const AsDocSignature supervisor[] = {
    { _("Service supervisor"), NULL, NULL },
  };
  const AsDocSignature branch[] = {
    { _("Service supervisor"), NULL, NULL },
    /* Translators: the branch manager's signature approving the daily report */
    { _("Branch manager’s sign-off"), summary->signed_by_name,
      summary->signed_at != NULL ? signed_on : NULL },
  };

  if (self->kind == AS_DOCUMENT_BRANCH_DAILY)
    {
      g_autofree char *subtitle = g_strdup_printf ("%s — %s", summary->branch_name, date);
      _as_flow_title (flow, self->title, subtitle);
    }
  else
    _as_flow_title (flow, self->title, date);

  _as_flow_heading (flow, _("The day’s requests"));
  _as_flow_fields (flow, fields, G_N_ELEMENTS (fields), 2);
  add_category_table (flow, &summary->totals);
  add_people_table (flow, summary);
  if (self->kind == AS_DOCUMENT_BRANCH_DAILY)
    _as_flow_signatures (flow, branch, G_N_ELEMENTS (branch));
  else
    _as_flow_signatures (flow, supervisor, G_N_ELEMENTS (supervisor));
}

/* ---------------------------------------------------- the day's register */

/* "2026-11-27 09:30:00" → "09:30" */
static char *
format_time (const char *iso)
{
  return g_strndup (iso != NULL && strlen (iso) >= 16 ? iso + 11 : "", 5);
}

/* "LV-700 Lavadora Eco 700", or whichever of the two is known. */
static char *
format_model (GHashTable *entry)
{
  const char *code = _as_row_get (entry, "model_code");
  const char *name = _as_row_get (entry, "model_name");

  if (*code != '\0' && *name != '\0')
    return g_strdup_printf ("%s %s", code, name);
  return g_strdup (*code != '\0' ? code : name);
}

/* The customer, and under it where and how to reach them. */
static char *
format_contact (GHashTable *entry)
{
  const char *address = _as_row_get (entry, "address");
  const char *phone = _as_row_get (entry, "phone");
  g_autofree char *contact = g_strdup_printf ("%s%s%s", address,
                                              *address != '\0' && *phone != '\0' ? "\n" : "",
                                              phone);

  return format_two_lines (_as_row_get (entry, "customer_name"), contact);
}

static char **
new_entry_row (GHashTable *entry)
{
  char **cells = new_row (7);
  g_autofree char *time = format_time (_as_row_get (entry, "received_at"));
  g_autofree char *model = format_model (entry);
  const char *zone = _as_row_get (entry, "zone");

  cells[0] = g_markup_escape_text (_as_row_get (entry, "id"), -1);
  cells[1] = g_markup_escape_text (time, -1);
  cells[2] = format_contact (entry);
  cells[3] = format_two_lines (model, _as_row_get (entry, "serial"));
  cells[4] = g_markup_escape_text (_as_row_get (entry, "fault"), -1);
  cells[5] = format_two_lines (as_code_get_label (_as_row_get (entry, "category")),
                               *zone != '\0' ? as_code_get_label (zone) : NULL);
  cells[6] = g_markup_escape_text (_as_row_get (entry, "receiver_name"), -1);
  return cells;
}

static void
render_day_register (AsDocument *self,
                     AsFlow     *flow)
{
  static const AsDocColumn columns[] = {
    { N_("No."), 1.1, AS_ALIGN_RIGHT },
    /* Translators: a column of the hours (09:30) the requests were received */
    { N_("Time of call"), 0.7, AS_ALIGN_LEFT },
    /* Translators: the customer, and under it their address and phone */
    { N_("Customer and contact"), 1.95, AS_ALIGN_LEFT },
    /* Translators: the product model, and under it the unit's serial number */
    { N_("Model and serial"), 2.1, AS_ALIGN_LEFT },
    { N_("Fault"), 1.85, AS_ALIGN_LEFT },
    /* Translators: the service category, and under it the urban or suburban zone */
    { N_("Category and zone"), 1.2, AS_ALIGN_LEFT },
    { N_("Received by"), 1.1, AS_ALIGN_LEFT },
  };
  ReportData *data = self->data;
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *date = as_format_long_date (data->date);
  g_autofree char *count = g_strdup_printf (ngettext ("%d request", "%d requests",
                                                      (int) data->entries->len),
                                            (int) data->entries->len);
  const char *total[] = { "", "", count, "", "", "", "" };
  AsDocTable table = { .columns = translated, .n_columns = G_N_ELEMENTS (columns), .rows = rows,
                       .totals = { total },
                       .empty_text = _("No repair request was received on this day."),
                       .markup = TRUE };

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; i < data->entries->len; i++)
    g_ptr_array_add (rows, new_entry_row (g_ptr_array_index (data->entries, i)));
  if (rows->len == 0)
    table.totals[0] = NULL;
  _as_flow_title (flow, self->title, date);
  _as_flow_table (flow, &table);
}

/* -------------------------------------------------------------- loading */

gboolean
_as_document_load_report (AsDocument              *self,
                          AsDatabase              *db,
                          const AsDocumentRequest *request,
                          GError                 **error)
{
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(AsDailySummary) summary = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  ReportData *data;

  g_return_val_if_fail (request->date != NULL, FALSE);

  switch (request->kind)
    {
    case AS_DOCUMENT_TECHNICIAN_DAILY:
      days = as_reports_technician_daily (db, request->date, request->staff_id, error);
      if (days == NULL)
        return FALSE;
      self->render = render_technician_daily;
      break;
    case AS_DOCUMENT_SUPERVISOR_DAILY:
      summary = as_reports_supervisor_daily (db, request->date, error);
      if (summary == NULL)
        return FALSE;
      self->render = render_summary;
      break;
    case AS_DOCUMENT_BRANCH_DAILY:
      summary = as_reports_branch_daily (db, request->branch_id, request->date, error);
      if (summary == NULL)
        return FALSE;
      self->render = render_summary;
      break;
    case AS_DOCUMENT_DAY_REGISTER:
      entries = as_reports_day_register (db, request->date, error);
      if (entries == NULL)
        return FALSE;
      self->render = render_day_register;
      break;
    default:
      g_assert_not_reached ();
    }

  data = g_new0 (ReportData, 1);
  data->date = g_strdup (request->date);
  data->days = g_steal_pointer (&days);
  data->summary = g_steal_pointer (&summary);
  data->entries = g_steal_pointer (&entries);
  self->data = data;
  self->data_free = report_data_free;
  self->reference = as_format_long_date (request->date);
  return TRUE;
}
