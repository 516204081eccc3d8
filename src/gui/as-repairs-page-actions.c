/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The actions of the Repairs tab: reception, the steps of a repair from
 * dispatch to the signed certificate, the printed documents and the
 * maintenance contracts. Each step asks for its inputs in a small dialog,
 * calls the store, and shows the store's refusal in that dialog (or, for a
 * step without inputs, in a message dialog); the tab refreshes itself from
 * the database's change signal. _as_repairs_page_update_actions() decides
 * which steps apply to the repair shown and to the person using the
 * program, and says why a step cannot be taken. */

#include <glib/gi18n.h>
#include <stdio.h>

#include "as-contract-store.h"
#include "as-directory.h"
#include "as-labels.h"
#include "as-print.h"
#include "as-record-list.h"
#include "as-repair-request-dialog.h"
#include "as-repair-step-dialog.h"
#include "as-repair-store.h"
#include "as-repairs-page-private.h"
#include "as-warranty.h"

static const char *const category_codes[] = { "free", "contract", "paid", "internal", NULL };
static const char *const settlement_codes[] = { "on_the_spot", "invoice", NULL };

/* ---------------------------------------------------------------- helpers */

static AsDatabase *
get_db (AsRepairsPage *self)
{
  return as_page_get_database (AS_PAGE (self));
}

static const char *
get (GHashTable *values,
     const char *key)
{
  const char *value = values ? g_hash_table_lookup (values, key) : NULL;

  return value && *value ? value : NULL;
}

static gboolean
is (GHashTable *values,
    const char *key,
    const char *code)
{
  return g_strcmp0 (get (values, key), code) == 0;
}

static gint64
get_int (GHashTable *values,
         const char *key)
{
  const char *value = get (values, key);

  return value ? g_ascii_strtoll (value, NULL, 10) : 0;
}

static gboolean
is_supervisor (AsRepairsPage *self)
{
  AsDatabase *db = get_db (self);

  return db != NULL && as_staff_has_role (db, as_database_get_actor (db), AS_ROLE_SUPERVISOR);
}

/* "No. 1234 · Ana García" */
static char *
describe_repair (GHashTable *repair)
{
  /* Translators: a repair's number in the register, "No. 1234" */
  g_autofree char *number = g_strdup_printf (_("No. %s"), get (repair, "id"));

  if (get (repair, "customer_name") == NULL)
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s · %s", number, get (repair, "customer_name"));
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

/* The current repair of @self and its values, or NULL. */
static GHashTable *
current_repair (AsRepairsPage *self,
                gint64        *id)
{
  GHashTable *repair = _as_repairs_page_get_current (self, id);

  if (repair == NULL)
    gtk_widget_error_bell (GTK_WIDGET (self));
  return repair;
}

/* A step dialog about @repair; @on_accepted (dialog, self) runs the step. */
static AsRepairStepDialog *
new_step_dialog (AsRepairsPage *self,
                 gint64         id,
                 GHashTable    *repair,
                 const char    *title,
                 const char    *accept_label,
                 GCallback      on_accepted)
{
  g_autofree char *subtitle = repair ? describe_repair (repair) : NULL;
  AsRepairStepDialog *dialog = as_repair_step_dialog_new (_as_repairs_page_get_window (self),
                                                          title, subtitle, accept_label);

  as_repair_step_dialog_set_target (dialog, id);
  g_signal_connect_object (dialog, "accepted", on_accepted, self, 0);
  return dialog;
}

/* Closes @dialog after a step the store took, or shows why it was refused. */
static void
finish_step (AsRepairStepDialog  *dialog,
             gboolean             done,
             GError             **error)
{
  /* @error is read here, after the store call that is @done's argument. */
  if (done)
    gtk_window_destroy (GTK_WINDOW (dialog));
  else
    as_repair_step_dialog_show_error (dialog, *error ? (*error)->message
                                                     : _("The step could not be recorded."));
}

typedef void (*Confirmed) (AsRepairsPage *self,
                           gint64         id);

static void
on_question_response_cb (GtkDialog *dialog,
                         int        response,
                         gpointer   user_data)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (user_data);
  Confirmed confirmed = g_object_get_data (G_OBJECT (dialog), "confirmed");
  const gint64 *id = g_object_get_data (G_OBJECT (dialog), "id");

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    confirmed (self, *id);
}

