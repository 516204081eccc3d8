/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The printed documents and the maintenance contracts of the Repairs tab:
 * the repair card, service certificate and goods receipt of a repair, the
 * daily reports and the day's register, the branch manager's sign-off of
 * the branch daily report, and the expiry notice, renewal or refusal of a
 * contract. */

#include <glib/gi18n.h>
#include <stdio.h>

#include "as-contract-store.h"
#include "as-directory.h"
#include "as-print.h"
#include "as-record-picker.h"
#include "as-repair-step-dialog.h"
#include "as-repairs-page-private.h"
#include "as-reports.h"

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

/* Marks @key's field wrong, with @message above the form. */
static void
refuse_field (AsRepairStepDialog *dialog,
              const char         *key,
              const char         *message)
{
  GtkWidget *widget = as_repair_step_dialog_get_widget (dialog, key);

  as_repair_step_dialog_show_error (dialog, message);
  gtk_widget_add_css_class (widget, "error");
  gtk_widget_grab_focus (widget);
}

/* The day typed in @dialog's "date" field, or NULL after saying what is wrong. */
static char *
read_date (AsRepairStepDialog *dialog)
{
  g_autofree char *date = as_repair_step_dialog_get_text (dialog, "date");

  if (!is_iso_date (date))
    {
      refuse_field (dialog, "date", _("Date: write the day as 2026-03-31."));
      return NULL;
    }
  gtk_widget_remove_css_class (as_repair_step_dialog_get_widget (dialog, "date"), "error");
  return g_steal_pointer (&date);
}

/* The branch picked in @dialog, or 0 after asking for one. */
static gint64
read_branch (AsRepairStepDialog *dialog)
{
  gint64 branch_id = as_repair_step_dialog_get_int (dialog, "branch");

  if (branch_id <= 0)
    refuse_field (dialog, "branch", _("Branch: choose the branch of the report."));
  else
    gtk_widget_remove_css_class (as_repair_step_dialog_get_widget (dialog, "branch"), "error");
  return branch_id;
}

/* The branch of the person using the program, or 0 when they have none. */
static gint64
get_actor_branch (AsRepairsPage *self)
{
  AsDatabase *db = get_db (self);
  g_autoptr(GHashTable) staff = NULL;

  if (db == NULL || as_database_get_actor (db) <= 0)
    return 0;
  staff = as_directory_load (db, as_directory_find_entity ("staff"), as_database_get_actor (db),
                             NULL);
  return staff != NULL ? _as_get_int (staff, "branch_id") : 0;
}

/* Why the person using the program cannot sign a branch daily report, or
 * NULL when they are an active branch manager of a branch. The store checks
 * again when signing. */
static const char *
get_signing_refusal (AsRepairsPage *self)
{
  AsDatabase *db = get_db (self);
  g_autoptr(GHashTable) staff = NULL;

  if (db == NULL)
    return "";
  if (as_database_get_actor (db) > 0)
    staff = as_directory_load (db, as_directory_find_entity ("staff"),
                               as_database_get_actor (db), NULL);
  if (staff == NULL || !(_as_get_int (staff, "roles") & AS_ROLE_BRANCH_MANAGER) ||
      _as_get_int (staff, "active") != 1)
    return _("Only a branch manager signs the branch daily report.");
  if (_as_get_int (staff, "branch_id") <= 0)
    return _("Your staff record names no branch: set it in the Directory to sign its daily "
             "report.");
  return NULL;
}

static void
on_daily_accepted_cb (AsRepairStepDialog *dialog,
                      AsRepairsPage      *self)
{
  g_autofree char *date = read_date (dialog);
  AsDocumentRequest request = { 0 };

  if (date == NULL)
    return;
  as_document_kind_from_string (as_repair_step_dialog_get_choice (dialog, "kind"), &request.kind);
  request.date = date;
  if (request.kind == AS_DOCUMENT_TECHNICIAN_DAILY)
    request.staff_id = as_repair_step_dialog_get_int (dialog, "technician");
  if (request.kind == AS_DOCUMENT_BRANCH_DAILY && (request.branch_id = read_branch (dialog)) <= 0)
    return;
  /* The print dialog takes over: this one has done its part. */
  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);
  as_print_document (_as_repairs_page_get_window (self), get_db (self), &request);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* What the chosen report shows, over the form, and only the fields it takes. */
