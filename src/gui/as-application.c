/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: options, the database, who is acting, app-wide actions. */

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "as-application.h"
#include "as-cli.h"
#include "as-directory.h"
#include "as-export-dialog.h"
#include "as-identity-dialog.h"
#include "as-preferences-window.h"
#include "as-window.h"

struct _AsApplication
{
  GtkApplication  parent_instance;

  AsCliOptions    options;
  AsDatabase     *db;
  GError         *open_error;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (AsApplication, as_application, GTK_TYPE_APPLICATION)

/* ---------------------------------------------------------------- helpers */

static GtkWindow *
get_main_window (AsApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void
open_database (AsApplication *self)
{
  g_autofree char *path = NULL;

  if (self->options.database != NULL)
    path = g_strdup (self->options.database);
  else
    {
      g_autofree char *dir = NULL;
      path = as_database_default_path ();
      dir = g_path_get_dirname (path);
      g_mkdir_with_parents (dir, 0700);
    }
  self->db = as_database_open (path, &self->open_error);
}

/* Takes back the remembered staff member when they still exist. */
static void
restore_actor (AsApplication *self)
{
  gint64 staff_id = g_settings_get_int64 (self->settings, "acting-staff-id");

  if (staff_id > 0 && as_staff_exists (self->db, staff_id))
    as_database_set_actor (self->db, staff_id);
}

static void
show_open_error (AsApplication *self)
{
  GtkWidget *dialog = gtk_message_dialog_new (NULL, GTK_DIALOG_MODAL, GTK_MESSAGE_ERROR,
                                              GTK_BUTTONS_CLOSE, "%s",
                                              _("The database cannot be opened"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            self->open_error->message);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (gtk_window_destroy), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GTK 4.8 does not load the application's style sheet by itself. */
static void
load_style_sheet (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/org/example/AfterSales/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* --------------------------------------------------------------- actions */

static void
choose_actor_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  as_application_choose_actor (AS_APPLICATION (user_data));
}

static void
export_month_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  AsApplication *self = user_data;

  if (self->db != NULL)
    gtk_window_present (GTK_WINDOW (as_export_dialog_new_for_month (get_main_window (self),
                                                                    self->db)));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  AsApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (as_preferences_window_new (get_main_window (self),
                                                             self->settings, self->db)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *const authors[] = { "AfterSales developers", NULL };

  gtk_show_about_dialog (get_main_window (user_data),
                         "program-name", _("AfterSales"),
                         "logo-icon-name", AS_APP_ID,
                         "version", AS_VERSION,
                         "comments", _("Complaints, repairs, spare parts, tools and surveys "
                                       "of an after-sales service department"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* Closes the export dialogs, then the window. A running export's dialog
 * cancels it on closing and holds the application until its worker has
 * removed the unfinished file: quitting at once would end the process with
 * that file still on disk, so then the program ends when the hold is
 * released. */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) dialogs = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWindow *window = get_main_window (user_data);
  gboolean exporting = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (AS_IS_EXPORT_DIALOG (toplevel))
        {
          exporting |= as_export_dialog_is_busy (AS_EXPORT_DIALOG (toplevel));
          g_ptr_array_add (dialogs, g_steal_pointer (&toplevel));
        }
    }
  for (guint i = 0; i < dialogs->len; i++)
    gtk_window_close (g_ptr_array_index (dialogs, i));
  if (window != NULL)
    gtk_window_close (window);
  if (!exporting)
    g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "choose-actor", choose_actor_action },
  { "export-month", export_month_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

/* ------------------------------------------------------------- callbacks */

static void
on_actor_chosen_cb (AsApplication    *self,
                    gint64            staff_id,
                    AsIdentityDialog *dialog)
{
  as_application_set_actor (self, staff_id);
}

/* ------------------------------------------------------------- overrides */

static int
as_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  AsApplication *self = AS_APPLICATION (application);

  if (as_cli_wants_command (&self->options))
    return as_cli_run (&self->options);
  return -1;
}

static void
as_application_startup (GApplication *application)
{
  AsApplication *self = AS_APPLICATION (application);
  static const char *const quit_accels[] = { "<Control>q", NULL };
  static const char *const find_accels[] = { "<Control>f", NULL };
  static const char *const export_accels[] = { "<Control>e", NULL };

  G_APPLICATION_CLASS (as_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.find", find_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.export-month",
                                         export_accels);

  load_style_sheet ();
  self->settings = g_settings_new (AS_APP_ID);
  open_database (self);
  if (self->db != NULL)
    restore_actor (self);
}

static void
as_application_activate (GApplication *application)
{
  AsApplication *self = AS_APPLICATION (application);
  GtkWindow *window = get_main_window (self);

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  if (self->db == NULL)
    {
      show_open_error (self);
      return;
    }

  window = GTK_WINDOW (as_window_new (self, self->db));
  gtk_window_present (window);
  if (as_database_get_actor (self->db) == 0 && !as_database_is_empty (self->db))
    as_application_choose_actor (self);
}

static void
as_application_shutdown (GApplication *application)
{
  AsApplication *self = AS_APPLICATION (application);

  g_clear_object (&self->db);
  G_APPLICATION_CLASS (as_application_parent_class)->shutdown (application);
}

static void
as_application_finalize (GObject *object)
{
  AsApplication *self = AS_APPLICATION (object);

  as_cli_options_clear (&self->options);
  g_clear_error (&self->open_error);
  g_clear_object (&self->settings);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_application_parent_class)->finalize (object);
}

static void
as_application_class_init (AsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = as_application_finalize;
  app_class->handle_local_options = as_application_handle_local_options;
  app_class->startup = as_application_startup;
  app_class->activate = as_application_activate;
  app_class->shutdown = as_application_shutdown;
}

static void
as_application_init (AsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self),
                                         as_cli_get_option_entries (&self->options));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("The after-sales service department’s program."));
}

/* ------------------------------------------------------------- public API */

AsApplication *
as_application_new (void)
{
  return g_object_new (AS_TYPE_APPLICATION,
                       "application-id", AS_APP_ID,
                       "resource-base-path", "/org/example/AfterSales",
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * as_application_get_database:
 *
 * Returns: (transfer none) (nullable): the open database, %NULL when it could not be opened
 */
AsDatabase *
as_application_get_database (AsApplication *self)
{
  g_return_val_if_fail (AS_IS_APPLICATION (self), NULL);
  return self->db;
}

/**
 * as_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
as_application_get_settings (AsApplication *self)
{
  g_return_val_if_fail (AS_IS_APPLICATION (self), NULL);
  return self->settings;
}

/* Makes @staff_id the person every write is attributed to, and remembers them. */
void
as_application_set_actor (AsApplication *self,
                          gint64         staff_id)
{
  g_return_if_fail (AS_IS_APPLICATION (self));
  g_return_if_fail (self->db != NULL);

  as_database_set_actor (self->db, staff_id);
  g_settings_set_int64 (self->settings, "acting-staff-id", staff_id);
}

void
as_application_choose_actor (AsApplication *self)
{
  AsIdentityDialog *dialog;

  g_return_if_fail (AS_IS_APPLICATION (self));

  if (self->db == NULL)
    return;
  dialog = as_identity_dialog_new (get_main_window (self), self->db);
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (on_actor_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}
