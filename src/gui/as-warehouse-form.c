/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The small forms of the Warehouse tab. The caller builds the fields; the
 * store checks them on ::accepted, and a refusal is shown on top of the
 * form, which stays open with what was typed. */

#include <glib/gi18n.h>

#include "as-form-grid.h"
#include "as-gui-util.h"
#include "as-record-picker.h"
#include "as-repair-step-dialog.h"
#include "as-warehouse-form.h"

struct _AsWarehouseForm
{
  GtkWindow   parent_instance;

  AsFormGrid  form;
};

G_DEFINE_FINAL_TYPE (AsWarehouseForm, as_warehouse_form, GTK_TYPE_WINDOW)

enum { ACCEPTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* --------------------------------------------------------------- actions */

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsWarehouseForm *self = AS_WAREHOUSE_FORM (widget);

  as_form_grid_update_spins (&self->form);
  g_signal_emit (self, signals[ACCEPTED], 0);
}

/* ------------------------------------------------------------- overrides */

static void
as_warehouse_form_show (GtkWidget *widget)
{
  as_form_grid_focus_first (&AS_WAREHOUSE_FORM (widget)->form);
  GTK_WIDGET_CLASS (as_warehouse_form_parent_class)->show (widget);
}

static void
as_warehouse_form_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), AS_TYPE_WAREHOUSE_FORM);
  G_OBJECT_CLASS (as_warehouse_form_parent_class)->dispose (object);
}

static void
as_warehouse_form_finalize (GObject *object)
{
  as_form_grid_finalize (&AS_WAREHOUSE_FORM (object)->form);
  G_OBJECT_CLASS (as_warehouse_form_parent_class)->finalize (object);
}

static void
as_warehouse_form_class_init (AsWarehouseFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_warehouse_form_dispose;
  object_class->finalize = as_warehouse_form_finalize;
  widget_class->show = as_warehouse_form_show;

  /**
   * AsWarehouseForm::accepted:
   *
   * The person confirms the form; it stays open until the handler closes it.
   */
  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-warehouse-form.ui");
  as_form_grid_bind_template (widget_class, G_STRUCT_OFFSET (AsWarehouseForm, form));

  gtk_widget_class_install_action (widget_class, "form.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "form.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "form.accept", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "form.cancel", NULL);
}

static void
as_warehouse_form_init (AsWarehouseForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  as_form_grid_init (&self->form, GTK_WIDGET (self), "warehouse form", GTK_ALIGN_BASELINE);
}

/* ------------------------------------------------------------- public API */

/**
 * as_warehouse_form_new:
 * @parent: (nullable): the window the form belongs to
 * @subtitle: (nullable): what it is about, such as a part number
 * @accept_label: the accept button's label, with a mnemonic ("_Receive")
 *
 * Returns: (transfer none): a new form, not yet shown; it is owned by GTK's
 *   list of toplevels and destroys itself when cancelled
 */
AsWarehouseForm *
as_warehouse_form_new (GtkWindow  *parent,
                       const char *title,
                       const char *subtitle,
                       const char *accept_label)
{
  AsWarehouseForm *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (title != NULL && accept_label != NULL, NULL);

  self = g_object_new (AS_TYPE_WAREHOUSE_FORM, "transient-for", parent, NULL);
  as_form_grid_set_header (&self->form, title, subtitle, accept_label);
  return self;
}

void
as_warehouse_form_set_intro (AsWarehouseForm *self,
                             const char      *text)
{
  g_return_if_fail (AS_IS_WAREHOUSE_FORM (self));
  as_form_grid_set_intro (&self->form, text);
}

GtkWidget *
as_warehouse_form_add_widget (AsWarehouseForm *self,
                              const char      *key,
                              const char      *label,
                              GtkWidget       *widget)
{
  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), NULL);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_WIDGET, widget,
                               NULL)->widget;
}

GtkWidget *
as_warehouse_form_add_entry (AsWarehouseForm *self,
                             const char      *key,
                             const char      *label,
                             const char      *text)
{
  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), NULL);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_ENTRY,
                               as_form_grid_create_entry (text, 32), NULL)->widget;
}

GtkWidget *
as_warehouse_form_add_spin (AsWarehouseForm *self,
                            const char      *key,
                            const char      *label,
                            int              min,
                            int              max,
                            int              value)
{
  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), NULL);
  return as_form_grid_add_spin (&self->form, key, label, min, max, value);
}

