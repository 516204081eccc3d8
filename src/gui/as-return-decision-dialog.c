/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision on a return or an exchange, made by a manager (SPEC RX1–RX3):
 * the request is summed up on top (the window, any override and who made
 * it); accepting a return asks for the refund, accepting an exchange for
 * the replacement unit, rejecting for the reason. */

#include <glib/gi18n.h>

#include "as-care-util.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-record-picker.h"
#include "as-return-decision-dialog.h"
#include "as-return-store.h"

struct _AsReturnDecisionDialog
{
  GtkWindow       parent_instance;

  GtkButton      *save_button;
  GtkWidget      *error_box;
  GtkLabel       *error_label;
  GtkGrid        *grid;
  GtkLabel       *summary_label;
  GtkDropDown    *decision_dropdown;
  GtkLabel       *refund_label;
  GtkEntry       *refund_entry;
  GtkLabel       *replacement_label;
  GtkBox         *replacement_slot;
  GtkLabel       *note_label;
  GtkEntry       *note_entry;
  GtkLabel       *decided_label;

  AsDatabase     *db;
  gint64          return_id;
  gboolean        exchange;
  AsRecordPicker *replacement_picker;
};

G_DEFINE_FINAL_TYPE (AsReturnDecisionDialog, as_return_decision_dialog, GTK_TYPE_WINDOW)

static const char *const decision_codes[] = { "accepted", "rejected", NULL };

/* ---------------------------------------------------------------- helpers */

static gboolean
accepting (AsReturnDecisionDialog *self)
{
  return g_str_equal (as_gui_selected_code (self->decision_dropdown, decision_codes),
                      "accepted");
}

static void
update_fields (AsReturnDecisionDialog *self)
{
  gboolean accept = accepting (self);

  gtk_widget_set_visible (GTK_WIDGET (self->refund_label), accept && !self->exchange);
  gtk_widget_set_visible (GTK_WIDGET (self->refund_entry), accept && !self->exchange);
  gtk_widget_set_visible (GTK_WIDGET (self->replacement_label), accept && self->exchange);
  gtk_widget_set_visible (GTK_WIDGET (self->replacement_slot), accept && self->exchange);
  gtk_label_set_text_with_mnemonic (self->note_label, accept ? _("_Note") : _("_Note *"));
}

static char *
describe_request (GHashTable *row)
{
  GString *text = g_string_new (NULL);
  const char *override = g_hash_table_lookup (row, "override_reason");
  g_autofree char *departments =
    as_return_departments_to_string ((guint) as_row_get_int (row, "departments"));

  /* Translators: "Return no. 12: unit WM-001 (LV-7001 Lavadora) of Ana Pérez" */
  g_string_append_printf (text, _("%s no. %s: unit %s (%s) of %s"),
                          as_code_get_label (g_hash_table_lookup (row, "kind")),
                          (const char *) g_hash_table_lookup (row, "id"),
                          (const char *) g_hash_table_lookup (row, "serial"),
                          (const char *) g_hash_table_lookup (row, "model_label"),
                          g_hash_table_contains (row, "customer_name")
                          ? (const char *) g_hash_table_lookup (row, "customer_name") : "—");
  g_string_append_printf (text, "\n%s: %s", _("Reason"),
                          (const char *) g_hash_table_lookup (row, "reason"));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Requested %s days after the sale; the window was %s days."),
                          (const char *) g_hash_table_lookup (row, "days_since_sale"),
                          (const char *) g_hash_table_lookup (row, "window_days"));
  if (override != NULL && *override != '\0')
    {
      g_string_append_c (text, '\n');
      /* Translators: an override of the window, its reason and who made it */
      g_string_append_printf (text, _("Override: %s (by %s)"), override,
                              g_hash_table_contains (row, "override_by_name")
                              ? (const char *) g_hash_table_lookup (row, "override_by_name") : "—");
    }
  if (*departments != '\0')
    g_string_append_printf (text, "\n%s: %s", _("Departments taking part"), departments);
  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------- callbacks */

