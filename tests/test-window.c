/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window in-process under Xvfb: its tabs, the first-run state, a
 * list showing rows of a database filled here, tab switching remembered in
 * GSettings, and search, sorting and reloads seen through the widgets.
 * Assertions are on what a person sees (labels, counts, the visible tab),
 * not on how the pages are built inside. */

#include <locale.h>
#include <string.h>

#include "as-application.h"
#include "as-directory.h"
#include "as-identity-dialog.h"
#include "as-list-view.h"
#include "as-page.h"
#include "as-preferences-window.h"
#include "as-record-editor.h"
#include "as-window.h"
#include "test-ui-util.h"
#include "test-util.h"

#define N_REPAIRS 1000

static const char *const page_names[] = {
  "dashboard", "complaints", "repairs", "warehouse", "tools", "surveys", "directory",
};

static AsApplication *app;
/* Messages GTK logged while a window was being destroyed (see log_writer). */
static gboolean tearing_down;
static guint n_teardown_messages;
static char *first_teardown_message;

typedef struct
{
  char       *dir;
  AsDatabase *db;
  AsWindow   *window;
} Fixture;

/* ------------------------------------------------------------ the loop */

/* ------------------------------------------------------ the widget tree */

static gboolean
is_page_stack (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "dashboard") != NULL;
}

static GtkStack *
window_stack (Fixture *fixture)
{
  GtkWidget *stack = find_widget (GTK_WIDGET (fixture->window), is_page_stack, NULL);

  g_assert_nonnull (stack);
  return GTK_STACK (stack);
}

static GtkWidget *
page (Fixture    *fixture,
      const char *name)
{
  GtkWidget *child = gtk_stack_get_child_by_name (window_stack (fixture), name);

  g_assert_nonnull (child);
  return child;
}

/* ---------------------------------------------------------------- data */

typedef struct
{
  char serial[16];
  char customer[64];
} Latest;

/* N repairs with distinct reception times; returns what the newest shows. */
static void
fill_repairs (AsDatabase *db,
              guint       n,
              Latest     *latest)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = as_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;

  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_exec (db,
                                   "INSERT INTO staff (id, name, roles) VALUES (1, 'Tomás Técnico', 2);"
                                   "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-100', 'Lavadora');"
                                   "INSERT INTO customers (id, name) VALUES (1, 'Ana García'), (2, 'Bruno Díaz');",
                                   &error));
  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "INSERT INTO repair_orders (customer_id, model_id, serial, fault,"
                                       " received_at, technician_id)"
                                       " VALUES (?1, 1, ?2, 'No enciende', ?3, 1)", -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *serial = g_strdup_printf ("SN%05u", i);
      g_autofree char *received = g_strdup_printf ("2025-%02u-%02u %02u:%02u:00", 1 + i / 100 % 12,
                                                   1 + i % 28, i / 60 % 24, i % 60);
      /* the newest repair is the last one, made for Bruno */
      sqlite3_bind_int64 (stmt, 1, i == n - 1 ? 2 : 1);
      sqlite3_bind_text (stmt, 2, serial, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, i == n - 1 ? "2026-01-01 09:00:00" : received, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
      if (i == n - 1)
        {
          g_strlcpy (latest->serial, serial, sizeof latest->serial);
          g_strlcpy (latest->customer, "Bruno Díaz", sizeof latest->customer);
        }
    }
  sqlite3_finalize (stmt);
  g_assert_true (as_database_commit (db, &error));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  memset (fixture, 0, sizeof *fixture);
  fixture->dir = as_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "window.db", NULL);
  fixture->db = as_database_open (path, &error);
  g_assert_no_error (error);
  g_settings_reset (as_application_get_settings (app), "last-page");
}

/* Destroying a window must be silent. A warning or critical logged then
 * (such as "Finalizing AsListView, but it still has children left") is
 * recorded instead of aborting the whole program: /ui/window/destroy-is-clean
 * fails for it, and the other tests still run. Anything logged at any other
 * time stays fatal. */