GtkWidget *
as_warehouse_form_add_money (AsWarehouseForm *self,
                             const char      *key,
                             const char      *label,
                             gint64           cents)
{
  g_autofree char *text = as_money_format_entry (cents);
  GtkWidget *entry = as_warehouse_form_add_entry (self, key, label, text);

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
  gtk_widget_set_hexpand (entry, FALSE);
  gtk_widget_set_halign (entry, GTK_ALIGN_START);
  gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
  return entry;
}

GtkWidget *
as_warehouse_form_add_choice (AsWarehouseForm    *self,
                              const char         *key,
                              const char         *label,
                              const char *const  *codes,
                              const char *const  *labels,
                              const char         *selected)
{
  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), NULL);
  g_return_val_if_fail (codes != NULL, NULL);
  return as_form_grid_add_choice (&self->form, key, label, codes, labels, selected);
}

GtkWidget *
as_warehouse_form_add_picker (AsWarehouseForm *self,
                              const char      *key,
                              const char      *label,
                              AsDatabase      *db,
                              const AsEntity  *entity,
                              gint64           id)
{
  GtkWidget *picker;

  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  picker = as_record_picker_new (db, entity);
  as_record_picker_set_required (AS_RECORD_PICKER (picker), TRUE);
  as_record_picker_set_id (AS_RECORD_PICKER (picker), id);
  gtk_widget_set_hexpand (picker, TRUE);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_PICKER, picker,
                               NULL)->widget;
}

GtkWidget *
as_warehouse_form_add_info (AsWarehouseForm *self,
                            const char      *key,
                            const char      *label,
                            const char      *text)
{
  GtkWidget *value = gtk_label_new (text);

  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), NULL);

  gtk_label_set_xalign (GTK_LABEL (value), 0.0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (value), 44);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_set_valign (value, GTK_ALIGN_BASELINE);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_INFO, value, NULL)->widget;
}

void
as_warehouse_form_add_note (AsWarehouseForm *self,
                            const char      *text)
{
  g_return_if_fail (AS_IS_WAREHOUSE_FORM (self));
  as_form_grid_add_note (&self->form, text, 52);
}

void
as_warehouse_form_set_visible (AsWarehouseForm *self,
                               const char      *key,
                               gboolean         visible)
{
  g_return_if_fail (AS_IS_WAREHOUSE_FORM (self));
  as_form_grid_set_visible (&self->form, key, visible);
}

/* Returns: (transfer none) (nullable): the value widget of @key */
GtkWidget *
as_warehouse_form_get_widget (AsWarehouseForm *self,
                              const char      *key)
{
  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), NULL);
  return as_form_grid_get_widget (&self->form, key);
}

/* Returns: (transfer full): the entry's text, trimmed */
char *
as_warehouse_form_get_text (AsWarehouseForm *self,
                            const char      *key)
{
  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), NULL);
  return as_form_grid_get_text (&self->form, key);
}

gint64
as_warehouse_form_get_int (AsWarehouseForm *self,
                           const char      *key)
{
  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), 0);
  return as_form_grid_get_int (&self->form, key);
}

/* Returns: (transfer none) (nullable): the code chosen in a drop-down */
const char *
as_warehouse_form_get_choice (AsWarehouseForm *self,
                              const char      *key)
{
  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), NULL);
  return as_form_grid_get_choice (&self->form, key);
}

void
as_warehouse_form_set_choice (AsWarehouseForm *self,
                              const char      *key,
                              const char      *code)
{
  g_return_if_fail (AS_IS_WAREHOUSE_FORM (self));
  as_form_grid_set_choice (&self->form, key, code);
}

/**
 * as_warehouse_form_get_money:
 * @cents: (out): the amount
 *
 * Returns: %TRUE when the field holds an amount; otherwise the form says so
 */
gboolean
as_warehouse_form_get_money (AsWarehouseForm *self,
                             const char      *key,
                             gint64          *cents)
{
  g_return_val_if_fail (AS_IS_WAREHOUSE_FORM (self), FALSE);
  return as_form_grid_get_money (&self->form, key, cents);
}

void
as_warehouse_form_show_error (AsWarehouseForm *self,
                              const char      *message)
{
  g_return_if_fail (AS_IS_WAREHOUSE_FORM (self));
  as_form_grid_show_error (&self->form, message);
}

void
as_warehouse_form_finish (AsWarehouseForm *self,
                          gboolean         done,
                          const GError    *error)
{
  g_return_if_fail (AS_IS_WAREHOUSE_FORM (self));

  if (done)
    gtk_window_destroy (GTK_WINDOW (self));
  else
    as_warehouse_form_show_error (self, error ? error->message : _("The change could not be saved."));
}
