/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The printed documents and the maintenance contracts of the Repairs tab:
 * the repair card, service certificate and goods receipt of a repair, the
 * daily reports, and the expiry notice, renewal or refusal of a contract. */

#include <glib/gi18n.h>
#include <stdio.h>

#include "as-contract-store.h"
#include "as-print.h"
#include "as-repair-step-dialog.h"
#include "as-repairs-page-private.h"

/* ---------------------------------------------------------------- helpers */

static AsDatabase *
get_db (AsRepairsPage *self)
{
  return as_page_get_database (AS_PAGE (self));
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
is_iso_date (const char *text)
{
  int year, month, day;
  char end;

  return text != NULL && sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) == 3 &&
         g_date_valid_dmy (day, month, year);
}

/* -------------------------------------------------------------- printing */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  gint64 id;

  if (_as_repairs_page_get_current (self, &id) == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  if (g_str_equal (action_name, "repairs.print-certificate"))
    _as_repairs_page_print (self, AS_DOCUMENT_SERVICE_CERTIFICATE, id);
  else if (g_str_equal (action_name, "repairs.print-receipt"))
    _as_repairs_page_print (self, AS_DOCUMENT_GOODS_RECEIPT, id);
  else
    _as_repairs_page_print (self, AS_DOCUMENT_REPAIR_CARD, id);
}

static void
on_daily_accepted_cb (AsRepairStepDialog *dialog,
                      AsRepairsPage      *self)
{
  g_autofree char *date = as_repair_step_dialog_get_text (dialog, "date");
  AsDocumentRequest request = { 0 };
  GtkWidget *entry;

  if (!is_iso_date (date))
    {
      as_repair_step_dialog_show_error (dialog, _("Date: write the day as 2026-03-31."));
      entry = as_repair_step_dialog_get_widget (dialog, "date");
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_grab_focus (entry);
      return;
    }
  as_document_kind_from_string (as_repair_step_dialog_get_choice (dialog, "kind"), &request.kind);
  request.date = date;
  if (request.kind == AS_DOCUMENT_TECHNICIAN_DAILY)
    request.staff_id = as_repair_step_dialog_get_int (dialog, "technician");
  /* The print dialog takes over: this one has done its part. */
  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);
  as_print_document (_as_repairs_page_get_window (self), get_db (self), &request);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_daily_kind_cb (AsRepairStepDialog *dialog,
                  GParamSpec         *pspec,
                  GtkDropDown        *drop_down)
{
  as_repair_step_dialog_set_visible (dialog, "technician",
                                     g_strcmp0 (as_repair_step_dialog_get_choice (dialog, "kind"),
                                                "technician-daily") == 0);
}

static void
print_daily_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  static const char *const kinds[] = { "technician-daily", "supervisor-daily", NULL };
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  const char *labels[3] = { NULL, NULL, NULL };
  g_autofree char *date = today ();
  AsRepairStepDialog *dialog;
  GtkWidget *drop_down;

  dialog = _as_repairs_page_new_step_dialog (self, 0, NULL, _("Print Daily Report"), _("_Print…"),
                                             G_CALLBACK (on_daily_accepted_cb));
  labels[0] = as_document_kind_get_title (AS_DOCUMENT_TECHNICIAN_DAILY);
  labels[1] = as_document_kind_get_title (AS_DOCUMENT_SUPERVISOR_DAILY);
  drop_down = as_repair_step_dialog_add_choice (dialog, "kind", _("Report"), kinds, labels, NULL);
  as_repair_step_dialog_add_date (dialog, "date", _("Date"), date);
  as_repair_step_dialog_add_picker (dialog, "technician", _("Technician"), get_db (self), "staff");
  as_repair_step_dialog_add_note (dialog, _("Leave the technician empty to print the report of "
                                            "every technician who worked that day."));
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (on_daily_kind_cb), dialog,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------- contracts */

static void
record_notice (AsRepairsPage *self,
               gint64         id)
{
  g_autoptr(GError) error = NULL;

  if (!as_contract_store_record_notice (get_db (self), id, &error))
    _as_repairs_page_show_error (self, _("The notice could not be recorded"), error);
}

