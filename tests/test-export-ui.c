/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The export dialogs in-process under Xvfb: the monthly workbook written in
 * the background with its progress, Cancel stopping it with nothing left on
 * disk, and a list's "Export to Spreadsheet…" going through the file chooser
 * as a person would, writing the rows the list shows in its order. */

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "as-export-dialog.h"
#include "as-list-view.h"
#include "as-lists.h"
#include "test-ui-util.h"
#include "test-util.h"

#define MONTH "2026-03"

/* ---------------------------------------------------------------- helpers */

static void
fill_month (AsDatabase *db,
            guint       n)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_exec (db,
                                   "INSERT INTO staff (id, name, roles) VALUES (1, 'Tomás Técnico', 2);"
                                   "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-100', 'Lavadora');"
                                   "INSERT INTO customers (id, name) VALUES (1, 'Ana García'), (2, 'Bruno Díaz');",
                                   &error));
  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (db),
                                       "INSERT INTO repair_orders (customer_id, model_id, serial, fault,"
                                       " received_at, technician_id) VALUES (?1, 1, ?2, 'No enciende', ?3, 1)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *serial = g_strdup_printf ("SN%06u", n - i);
      g_autofree char *received = g_strdup_printf (MONTH "-%02u %02u:%02u:00", 1 + i % 28,
                                                   8 + i / 60 % 10, i % 60);

      sqlite3_bind_int64 (stmt, 1, 1 + i % 2);
      sqlite3_bind_text (stmt, 2, serial, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, received, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  g_assert_true (as_database_commit (db, &error));
}

static gboolean
is_state (gpointer data)
{
  AsExportDialog *dialog = data;
  const char *wanted = g_object_get_data (G_OBJECT (dialog), "wanted-state");

  return !as_export_dialog_is_busy (dialog) &&
         g_strcmp0 (as_export_dialog_get_state (dialog), wanted) == 0;
}

static gboolean
wait_for_state (AsExportDialog *dialog,
                const char     *state)
{
  g_object_set_data (G_OBJECT (dialog), "wanted-state", (gpointer) state);
  return wait_for (is_state, dialog, 30000);
}

static void
destroy_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static gboolean
folder_is_empty (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);

  return handle != NULL && g_dir_read_name (handle) == NULL;
}

/* ----------------------------------------------------------------- tests */

static void
test_month_dialog (AsTestDb      *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "month.xlsx", NULL);
  AsExportDialog *dialog;

  fill_month (fixture->db, 500);
  dialog = as_export_dialog_new_for_month (NULL, fixture->db);
  as_export_dialog_set_month (dialog, 2026, 3);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wait_for (is_mapped, dialog, 5000));
  g_assert_cmpstr (as_export_dialog_get_state (dialog), ==, "month");

  as_export_dialog_export_to (dialog, path);
  g_assert_true (as_export_dialog_is_busy (dialog));
  g_assert_true (wait_for_state (dialog, "done"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "month.xlsx"));
  /* A long file name wraps: the dialog stays a dialog's width. */
  spin (100);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <, 720);
  destroy_window (dialog);
}

static void
test_cancel (AsTestDb      *fixture,
             gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *path = g_build_filename (dir, "month.xlsx", NULL);
  AsExportDialog *dialog;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  fill_month (fixture->db, 5000);
  dialog = as_export_dialog_new_for_month (NULL, fixture->db);
  as_export_dialog_set_month (dialog, 2026, 3);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wait_for (is_mapped, dialog, 5000));

  as_export_dialog_export_to (dialog, path);
  g_assert_cmpstr (as_export_dialog_get_state (dialog), ==, "progress");
  /* Cancel, as the header bar's button or Escape does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.close", NULL));
  g_assert_true (wait_for_state (dialog, "month"));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "cancelled"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (folder_is_empty (dir));
  destroy_window (dialog);
}

/* A folder that cannot be written: the reason is shown, and the person can
 * choose another file at once. */
static void
test_failure_shown (AsTestDb      *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "month.xlsx", NULL);
  AsExportDialog *dialog;

  fill_month (fixture->db, 50);
  dialog = as_export_dialog_new_for_month (NULL, fixture->db);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wait_for (is_mapped, dialog, 5000));

  as_export_dialog_export_to (dialog, path);
  g_assert_true (wait_for_state (dialog, "month"));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "Cannot write in the folder"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose-file", NULL));
  destroy_window (dialog);
}

static gboolean
is_file_chooser (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        {
          *(GtkWindow **) data = window;
          return TRUE;
        }
    }
  return FALSE;
}

static AsExportDialog *
find_export_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (AS_IS_EXPORT_DIALOG (window))
        return AS_EXPORT_DIALOG (window);
    }
  return NULL;
}

static char *
list_ids (AsRecordList *list)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(AsRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? "," : "", as_record_get_id (record));
    }
  return g_string_free (ids, FALSE);
}

static void
test_list_export (AsTestDb      *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "register.xlsx", NULL);
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_repairs_list);
  g_autofree char *ids = NULL;
  g_autofree char *name = NULL;
  g_autofree char *errors = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *view = as_list_view_new ();
  GtkWindow *chooser = NULL;
  AsExportDialog *dialog;
  const char *argv[10];
  int status = -1;

  fill_month (fixture->db, 400);
  as_record_list_reload (list);
  as_list_view_set_list (AS_LIST_VIEW (view), list);
  gtk_stack_add_titled (GTK_STACK (stack), view, "register", "Repair register");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, view, 5000));

  /* What the list shows: Ana García's repairs, by serial number. */
  as_record_list_set_search (list, "garcia");
  g_assert_true (as_record_list_set_sort (list, "serial", FALSE));
  ids = list_ids (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 200);

  /* The list's action asks for a file, named after the list's title. */
  g_assert_true (gtk_widget_activate_action (view, "list.export", NULL));
  g_assert_true (wait_for (is_file_chooser, &chooser, 10000));
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_true (g_str_has_prefix (name, "Repair register "));
  g_assert_true (g_str_has_suffix (name, ".xlsx"));
  /* The chooser is GTK's own; the file it would give is handed over here. */
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  as_export_dialog_export_to (dialog, path);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (wait_for_state (dialog, "done"));

  argv[0] = g_getenv ("PYTHON");
  argv[1] = g_getenv ("EXPORT_CHECK");
  argv[2] = "list";
  argv[3] = path;
  argv[4] = "--title";
  argv[5] = "Repair register";
  argv[6] = "--ids";
  argv[7] = ids;
  argv[8] = NULL;
  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &errors, &status,
                NULL);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_fail_printf ("the workbook does not read back as expected:\n%s", errors);

  destroy_window (dialog);
  destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  /* The file chooser never uses a portal here. */
  g_setenv ("GTK_USE_PORTAL", "0", TRUE);
  home = init_test_display ();
  if (home == NULL)
    return 0;

#define ADD(name, func) g_test_add (name, AsTestDb, NULL, as_test_db_setup, func, as_test_db_teardown)
  ADD ("/ui/export/month-dialog", test_month_dialog);
  ADD ("/ui/export/cancel", test_cancel);
  ADD ("/ui/export/failure-shown", test_failure_shown);
  ADD ("/ui/export/list", test_list_export);
#undef ADD

  status = g_test_run ();
  as_test_remove_tree (home);
  return status;
}
