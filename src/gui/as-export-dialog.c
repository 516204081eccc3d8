/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exporting to a spreadsheet: the monthly workbook (choose the month, then
 * the file) or a list as shown (choose the file). The export runs in a
 * worker thread with its own connection; the dialog shows its progress,
 * cancels it, reports a failure in the person's words, and opens the file
 * once it is written. A cancelled or failed export leaves no file behind. */

#include <glib/gi18n.h>

#include "as-export.h"
#include "as-export-dialog.h"
#include "as-labels.h"

struct _AsExportDialog
{
  GtkWindow       parent_instance;

  GtkWidget      *close_button;
  GtkWidget      *export_button;
  GtkWidget      *open_button;
  GtkWidget      *error_box;
  GtkLabel       *error_label;
  GtkStack       *stack;
  GtkDropDown    *month_dropdown;
  GtkSpinButton  *year_spin;
  GtkLabel       *list_label;
  GtkLabel       *progress_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *done_label;

  AsDatabase     *db;
  AsRecordList   *list;           /* a list to export as shown, or NULL */
  char           *title;          /* the list's title */
  GtkFileChooserNative *chooser;  /* while the person picks the file */
  GCancellable   *cancellable;    /* while the export runs */
  char           *path;           /* the workbook being written or written */
  gboolean        closed;
  GtkWindow      *parent;         /* watched: see on_parent_finalized_cb() */
};

G_DEFINE_FINAL_TYPE (AsExportDialog, as_export_dialog, GTK_TYPE_WINDOW)

/* The folder the last workbook went to, offered again during this session. */
static char *last_folder;

/* ---------------------------------------------------------------- helpers */

static gboolean
is_month_mode (AsExportDialog *self)
{
  return self->list == NULL;
}

static int
get_year (AsExportDialog *self)
{
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

static int
get_month (AsExportDialog *self)
{
  return (int) gtk_drop_down_get_selected (self->month_dropdown) + 1;
}

static void
show_message (AsExportDialog *self,
              const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_box, message != NULL);
}

/* The first page: the month to choose, or what the list holds. */
static void
show_setup (AsExportDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, is_month_mode (self) ? "month" : "list");
  gtk_widget_set_visible (self->export_button, TRUE);
  gtk_widget_set_visible (self->open_button, FALSE);
  gtk_button_set_label (GTK_BUTTON (self->close_button), _("_Cancel"));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
  /* Enter exports; the month and year are a mnemonic away (Alt+M, Alt+Y). */
  gtk_widget_grab_focus (self->export_button);
}

static void
describe_list (AsExportDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The %'u record of “%s” as the list shows it now: with "
                                       "its filter, search and sort, its dates as dates and its "
                                       "amounts as numbers.",
                                       "The %'u records of “%s” as the list shows them now: with "
                                       "its filter, search and sort, its dates as dates and its "
                                       "amounts as numbers.", n),
                          n, self->title);
  gtk_label_set_text (self->list_label, text);
}

static char *
suggest_file_name (AsExportDialog *self)
{
  if (is_month_mode (self))
    return as_export_month_file_name (get_year (self), get_month (self));
  return as_export_list_file_name (self->title);
}

static char *
describe_export (AsExportDialog *self)
{
  g_autofree char *month = NULL;

  if (!is_month_mode (self))
    return g_strdup_printf (_("Exporting “%s” to “%s”…"), self->title, self->path);
  month = as_export_month_title (get_year (self), get_month (self));
  return g_strdup_printf (_("Exporting %s to “%s”…"), month, self->path);
}

/* ------------------------------------------------------------- callbacks */

/* The export keeps this object past its window's end, maybe past its
 * parent's: GTK 4.8 would then unset a parent already freed. */
static void
on_parent_finalized_cb (gpointer  user_data,
                        GObject  *parent)
{
  AsExportDialog *self = user_data;

  self->parent = NULL;
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
}

static void
watch_parent (AsExportDialog *self,
              GtkWindow      *parent)
{
  self->parent = parent;
  if (parent != NULL)
    g_object_weak_ref (G_OBJECT (parent), on_parent_finalized_cb, self);
}

