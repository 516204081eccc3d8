/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The preferences: the company name and logo printed on documents. Every
 * control writes to GSettings at once, so there is nothing to apply. */

#include <glib/gi18n.h>

#include "as-preferences-window.h"

#define LOGO_KEY "company-logo"

struct _AsPreferencesWindow
{
  GtkWindow             parent_instance;

  GtkEntry             *name_entry;
  GtkImage             *logo_image;
  GtkLabel             *logo_label;
  GtkButton            *remove_button;

  GSettings            *settings;
  GtkFileChooserNative *chooser;   /* while the person picks a logo */
};

G_DEFINE_FINAL_TYPE (AsPreferencesWindow, as_preferences_window, GTK_TYPE_WINDOW)

enum { PROP_0, PROP_SETTINGS, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------- helpers */

static void
show_no_logo (AsPreferencesWindow *self)
{
  gtk_image_clear (self->logo_image);
  gtk_widget_set_visible (GTK_WIDGET (self->logo_image), FALSE);
  gtk_label_set_text (self->logo_label, _("No logo"));
  gtk_widget_add_css_class (GTK_WIDGET (self->logo_label), "dim-label");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->logo_label), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), FALSE);
}

/* A logo moved or deleted since it was chosen is said so here, before a
 * document is printed without it. */
static void
show_logo (AsPreferencesWindow *self,
           const char          *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *display_path = g_filename_display_name (path);
  gboolean exists = g_file_test (path, G_FILE_TEST_IS_REGULAR);
  g_autofree char *tooltip = NULL;

  if (exists)
    gtk_image_set_from_file (self->logo_image, path);
  else
    gtk_image_set_from_icon_name (self->logo_image, "dialog-warning-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->logo_image), TRUE);

  tooltip = exists ? g_strdup (display_path)
                   : g_strdup_printf (_("“%s” cannot be found"), display_path);
  gtk_label_set_text (self->logo_label, name);
  gtk_widget_remove_css_class (GTK_WIDGET (self->logo_label), "dim-label");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->logo_label), tooltip);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), TRUE);
}

static void
update_logo (AsPreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, LOGO_KEY);

  if (*path == '\0')
    show_no_logo (self);
  else
    show_logo (self, path);
}

static GtkFileFilter *
new_image_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_pixbuf_formats (filter);
  return filter;
}

/* ------------------------------------------------------------- callbacks */

static void
on_logo_changed_cb (AsPreferencesWindow *self,
                    const char          *key,
                    GSettings           *settings)
{
  update_logo (self);
}

static void
on_chooser_response_cb (AsPreferencesWindow  *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    g_settings_set_string (self->settings, LOGO_KEY, path);
  g_clear_object (&self->chooser);
}

static void
on_choose_clicked_cb (AsPreferencesWindow *self,
                      GtkButton           *button)
{
  g_autoptr(GtkFileFilter) filter = new_image_filter ();
  g_autofree char *current = g_settings_get_string (self->settings, LOGO_KEY);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose the Company Logo"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (*current != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (current);
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), file, NULL);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_remove_clicked_cb (AsPreferencesWindow *self,
                      GtkButton           *button)
{
  g_settings_reset (self->settings, LOGO_KEY);
}

/* ------------------------------------------------------------- overrides */

static void
as_preferences_window_constructed (GObject *object)
{
  AsPreferencesWindow *self = AS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (as_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "company-name", self->name_entry, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::" LOGO_KEY, G_CALLBACK (on_logo_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_logo (self);
}

static void
as_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AsPreferencesWindow *self = AS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AsPreferencesWindow *self = AS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_preferences_window_dispose (GObject *object)
{
  AsPreferencesWindow *self = AS_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (as_preferences_window_parent_class)->dispose (object);
}

static void
as_preferences_window_class_init (AsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = as_preferences_window_constructed;
  object_class->set_property = as_preferences_window_set_property;
  object_class->get_property = as_preferences_window_get_property;
  object_class->dispose = as_preferences_window_dispose;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AsPreferencesWindow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, AsPreferencesWindow, logo_image);
  gtk_widget_class_bind_template_child (widget_class, AsPreferencesWindow, logo_label);
  gtk_widget_class_bind_template_child (widget_class, AsPreferencesWindow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
as_preferences_window_init (AsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------- public API */

/**
 * as_preferences_window_new:
 * @parent: (nullable): the main window
 * @settings: the application's settings, written as the person edits
 *
 * Returns: (transfer none): a new window, not yet shown; it destroys itself
 *   when closed
 */
AsPreferencesWindow *
as_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (AS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);
}