/* Asks before a step that cannot be undone and needs no input. */
static void
ask (AsRepairsPage *self,
     gint64         id,
     const char    *primary,
     const char    *secondary,
     const char    *accept_label,
     const char    *reject_label,
     Confirmed      confirmed)
{
  GtkWidget *dialog = gtk_message_dialog_new (_as_repairs_page_get_window (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", primary);

  if (secondary != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  gtk_dialog_add_button (GTK_DIALOG (dialog), reject_label, GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), accept_label, GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_object_set_data (G_OBJECT (dialog), "confirmed", confirmed);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_question_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_document (AsRepairsPage  *self,
                AsDocumentKind  kind,
                gint64          id)
{
  AsDocumentRequest request = { .kind = kind, .id = id };

  as_print_document (_as_repairs_page_get_window (self), get_db (self), &request);
}

/* ------------------------------------------------------------- reception */

static void
on_request_saved_cb (AsRepairsPage         *self,
                     gint64                 id,
                     AsRepairRequestDialog *dialog)
{
  as_repairs_page_show_repair (self, id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  AsRepairRequestDialog *dialog = as_repair_request_dialog_new (_as_repairs_page_get_window (self),
                                                                get_db (self));

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_request_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* -------------------------------------------------------------- dispatch */

static void
on_dispatch_accepted_cb (AsRepairStepDialog *dialog,
                         AsRepairsPage      *self)
{
  g_autofree char *assessment = as_repair_step_dialog_get_text (dialog, "assessment");
  g_autofree char *tools = as_repair_step_dialog_get_text (dialog, "tools");
  g_autofree char *parts = as_repair_step_dialog_get_text (dialog, "parts");
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = as_repair_store_dispatch (get_db (self), as_repair_step_dialog_get_target (dialog),
                                   assessment, as_repair_step_dialog_get_int (dialog, "technician"),
                                   as_repair_step_dialog_get_int (dialog, "provider"),
                                   tools, parts, &error);
  finish_step (dialog, done, &error);
}

static char *
describe_for_dispatch (AsRepairsPage *self,
                       GHashTable    *repair)
{
  GString *text = g_string_new (NULL);
  g_autofree char *deadline = NULL;
  gboolean late;

  g_string_append_printf (text, "%s\n", get (repair, "fault") ? get (repair, "fault") : "");
  if (get (repair, "address") != NULL)
    g_string_append_printf (text, "%s (%s)\n", get (repair, "address"),
                            as_code_get_label (get (repair, "zone")));
  if (get (repair, "model_name") != NULL)
    g_string_append_printf (text, "%s %s · %s\n", get (repair, "model_code") ? get (repair, "model_code") : "",
                            get (repair, "model_name"), get (repair, "serial") ? get (repair, "serial") : "");
  deadline = _as_repairs_page_describe_deadline (self, repair, &late);
  if (deadline != NULL)
    g_string_append (text, deadline);
  return g_strstrip (g_string_free (text, FALSE));
}

void
_as_repairs_page_open_dispatch (AsRepairsPage *self,
                                gint64         repair_id)
{
  g_autoptr(GHashTable) repair = as_repair_store_load (get_db (self), repair_id, NULL);
  g_autofree char *intro = NULL;
  AsRepairStepDialog *dialog;

  if (repair == NULL)
    return;
  if (!is_supervisor (self))
    {
      g_autoptr(GError) error = g_error_new_literal (AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION,
                                                     _("Only a service supervisor dispatches "
                                                       "repairs."));
      _as_repairs_page_show_error (self, _("You cannot dispatch this request"), error);
      return;
    }
  dialog = new_step_dialog (self, repair_id, repair, _("Dispatch Repair"), _("_Dispatch"),
                            G_CALLBACK (on_dispatch_accepted_cb));
  intro = describe_for_dispatch (self, repair);
  as_repair_step_dialog_set_intro (dialog, intro);
  as_repair_step_dialog_add_text_view (dialog, "assessment", _("First assessment"),
                                       get (repair, "assessment"));
  as_repair_step_dialog_add_picker (dialog, "technician", _("Technician"), get_db (self), "staff");
  as_repair_step_dialog_add_picker (dialog, "provider", _("Or service provider"), get_db (self),
                                    "providers");
  as_repair_step_dialog_add_entry (dialog, "tools", _("Tools to bring"), NULL);
  as_repair_step_dialog_add_entry (dialog, "parts", _("Spare parts to bring"), NULL);
  as_repair_step_dialog_add_note (dialog, _("Send a technician whose qualification certificate "
                                            "is valid today, or a contracted service provider."));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
dispatch_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gint64 id;

  if (current_repair (AS_REPAIRS_PAGE (widget), &id) != NULL)
    _as_repairs_page_open_dispatch (AS_REPAIRS_PAGE (widget), id);
}

/* ------------------------------------------------------ arrival and fee */

static void
record_arrival_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (current_repair (self, &id) == NULL)
    return;
  if (!as_repair_store_record_arrival (get_db (self), id, NULL, &error))
    _as_repairs_page_show_error (self, _("The arrival could not be recorded"), error);
}

static void
on_quote_accepted_cb (AsRepairStepDialog *dialog,
                      AsRepairsPage      *self)
{
  g_autoptr(GError) error = NULL;
  gboolean done;
  gint64 cents;

  if (!as_repair_step_dialog_get_money (dialog, "fee", &cents))
    return;
  done = as_repair_store_quote_fee (get_db (self), as_repair_step_dialog_get_target (dialog), cents,
                                    &error);
  finish_step (dialog, done, &error);
}

/* What the customer would pay: the paid lines, or the fee already quoted. */
static gint64
suggest_fee (AsRepairsPage *self,
             gint64         id,
             GHashTable    *repair)
{
  g_autoptr(GPtrArray) charges = as_repair_store_list_charges (get_db (self), id);
  gint64 total = 0;

  if (get (repair, "fee_quoted_cents") != NULL)
    return get_int (repair, "fee_quoted_cents");
  for (guint i = 0; charges != NULL && i < charges->len; i++)
    if (is (g_ptr_array_index (charges, i), "category", "paid"))
      total += get_int (g_ptr_array_index (charges, i), "total_cents");
  return total;
}

static void
quote_fee_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  AsRepairStepDialog *dialog;
  GHashTable *repair;
  gint64 id;

  if ((repair = current_repair (self, &id)) == NULL)
    return;
  dialog = new_step_dialog (self, id, repair, _("Quote Fee"), _("_Quote"),
                            G_CALLBACK (on_quote_accepted_cb));
  as_repair_step_dialog_add_money (dialog, "fee", _("Fee"), suggest_fee (self, id, repair));
  as_repair_step_dialog_add_note (dialog, _("The customer accepts the fee before any work is done, "
                                            "the goods are taken back or the visit is closed. "
                                            "A new quote needs a new acceptance."));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
accept_fee (AsRepairsPage *self,
            gint64         id)
{
  g_autoptr(GError) error = NULL;

  if (!as_repair_store_accept_fee (get_db (self), id, &error))
    _as_repairs_page_show_error (self, _("The acceptance could not be recorded"), error);
}

static void
accept_fee_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  g_autofree char *fee = NULL;
  g_autofree char *question = NULL;
  GHashTable *repair;
  gint64 id;

  if ((repair = current_repair (self, &id)) == NULL)
    return;
  fee = as_record_list_format_value (AS_COLUMN_MONEY, get (repair, "fee_quoted_cents"));
  /* Translators: %s is the quoted fee */
  question = g_strdup_printf (_("Has the customer accepted the fee of %s?"), fee);
  ask (self, id, question, _("The work can start once the customer has accepted it."),
       _("_Accepted"), _("_Not Yet"), accept_fee);
}

/* ---------------------------------------------------------------- charges */

static void
on_fees_accepted_cb (AsRepairStepDialog *dialog,
                     AsRepairsPage      *self)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = as_repair_store_charge_fees (get_db (self), as_repair_step_dialog_get_target (dialog),
                                      as_repair_step_dialog_get_int (dialog, "minutes"),
                                      as_repair_step_dialog_get_int (dialog, "call_out"),
                                      as_repair_step_dialog_get_int (dialog, "transport"), &error);
  finish_step (dialog, done, &error);
}

static void
charge_fees_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  AsRepairStepDialog *dialog;
  GHashTable *repair;
  gint64 id;

  if ((repair = current_repair (self, &id)) == NULL)
    return;
  dialog = new_step_dialog (self, id, repair, _("Add Charges from Fee Schedule"), _("_Add"),
                            G_CALLBACK (on_fees_accepted_cb));
  as_repair_step_dialog_add_spin (dialog, "minutes", _("Labour (minutes)"), 0, 100000,
                                  (int) get_int (repair, "labour_minutes"));
  as_repair_step_dialog_add_check (dialog, "call_out", _("Call-out"), !is (repair, "handling", "taken_back"));
  as_repair_step_dialog_add_check (dialog, "transport", _("Transport"), is (repair, "handling", "taken_back"));
  as_repair_step_dialog_add_note (dialog, _("Each line is priced from the fee schedule in "
                                            "Preferences, with the service the unit's warranty or "
                                            "contract gives."));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_part_accepted_cb (AsRepairStepDialog *dialog,
                     AsRepairsPage      *self)
{
  g_autofree char *description = as_repair_step_dialog_get_text (dialog, "description");
  const char *part = as_repair_step_dialog_get_choice (dialog, "part");
  g_autoptr(GError) error = NULL;
  gint64 price;
  gint64 id;

  if (!as_repair_step_dialog_get_money (dialog, "price", &price))
    return;
  id = as_repair_store_add_charge (get_db (self), as_repair_step_dialog_get_target (dialog), "part",
                                   description, as_repair_step_dialog_get_choice (dialog, "category"),
                                   (int) as_repair_step_dialog_get_int (dialog, "quantity"), price,
                                   part ? g_ascii_strtoll (part, NULL, 10) : 0, &error);
  finish_step (dialog, id > 0, &error);
}

/* Choosing a part fills in its name and the service its own warranty gives. */
static void
on_part_chosen_cb (AsRepairStepDialog *dialog,
                   GParamSpec         *pspec,
                   GtkDropDown        *drop_down)
{
  AsWarrantyReport *report = g_object_get_data (G_OBJECT (dialog), "report");
  const char *part = as_repair_step_dialog_get_choice (dialog, "part");
  gint64 part_id = part ? g_ascii_strtoll (part, NULL, 10) : 0;
  GtkWidget *description = as_repair_step_dialog_get_widget (dialog, "description");

  for (guint i = 0; report != NULL && report->parts != NULL && i < report->parts->len; i++)
    {
      AsPartWarranty *warranty = g_ptr_array_index (report->parts, i);

      if (warranty->part_id != part_id)
        continue;
      gtk_editable_set_text (GTK_EDITABLE (description), warranty->name);
      as_repair_step_dialog_set_choice (dialog, "category",
                                        as_warranty_category_for (report, part_id));
    }
}

static void
add_part_choice (AsRepairStepDialog *dialog,
                 AsWarrantyReport   *report)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *drop_down;

  for (guint i = 0; report != NULL && report->parts != NULL && i < report->parts->len; i++)
    {
      AsPartWarranty *part = g_ptr_array_index (report->parts, i);

      g_ptr_array_add (codes, g_strdup_printf ("%" G_GINT64_FORMAT, part->part_id));
      g_ptr_array_add (labels, g_strdup_printf (part->in_warranty ? _("%s (in warranty)")
                                                                  : _("%s (out of warranty)"),
                                                part->name));
    }
  g_ptr_array_add (codes, g_strdup ("0"));
  g_ptr_array_add (labels, g_strdup (_("Another part")));
  g_ptr_array_add (codes, NULL);
  g_ptr_array_add (labels, NULL);
  drop_down = as_repair_step_dialog_add_choice (dialog, "part", _("Part"),
                                                (const char *const *) codes->pdata,
                                                (const char *const *) labels->pdata, NULL);
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (on_part_chosen_cb), dialog,
                           G_CONNECT_SWAPPED);
}

static void
add_part_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  AsWarrantyReport *report = NULL;
  AsRepairStepDialog *dialog;
  GHashTable *repair;
  gint64 id;

  if ((repair = current_repair (self, &id)) == NULL)
    return;
  if (get (repair, "serial") != NULL)
    report = as_warranty_check (get_db (self), get (repair, "serial"), NULL, NULL);
  dialog = new_step_dialog (self, id, repair, _("Add Part Line"), _("_Add"),
                            G_CALLBACK (on_part_accepted_cb));
  g_object_set_data_full (G_OBJECT (dialog), "report", report,
                          (GDestroyNotify) as_warranty_report_free);
  add_part_choice (dialog, report);
  as_repair_step_dialog_add_entry (dialog, "description", _("Description"), NULL);
  as_repair_step_dialog_add_choice (dialog, "category", _("Service"), category_codes, NULL,
                                    get (repair, "category"));
  as_repair_step_dialog_add_spin (dialog, "quantity", _("Quantity"), 1, 999, 1);
  as_repair_step_dialog_add_money (dialog, "price", _("Unit price"), 0);
  as_repair_step_dialog_add_note (dialog, _("Parts of one product have different warranties: "
                                            "each line is charged with the service its part's "
                                            "own warranty gives, which may be changed."));
  on_part_chosen_cb (dialog, NULL, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_charge_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!as_repair_store_remove_charge (get_db (self), g_variant_get_int64 (parameter), &error))
    _as_repairs_page_show_error (self, _("The charge line could not be removed"), error);
}

