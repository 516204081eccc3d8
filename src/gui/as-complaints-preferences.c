/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Preferences for complaint handling (SPEC C3, C6, C7): which department each
 * subject category goes to, the time to answer and the repeat window. A rule
 * is saved as soon as it is chosen; the deadlines on Apply, all or none; the
 * store refuses both to anyone but a supervisor or a manager, and the page
 * says so. */

#include <glib/gi18n.h>

#include "as-complaint-store.h"
#include "as-complaints-preferences.h"
#include "as-directory.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-settings.h"

struct _AsComplaintsPreferences
{
  GtkWidget      parent_instance;

  GtkWidget     *scroller;
  GtkGrid       *routes_grid;
  GtkLabel      *routes_status;
  GtkSpinButton *response_spin;
  GtkSpinButton *urgent_spin;
  GtkSpinButton *repeat_spin;
  GtkWidget     *apply_button;
  GtkLabel      *deadlines_status;

  AsDatabase    *db;
  GArray        *department_ids;   /* the drop-downs' entries after "Default" */
  gboolean       loading;
};

G_DEFINE_FINAL_TYPE (AsComplaintsPreferences, as_complaints_preferences, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static void
show_status (GtkLabel   *label,
             const char *text,
             gboolean    error)
{
  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

static guint
position_of (AsComplaintsPreferences *self,
             gint64                   department_id)
{
  for (guint i = 0; department_id != 0 && i < self->department_ids->len; i++)
    if (g_array_index (self->department_ids, gint64, i) == department_id)
      return i + 1;
  return 0;
}

/* "Default (Producción)", then every department. */
static GListModel *
create_department_model (AsComplaintsPreferences *self,
                         GPtrArray               *departments,
                         const char              *category)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 fallback = as_complaint_store_get_default_route (self->db, category);
  g_autofree char *fallback_name = NULL;
  g_autofree char *first = NULL;

  for (guint i = 0; i < departments->len; i++)
    if (as_row_get_int (departments->pdata[i], "id") == fallback)
      fallback_name = g_strdup (g_hash_table_lookup (departments->pdata[i], "name"));
  /* Translators: the routing rule that follows the default; %s is its department */
  first = fallback_name ? g_strdup_printf (_("Default (%s)"), fallback_name)
                        : g_strdup (_("Default (no department yet)"));
  gtk_string_list_append (names, first);
  for (guint i = 0; i < departments->len; i++)
    gtk_string_list_append (names, g_hash_table_lookup (departments->pdata[i], "name"));
  return G_LIST_MODEL (names);
}

static void
on_rule_selected_cb (GtkDropDown             *drop_down,
                     GParamSpec              *pspec,
                     AsComplaintsPreferences *self);

static void
add_route_row (AsComplaintsPreferences *self,
               GPtrArray               *departments,
               const char              *category,
               int                      row)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (as_code_get_label (category));
  g_autoptr(GListModel) model = create_department_model (self, departments, category);
  GtkWidget *drop_down = gtk_drop_down_new (g_object_ref (model), NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
  gtk_widget_set_hexpand (drop_down, TRUE);
  g_object_set_data_full (G_OBJECT (drop_down), "category", g_strdup (category), g_free);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down),
                              position_of (self, as_complaint_store_get_rule (self->db, category)));
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (on_rule_selected_cb), self);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_grid_attach (self->routes_grid, label, 0, row, 1, 1);
  gtk_grid_attach (self->routes_grid, drop_down, 1, row, 1, 1);
}

static void
load_routes (AsComplaintsPreferences *self)
{
  g_autoptr(GPtrArray) departments = as_complaint_store_list_departments (self->db);
  const char *const *categories = as_complaint_categories ();

  self->loading = TRUE;
  as_gui_clear_container (GTK_WIDGET (self->routes_grid));
  g_array_set_size (self->department_ids, 0);
  for (guint i = 0; i < departments->len; i++)
    {
      gint64 id = as_row_get_int (departments->pdata[i], "id");
      g_array_append_val (self->department_ids, id);
    }
  for (int i = 0; categories[i] != NULL; i++)
    add_route_row (self, departments, categories[i], i);
  self->loading = FALSE;
}

