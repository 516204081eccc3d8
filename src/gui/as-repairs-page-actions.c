/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The steps of a repair on the Repairs tab, from reception to the signed
 * certificate. Each step asks for its inputs in a small dialog, calls the
 * store, and shows the store's refusal in that dialog (or, for a step
 * without inputs, in a message dialog); the tab refreshes itself from the
 * database's change signal. */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-labels.h"
#include "as-print.h"
#include "as-record-list.h"
#include "as-repair-request-dialog.h"
#include "as-repair-step-dialog.h"
#include "as-repair-store.h"
#include "as-repairs-page-private.h"
#include "as-warehouse-dialogs.h"
#include "as-warranty.h"

static const char *const category_codes[] = { "free", "contract", "paid", "internal", NULL };
static const char *const settlement_codes[] = { "on_the_spot", "invoice", NULL };

/* ---------------------------------------------------------------- helpers */

static AsDatabase *
get_db (AsRepairsPage *self)
{
  return as_page_get_database (AS_PAGE (self));
}

gboolean
_as_repairs_page_is_supervisor (AsRepairsPage *self)
{
  AsDatabase *db = get_db (self);

  return db != NULL && as_staff_has_role (db, as_database_get_actor (db), AS_ROLE_SUPERVISOR);
}

/* "No. 1234 · Ana García" */
static char *
describe_repair (GHashTable *repair)
{
  /* Translators: a repair's number in the register, "No. 1234" */
  g_autofree char *number = g_strdup_printf (_("No. %s"), _as_get (repair, "id"));

  if (_as_get (repair, "customer_name") == NULL)
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s · %s", number, _as_get (repair, "customer_name"));
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
AsRepairStepDialog *
_as_repairs_page_new_step_dialog (AsRepairsPage *self,
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
void
_as_repairs_page_finish_step (AsRepairStepDialog  *dialog,
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

static void
on_question_response_cb (GtkDialog *dialog,
                         int        response,
                         gpointer   user_data)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (user_data);
  AsRepairsPageConfirmed confirmed = g_object_get_data (G_OBJECT (dialog), "confirmed");
  const gint64 *id = g_object_get_data (G_OBJECT (dialog), "id");

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    confirmed (self, *id);
}

/* Asks before a step that cannot be undone and needs no input. */
void
_as_repairs_page_ask (AsRepairsPage          *self,
                      gint64                  id,
                      const char             *primary,
                      const char             *secondary,
                      const char             *accept_label,
                      const char             *reject_label,
                      AsRepairsPageConfirmed  confirmed)
{
  GtkWidget *dialog = gtk_message_dialog_new (_as_repairs_page_get_window (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                              "%s", primary);

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

/* Returns: whether the document was printed */
gboolean
_as_repairs_page_print (AsRepairsPage  *self,
                        AsDocumentKind  kind,
                        gint64          id)
{
  AsDocumentRequest request = { .kind = kind, .id = id };

  return as_print_document (_as_repairs_page_get_window (self), get_db (self), &request);
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
  _as_repairs_page_finish_step (dialog, done, &error);
}

static char *
describe_for_dispatch (AsRepairsPage *self,
                       GHashTable    *repair)
{
  GString *text = g_string_new (NULL);
  g_autofree char *deadline = NULL;
  gboolean late;

  const char *code = _as_get (repair, "model_code");

  g_string_append_printf (text, "%s\n", _as_get (repair, "fault") ? _as_get (repair, "fault") : "");
  if (_as_get (repair, "address") != NULL)
    g_string_append_printf (text, "%s (%s)\n", _as_get (repair, "address"),
                            as_code_get_label (_as_get (repair, "zone")));
  if (_as_get (repair, "model_name") != NULL)
    g_string_append_printf (text, "%s %s", code ? code : "", _as_get (repair, "model_name"));
  if (_as_get (repair, "serial") != NULL)
    g_string_append_printf (text, " · %s", _as_get (repair, "serial"));
  g_string_append_c (text, '\n');
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
  if (!_as_repairs_page_is_supervisor (self))
    {
      g_autoptr(GError) error = NULL;

      g_set_error_literal (&error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION,
                           _("Only a service supervisor dispatches repairs."));
      _as_repairs_page_show_error (self, _("You cannot dispatch this request"), error);
      return;
    }
  dialog = _as_repairs_page_new_step_dialog (self, repair_id, repair, _("Dispatch Repair"),
                                             _("_Dispatch"), G_CALLBACK (on_dispatch_accepted_cb));
  intro = describe_for_dispatch (self, repair);
  as_repair_step_dialog_set_intro (dialog, intro);
  as_repair_step_dialog_add_text_view (dialog, "assessment", _("First assessment"),
                                       _as_get (repair, "assessment"));
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
  _as_repairs_page_finish_step (dialog, done, &error);
}

/* What the customer would pay: the paid lines, or the fee already quoted. */
static gint64
suggest_fee (AsRepairsPage *self,
             gint64         id,
             GHashTable    *repair)
{
  g_autoptr(GPtrArray) charges = as_repair_store_list_charges (get_db (self), id);
  gint64 total = 0;

  if (_as_get (repair, "fee_quoted_cents") != NULL)
    return _as_get_int (repair, "fee_quoted_cents");
  for (guint i = 0; charges != NULL && i < charges->len; i++)
    if (_as_is (g_ptr_array_index (charges, i), "category", "paid"))
      total += _as_get_int (g_ptr_array_index (charges, i), "total_cents");
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
  dialog = _as_repairs_page_new_step_dialog (self, id, repair, _("Quote Fee"), _("_Quote"),
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
  fee = as_record_list_format_value (AS_COLUMN_MONEY, _as_get (repair, "fee_quoted_cents"));
  /* Translators: %s is the quoted fee */
  question = g_strdup_printf (_("Has the customer accepted the fee of %s?"), fee);
  _as_repairs_page_ask (self, id, question,
                        _("The work can start once the customer has accepted it."),
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
  _as_repairs_page_finish_step (dialog, done, &error);
}

static void
charge_fees_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  AsRepairStepDialog *dialog;
  gboolean taken_back;
  GHashTable *repair;
  gint64 id;

  if ((repair = current_repair (self, &id)) == NULL)
    return;
  dialog = _as_repairs_page_new_step_dialog (self, id, repair, _("Add Charges from Fee Schedule"),
                                             _("_Add"), G_CALLBACK (on_fees_accepted_cb));
  as_repair_step_dialog_add_spin (dialog, "minutes", _("Labour (minutes)"), 0, 100000,
                                  (int) _as_get_int (repair, "labour_minutes"));
  taken_back = _as_is (repair, "handling", "taken_back");
  as_repair_step_dialog_add_check (dialog, "call_out", _("Call-out"), !taken_back);
  as_repair_step_dialog_add_check (dialog, "transport", _("Transport"), taken_back);
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
  const char *category;
  int quantity;
  gint64 price;
  gint64 id;

  if (!as_repair_step_dialog_get_money (dialog, "price", &price))
    return;
  category = as_repair_step_dialog_get_choice (dialog, "category");
  quantity = (int) as_repair_step_dialog_get_int (dialog, "quantity");
  id = as_repair_store_add_charge (get_db (self), as_repair_step_dialog_get_target (dialog), "part",
                                   description, category, quantity, price,
                                   part ? g_ascii_strtoll (part, NULL, 10) : 0, &error);
  _as_repairs_page_finish_step (dialog, id > 0, &error);
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
  if (_as_get (repair, "serial") != NULL)
    report = as_warranty_check (get_db (self), _as_get (repair, "serial"), NULL, NULL);
  dialog = _as_repairs_page_new_step_dialog (self, id, repair, _("Add Part Line"), _("_Add"),
                                             G_CALLBACK (on_part_accepted_cb));
  g_object_set_data_full (G_OBJECT (dialog), "report", report,
                          (GDestroyNotify) as_warranty_report_free);
  add_part_choice (dialog, report);
  as_repair_step_dialog_add_entry (dialog, "description", _("Description"), NULL);
  as_repair_step_dialog_add_choice (dialog, "category", _("Service"), category_codes, NULL,
                                    _as_get (repair, "category"));
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
  int minutes;

  minutes = (int) as_repair_step_dialog_get_int (dialog, "minutes");
  done = as_repair_store_record_work (get_db (self), as_repair_step_dialog_get_target (dialog),
                                      work, minutes, &error);
  _as_repairs_page_finish_step (dialog, done, &error);
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
  dialog = _as_repairs_page_new_step_dialog (self, id, repair, _("Record Work"), _("_Record"),
                                             G_CALLBACK (on_work_accepted_cb));
  as_repair_step_dialog_add_text_view (dialog, "work", _("Work done"),
                                       _as_get (repair, "work_done"));
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
  _as_repairs_page_finish_step (dialog, done, &error);
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
  _as_repairs_page_finish_step (dialog, done, &error);
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
  dialog = _as_repairs_page_new_step_dialog (self, id, repair, title, accept_label, on_accepted);
  entry = as_repair_step_dialog_add_entry (dialog, "signed_by", _("Signed by"), NULL);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _as_get (repair, "customer_name"));
  labels[0] = _("Collected on the spot");
  labels[1] = _("Invoiced the day of delivery");
  labels[2] = NULL;
  as_repair_step_dialog_add_choice (dialog, "settlement", _("Fee settlement"), settlement_codes,
                                    labels, "invoice");
  as_repair_step_dialog_set_visible (dialog, "settlement", _as_is (repair, "category", "paid"));
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
  _as_repairs_page_ask (self, id, _("Take the goods to the workshop?"), details,
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
  _as_repairs_page_finish_step (dialog, done, &error);
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
  dialog = _as_repairs_page_new_step_dialog (self, id, repair, title, accept_label,
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

/* The warehouse's form: parts leave the stock with their charge line. */
static void
issue_parts_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (widget);
  gint64 id;

  if (current_repair (self, &id) != NULL)
    as_warehouse_present_issue_to_repair (widget, get_db (self), id);
}

/* ----------------------------------------------------------- private API */

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
    { "repairs.issue-parts", NULL, issue_parts_action },
    { "repairs.remove-charge", "x", remove_charge_action },
    { "repairs.record-work", NULL, record_work_action },
    { "repairs.close-on-site", NULL, close_on_site_action },
    { "repairs.take-back", NULL, take_back_action },
    { "repairs.inspect", NULL, inspect_action },
    { "repairs.return-goods", NULL, return_goods_action },
    { "repairs.escalate", NULL, escalate_action },
    { "repairs.cancel", NULL, cancel_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].parameter,
                                     actions[i].activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "repairs.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "repairs.dispatch", NULL);
}