/* ----------------------------------------------------------------- work */

static void
on_work_accepted_cb (AsRepairStepDialog *dialog,
                     AsRepairsPage      *self)
{
  g_autofree char *work = as_repair_step_dialog_get_text (dialog, "work");
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = as_repair_store_record_work (get_db (self), as_repair_step_dialog_get_target (dialog), work,
                                      (int) as_repair_step_dialog_get_int (dialog, "minutes"),
                                      &error);
  finish_step (dialog, done, &error);
}

static void
record_work_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  AsRepairStepDialog *dialog;
  GHashTable *repair;
  gint64 id;

  if ((repair = current_repair (self, &id)) == NULL)
    return;
  dialog = new_step_dialog (self, id, repair, _("Record Work"), _("_Record"),
                            G_CALLBACK (on_work_accepted_cb));
  as_repair_step_dialog_add_text_view (dialog, "work", _("Work done"), get (repair, "work_done"));
  as_repair_step_dialog_add_spin (dialog, "minutes", _("Minutes worked"), 0, 100000, 0);
  as_repair_step_dialog_add_note (dialog, _("The minutes are added to the repair time shown on the "
                                            "repair card. Record the spare parts used with Add "
                                            "Part Line."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------ signature steps */

static AsSettlement
get_settlement (AsRepairStepDialog *dialog)
{
  return g_strcmp0 (as_repair_step_dialog_get_choice (dialog, "settlement"), "invoice") == 0
         ? AS_SETTLEMENT_INVOICE : AS_SETTLEMENT_ON_THE_SPOT;
}

static void
on_close_accepted_cb (AsRepairStepDialog *dialog,
                      AsRepairsPage      *self)
{
  g_autofree char *name = as_repair_step_dialog_get_text (dialog, "signed_by");
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = as_repair_store_close_on_site (get_db (self), as_repair_step_dialog_get_target (dialog),
                                        name, get_settlement (dialog), &error);
  finish_step (dialog, done, &error);
}

static void
on_return_accepted_cb (AsRepairStepDialog *dialog,
                       AsRepairsPage      *self)
{
  g_autofree char *name = as_repair_step_dialog_get_text (dialog, "signed_by");
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = as_repair_store_return_goods (get_db (self), as_repair_step_dialog_get_target (dialog),
                                       name, get_settlement (dialog), &error);
  finish_step (dialog, done, &error);
}

/* The customer's signature on the service certificate, and for a paid
 * repair how the fee is settled. */
static void
open_signature_step (AsRepairsPage *self,
                     const char    *title,
                     const char    *accept_label,
                     const char    *note,
                     GCallback      on_accepted)
{
  const char *labels[G_N_ELEMENTS (settlement_codes)];
  AsRepairStepDialog *dialog;
  GtkWidget *entry;
  GHashTable *repair;
  gint64 id;

  if ((repair = current_repair (self, &id)) == NULL)
    return;
  dialog = new_step_dialog (self, id, repair, title, accept_label, on_accepted);
  entry = as_repair_step_dialog_add_entry (dialog, "signed_by", _("Signed by"), NULL);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), get (repair, "customer_name"));
  labels[0] = _("Collected on the spot");
  labels[1] = _("Invoiced the day of delivery");
  labels[2] = NULL;
  as_repair_step_dialog_add_choice (dialog, "settlement", _("Fee settlement"), settlement_codes,
                                    labels, "invoice");
  as_repair_step_dialog_set_visible (dialog, "settlement", is (repair, "category", "paid"));
  as_repair_step_dialog_add_note (dialog, note);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_on_site_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_signature_step (AS_REPAIRS_PAGE (widget), _("Close on Site"), _("C_lose"),
                       _("Write the name of the person who signed the service certificate. The "
                         "entry in the repair register is closed."),
                       G_CALLBACK (on_close_accepted_cb));
}