static void
on_daily_kind_cb (AsRepairStepDialog *dialog,
                  GParamSpec         *pspec,
                  GtkDropDown        *drop_down)
{
  const char *kind = as_repair_step_dialog_get_choice (dialog, "kind");
  const char *intro;

  if (g_strcmp0 (kind, "technician-daily") == 0)
    intro = _("One page per technician: the requests handled that day, their service category "
              "and the time spent. Leave the technician empty to print the report of every "
              "technician who worked that day.");
  else if (g_strcmp0 (kind, "supervisor-daily") == 0)
    intro = _("Every branch’s requests of the day by service category, and the time of each "
              "technician or service provider.");
  else if (g_strcmp0 (kind, "branch-daily") == 0)
    intro = _("One branch’s day by service category and person, with the branch manager’s "
              "sign-off once it is recorded (Sign Branch Report).");
  else
    intro = _("The entries of the repair register received that day, in the order of the calls.");
  as_repair_step_dialog_set_intro (dialog, intro);
  as_repair_step_dialog_set_visible (dialog, "technician",
                                     g_strcmp0 (kind, "technician-daily") == 0);
  as_repair_step_dialog_set_visible (dialog, "branch", g_strcmp0 (kind, "branch-daily") == 0);
}

/* A branch picker, set to the branch of the person using the program. */
static void
add_branch_picker (AsRepairsPage      *self,
                   AsRepairStepDialog *dialog)
{
  GtkWidget *picker = as_repair_step_dialog_add_picker (dialog, "branch", _("Branch"),
                                                        get_db (self), "branches");
  gint64 branch_id = get_actor_branch (self);

  if (branch_id > 0)
    as_record_picker_set_id (AS_RECORD_PICKER (picker), branch_id);
}

static void
print_daily_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  static const AsDocumentKind kinds[] = {
    AS_DOCUMENT_TECHNICIAN_DAILY, AS_DOCUMENT_SUPERVISOR_DAILY, AS_DOCUMENT_BRANCH_DAILY,
    AS_DOCUMENT_DAY_REGISTER,
  };
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  const char *codes[G_N_ELEMENTS (kinds) + 1] = { NULL };
  const char *labels[G_N_ELEMENTS (kinds) + 1] = { NULL };
  g_autofree char *date = today ();
  AsRepairStepDialog *dialog;
  GtkWidget *drop_down;

  dialog = _as_repairs_page_new_step_dialog (self, 0, NULL, _("Print Daily Report"), _("_Print…"),
                                             G_CALLBACK (on_daily_accepted_cb));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      codes[i] = as_document_kind_to_string (kinds[i]);
      labels[i] = as_document_kind_get_title (kinds[i]);
    }
  drop_down = as_repair_step_dialog_add_choice (dialog, "kind", _("Report"), codes, labels, NULL);
  as_repair_step_dialog_add_date (dialog, "date", _("Date"), date);
  as_repair_step_dialog_add_picker (dialog, "technician", _("Technician"), get_db (self), "staff");
  add_branch_picker (self, dialog);
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (on_daily_kind_cb), dialog,
                           G_CONNECT_SWAPPED);
  on_daily_kind_cb (dialog, NULL, GTK_DROP_DOWN (drop_down));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------- sign-off */