static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  AsExportDialog *self = user_data;

  if (!self->closed)
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
on_export_done_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(AsExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean done = as_export_finish (result, &error);

  if (g_application_get_default () != NULL)
    g_application_release (g_application_get_default ());
  g_clear_object (&self->cancellable);
  if (self->closed)
    return;
  if (!done)
    {
      show_setup (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("The export was cancelled. No file was written."));
      else
        show_message (self, error->message);
      return;
    }
  message = g_strdup_printf (_("The workbook was saved as “%s”."), self->path);
  gtk_label_set_text (self->done_label, message);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_set_visible (self->export_button, FALSE);
  gtk_widget_set_visible (self->open_button, TRUE);
  gtk_button_set_label (GTK_BUTTON (self->close_button), _("_Close"));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->open_button);
  gtk_widget_grab_focus (self->open_button);
}

static void
on_file_chosen_cb (AsExportDialog       *self,
                   int                   response,
                   GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    {
      /* A list's export starts at the file chooser: without a file, nothing to show. */
      if (!gtk_widget_get_visible (GTK_WIDGET (self)))
        gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (!g_str_has_suffix (path, ".xlsx"))
    {
      char *with_suffix = g_strconcat (path, ".xlsx", NULL);
      g_free (path);
      path = with_suffix;
    }
  as_export_dialog_export_to (self, path);
}

static gboolean
on_close_request_cb (GtkWindow *window)
{
  AsExportDialog *self = AS_EXPORT_DIALOG (window);

  /* Closing the window stops the export; its file is removed. */
  self->closed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return FALSE;
}

/* --------------------------------------------------------------- actions */

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AsExportDialog *self = AS_EXPORT_DIALOG (widget);

  /* Cancel stops a running export and keeps the dialog to say so. */
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  as_export_dialog_choose_file (AS_EXPORT_DIALOG (widget));
}

/* Ctrl+Q here too: the dialog is modal and not one of the application's
 * windows, so the application's shortcut never reaches it. Quitting closes
 * this dialog, which cancels the export, and waits for its cleanup. */
static void
quit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GApplication *application = g_application_get_default ();

  if (application != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsExportDialog *self = AS_EXPORT_DIALOG (widget);
  g_autofree char *uri = NULL;

  if (self->path == NULL)
    return;
  uri = g_filename_to_uri (self->path, NULL, NULL);
  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  gtk_window_close (GTK_WINDOW (self));
}

/* ------------------------------------------------------------- overrides */

static void
as_export_dialog_dispose (GObject *object)
{
  AsExportDialog *self = AS_EXPORT_DIALOG (object);

  self->closed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  if (self->parent != NULL)
    g_object_weak_unref (G_OBJECT (self->parent), on_parent_finalized_cb, self);
  self->parent = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (as_export_dialog_parent_class)->dispose (object);
}

static void
as_export_dialog_finalize (GObject *object)
{
  AsExportDialog *self = AS_EXPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_free (self->title);
  g_free (self->path);
  G_OBJECT_CLASS (as_export_dialog_parent_class)->finalize (object);
}

static void
as_export_dialog_class_init (AsExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = as_export_dialog_dispose;
  object_class->finalize = as_export_dialog_finalize;
  window_class->close_request = on_close_request_cb;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, open_button);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, list_label);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, AsExportDialog, done_label);

  gtk_widget_class_install_action (widget_class, "export.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "export.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "export.quit", NULL, quit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_q, GDK_CONTROL_MASK, "export.quit",
                                       NULL);
}

static void
as_export_dialog_init (AsExportDialog *self)
{
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) last_month = g_date_time_add_months (now, -1);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (int month = 1; month <= 12; month++)
    gtk_string_list_append (months, as_month_name (month));
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (months));
  /* Managers export the month that has just ended. */
  as_export_dialog_set_month (self, g_date_time_get_year (last_month),
                              g_date_time_get_month (last_month));
}

/* ------------------------------------------------------------- public API */