static void
return_goods_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  open_signature_step (AS_REPAIRS_PAGE (widget), _("Return Goods"), _("_Return"),
                       _("Write the name of the person who signed the service certificate on "
                         "return. The goods leave the goods in/out register and the original "
                         "goods receipt is voided."),
                       G_CALLBACK (on_return_accepted_cb));
}

static void
take_back (AsRepairsPage *self,
           gint64         id)
{
  g_autoptr(GError) error = NULL;

  if (!as_repair_store_take_back (get_db (self), id, &error))
    _as_repairs_page_show_error (self, _("The goods could not be taken to the workshop"), error);
}

static void
take_back_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  g_autofree char *details = NULL;
  g_autofree char *described = NULL;
  GHashTable *repair;
  gint64 id;

  if ((repair = current_repair (self, &id)) == NULL)
    return;
  described = describe_repair (repair);
  /* Translators: %s is a repair, "No. 1234 · Ana García" */
  details = g_strdup_printf (_("%s: the customer gets a goods receipt, the goods enter the goods "
                               "in/out register and a repair card opens for them."), described);
  ask (self, id, _("Take the goods to the workshop?"), details,
       _("_Take to Workshop"), _("_Cancel"), take_back);
}

/* ------------------------------------------- inspection and exceptions */

static void
on_text_step_accepted_cb (AsRepairStepDialog *dialog,
                          AsRepairsPage      *self)
{
  gboolean (*step) (AsDatabase *, gint64, const char *, GError **) =
    g_object_get_data (G_OBJECT (dialog), "step");
  g_autofree char *text = as_repair_step_dialog_get_text (dialog, "text");
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = step (get_db (self), as_repair_step_dialog_get_target (dialog), text, &error);
  finish_step (dialog, done, &error);
}

