/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Quitting (Ctrl+Q) while the monthly workbook is being written: the export
 * is cancelled and the program ends only once its worker has removed the
 * hidden unfinished file, so nothing is left in the chosen folder; and the
 * main window closed while an export runs leaves its dialog working. */

#include <locale.h>
#include <glib/gstdio.h>

#include "as-application.h"
#include "as-export-dialog.h"
#include "test-ui-util.h"
#include "test-util.h"

typedef struct
{
  AsApplication  *app;
  AsDatabase     *db;
  char           *path;
  AsExportDialog *dialog;
  gboolean        quit_while_busy;
} QuitRun;

/* Enough repairs in one month that the export is still running when the
 * person quits. */
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
                                   "INSERT INTO customers (id, name) VALUES (1, 'Ana García');",
                                   &error));
  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (db),
                                       "INSERT INTO repair_orders (customer_id, model_id, serial, fault,"
                                       " received_at, technician_id) VALUES (1, 1, ?1, 'No enciende', ?2, 1)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *serial = g_strdup_printf ("SN%06u", i);
      g_autofree char *received = g_strdup_printf ("2026-03-%02u %02u:%02u:00", 1 + i % 28,
                                                   8 + i / 60 % 10, i % 60);

      sqlite3_bind_text (stmt, 1, serial, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, received, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  g_assert_true (as_database_commit (db, &error));
}

static gboolean
folder_is_empty (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);

  return handle != NULL && g_dir_read_name (handle) == NULL;
}

/* Ctrl+Q in the export dialog (modal, so where the keyboard is), once the
 * unfinished workbook is on disk. */
static gboolean
quit_cb (gpointer data)
{
  QuitRun *run = data;
  g_autofree char *dir = g_path_get_dirname (run->path);

  if (folder_is_empty (dir) && as_export_dialog_is_busy (run->dialog))
    return G_SOURCE_CONTINUE;
  run->quit_while_busy = as_export_dialog_is_busy (run->dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (run->dialog), "export.quit", NULL));
  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                QuitRun      *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* Kept to ask it, once the program has ended, whether its export ended too. */
  run->dialog = g_object_ref (as_export_dialog_new_for_month (window, run->db));
  as_export_dialog_set_month (run->dialog, 2026, 3);
  as_export_dialog_export_to (run->dialog, run->path);
  g_timeout_add (5, quit_cb, run);
}

static void
test_quit_during_export (AsTestDb      *fixture,
                         gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *path = g_build_filename (dir, "month.xlsx", NULL);
  QuitRun run = { 0 };

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  fill_month (fixture->db, 20000);
  run.app = as_application_new ();
  run.db = fixture->db;
  run.path = path;
  g_application_set_flags (G_APPLICATION (run.app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (run.app, "activate", G_CALLBACK (on_activate_cb), &run);

  g_application_run (G_APPLICATION (run.app), 0, NULL);

  g_assert_true (run.quit_while_busy);
  /* The program has ended after the export, and nothing of the workbook remains. */
  g_assert_false (as_export_dialog_is_busy (run.dialog));
  g_assert_true (folder_is_empty (dir));
  g_clear_object (&run.dialog);
  g_clear_object (&run.app);
}

static gboolean
is_idle (gpointer data)
{
  return !as_export_dialog_is_busy (data);
}

/* The window closed while the export runs, the dialog after it: nothing
 * refers to the window once it is gone (GLib warnings are fatal here). */
static void
test_window_closed_first (AsTestDb      *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "month.xlsx", NULL);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  AsExportDialog *dialog;

  fill_month (fixture->db, 5000);
  gtk_window_present (window);
  dialog = g_object_ref (as_export_dialog_new_for_month (window, fixture->db));
  as_export_dialog_set_month (dialog, 2026, 3);
  as_export_dialog_export_to (dialog, path);
  gtk_window_destroy (window);
  spin (50);
  g_assert_true (wait_for (is_idle, dialog, 30000));
  gtk_window_close (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  spin (50);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  home = init_test_display ();
  if (home == NULL)
    return 0;

  g_test_add ("/ui/export/quit-during-export", AsTestDb, NULL, as_test_db_setup,
              test_quit_during_export, as_test_db_teardown);
  g_test_add ("/ui/export/window-closed-first", AsTestDb, NULL, as_test_db_setup,
              test_window_closed_first, as_test_db_teardown);

  status = g_test_run ();
  as_test_remove_tree (home);
  return status;
}