static void
load_deadlines (AsComplaintsPreferences *self)
{
  self->loading = TRUE;
  gtk_spin_button_set_value (self->response_spin, as_settings_get_int (
                               self->db, AS_SETTING_COMPLAINT_RESPONSE_DAYS, 3));
  gtk_spin_button_set_value (self->urgent_spin, as_settings_get_int (
                               self->db, AS_SETTING_COMPLAINT_URGENT_HOURS, 4));
  gtk_spin_button_set_value (self->repeat_spin, as_settings_get_int (
                               self->db, AS_SETTING_COMPLAINT_REPEAT_DAYS, 90));
  gtk_widget_set_sensitive (self->apply_button, FALSE);
  self->loading = FALSE;
}

/* ------------------------------------------------------------- callbacks */

static void
on_rule_selected_cb (GtkDropDown             *drop_down,
                     GParamSpec              *pspec,
                     AsComplaintsPreferences *self)
{
  g_autoptr(GError) error = NULL;
  const char *category = g_object_get_data (G_OBJECT (drop_down), "category");
  guint selected = gtk_drop_down_get_selected (drop_down);
  gint64 department = selected > 0 && selected <= self->department_ids->len
                      ? g_array_index (self->department_ids, gint64, selected - 1) : 0;
  g_autofree char *done = NULL;

  if (self->loading)
    return;
  if (!as_complaint_store_set_rule (self->db, category, department, &error))
    {
      show_status (self->routes_status, error->message, TRUE);
      self->loading = TRUE;
      gtk_drop_down_set_selected (drop_down, position_of (self, as_complaint_store_get_rule (
                                                            self->db, category)));
      self->loading = FALSE;
      return;
    }
  /* Translators: %s is a subject category of complaints */
  done = g_strdup_printf (_("Saved: new contacts about “%s” go to the department chosen."),
                          as_code_get_label (category));
  show_status (self->routes_status, done, FALSE);
}

static void
on_deadlines_changed_cb (AsComplaintsPreferences *self)
{
  if (self->loading)
    return;
  gtk_widget_set_sensitive (self->apply_button, TRUE);
  show_status (self->deadlines_status, _("Not saved yet. Press Apply to keep the changes."),
               FALSE);
}

static void
on_apply_cb (AsComplaintsPreferences *self)
{
  g_autoptr(GError) error = NULL;

  if (!as_complaint_store_set_deadlines (self->db,
                                         gtk_spin_button_get_value_as_int (self->response_spin),
                                         gtk_spin_button_get_value_as_int (self->urgent_spin),
                                         gtk_spin_button_get_value_as_int (self->repeat_spin),
                                         &error))
    {
      show_status (self->deadlines_status, error->message, TRUE);
      return;
    }
  gtk_widget_set_sensitive (self->apply_button, FALSE);
  show_status (self->deadlines_status, _("Saved. Contacts registered from now on use these "
                                         "deadlines."), FALSE);
}

static void
on_database_changed_cb (AsComplaintsPreferences *self,
                        const char              *table,
                        AsDatabase              *db)
{
  if (g_strcmp0 (table, "departments") == 0)
    load_routes (self);
}

/* ------------------------------------------------------------- overrides */

static void
as_complaints_preferences_dispose (GObject *object)
{
  AsComplaintsPreferences *self = AS_COMPLAINTS_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_COMPLAINTS_PREFERENCES);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_complaints_preferences_parent_class)->dispose (object);
}

static void
as_complaints_preferences_finalize (GObject *object)
{
  g_array_unref (AS_COMPLAINTS_PREFERENCES (object)->department_ids);
  G_OBJECT_CLASS (as_complaints_preferences_parent_class)->finalize (object);
}

static void
as_complaints_preferences_class_init (AsComplaintsPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_complaints_preferences_dispose;
  object_class->finalize = as_complaints_preferences_finalize;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-complaints-preferences.ui");
#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsPreferences, name)
  BIND (scroller);
  BIND (routes_grid);
  BIND (routes_status);
  BIND (response_spin);
  BIND (urgent_spin);
  BIND (repeat_spin);
  BIND (apply_button);
  BIND (deadlines_status);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_deadlines_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
as_complaints_preferences_init (AsComplaintsPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* ------------------------------------------------------------- public API */

/**
 * as_complaints_preferences_new:
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
as_complaints_preferences_new (AsDatabase *db)
{
  AsComplaintsPreferences *self;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_COMPLAINTS_PREFERENCES, NULL);
  self->db = g_object_ref (db);
  load_routes (self);
  load_deadlines (self);
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
