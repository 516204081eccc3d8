/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Preferences of the warehouse: the ABC thresholds and the usual loan
 * period of a loaner unit. Saved on Apply, all or none, by a supervisor or
 * a manager (the store refuses anyone else, and the page says so). */

#include <glib/gi18n.h>

#include "as-abc.h"
#include "as-directory.h"
#include "as-settings.h"
#include "as-warehouse-preferences.h"

#define LOAN_DAYS_KEY "loaner.days"

struct _AsWarehousePreferences
{
  GtkWidget      parent_instance;

  GtkSpinButton *a_spin;
  GtkSpinButton *b_spin;
  GtkLabel      *c_label;
  GtkSpinButton *days_spin;
  GtkWidget     *apply_button;
  GtkLabel      *status_label;

  AsDatabase    *db;
};

G_DEFINE_FINAL_TYPE (AsWarehousePreferences, as_warehouse_preferences, GTK_TYPE_WIDGET)

static void
show_status (AsWarehousePreferences *self,
             const char             *text,
             gboolean                error)
{
  gtk_label_set_text (self->status_label, text);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
on_threshold_changed_cb (AsWarehousePreferences *self,
                         GtkSpinButton          *spin)
{
  int rest = 100 - gtk_spin_button_get_value_as_int (self->a_spin)
                 - gtk_spin_button_get_value_as_int (self->b_spin);
  g_autofree char *text = rest >= 0 ? g_strdup_printf (_("%d %%, the rest"), rest)
                                    : g_strdup (_("nothing: A and B take more than 100 %"));

  gtk_label_set_text (self->c_label, text);
}

static void
on_apply_clicked_cb (AsWarehousePreferences *self,
                     GtkButton              *button)
{
  g_autoptr(GError) error = NULL;
  AsAbcThresholds t;

  gtk_spin_button_update (self->a_spin);
  gtk_spin_button_update (self->b_spin);
  gtk_spin_button_update (self->days_spin);
  t.a_percent = gtk_spin_button_get_value_as_int (self->a_spin);
  t.b_percent = gtk_spin_button_get_value_as_int (self->b_spin);
  if (!as_database_begin (self->db, &error) ||
      !as_abc_set_thresholds (self->db, &t, &error) ||
      !as_settings_set_int (self->db, LOAN_DAYS_KEY,
                            gtk_spin_button_get_value_as_int (self->days_spin), &error) ||
      !as_database_commit (self->db, &error))
    {
      as_database_rollback (self->db);
      show_status (self, error->message, TRUE);
      return;
    }
  show_status (self, _("Saved; every part was classified again."), FALSE);
}

static void
load (AsWarehousePreferences *self)
{
  AsAbcThresholds t;

  as_abc_get_thresholds (self->db, &t);
  gtk_spin_button_set_value (self->a_spin, t.a_percent);
  gtk_spin_button_set_value (self->b_spin, t.b_percent);
  gtk_spin_button_set_value (self->days_spin, as_settings_get_int (self->db, LOAN_DAYS_KEY, 14));
  on_threshold_changed_cb (self, NULL);
  if (!as_staff_may (self->db, AS_MANAGER_ROLES))
    {
      gtk_widget_set_sensitive (self->apply_button, FALSE);
      show_status (self, _("Only a service supervisor or a branch manager may change these."),
                   FALSE);
    }
}

static void
as_warehouse_preferences_dispose (GObject *object)
{
  AsWarehousePreferences *self = AS_WAREHOUSE_PREFERENCES (object);
  GtkWidget *child;

  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_WAREHOUSE_PREFERENCES);
  /* The template's top widget has no id: dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (as_warehouse_preferences_parent_class)->dispose (object);
}

static void
as_warehouse_preferences_class_init (AsWarehousePreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_warehouse_preferences_dispose;
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-warehouse-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, AsWarehousePreferences, a_spin);
  gtk_widget_class_bind_template_child (widget_class, AsWarehousePreferences, b_spin);
  gtk_widget_class_bind_template_child (widget_class, AsWarehousePreferences, c_label);
  gtk_widget_class_bind_template_child (widget_class, AsWarehousePreferences, days_spin);
  gtk_widget_class_bind_template_child (widget_class, AsWarehousePreferences, apply_button);
  gtk_widget_class_bind_template_child (widget_class, AsWarehousePreferences, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_threshold_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
as_warehouse_preferences_init (AsWarehousePreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * as_warehouse_preferences_new:
 *
 * Returns: (transfer full): the Warehouse page of the preferences
 */
GtkWidget *
as_warehouse_preferences_new (AsDatabase *db)
{
  AsWarehousePreferences *self;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_WAREHOUSE_PREFERENCES, NULL);
  self->db = g_object_ref (db);
  load (self);
  return GTK_WIDGET (self);
}