/* A step whose only input is a text: inspection notes, a reason. */
static void
open_text_step (AsRepairsPage *self,
                const char    *title,
                const char    *accept_label,
                const char    *label,
                const char    *note,
                gboolean     (*step) (AsDatabase *, gint64, const char *, GError **))
{
  AsRepairStepDialog *dialog;
  GHashTable *repair;
  gint64 id;

  if ((repair = current_repair (self, &id)) == NULL)
    return;
  dialog = new_step_dialog (self, id, repair, title, accept_label,
                            G_CALLBACK (on_text_step_accepted_cb));
  g_object_set_data (G_OBJECT (dialog), "step", step);
  as_repair_step_dialog_add_text_view (dialog, "text", label, NULL);
  as_repair_step_dialog_add_note (dialog, note);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
inspect_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  open_text_step (AS_REPAIRS_PAGE (widget), _("Inspect Repair"), _("_Inspected"),
                  _("Inspection notes"),
                  _("The director inspects the repair before the goods are returned."),
                  as_repair_store_inspect);
}

static void
escalate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_text_step (AS_REPAIRS_PAGE (widget), _("Escalate to the Service Director"), _("_Escalate"),
                  _("Reason"),
                  _("A repair that cannot be done on schedule is reported to the service director "
                    "at once, and marked."),
                  as_repair_store_escalate);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_text_step (AS_REPAIRS_PAGE (widget), _("Cancel Repair Request"), _("Cancel _Request"),
                  _("Reason"), _("The entry stays in the repair register, marked cancelled."),
                  as_repair_store_cancel);
}