/**
 * as_export_dialog_new_for_month:
 *
 * Returns: (transfer none): a dialog that exports a month's workbook; it
 *   destroys itself when closed
 */
AsExportDialog *
as_export_dialog_new_for_month (GtkWindow  *parent,
                                AsDatabase *db)
{
  AsExportDialog *self;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  watch_parent (self, parent);
  self->db = g_object_ref (db);
  gtk_window_set_title (GTK_WINDOW (self), _("Export the Monthly Workbook"));
  show_setup (self);
  return self;
}

/**
 * as_export_dialog_new_for_list:
 * @title: the list's title, for the sheet and the file name
 *
 * Returns: (transfer none): a dialog that exports @list's rows as shown; it
 *   destroys itself when closed
 */
AsExportDialog *
as_export_dialog_new_for_list (GtkWindow    *parent,
                               AsRecordList *list,
                               const char   *title)
{
  AsExportDialog *self;

  g_return_val_if_fail (AS_IS_RECORD_LIST (list), NULL);

  self = g_object_new (AS_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  watch_parent (self, parent);
  self->list = g_object_ref (list);
  self->db = g_object_ref (as_record_list_get_database (list));
  self->title = g_strdup (title);
  describe_list (self);
  show_setup (self);
  return self;
}

void
as_export_dialog_set_month (AsExportDialog *self,
                            int             year,
                            int             month)
{
  g_return_if_fail (AS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (month >= 1 && month <= 12);

  gtk_spin_button_set_value (self->year_spin, year);
  gtk_drop_down_set_selected (self->month_dropdown, month - 1);
}

/**
 * as_export_dialog_choose_file:
 *
 * Asks where to save the workbook, then exports to it.
 */
void
as_export_dialog_choose_file (AsExportDialog *self)
{
  GtkWindow *parent = gtk_widget_get_visible (GTK_WIDGET (self))
                      ? GTK_WINDOW (self) : gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  const char *folder = last_folder ? last_folder
                       : documents && g_file_test (documents, G_FILE_TEST_IS_DIR) ? documents
                       : g_get_home_dir ();

  g_return_if_fail (AS_IS_EXPORT_DIALOG (self));

  if (self->chooser != NULL || self->cancellable != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Save the Workbook"), parent,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = suggest_file_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  if (folder != NULL)
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), dir, NULL);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_file_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * as_export_dialog_export_to:
 * @path: the workbook to write; an existing file is replaced only on success
 *
 * Starts the export in the background and shows its progress.
 */
void
as_export_dialog_export_to (AsExportDialog *self,
                            const char     *path)
{
  g_autofree char *description = NULL;

  g_return_if_fail (AS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  if (self->cancellable != NULL)
    return;
  g_free (self->path);
  self->path = g_canonicalize_filename (path, NULL);
  g_free (last_folder);
  last_folder = g_path_get_dirname (self->path);

  show_message (self, NULL);
  description = describe_export (self);
  gtk_label_set_text (self->progress_label, description);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_visible (self->export_button, FALSE);
  gtk_widget_grab_focus (self->close_button);
  gtk_window_present (GTK_WINDOW (self));

  self->cancellable = g_cancellable_new ();
  /* Closing the last window cancels the export; the program waits for the
   * worker to remove its temporary file before it ends. */
  if (g_application_get_default () != NULL)
    g_application_hold (g_application_get_default ());
  if (is_month_mode (self))
    as_export_month_async (self->db, get_year (self), get_month (self), self->path,
                           on_progress_cb, self, self->cancellable, on_export_done_cb,
                           g_object_ref (self));
  else
    as_export_list_async (self->db, as_record_list_dup_query (self->list), self->title,
                          self->path, on_progress_cb, self, self->cancellable, on_export_done_cb,
                          g_object_ref (self));
}

gboolean
as_export_dialog_is_busy (AsExportDialog *self)
{
  g_return_val_if_fail (AS_IS_EXPORT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

/* Returns: the page shown: "month", "list", "progress" or "done"; for tests */
const char *
as_export_dialog_get_state (AsExportDialog *self)
{
  g_return_val_if_fail (AS_IS_EXPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
