/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Suggestion forms collected at a collection point (SPEC E4): the day and
 * how many forms; the forms themselves are registered as suggestions. */

#include <glib/gi18n.h>

#include "as-care-collection-dialog.h"
#include "as-care-store.h"
#include "as-care-util.h"
#include "as-gui-util.h"

struct _AsCareCollectionDialog
{
  GtkWindow    parent_instance;

  GtkWidget   *error_box;
  GtkLabel    *error_label;
  GtkGrid     *grid;
  GtkLabel    *point_label;
  GtkEntry    *date_entry;
  GtkEntry    *forms_entry;
  GtkLabel    *collector_label;

  AsDatabase  *db;
  gint64       point_id;
};

G_DEFINE_FINAL_TYPE (AsCareCollectionDialog, as_care_collection_dialog, GTK_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsCareCollectionDialog *self = AS_CARE_COLLECTION_DIALOG (widget);
  g_autofree char *date = _as_care_get_text (GTK_WIDGET (self->date_entry));
  g_autofree char *forms_text = _as_care_get_text (GTK_WIDGET (self->forms_entry));
  g_autoptr(GError) error = NULL;
  gint64 forms = -1;

  if (!g_ascii_string_to_signed (forms_text, 10, 0, 100000, &forms, NULL))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", _("Forms collected"),
                                                  _("enter how many forms were collected (0 or "
                                                    "more)."));
      as_gui_show_form_error (self->error_box, self->error_label, GTK_WIDGET (self->grid), message);
      return;
    }
  if (as_care_store_record_collection (self->db, self->point_id, date, forms, &error) <= 0)
    {
      as_gui_show_form_error (self->error_box, self->error_label, GTK_WIDGET (self->grid),
                              error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
as_care_collection_dialog_dispose (GObject *object)
{
  AsCareCollectionDialog *self = AS_CARE_COLLECTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_CARE_COLLECTION_DIALOG);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_care_collection_dialog_parent_class)->dispose (object);
}

static void
as_care_collection_dialog_class_init (AsCareCollectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_care_collection_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-care-collection-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsCareCollectionDialog, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsCareCollectionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsCareCollectionDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, AsCareCollectionDialog, point_label);
  gtk_widget_class_bind_template_child (widget_class, AsCareCollectionDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, AsCareCollectionDialog, forms_entry);
  gtk_widget_class_bind_template_child (widget_class, AsCareCollectionDialog, collector_label);

  gtk_widget_class_install_action (widget_class, "collection.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "collection.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "collection.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "collection.cancel",
                                       NULL);
}

static void
as_care_collection_dialog_init (AsCareCollectionDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
}

/**
 * as_care_collection_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
AsCareCollectionDialog *
as_care_collection_dialog_new (GtkWindow  *parent,
                               AsDatabase *db,
                               gint64      point_id)
{
  AsCareCollectionDialog *self;
  g_autofree char *place = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_CARE_COLLECTION_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->point_id = point_id;
  place = as_directory_get_label (db, as_care_point_entity (), point_id);
  /* Translators: %s is a collection point, such as "Centro comercial Norte" */
  text = g_strdup_printf (_("Suggestion forms collected at %s"), place);
  gtk_label_set_text (self->point_label, text);
  actor = _as_care_actor_name (db);
  gtk_label_set_text (self->collector_label, actor);
  gtk_widget_grab_focus (GTK_WIDGET (self->forms_entry));
  return self;
}