/* -------------------------------------------------------------- printing */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  gint64 id;

  if (current_repair (self, &id) == NULL)
    return;
  if (g_str_equal (action_name, "repairs.print-certificate"))
    print_document (self, AS_DOCUMENT_SERVICE_CERTIFICATE, id);
  else if (g_str_equal (action_name, "repairs.print-receipt"))
    print_document (self, AS_DOCUMENT_GOODS_RECEIPT, id);
  else
    print_document (self, AS_DOCUMENT_REPAIR_CARD, id);
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

  dialog = new_step_dialog (self, 0, NULL, _("Print Daily Report"), _("_Print…"),
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
  print_document (self, AS_DOCUMENT_EXPIRY_NOTICE, id);
  /* Translators: %s is the customer of a maintenance contract */
  question = g_strdup_printf (_("Record the expiry notice as sent to %s?"),
                              get (self->contract_values, "customer_name"));
  ask (self, id, question, _("Renewal is then pursued, and recorded with Renew or Refuse."),
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
  done = as_contract_store_renew (get_db (self), as_repair_step_dialog_get_target (dialog), end, fee,
                                  &error) > 0;
  finish_step (dialog, done, &error);
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
  subtitle = g_strdup_printf (_("Contract no. %s · %s"), get (self->contract_values, "id"),
                              get (self->contract_values, "customer_name"));
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
  end = suggest_end (get (self->contract_values, "end_date"));
  as_repair_step_dialog_add_date (dialog, "end", _("New end date"), end);
  as_repair_step_dialog_add_money (dialog, "fee", _("Fee"),
                                   get_int (self->contract_values, "fee_cents"));
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
  finish_step (dialog, done, &error);
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

/* ------------------------------------------------------ what applies */

typedef struct
{
  AsRepairsPage *self;
  gboolean       supervisor;
  const char    *fee_refusal;    /* why work cannot start on a paid repair, or NULL */
} Context;

/* Enables @action when it applies and nothing blocks it; its button says
 * what it does, or why it cannot be used. */
static void
set_step (AsRepairsPage *self,
          const char    *action,
          gboolean       applies,
          const char    *blocked,
          const char    *hint)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, applies && blocked == NULL);
  as_repair_detail_set_step (self->detail, action, applies, blocked ? blocked : hint);
}

