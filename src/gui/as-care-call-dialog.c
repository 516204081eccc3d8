/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A follow-up call after service (SPEC E3): who to call and about which
 * repair, then how it went and what the customer said. */

#include <glib/gi18n.h>

#include "as-care-call-dialog.h"
#include "as-care-store.h"
#include "as-care-util.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-record-list.h"

struct _AsCareCallDialog
{
  GtkWindow    parent_instance;

  GtkButton   *save_button;
  GtkWidget   *error_box;
  GtkLabel    *error_label;
  GtkGrid     *grid;
  GtkLabel    *summary_label;
  GtkDropDown *outcome_dropdown;
  GtkTextView *notes_view;
  GtkLabel    *caller_label;

  AsDatabase  *db;
  gint64       call_id;
};

G_DEFINE_FINAL_TYPE (AsCareCallDialog, as_care_call_dialog, GTK_TYPE_WINDOW)

static const char *const outcome_codes[] = {
  "satisfied", "unsatisfied", "no_answer", "declined", NULL
};

static char *
describe_call (GHashTable *call)
{
  g_autofree char *closed = as_record_list_format_value (AS_COLUMN_DATE,
                                                         g_hash_table_lookup (call,
                                                                              "repair_closed_at"));
  const char *phone = g_hash_table_lookup (call, "customer_phone");

  /* Translators: whom to call, their phone, and the repair the call is about */
  return g_strdup_printf (_("%s, phone %s\nRepair no. %s (%s: %s), completed %s"),
                          (const char *) g_hash_table_lookup (call, "customer_name"),
                          phone && *phone ? phone : "—",
                          (const char *) g_hash_table_lookup (call, "repair_id"),
                          (const char *) g_hash_table_lookup (call, "model_label"),
                          (const char *) g_hash_table_lookup (call, "repair_fault"), closed);
}

static void
select_outcome (AsCareCallDialog *self,
                const char       *code)
{
  for (guint i = 0; code != NULL && outcome_codes[i] != NULL; i++)
    if (g_str_equal (outcome_codes[i], code))
      gtk_drop_down_set_selected (self->outcome_dropdown, i);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsCareCallDialog *self = AS_CARE_CALL_DIALOG (widget);
  g_autofree char *notes = _as_care_get_text (GTK_WIDGET (self->notes_view));
  g_autoptr(GError) error = NULL;

  if (!as_care_store_record_call (self->db, self->call_id,
                                  as_gui_selected_code (self->outcome_dropdown, outcome_codes),
                                  notes, &error))
    {
      as_gui_show_form_error (self->error_box, self->error_label, GTK_WIDGET (self->grid),
                              error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
as_care_call_dialog_dispose (GObject *object)
{
  AsCareCallDialog *self = AS_CARE_CALL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_CARE_CALL_DIALOG);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_care_call_dialog_parent_class)->dispose (object);
}

static void
as_care_call_dialog_class_init (AsCareCallDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_care_call_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-care-call-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsCareCallDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, AsCareCallDialog, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsCareCallDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsCareCallDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, AsCareCallDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AsCareCallDialog, outcome_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsCareCallDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AsCareCallDialog, caller_label);

  gtk_widget_class_install_action (widget_class, "call.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "call.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "call.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "call.cancel", NULL);
}

static void
as_care_call_dialog_init (AsCareCallDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  as_gui_fill_codes (self->outcome_dropdown, NULL, outcome_codes);
}

/**
 * as_care_call_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
AsCareCallDialog *
as_care_call_dialog_new (GtkWindow  *parent,
                         AsDatabase *db,
                         gint64      call_id)
{
  AsCareCallDialog *self;
  g_autoptr(GHashTable) call = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *actor = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_CARE_CALL_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->call_id = call_id;
  call = as_care_store_load_call (db, call_id, &error);
  if (call == NULL)
    {
      as_gui_show_form_error (self->error_box, self->error_label, NULL, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      return self;
    }
  summary = describe_call (call);
  gtk_label_set_text (self->summary_label, summary);
  select_outcome (self, g_hash_table_lookup (call, "outcome"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            g_hash_table_contains (call, "notes")
                            ? (const char *) g_hash_table_lookup (call, "notes") : "", -1);
  actor = _as_care_actor_name (db);
  gtk_label_set_text (self->caller_label, actor);
  gtk_widget_grab_focus (GTK_WIDGET (self->outcome_dropdown));
  return self;
}