static void
on_decision_selected_cb (AsReturnDecisionDialog *self)
{
  update_fields (self);
}

/* --------------------------------------------------------------- actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsReturnDecisionDialog *self = AS_RETURN_DECISION_DIALOG (widget);
  g_autofree char *refund = _as_care_get_text (GTK_WIDGET (self->refund_entry));
  g_autofree char *note = _as_care_get_text (GTK_WIDGET (self->note_entry));
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;
  gboolean accept = accepting (self);

  if (accept && !self->exchange && *refund != '\0' && !_as_care_parse_money (refund, &cents))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", _("Refund"),
                                                  _("write the amount as 349.00."));
      as_gui_show_form_error (self->error_box, self->error_label, GTK_WIDGET (self->grid), message);
      return;
    }
  if (!as_return_store_decide (self->db, self->return_id, accept ? "accepted" : "rejected", cents,
                               as_record_picker_get_id (self->replacement_picker), note, &error))
    {
      as_gui_show_form_error (self->error_box, self->error_label, GTK_WIDGET (self->grid),
                              error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ------------------------------------------------------------- overrides */

static void
as_return_decision_dialog_dispose (GObject *object)
{
  AsReturnDecisionDialog *self = AS_RETURN_DECISION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_RETURN_DECISION_DIALOG);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_return_decision_dialog_parent_class)->dispose (object);
}

static void
as_return_decision_dialog_class_init (AsReturnDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_return_decision_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-return-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, decision_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, refund_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, refund_entry);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, replacement_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, replacement_slot);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDecisionDialog, decided_label);
  gtk_widget_class_bind_template_callback (widget_class, on_decision_selected_cb);

  gtk_widget_class_install_action (widget_class, "decision.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "decision.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "decision.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "decision.cancel", NULL);
}

static void
as_return_decision_dialog_init (AsReturnDecisionDialog *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* In the order of decision_codes. */
  gtk_string_list_append (choices, _("Accept"));
  gtk_string_list_append (choices, _("Reject"));
  gtk_drop_down_set_model (self->decision_dropdown, G_LIST_MODEL (choices));
}

/* ------------------------------------------------------------- public API */

/**
 * as_return_decision_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer none): a new dialog, not yet shown; it destroys itself
 *   when closed
 */
AsReturnDecisionDialog *
as_return_decision_dialog_new (GtkWindow  *parent,
                               AsDatabase *db,
                               gint64      return_id)
{
  AsReturnDecisionDialog *self;
  g_autoptr(GHashTable) row = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *actor = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_RETURN_DECISION_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->return_id = return_id;
  self->replacement_picker = AS_RECORD_PICKER (
    _as_care_add_picker (db, self->replacement_slot, self->replacement_label,
                         as_directory_find_entity ("units"), TRUE));
  row = as_return_store_load (db, return_id, &error);
  if (row == NULL)
    {
      as_gui_show_form_error (self->error_box, self->error_label, NULL, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      return self;
    }
  self->exchange = g_strcmp0 (g_hash_table_lookup (row, "kind"), "exchange") == 0;
  summary = describe_request (row);
  gtk_label_set_text (self->summary_label, summary);
  actor = _as_care_actor_name (db);
  gtk_label_set_text (self->decided_label, actor);
  update_fields (self);
  if (g_strcmp0 (g_hash_table_lookup (row, "decision"), "pending") != 0)
    {
      as_gui_show_form_error (self->error_box, self->error_label, NULL,
                              _("This request was already decided: it cannot be decided again."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
    }
  else if (!as_return_store_may_decide (db))
    {
      g_autofree char *roles = as_roles_to_string (AS_RETURN_DECIDER_ROLES);
      g_autofree char *message = g_strdup_printf (_("Returns and exchanges are decided by a "
                                                    "manager (%s)."), roles);
      as_gui_show_form_error (self->error_box, self->error_label, NULL, message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->decision_dropdown));
  return self;
}
