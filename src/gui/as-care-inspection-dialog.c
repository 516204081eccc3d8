/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A mystery-shopper inspection (SPEC E4): when, which branch, what was
 * inspected, the rating and the findings. Who inspected is chosen and shown
 * only to the roles allowed to know it; everyone else reads the inspection
 * with the inspector hidden and cannot change it. */

#include <glib/gi18n.h>

#include "as-care-inspection-dialog.h"
#include "as-care-store.h"
#include "as-care-util.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-record-picker.h"

struct _AsCareInspectionDialog
{
  GtkWindow       parent_instance;

  GtkLabel       *title_label;
  GtkButton      *cancel_button;
  GtkButton      *save_button;
  GtkWidget      *error_box;
  GtkLabel       *error_label;
  GtkGrid        *grid;
  GtkEntry       *date_entry;
  GtkLabel       *branch_label;
  GtkBox         *branch_slot;
  GtkLabel       *inspector_label;
  GtkBox         *inspector_slot;
  GtkEntry       *subject_entry;
  GtkDropDown    *rating_dropdown;
  GtkTextView    *findings_view;

  AsDatabase     *db;
  gint64          id;
  AsRecordPicker *branch_picker;
  AsRecordPicker *inspector_picker;   /* NULL when the inspector is hidden */
};

G_DEFINE_FINAL_TYPE (AsCareInspectionDialog, as_care_inspection_dialog, GTK_TYPE_WINDOW)

/* ---------------------------------------------------------------- helpers */

static void
fill (AsCareInspectionDialog *self,
      GHashTable             *row)
{
  const char *findings = g_hash_table_lookup (row, "findings");
  const char *subject = g_hash_table_lookup (row, "subject");

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), g_hash_table_lookup (row, "inspected_on"));
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry), subject ? subject : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->findings_view),
                            findings ? findings : "", -1);
  gtk_drop_down_set_selected (self->rating_dropdown,
                              (guint) CLAMP (as_row_get_int (row, "rating"), 1, 4) - 1);
  as_record_picker_set_id (self->branch_picker, as_row_get_int (row, "branch_id"));
  if (self->inspector_picker != NULL)
    as_record_picker_set_id (self->inspector_picker, as_row_get_int (row, "inspector_id"));
}

/* Without the right to know the inspectors: "Hidden", and nothing to change. */
static void
make_read_only (AsCareInspectionDialog *self)
{
  GtkWidget *hidden = gtk_label_new (as_code_get_label ("hidden"));

  gtk_label_set_xalign (GTK_LABEL (hidden), 0.0);
  gtk_widget_add_css_class (hidden, "dim-label");
  gtk_box_append (self->inspector_slot, hidden);
  gtk_label_set_mnemonic_widget (self->inspector_label, hidden);
  gtk_editable_set_editable (GTK_EDITABLE (self->date_entry), FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (self->subject_entry), FALSE);
  gtk_text_view_set_editable (self->findings_view, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rating_dropdown), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->branch_slot), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
}

/* --------------------------------------------------------------- actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsCareInspectionDialog *self = AS_CARE_INSPECTION_DIALOG (widget);
  g_autofree char *date = _as_care_get_text (GTK_WIDGET (self->date_entry));
  g_autofree char *subject = _as_care_get_text (GTK_WIDGET (self->subject_entry));
  g_autofree char *findings = _as_care_get_text (GTK_WIDGET (self->findings_view));
  g_autoptr(GError) error = NULL;
  AsInspection inspection = {
    .inspected_on = date, .subject = subject, .findings = findings,
    .branch_id = as_record_picker_get_id (self->branch_picker),
    .inspector_id = self->inspector_picker ? as_record_picker_get_id (self->inspector_picker) : 0,
    .rating = (int) gtk_drop_down_get_selected (self->rating_dropdown) + 1,
  };

  if (self->inspector_picker == NULL)
    return;
  if (as_care_store_save_inspection (self->db, self->id, &inspection, &error) <= 0)
    {
      as_gui_show_form_error (self->error_box, self->error_label, GTK_WIDGET (self->grid),
                              error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ------------------------------------------------------------- overrides */

static void
as_care_inspection_dialog_dispose (GObject *object)
{
  AsCareInspectionDialog *self = AS_CARE_INSPECTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_CARE_INSPECTION_DIALOG);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_care_inspection_dialog_parent_class)->dispose (object);
}

static void
as_care_inspection_dialog_class_init (AsCareInspectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_care_inspection_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-care-inspection-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, branch_label);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, branch_slot);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, inspector_label);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, inspector_slot);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, subject_entry);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, rating_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsCareInspectionDialog, findings_view);

  gtk_widget_class_install_action (widget_class, "inspection.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "inspection.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "inspection.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "inspection.cancel",
                                       NULL);
}

static void
as_care_inspection_dialog_init (AsCareInspectionDialog *self)
{
  g_autoptr(GtkStringList) ratings = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (ratings, _("1 — Poor"));
  gtk_string_list_append (ratings, _("2 — Fair"));
  gtk_string_list_append (ratings, _("3 — Good"));
  gtk_string_list_append (ratings, _("4 — Very good"));
  gtk_drop_down_set_model (self->rating_dropdown, G_LIST_MODEL (ratings));
  gtk_drop_down_set_selected (self->rating_dropdown, 2);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
}

/* ------------------------------------------------------------- public API */

/**
 * as_care_inspection_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @id: the inspection to show or change, or 0 to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
AsCareInspectionDialog *
as_care_inspection_dialog_new (GtkWindow  *parent,
                               AsDatabase *db,
                               gint64      id)
{
  AsCareInspectionDialog *self;
  g_autoptr(GHashTable) row = NULL;
  g_autoptr(GError) error = NULL;
  gboolean may_see = as_care_store_may_see_inspectors (db);

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_CARE_INSPECTION_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->id = id;
  self->branch_picker = AS_RECORD_PICKER (
    _as_care_add_picker (db, self->branch_slot, self->branch_label,
                         as_directory_find_entity ("branches"), FALSE));
  if (may_see)
    self->inspector_picker = AS_RECORD_PICKER (
      _as_care_add_picker (db, self->inspector_slot, self->inspector_label,
                           as_directory_find_entity ("staff"), TRUE));
  else
    make_read_only (self);
  if (id > 0 && (row = as_care_store_load_inspection (db, id, &error)) == NULL)
    {
      as_gui_show_form_error (self->error_box, self->error_label, NULL, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      return self;
    }
  if (row != NULL)
    fill (self, row);
  if (id == 0)
    {
      gtk_label_set_text (self->title_label, _("New Mystery-Shopper Inspection"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Mystery-Shopper Inspection"));
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
  return self;
}