static void
record_teardown_message (const char *message)
{
  g_autoptr(GRegex) address = g_regex_new ("0x[0-9a-f]+", 0, 0, NULL);
  g_autofree char *kind = g_regex_replace_literal (address, message, -1, 0, "0x…", 0, NULL);

  g_strstrip (kind);
  n_teardown_messages++;
  /* the distinct messages, a few of them */
  if (first_teardown_message == NULL)
    first_teardown_message = g_strdup (kind);
  else if (strstr (first_teardown_message, kind) == NULL && strlen (first_teardown_message) < 400)
    {
      char *joined = g_strconcat (first_teardown_message, " | ", kind, NULL);
      g_free (first_teardown_message);
      first_teardown_message = joined;
    }
}

static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
      message = fields[i].value;
  if (message != NULL && (log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL)) &&
      (tearing_down || strstr (message, "still has children left") != NULL ||
       g_str_has_prefix (message, "   - ")))
    {
      /* "   - GtkBox 0x…" lines list the children of the previous message */
      if (!g_str_has_prefix (message, "   - "))
        record_teardown_message (message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static void
destroy_window (GtkWindow *window)
{
  /* g_test_init() and G_DEBUG=fatal-criticals make warnings and criticals
   * abort before any writer could keep them; for the destruction only,
   * they are made non-fatal and go to log_writer(), which records them. */
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);

  tearing_down = TRUE;
  gtk_window_destroy (window);
  spin (50);
  tearing_down = FALSE;
  g_log_set_always_fatal (fatal);
}

static void
close_window (Fixture *fixture)
{
  destroy_window (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
}

/* Fails the test when destroying windows logged anything since the last call. */
static void
assert_quiet_destruction (const char *what)
{
  if (n_teardown_messages > 0)
    g_test_fail_printf ("destroying %s logged %u warnings or criticals: %s", what,
                        n_teardown_messages, first_teardown_message);
  n_teardown_messages = 0;
  g_clear_pointer (&first_teardown_message, g_free);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    close_window (fixture);
  /* /ui/window/destroy-is-clean fails for these; the other tests only note them */
  if (n_teardown_messages > 0)
    g_test_message ("destroying the window logged %u warnings or criticals: %s",
                    n_teardown_messages, first_teardown_message);
  n_teardown_messages = 0;
  g_clear_pointer (&first_teardown_message, g_free);
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = as_window_new (app, fixture->db);
  g_assert_true (AS_IS_WINDOW (fixture->window));
  g_assert_true (as_window_get_database (fixture->window) == fixture->db);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (wait_for (is_mapped, fixture->window, 5000));
  spin (100);
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", name));
  spin (50);
}

static AsListView *
list_view_of (Fixture    *fixture,
              const char *page_name)
{
  GtkWidget *view = find_type (page (fixture, page_name), AS_TYPE_LIST_VIEW);

  g_assert_nonnull (view);
  return AS_LIST_VIEW (view);
}

/* --------------------------------------------------------------- tests */

static void
test_every_tab (Fixture       *fixture,
                gconstpointer  data)
{
  GtkStack *stack;

  open_window (fixture);
  stack = window_stack (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      GtkWidget *child = gtk_stack_get_child_by_name (stack, page_names[i]);
      GtkStackPage *stack_page;

      if (child == NULL)
        g_error ("the window has no “%s” tab", page_names[i]);
      g_assert_true (AS_IS_PAGE (child));
      g_assert_true (as_page_get_database (AS_PAGE (child)) == fixture->db);
      stack_page = gtk_stack_get_page (stack, child);
      g_assert_nonnull (gtk_stack_page_get_title (stack_page));
      g_assert_cmpstr (gtk_stack_page_get_title (stack_page), !=, "");
    }
  /* The tabs are switched from the header bar. */
  g_assert_nonnull (find_type (GTK_WIDGET (fixture->window), GTK_TYPE_STACK_SWITCHER));
}

/* An empty database opens on the dashboard's welcome, whatever tab was
 * last shown, and the lists say they are empty instead of being blank. */
static void
test_first_run (Fixture       *fixture,
                gconstpointer  data)
{
  g_settings_set_string (as_application_get_settings (app), "last-page", "repairs");
  open_window (fixture);

  g_assert_cmpstr (as_window_get_page (fixture->window), ==, "dashboard");
  g_assert_true (wait_for_label (page (fixture, "dashboard"), "Welcome"));
  /* Nobody to choose as "who are you" yet. */
  g_assert_null (find_widget (GTK_WIDGET (fixture->window), is_shown_label_with, "Who are you"));

  show_page (fixture, "repairs");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (as_list_view_get_list (list_view_of (fixture, "repairs")))),
                    ==, 0);
  g_assert_true (wait_for_label (page (fixture, "repairs"), "The repair register is empty"));
  show_page (fixture, "tools");
  g_assert_true (wait_for_label (page (fixture, "tools"), "No tools registered"));
}