static const char *
fee_refusal (GHashTable *repair)
{
  if (!is (repair, "category", "paid") || get (repair, "fee_accepted_at") != NULL)
    return NULL;
  if (get (repair, "fee_quoted_cents") == NULL)
    return _("A paid service: quote the fee and record the customer's acceptance first.");
  return _("A paid service: the customer has not accepted the quoted fee yet.");
}

static void
update_early_steps (Context    *context,
                    GHashTable *r)
{
  AsRepairsPage *self = context->self;
  gboolean received = is (r, "status", "received");
  gboolean dispatched = is (r, "status", "dispatched");
  gboolean workshop = is (r, "status", "in_workshop");
  gboolean paid_open = is (r, "category", "paid") && (received || dispatched || workshop);

  set_step (self, "repairs.dispatch", received,
            context->supervisor ? NULL : _("Only a service supervisor dispatches repairs."),
            _("Assess the request and send a technician or a service provider (Ctrl+D)"));
  set_step (self, "repairs.record-arrival", dispatched && get (r, "arrived_at") == NULL, NULL,
            _("Record that the technician arrived at the customer's, now"));
  set_step (self, "repairs.quote-fee", paid_open && get (r, "fee_accepted_at") == NULL, NULL,
            _("Quote the fee of this paid service to the customer"));
  set_step (self, "repairs.accept-fee",
            paid_open && get (r, "fee_accepted_at") == NULL,
            get (r, "fee_quoted_cents") ? NULL : _("Quote the fee first."),
            _("Record that the customer accepted the quoted fee"));
  set_step (self, "repairs.charge-fees", received || dispatched || workshop, NULL,
            _("Add labour, call-out and transport lines priced from the fee schedule"));
  set_step (self, "repairs.add-part", received || dispatched || workshop, NULL,
            _("Add a spare part used, charged with the service of its own warranty"));
}

static void
update_late_steps (Context    *context,
                   GHashTable *r)
{
  AsRepairsPage *self = context->self;
  gboolean received = is (r, "status", "received");
  gboolean dispatched = is (r, "status", "dispatched");
  gboolean workshop = is (r, "status", "in_workshop");
  gboolean ready = is (r, "status", "ready");

  set_step (self, "repairs.record-work", dispatched || workshop, context->fee_refusal,
            _("Record the work done and the time it took"));
  set_step (self, "repairs.close-on-site", dispatched, context->fee_refusal,
            _("The customer signs the service certificate on site; the entry is closed"));
  set_step (self, "repairs.take-back", dispatched, context->fee_refusal,
            _("Take the goods to the workshop: goods receipt, goods in/out register, repair card"));
  set_step (self, "repairs.inspect", workshop,
            context->supervisor ? NULL
                                : _("Only a service supervisor (the director) inspects repairs."),
            _("The director inspects the repair before the goods are returned"));
  set_step (self, "repairs.return-goods", ready, NULL,
            _("Return the goods: the customer signs the certificate, the receipt is voided"));
  set_step (self, "repairs.escalate",
            (received || dispatched || workshop || ready) && get (r, "escalated_at") == NULL, NULL,
            _("Report to the service director that the repair cannot be done on schedule"));
  set_step (self, "repairs.cancel", received || dispatched, NULL,
            _("Cancel the request; the entry stays in the register"));
}

