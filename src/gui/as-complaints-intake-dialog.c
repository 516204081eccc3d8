/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Intake (SPEC C1–C5): every contact registered in detail by the staff member
 * who receives it. While the subject category is chosen the form says which
 * department the contact will go to; the retailer is asked for only when the
 * complaint is about one; the hotline's rule is stated where it applies. */

#include <glib/gi18n.h>

#include "as-complaint-store.h"
#include "as-complaints-intake-dialog.h"
#include "as-directory.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-record-picker.h"

struct _AsComplaintsIntakeDialog
{
  GtkWindow       parent_instance;

  GtkWidget      *error_box;
  GtkLabel       *error_label;
  GtkDropDown    *channel_dropdown;
  GtkDropDown    *kind_dropdown;
  GtkLabel       *customer_slot_label;
  GtkBox         *customer_slot;
  GtkLabel       *unit_slot_label;
  GtkBox         *unit_slot;
  GtkDropDown    *category_dropdown;
  GtkLabel       *route_label;
  GtkLabel       *retailer_entry_label;
  GtkEntry       *retailer_entry;
  GtkEntry       *subject_entry;
  GtkTextView    *description_view;
  GtkLabel       *receiver_slot_label;
  GtkBox         *receiver_slot;
  GtkLabel       *hotline_label;
  GtkEntry       *received_entry;
  GtkDropDown    *priority_dropdown;
  GtkCheckButton *urgent_check;
  GtkCheckButton *serious_check;

  AsDatabase     *db;
  AsRecordPicker *customer_picker;
  AsRecordPicker *unit_picker;
  AsRecordPicker *receiver_picker;
};

G_DEFINE_FINAL_TYPE (AsComplaintsIntakeDialog, as_complaints_intake_dialog, GTK_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------- helpers */

/* The selected code, or NULL for the "none" entry. */
static const char *
selected_code (GtkDropDown       *drop_down,
               gboolean           with_none,
               const char *const *codes)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (with_none && selected == 0)
    return NULL;
  selected -= with_none ? 1 : 0;
  return selected < g_strv_length ((char **) codes) ? codes[selected] : NULL;
}

static AsRecordPicker *
add_picker (AsComplaintsIntakeDialog *self,
            GtkBox                   *slot,
            GtkLabel                 *label,
            const char               *entity)
{
  GtkWidget *picker = as_record_picker_new (self->db, as_directory_find_entity (entity));

  gtk_widget_set_hexpand (picker, TRUE);
  gtk_box_append (slot, picker);
  gtk_label_set_mnemonic_widget (label, picker);
  return AS_RECORD_PICKER (picker);
}

static char *
get_description (AsComplaintsIntakeDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_route (AsComplaintsIntakeDialog *self)
{
  const char *category = selected_code (self->category_dropdown, FALSE,
                                        as_complaint_categories ());
  gint64 department = as_complaint_store_get_route (self->db, category);
  g_autofree char *name = department
    ? as_directory_get_label (self->db, as_directory_find_entity ("departments"), department)
    : NULL;
  g_autofree char *text = name
    /* Translators: %s is the department a new contact will be routed to */
    ? g_strdup_printf (_("Goes to %s"), name)
    : g_strdup (_("No department handles this yet: set one in Preferences."));
  gboolean retailer = g_strcmp0 (category, AS_COMPLAINT_CATEGORY_RETAILER) == 0;

  gtk_label_set_text (self->route_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->retailer_entry), retailer);
  gtk_widget_set_visible (GTK_WIDGET (self->retailer_entry_label), retailer);
}

/* ------------------------------------------------------------- callbacks */

static void
on_category_changed_cb (AsComplaintsIntakeDialog *self)
{
  if (self->db != NULL)
    update_route (self);
}