static gboolean
pages_loaded_at_least_one (gpointer data)
{
  return as_record_list_get_pages_loaded (data) >= 1;
}

/* "1000", "1,000" or "1.000" records, as the locale writes it */
static gboolean
count_shown (gpointer data)
{
  static const char *const forms[] = { "1000 ", "1,000 ", "1.000 ", "1 000 " };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (find_widget (data, is_shown_label_with, (gpointer) forms[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_list_shows_rows (Fixture       *fixture,
                      gconstpointer  data)
{
  Latest latest;
  AsRecordList *list;
  GtkWidget *column_view;

  fill_repairs (fixture->db, N_REPAIRS, &latest);
  open_window (fixture);
  show_page (fixture, "repairs");
  g_assert_cmpstr (as_window_get_page (fixture->window), ==, "repairs");

  list = as_list_view_get_list (list_view_of (fixture, "repairs"));
  g_assert_nonnull (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_REPAIRS);

  /* The newest repair is on the first row, with its customer and serial. */
  column_view = find_type (GTK_WIDGET (list_view_of (fixture, "repairs")), GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (column_view);
  g_assert_true (wait_for_label (column_view, latest.serial));
  g_assert_true (wait_for_label (column_view, latest.customer));
  g_assert_true (wait_for_label (column_view, "WM-100"));
  g_assert_true (wait_for_label (column_view, "Tomás Técnico"));
  /* The count of rows is shown. */
  g_assert_true (wait_for (count_shown, list_view_of (fixture, "repairs"), 5000));

  /* Showing the first screen reads a page or two, not the whole table. */
  g_assert_true (wait_for (pages_loaded_at_least_one, list, 1000));
  g_assert_cmpuint (as_record_list_get_pages_loaded (list), <=, 2);
  /* the oldest repair is far below and not on screen */
  g_assert_null (find_widget (column_view, is_shown_label_with, "SN00000"));
}

static void
test_show_page (Fixture       *fixture,
                gconstpointer  data)
{
  GSettings *settings = as_application_get_settings (app);
  Latest latest;

  fill_repairs (fixture->db, 10, &latest);
  open_window (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      g_autofree char *remembered = NULL;

      show_page (fixture, page_names[i]);
      g_assert_cmpstr (as_window_get_page (fixture->window), ==, page_names[i]);
      g_assert_true (gtk_widget_get_mapped (page (fixture, page_names[i])));
      remembered = g_settings_get_string (settings, "last-page");
      g_assert_cmpstr (remembered, ==, page_names[i]);
    }

  /* An unknown name changes nothing. */
  show_page (fixture, "tools");
  show_page (fixture, "no-such-page");
  g_assert_cmpstr (as_window_get_page (fixture->window), ==, "tools");

  /* The next window (a database with data) opens on the remembered tab. */
  close_window (fixture);
  open_window (fixture);
  g_assert_cmpstr (as_window_get_page (fixture->window), ==, "tools");
}

typedef struct
{
  AsRecordList *list;
  guint         n;
} CountQuery;

static gboolean
has_count (gpointer data)
{
  CountQuery *query = data;
  return g_list_model_get_n_items (G_LIST_MODEL (query->list)) == query->n;
}

static void
test_search_entry (Fixture       *fixture,
                   gconstpointer  data)
{
  Latest latest;
  AsListView *view;
  GtkWidget *entry;
  CountQuery query;

  fill_repairs (fixture->db, N_REPAIRS, &latest);
  open_window (fixture);
  show_page (fixture, "repairs");
  view = list_view_of (fixture, "repairs");
  entry = find_type (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);

  /* Ctrl+F's action puts the focus in the visible list's search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  spin (50);
  g_assert_true (gtk_widget_is_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), entry));

  gtk_editable_set_text (GTK_EDITABLE (entry), "bruno");
  query = (CountQuery) { as_list_view_get_list (view), 1 };
  g_assert_true (wait_for (has_count, &query, 3000));
  g_assert_true (wait_for_label (GTK_WIDGET (view), latest.serial));

  gtk_editable_set_text (GTK_EDITABLE (entry), "nothing-like-this");
  query.n = 0;
  g_assert_true (wait_for (has_count, &query, 3000));
  g_assert_true (wait_for_label (GTK_WIDGET (view), "Nothing matches"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  query.n = N_REPAIRS;
  g_assert_true (wait_for (has_count, &query, 3000));
}

typedef struct
{
  AsRecordList *list;
  const char   *key;
  gboolean      descending;
} SortQuery;

static gboolean
sorted_by (gpointer data)
{
  SortQuery *query = data;
  return g_strcmp0 (as_record_list_get_sort_key (query->list), query->key) == 0 &&
         as_record_list_get_sort_descending (query->list) == query->descending;
}

static void
test_sort_by_header (Fixture       *fixture,
                     gconstpointer  data)
{
  Latest latest;
  AsListView *view;
  GtkColumnView *column_view;
  GListModel *columns;
  GtkColumnViewColumn *serial_column = NULL;
  SortQuery query;

  fill_repairs (fixture->db, N_REPAIRS, &latest);
  open_window (fixture);
  show_page (fixture, "repairs");
  view = list_view_of (fixture, "repairs");
  column_view = GTK_COLUMN_VIEW (find_type (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW));
  columns = gtk_column_view_get_columns (column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Serial number") == 0)
        serial_column = column;
    }
  g_assert_nonnull (serial_column);
  g_assert_nonnull (gtk_column_view_column_get_sorter (serial_column));

  /* A click on the header (sort_by_column is what the header does) sorts in SQL. */
  gtk_column_view_sort_by_column (column_view, serial_column, GTK_SORT_ASCENDING);
  query = (SortQuery) { as_list_view_get_list (view), "serial", FALSE };
  g_assert_true (wait_for (sorted_by, &query, 2000));
  g_assert_true (wait_for_label (GTK_WIDGET (column_view), "SN00000"));

  gtk_column_view_sort_by_column (column_view, serial_column, GTK_SORT_DESCENDING);
  query.descending = TRUE;
  g_assert_true (wait_for (sorted_by, &query, 2000));
  g_assert_true (wait_for_label (GTK_WIDGET (column_view), latest.serial));
  g_assert_null (find_widget (GTK_WIDGET (column_view), is_shown_label_with, "SN00000"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (query.list)), ==, N_REPAIRS);
}

/* A write committed elsewhere shows in the open list. */
static void
test_reload_after_write (Fixture       *fixture,
                         gconstpointer  data)
{
  Latest latest;
  AsListView *view;
  g_autoptr(GError) error = NULL;
  CountQuery query;

  fill_repairs (fixture->db, 50, &latest);
  open_window (fixture);
  show_page (fixture, "repairs");
  view = list_view_of (fixture, "repairs");
  g_assert_true (wait_for_label (GTK_WIDGET (view), latest.serial));

  g_assert_true (as_database_begin (fixture->db, &error));
  g_assert_true (as_database_exec (fixture->db,
                                   "INSERT INTO repair_orders (customer_id, model_id, serial, fault, received_at)"
                                   " VALUES (1, 1, 'BRAND-NEW-1', 'Recién llegada', '2027-01-01 08:00:00')",
                                   &error));
  g_assert_true (as_database_audit (fixture->db, "repair_orders", 51, "insert", "", &error));
  g_assert_true (as_database_commit (fixture->db, &error));
  g_assert_no_error (error);

  query = (CountQuery) { as_list_view_get_list (view), 51 };
  g_assert_true (wait_for (has_count, &query, 2000));
  g_assert_true (wait_for_label (GTK_WIDGET (view), "BRAND-NEW-1"));
}

/* The Directory tab builds on an empty and on a filled database. */
static void
test_directory_tab (Fixture       *fixture,
                    gconstpointer  data)
{
  Latest latest;

  open_window (fixture);
  show_page (fixture, "directory");
  g_assert_true (gtk_widget_get_mapped (page (fixture, "directory")));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  spin (50);

  fill_repairs (fixture->db, 10, &latest);
  open_window (fixture);
  show_page (fixture, "directory");
  g_assert_true (gtk_widget_get_mapped (page (fixture, "directory")));
  g_assert_true (wait_for_label (page (fixture, "directory"), "Ana García"));
}

/* Closing a window that has shown and sorted its lists logs nothing: no
 * widget is finalized with children left, no callback runs on half-destroyed
 * widgets. */
static void
test_destroy_is_clean (Fixture       *fixture,
                       gconstpointer  data)
{
  Latest latest;
  AsListView *view;
  GtkColumnView *column_view;
  g_autoptr(GtkColumnViewColumn) first_column = NULL;

  fill_repairs (fixture->db, 300, &latest);
  open_window (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    show_page (fixture, page_names[i]);
  show_page (fixture, "repairs");
  view = list_view_of (fixture, "repairs");
  column_view = GTK_COLUMN_VIEW (find_type (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW));
  first_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), 0);
  gtk_column_view_sort_by_column (column_view, first_column, GTK_SORT_ASCENDING);
  spin (100);

  close_window (fixture);
  assert_quiet_destruction ("the main window");
}

/* ------------------------------------------------------------- dialogs */

static gboolean
is_editable_with (GtkWidget *widget,
                  gpointer   data)
{
  return GTK_IS_EDITABLE (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), data) == 0;
}

static void
show_and_destroy (GtkWindow  *dialog,
                  const char *what)
{
  g_assert_true (GTK_IS_WINDOW (dialog));
  gtk_window_present (dialog);
  g_assert_true (wait_for (is_mapped, dialog, 5000));
  spin (50);
  destroy_window (dialog);
  assert_quiet_destruction (what);
}

/* The dialogs build from their templates, show, and close cleanly; the
 * record editor shows the record it edits. */
static void
test_dialogs (Fixture       *fixture,
              gconstpointer  data)
{
  Latest latest;
  guint n_entities;
  const AsEntity *entities = as_directory_get_entities (&n_entities);
  AsRecordEditor *editor;

  fill_repairs (fixture->db, 10, &latest);
  open_window (fixture);

  show_and_destroy (GTK_WINDOW (as_identity_dialog_new (GTK_WINDOW (fixture->window), fixture->db)),
                    "the identity dialog");
  show_and_destroy (GTK_WINDOW (as_preferences_window_new (GTK_WINDOW (fixture->window),
                                                           as_application_get_settings (app),
                                                           fixture->db)),
                    "the preferences window");
  for (guint i = 0; i < n_entities; i++)
    {
      g_autofree char *what = g_strdup_printf ("the %s editor", entities[i].name);
      show_and_destroy (GTK_WINDOW (as_record_editor_new (GTK_WINDOW (fixture->window), fixture->db,
                                                          &entities[i], 0)), what);
    }

  /* Customer 1 is Ana García: her editor shows her name. */
  editor = as_record_editor_new (GTK_WINDOW (fixture->window), fixture->db,
                                 as_directory_find_entity ("customers"), 1);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (wait_for (is_mapped, editor, 5000));
  g_assert_nonnull (find_widget (GTK_WIDGET (editor), is_editable_with, "Ana García"));
  destroy_window (GTK_WINDOW (editor));
  assert_quiet_destruction ("the customer editor");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (log_writer, NULL, NULL);

  home = init_test_display ();
  if (home == NULL)
    return 0;


  app = as_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/window/every-tab", test_every_tab);
  ADD ("/ui/window/first-run", test_first_run);
  ADD ("/ui/window/list-shows-rows", test_list_shows_rows);
  ADD ("/ui/window/show-page", test_show_page);
  ADD ("/ui/window/search-entry", test_search_entry);
  ADD ("/ui/window/sort-by-header", test_sort_by_header);
  ADD ("/ui/window/reload-after-write", test_reload_after_write);
  ADD ("/ui/window/directory-tab", test_directory_tab);
  ADD ("/ui/window/destroy-is-clean", test_destroy_is_clean);
  ADD ("/ui/dialogs", test_dialogs);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  as_test_remove_tree (home);
  return status;
}