static void
update_print (AsRepairsPage *self,
              GHashTable    *r)
{
  gboolean printable = r != NULL && !is (r, "status", "cancelled");
  gboolean open = r != NULL && !is (r, "status", "cancelled") && !is (r, "status", "closed");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.print-card", printable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.print-certificate", printable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.print-receipt",
                                 printable && is (r, "handling", "taken_back"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.remove-charge", open);
  as_repair_detail_set_print_visible (self->detail, printable);
}

static void
update_contract_actions (AsRepairsPage *self)
{
  GHashTable *c = self->contract_values;
  gboolean pending = c != NULL && is (c, "status", "active") && get (c, "renewal") == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.contract-notice", pending);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.contract-renew", pending);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.contract-refuse", pending);
}

/* ----------------------------------------------------------- private API */

/**
 * _as_repairs_page_get_current:
 * @id: (out): the repair's id
 *
 * Returns: (transfer none) (nullable): the repair the steps apply to: the
 *   one on the dispatch board when it is shown, else the detail pane's
 */
GHashTable *
_as_repairs_page_get_current (AsRepairsPage *self,
                              gint64        *id)
{
  const char *tab = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (tab, "dispatch") == 0)
    {
      *id = self->board_values ? self->board_id : 0;
      return self->board_values;
    }
  if (g_strcmp0 (tab, "register") == 0)
    {
      *id = self->detail_values ? self->detail_id : 0;
      return self->detail_values;
    }
  *id = 0;
  return NULL;
}

void
_as_repairs_page_update_actions (AsRepairsPage *self)
{
  gint64 id;
  GHashTable *repair = _as_repairs_page_get_current (self, &id);
  Context context = { self, is_supervisor (self), fee_refusal (repair) };
  gboolean ready = get_db (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.new", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.print-daily", ready);
  update_early_steps (&context, repair);
  update_late_steps (&context, repair);
  update_print (self, repair);
  update_contract_actions (self);
}

void
_as_repairs_page_install_actions (GtkWidgetClass *widget_class)
{
  static const struct
  {
    const char *name;
    const char *parameter;
    void (*activate) (GtkWidget *, const char *, GVariant *);
  } actions[] = {
    { "repairs.new", NULL, new_action },
    { "repairs.dispatch", NULL, dispatch_action },
    { "repairs.record-arrival", NULL, record_arrival_action },
    { "repairs.quote-fee", NULL, quote_fee_action },
    { "repairs.accept-fee", NULL, accept_fee_action },
    { "repairs.charge-fees", NULL, charge_fees_action },
    { "repairs.add-part", NULL, add_part_action },
    { "repairs.remove-charge", "x", remove_charge_action },
    { "repairs.record-work", NULL, record_work_action },
    { "repairs.close-on-site", NULL, close_on_site_action },
    { "repairs.take-back", NULL, take_back_action },
    { "repairs.inspect", NULL, inspect_action },
    { "repairs.return-goods", NULL, return_goods_action },
    { "repairs.escalate", NULL, escalate_action },
    { "repairs.cancel", NULL, cancel_action },
    { "repairs.print-card", NULL, print_action },
    { "repairs.print-certificate", NULL, print_action },
    { "repairs.print-receipt", NULL, print_action },
    { "repairs.print-daily", NULL, print_daily_action },
    { "repairs.contract-notice", NULL, contract_notice_action },
    { "repairs.contract-renew", NULL, contract_renew_action },
    { "repairs.contract-refuse", NULL, contract_refuse_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].parameter,
                                     actions[i].activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "repairs.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "repairs.dispatch", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "repairs.print-card", NULL);
}