static void
on_channel_changed_cb (AsComplaintsIntakeDialog *self)
{
  const char *channel = selected_code (self->channel_dropdown, FALSE, as_complaint_channels ());

  gtk_widget_set_visible (GTK_WIDGET (self->hotline_label), g_strcmp0 (channel, "hotline") == 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsComplaintsIntakeDialog *self = AS_COMPLAINTS_INTAKE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *description = get_description (self);
  AsComplaintRequest request = {
    .channel = selected_code (self->channel_dropdown, FALSE, as_complaint_channels ()),
    .kind = selected_code (self->kind_dropdown, FALSE, as_complaint_kinds ()),
    .customer_id = as_record_picker_get_id (self->customer_picker),
    .unit_id = as_record_picker_get_id (self->unit_picker),
    .category = selected_code (self->category_dropdown, FALSE, as_complaint_categories ()),
    .subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_entry)),
    .description = description,
    .received_by = as_record_picker_get_id (self->receiver_picker),
    .received_at = gtk_editable_get_text (GTK_EDITABLE (self->received_entry)),
    .urgent = gtk_check_button_get_active (self->urgent_check),
    .serious = gtk_check_button_get_active (self->serious_check),
    .priority = selected_code (self->priority_dropdown, TRUE, as_complaint_priorities ()),
    .retailer = gtk_editable_get_text (GTK_EDITABLE (self->retailer_entry)),
  };
  gint64 id;

  if (request.received_by == 0)
    {
      as_gui_show_form_error (self->error_box, self->error_label, NULL,
                              _("Choose the staff member who received the contact."));
      gtk_widget_grab_focus (GTK_WIDGET (self->receiver_picker));
      return;
    }
  id = as_complaint_store_register (self->db, &request, &error);
  if (id == 0)
    {
      as_gui_show_form_error (self->error_box, self->error_label, NULL, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ------------------------------------------------------------- overrides */

static void
as_complaints_intake_dialog_dispose (GObject *object)
{
  AsComplaintsIntakeDialog *self = AS_COMPLAINTS_INTAKE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_COMPLAINTS_INTAKE_DIALOG);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_complaints_intake_dialog_parent_class)->dispose (object);
}

static void
as_complaints_intake_dialog_class_init (AsComplaintsIntakeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_complaints_intake_dialog_dispose;

  /**
   * AsComplaintsIntakeDialog::saved:
   * @id: the new complaint's id
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-complaints-intake-dialog.ui");
#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsIntakeDialog, name)
  BIND (error_box);
  BIND (error_label);
  BIND (channel_dropdown);
  BIND (kind_dropdown);
  BIND (customer_slot_label);
  BIND (customer_slot);
  BIND (unit_slot_label);
  BIND (unit_slot);
  BIND (category_dropdown);
  BIND (route_label);
  BIND (retailer_entry_label);
  BIND (retailer_entry);
  BIND (subject_entry);
  BIND (description_view);
  BIND (receiver_slot_label);
  BIND (receiver_slot);
  BIND (hotline_label);
  BIND (received_entry);
  BIND (priority_dropdown);
  BIND (urgent_check);
  BIND (serious_check);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_category_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_channel_changed_cb);

  gtk_widget_class_install_action (widget_class, "intake.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "intake.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "intake.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "intake.cancel", NULL);
}

static void
as_complaints_intake_dialog_init (AsComplaintsIntakeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  as_gui_fill_codes (self->channel_dropdown, NULL, as_complaint_channels ());
  as_gui_fill_codes (self->kind_dropdown, NULL, as_complaint_kinds ());
  as_gui_fill_codes (self->category_dropdown, NULL, as_complaint_categories ());
  as_gui_fill_codes (self->priority_dropdown, _("None"), as_complaint_priorities ());
  /* A complaint is the usual contact; the category starts on "other". */
  gtk_drop_down_set_selected (self->kind_dropdown, 2);
  gtk_drop_down_set_selected (self->category_dropdown,
                              g_strv_length ((char **) as_complaint_categories ()) - 1);
}

/* ------------------------------------------------------------- public API */

AsComplaintsIntakeDialog *
as_complaints_intake_dialog_new (GtkWindow  *parent,
                                 AsDatabase *db)
{
  AsComplaintsIntakeDialog *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d %H:%M:%S");

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_COMPLAINTS_INTAKE_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->customer_picker = add_picker (self, self->customer_slot, self->customer_slot_label,
                                      "customers");
  self->unit_picker = add_picker (self, self->unit_slot, self->unit_slot_label, "units");
  self->receiver_picker = add_picker (self, self->receiver_slot, self->receiver_slot_label,
                                      "staff");
  as_record_picker_set_required (self->receiver_picker, TRUE);
  as_record_picker_set_id (self->receiver_picker, as_database_get_actor (db));
  gtk_editable_set_text (GTK_EDITABLE (self->received_entry), now_text);
  gtk_entry_set_placeholder_text (self->retailer_entry,
                                  _("Blank: the retailer who sold the unit"));
  update_route (self);
  on_channel_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->channel_dropdown));
  return self;
}
