/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Tools tab's sections in-process under Xvfb: the register's detail
 * pane shows the holder and history and offers the steps that apply, to
 * the roles that keep the register; a check-in through its dialog ends in
 * the history; the purchase requests refuse one's own approval and ordering
 * before both approvals, and say why; a confidential document is refused to
 * a technician in the pane (and the refusal logged), shown to a supervisor;
 * the access log is for managers only. Assertions are on what a person
 * sees: labels, visible and sensitive buttons, tooltips. */

#include <locale.h>
#include <string.h>

#include "as-repair-step-dialog.h"
#include "as-list-view.h"
#include "as-tools-detail.h"
#include "as-tools-library.h"
#include "as-tools-purchases.h"
#include "as-tools-register.h"
#include "as-tools-sections.h"
#include "test-ui-util.h"
#include "test-util.h"

enum { SUPERVISOR = 1, SERVICE = 2, FINANCE = 3, PURCHASING = 4, TECHNICIAN = 5 };

static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro'), (2, 'Norte');"
  "INSERT INTO staff (id, name, roles, branch_id) VALUES"
  "  (1, 'Sara Supervisora', 4, 1), (2, 'Diego Posventa', 16, 1), (3, 'Fina Finanzas', 32, 1),"
  "  (4, 'Pablo Compras', 64, 1), (5, 'Tomás Técnico', 2, 1);"
  "INSERT INTO tools (id, tag, description, value_cents, purchase_date, holder_id, held_since,"
  "  condition) VALUES (1, 'HE-0001', 'Multímetro', 12000, '2025-01-01', 5, '2025-02-01', 'good'),"
  "  (2, 'HE-0002', 'Osciloscopio', 69000, '2025-01-01', NULL, NULL, 'damaged');"
  "INSERT INTO tool_history (tool_id, on_date, kind, staff_id, recorded_at) VALUES"
  "  (1, '2025-01-01', 'registered', NULL, '2025-01-01 09:00:00'),"
  "  (1, '2025-02-01', 'check_out', 5, '2025-02-01 09:00:00');"
  "INSERT INTO purchase_requests (id, description, quantity, justification, requested_by,"
  "  requested_at) VALUES (1, 'Pinza amperimétrica', 1, '30 avisos', 2, '2026-01-10 10:00:00');"
  "INSERT INTO purchase_quotes (request_id, supplier, unit_price_cents)"
  "  VALUES (1, 'Electro', 15000);"
  "INSERT INTO documents (id, title, kind, custodian_id, confidential, created_at) VALUES"
  "  (1, 'Esquemas reservados', 'specification', 2, 1, '2025-01-01');"
  "INSERT INTO document_versions (document_id, version, released_on, is_current, recorded_at)"
  "  VALUES (1, '1.0', '2025-01-01', 1, '2025-01-01');";

typedef struct
{
  char       *dir;
  AsDatabase *db;
  GtkWindow  *window;
  GtkWidget  *section;
} Fixture;

/* ------------------------------------------------------------- helpers */

static GtkWidget *
step_button (Fixture    *fixture,
             const char *action)
{
  GtkWidget *detail = find_type (fixture->section, AS_TYPE_TOOLS_DETAIL);
  GtkWidget *button = find_widget (detail, has_action, (gpointer) action);

  if (button == NULL)
    g_error ("the detail pane has no button for %s", action);
  return button;
}

static gboolean
step_usable (Fixture    *fixture,
             const char *action)
{
  GtkWidget *button = step_button (fixture, action);

  return gtk_widget_is_visible (button) && gtk_widget_is_sensitive (button);
}

static void
assert_blocked (Fixture    *fixture,
                const char *action,
                const char *why)
{
  GtkWidget *button = step_button (fixture, action);

  g_assert_true (gtk_widget_is_visible (button));
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), why));
}

static void
select_row (Fixture *fixture,
            gint64   id)
{
  AsListView *view = AS_LIST_VIEW (find_type (fixture->section, AS_TYPE_LIST_VIEW));

  g_assert_true (as_list_view_select_id (view, id));
  spin (50);
}

static void
show_section (Fixture   *fixture,
              GtkWidget *section)
{
  fixture->section = section;
  gtk_window_set_child (fixture->window, section);
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, section, 5000));
  spin (50);
}

static AsRepairStepDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (AS_IS_REPAIR_STEP_DIALOG (l->data))
      return l->data;
  return NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_dialog () == NULL;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  memset (fixture, 0, sizeof *fixture);
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "tools.db", data_set);
  as_database_set_actor (fixture->db, SERVICE);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_get_transient_for (l->data) != NULL)
      gtk_window_destroy (l->data);
  gtk_window_destroy (fixture->window);
  spin (50);
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* --------------------------------------------------------------- tests */

static void
test_register_steps (Fixture       *fixture,
                     gconstpointer  data)
{
  show_section (fixture, as_tools_register_new (fixture->db));
  g_assert_true (wait_for_label (fixture->section, "Select a tool"));

  /* Held: the holder and the history show; it can be checked in or handed over. */
  select_row (fixture, 1);
  g_assert_true (wait_for_label (fixture->section, "Tomás Técnico, since"));
  g_assert_true (wait_for_label (fixture->section, "Checked out"));
  g_assert_true (step_usable (fixture, "tools.check-in"));
  g_assert_true (step_usable (fixture, "tools.hand-over"));
  g_assert_false (gtk_widget_is_visible (step_button (fixture, "tools.check-out")));

  /* A technician does not keep the register: the buttons say so. */
  as_database_set_actor (fixture->db, TECHNICIAN);
  spin (20);
  assert_blocked (fixture, "tools.check-in", "keeps the tools register");

  /* Damaged, in the store: check-out waits for its repair. */
  as_database_set_actor (fixture->db, SERVICE);
  select_row (fixture, 2);
  g_assert_true (wait_for_label (fixture->section, "Needs attention"));
  assert_blocked (fixture, "tools.check-out", "record its repair first");
}