static void
contract_notice_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  gint64 id = as_list_view_get_selected_id (self->contracts_view);
  g_autofree char *question = NULL;

  if (id <= 0 || self->contract_values == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  /* Only a notice that went out is recorded as sent. */
  if (!_as_repairs_page_print (self, AS_DOCUMENT_EXPIRY_NOTICE, id))
    return;
  /* Translators: %s is the customer of a maintenance contract */
  question = g_strdup_printf (_("Record the expiry notice as sent to %s?"),
                              _as_get (self->contract_values, "customer_name"));
  _as_repairs_page_ask (self, id, question,
                        _("Renewal is then pursued, and recorded with Renew or Refuse."),
                        _("_Record as Sent"), _("_Not Now"), record_notice);
}

static void
on_renew_accepted_cb (AsRepairStepDialog *dialog,
                      AsRepairsPage      *self)
{
  g_autofree char *end = as_repair_step_dialog_get_text (dialog, "end");
  g_autoptr(GError) error = NULL;
  gboolean done;
  gint64 fee;

  if (!as_repair_step_dialog_get_money (dialog, "fee", &fee))
    return;
  done = as_contract_store_renew (get_db (self), as_repair_step_dialog_get_target (dialog),
                                  end, fee, &error) > 0;
  _as_repairs_page_finish_step (dialog, done, &error);
}

/* A year after the contract's end. */
static char *
suggest_end (const char *end)
{
  int year, month, day;

  if (end == NULL || sscanf (end, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  if (month == 2 && day == 29)
    day = 28;
  return g_strdup_printf ("%04d-%02d-%02d", year + 1, month, day);
}

static AsRepairStepDialog *
new_contract_dialog (AsRepairsPage *self,
                     const char    *title,
                     const char    *accept_label,
                     GCallback      on_accepted)
{
  gint64 id = as_list_view_get_selected_id (self->contracts_view);
  g_autofree char *subtitle = NULL;
  AsRepairStepDialog *dialog;

  if (id <= 0 || self->contract_values == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return NULL;
    }
  /* Translators: a maintenance contract's number, then its customer */
  subtitle = g_strdup_printf (_("Contract no. %s · %s"), _as_get (self->contract_values, "id"),
                              _as_get (self->contract_values, "customer_name"));
  dialog = as_repair_step_dialog_new (_as_repairs_page_get_window (self), title, subtitle,
                                      accept_label);
  as_repair_step_dialog_set_target (dialog, id);
  g_signal_connect_object (dialog, "accepted", on_accepted, self, 0);
  return dialog;
}

static void
contract_renew_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  g_autofree char *end = NULL;
  AsRepairStepDialog *dialog;

  dialog = new_contract_dialog (self, _("Renew Maintenance Contract"), _("_Renew"),
                                G_CALLBACK (on_renew_accepted_cb));
  if (dialog == NULL)
    return;
  end = suggest_end (_as_get (self->contract_values, "end_date"));
  as_repair_step_dialog_add_date (dialog, "end", _("New end date"), end);
  as_repair_step_dialog_add_money (dialog, "fee", _("Fee"),
                                   _as_get_int (self->contract_values, "fee_cents"));
  as_repair_step_dialog_add_note (dialog, _("The new contract covers the same units from the day "
                                            "after this one ends."));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_refuse_accepted_cb (AsRepairStepDialog *dialog,
                       AsRepairsPage      *self)
{
  g_autofree char *note = as_repair_step_dialog_get_text (dialog, "note");
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = as_contract_store_refuse (get_db (self), as_repair_step_dialog_get_target (dialog), note,
                                   &error);
  _as_repairs_page_finish_step (dialog, done, &error);
}

static void
contract_refuse_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  AsRepairStepDialog *dialog;

  dialog = new_contract_dialog (self, _("Renewal Refused"), _("_Record"),
                                G_CALLBACK (on_refuse_accepted_cb));
  if (dialog == NULL)
    return;
  as_repair_step_dialog_add_text_view (dialog, "note", _("Note"), NULL);
  as_repair_step_dialog_add_note (dialog, _("The customer declines the renewal; the contract "
                                            "ends on its end date."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ----------------------------------------------------------- private API */

void
_as_repairs_page_install_document_actions (GtkWidgetClass *widget_class)
{
  static const struct
  {
    const char *name;
    void (*activate) (GtkWidget *, const char *, GVariant *);
  } actions[] = {
    { "repairs.print-card", print_action },
    { "repairs.print-certificate", print_action },
    { "repairs.print-receipt", print_action },
    { "repairs.print-daily", print_daily_action },
    { "repairs.contract-notice", contract_notice_action },
    { "repairs.contract-renew", contract_renew_action },
    { "repairs.contract-refuse", contract_refuse_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, NULL, actions[i].activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "repairs.print-card", NULL);
}