static void
on_print_signed_response_cb (GtkDialog     *question,
                             int            response,
                             AsRepairsPage *self)
{
  AsDocumentRequest request = {
    .kind = AS_DOCUMENT_BRANCH_DAILY,
    .date = g_object_get_data (G_OBJECT (question), "date"),
    .branch_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (question), "branch")),
  };

  gtk_widget_set_visible (GTK_WIDGET (question), FALSE);
  if (response == GTK_RESPONSE_ACCEPT)
    as_print_document (_as_repairs_page_get_window (self), get_db (self), &request);
  gtk_window_destroy (GTK_WINDOW (question));
}

/* Signed: the report can go out with the signature on it. */
static void
offer_print_signed (AsRepairsPage *self,
                    gint64         branch_id,
                    const char    *date)
{
  GtkWidget *question;

  question = gtk_message_dialog_new (_as_repairs_page_get_window (self),
                                     GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                     GTK_MESSAGE_INFO, GTK_BUTTONS_NONE,
                                     /* Translators: %s is a date, "2026-11-27" */
                                     _("The branch daily report of %s is signed"), date);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (question), "%s",
                                            _("Your sign-off is printed on the branch daily "
                                              "report."));
  gtk_dialog_add_button (GTK_DIALOG (question), _("_Close"), GTK_RESPONSE_CLOSE);
  gtk_dialog_add_button (GTK_DIALOG (question), _("_Print Report…"), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
  g_object_set_data_full (G_OBJECT (question), "date", g_strdup (date), g_free);
  g_object_set_data (G_OBJECT (question), "branch", GSIZE_TO_POINTER (branch_id));
  g_signal_connect_object (question, "response", G_CALLBACK (on_print_signed_response_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (question));
}

/* A refusal in a message dialog over the sign-off form, which stays open. */
static void
show_signing_error (AsRepairStepDialog *dialog,
                    const GError       *error)
{
  GtkWidget *message = gtk_message_dialog_new (GTK_WINDOW (dialog),
                                               GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                               GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s",
                                               _("The branch daily report could not be signed"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (message), "%s", error->message);
  g_signal_connect (message, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (message));
}

static void
on_sign_accepted_cb (AsRepairStepDialog *dialog,
                     AsRepairsPage      *self)
{
  g_autofree char *date = read_date (dialog);
  g_autoptr(GError) error = NULL;
  gint64 branch_id;

  if (date == NULL || (branch_id = read_branch (dialog)) <= 0)
    return;
  if (!as_reports_sign_branch_daily (get_db (self), branch_id, date, &error))
    {
      show_signing_error (dialog, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  offer_print_signed (self, branch_id, date);
}

static void
sign_branch_daily_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  g_autofree char *date = today ();
  AsRepairStepDialog *dialog;

  if (get_signing_refusal (self) != NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  dialog = _as_repairs_page_new_step_dialog (self, 0, NULL, _("Sign Branch Daily Report"),
                                             _("_Sign"), G_CALLBACK (on_sign_accepted_cb));
  add_branch_picker (self, dialog);
  as_repair_step_dialog_add_date (dialog, "date", _("Date"), date);
  as_repair_step_dialog_add_note (dialog, _("As the branch manager you approve the branch’s "
                                            "daily report for that day. Your sign-off is "
                                            "recorded with the time, printed on the report, and "
                                            "cannot be withdrawn."));
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
    { "repairs.sign-branch-daily", sign_branch_daily_action },
    { "repairs.contract-notice", contract_notice_action },
    { "repairs.contract-renew", contract_renew_action },
    { "repairs.contract-refuse", contract_refuse_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, NULL, actions[i].activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "repairs.print-card", NULL);
}

/* The sign-off is the branch manager's: insensitive for anyone else, the
 * button saying why. */
void
_as_repairs_page_update_document_actions (AsRepairsPage *self)
{
  const char *refusal = get_signing_refusal (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.sign-branch-daily", refusal == NULL);
  gtk_widget_set_tooltip_text (self->sign_button,
                               refusal == NULL || *refusal == '\0'
                               ? _("Record your sign-off of your branch’s daily report")
                               : refusal);
}