static void
test_check_in_dialog (Fixture       *fixture,
                      gconstpointer  data)
{
  AsRepairStepDialog *dialog;

  show_section (fixture, as_tools_register_new (fixture->db));
  select_row (fixture, 1);
  g_assert_true (gtk_widget_activate_action (fixture->section, "tools.check-in", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  /* A date before the check-out is refused in the dialog, which stays open. */
  gtk_editable_set_text (GTK_EDITABLE (as_repair_step_dialog_get_widget (dialog, "date")),
                         "2025-01-15");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.accept", NULL));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "later entry in its history"));
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT holder_id FROM tools WHERE id = 1",
                                          -1), ==, TECHNICIAN);

  gtk_editable_set_text (GTK_EDITABLE (as_repair_step_dialog_get_widget (dialog, "date")), "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.accept", NULL));
  g_assert_true (wait_for (dialog_gone, NULL, 5000));
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM tools"
                                                       " WHERE id = 1 AND holder_id IS NULL", -1),
                   ==, 1);
  g_assert_true (wait_for_label (fixture->section, "Checked in"));
  g_assert_true (wait_for_label (fixture->section, "Nobody: in the store"));
}

static void
test_purchase_approvals (Fixture       *fixture,
                         gconstpointer  data)
{
  show_section (fixture, as_tools_purchases_new (fixture->db));
  select_row (fixture, 1);
  g_assert_true (wait_for_label (fixture->section, "Waiting for both approvals"));

  /* The requester cannot approve; finance gives its own approval only. */
  as_database_set_actor (fixture->db, SUPERVISOR);
  spin (20);
  g_assert_true (step_usable (fixture, "purchases.approve-supervisor"));
  assert_blocked (fixture, "purchases.approve-finance", "Only finance");
  as_database_set_actor (fixture->db, FINANCE);
  spin (20);
  g_assert_true (step_usable (fixture, "purchases.approve-finance"));
  /* Purchasing orders only after both approvals. */
  as_database_set_actor (fixture->db, PURCHASING);
  spin (20);
  assert_blocked (fixture, "purchases.order", "must approve it first");
  as_database_set_actor (fixture->db, SERVICE);
  spin (20);
  assert_blocked (fixture, "purchases.approve-supervisor", "Only a service supervisor");
}

static void
test_confidential_document (Fixture       *fixture,
                            gconstpointer  data)
{
  as_database_set_actor (fixture->db, TECHNICIAN);
  show_section (fixture, as_tools_library_new (fixture->db));
  select_row (fixture, 1);
  g_assert_true (wait_for_label (fixture->section, "This document is confidential"));
  g_assert_null (find_widget (fixture->section, is_shown_label_with, "Versions"));
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM document_access_log"
                                                       " WHERE action = 'denied' AND staff_id = 5",
                                          -1), ==, 1);

  /* A supervisor takes the desk and opens it again: shown, and logged. */
  as_database_set_actor (fixture->db, SUPERVISOR);
  spin (20);
  g_signal_emit_by_name (find_type (fixture->section, AS_TYPE_LIST_VIEW), "activated",
                         (gint64) 1);
  g_assert_true (wait_for_label (fixture->section, "Versions"));
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM document_access_log"
                                                       " WHERE action = 'opened' AND staff_id = 1",
                                          -1), ==, 1);
}

static void
test_confidential_allowed (Fixture       *fixture,
                           gconstpointer  data)
{
  as_database_set_actor (fixture->db, SUPERVISOR);
  show_section (fixture, as_tools_library_new (fixture->db));
  select_row (fixture, 1);
  g_assert_true (wait_for_label (fixture->section, "Versions"));
  g_assert_true (wait_for_label (fixture->section, "Confidential"));
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM document_access_log"
                                                       " WHERE action = 'opened' AND staff_id = 1",
                                          -1), ==, 1);
}

static void
test_access_log_for_managers (Fixture       *fixture,
                              gconstpointer  data)
{
  as_database_set_actor (fixture->db, TECHNICIAN);
  show_section (fixture, as_tools_access_log_new (fixture->db));
  g_assert_true (wait_for_label (fixture->section, "For managers only"));
  as_database_set_actor (fixture->db, SUPERVISOR);
  spin (50);
  g_assert_null (find_widget (fixture->section, is_shown_label_with, "For managers only"));
  g_assert_true (wait_for_label (fixture->section, "No access yet"));
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

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/tools/register-steps", test_register_steps);
  ADD ("/ui/tools/check-in-dialog", test_check_in_dialog);
  ADD ("/ui/tools/purchase-approvals", test_purchase_approvals);
  ADD ("/ui/tools/confidential-document", test_confidential_document);
  ADD ("/ui/tools/confidential-allowed", test_confidential_allowed);
  ADD ("/ui/tools/access-log-for-managers", test_access_log_for_managers);
#undef ADD

  status = g_test_run ();
  as_test_remove_tree (home);
  return status;
}
