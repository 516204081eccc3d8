/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The tools register: registration, check-out, handover and check-in with
 * their history per tool and per person; loss and damage with the
 * compensation due, normal wear owing nothing; the roles; refusals that
 * write nothing; and the Tools tab's lists (their SQL in every order,
 * filter and search, sorting through an index). */

#include <locale.h>

#include "as-lists.h"
#include "as-record-list.h"
#include "as-tool-store.h"
#include "test-tool-fixture.h"

static const char *const tool_tables[] = {
  "tools", "tool_history", "tool_incidents", "audit_log", NULL
};

static gint64
register_tool (Fixture    *fixture,
               const char *tag,
               gint64      value_cents)
{
  g_autoptr(GError) error = NULL;
  AsToolInfo info = { tag, "Multímetro digital", value_cents, "2025-01-10", NULL, NULL };
  gint64 id = as_tool_store_register (fixture->db, &info, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
holder_of (Fixture *fixture,
           gint64   tool_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(holder_id, 0) FROM tools WHERE id = %"
                                          G_GINT64_FORMAT, tool_id);
  return tool_count (fixture, sql);
}

static const char *
row_text (GPtrArray  *rows,
          guint       index,
          const char *column)
{
  g_assert_cmpuint (index, <, rows->len);
  return g_hash_table_lookup (g_ptr_array_index (rows, index), column);
}

/* ------------------------------------------------------------- assignment */

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsToolInfo duplicate = { "he-0001", "Osciloscopio", 10000, NULL, NULL, NULL };
  AsToolInfo future = { "HE-0002", "Osciloscopio", 10000, "2999-01-01", NULL, NULL };
  gint64 id = register_tool (fixture, "HE-0001", 12500);
  g_autoptr(GPtrArray) history = as_tool_store_list_history (fixture->db, id);
  g_autofree char *before = tool_snapshot (fixture, tool_tables);
  g_autofree char *after = NULL;

  g_assert_cmpint (holder_of (fixture, id), ==, 0);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (row_text (history, 0, "kind"), ==, "registered");
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM audit_log WHERE table_name = 'tools'"
                                        " AND action = 'insert'"), ==, 1);

  /* Tags are unique whatever the case; no purchase in the future. */
  g_assert_cmpint (as_tool_store_register (fixture->db, &duplicate, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_tool_store_register (fixture->db, &future, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* A technician does not keep the register. */
  as_database_set_actor (fixture->db, TECHNICIAN);
  future.purchase_date = NULL;
  g_assert_cmpint (as_tool_store_register (fixture->db, &future, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  after = tool_snapshot (fixture, tool_tables);
  g_assert_cmpstr (before, ==, after);
}

static void
test_assignment_history (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = register_tool (fixture, "HE-0001", 12500);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(GPtrArray) tomas = NULL;
  g_autoptr(GPtrArray) teo = NULL;

  g_assert_true (as_tool_store_check_out (fixture->db, id, TECHNICIAN, "2025-02-01", "Ruta norte",
                                          &error));
  g_assert_no_error (error);
  g_assert_cmpint (holder_of (fixture, id), ==, TECHNICIAN);
  held = as_tool_store_list_held (fixture->db, TECHNICIAN);
  g_assert_cmpuint (held->len, ==, 1);
  g_assert_cmpstr (row_text (held, 0, "held_since"), ==, "2025-02-01");

  /* Transfer: the holder hands it over to the person taking their place. */
  g_assert_true (as_tool_store_hand_over (fixture->db, id, TECHNICIAN_2, "2025-03-15",
                                          "Traslado a Norte", &error));
  g_assert_no_error (error);
  g_assert_cmpint (holder_of (fixture, id), ==, TECHNICIAN_2);
  g_assert_true (as_tool_store_check_in (fixture->db, id, "2025-04-01", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (holder_of (fixture, id), ==, 0);

  history = as_tool_store_list_history (fixture->db, id);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpstr (row_text (history, 0, "kind"), ==, "check_in");
  g_assert_cmpstr (row_text (history, 0, "staff_name"), ==, "Teo Técnico");
  g_assert_cmpstr (row_text (history, 1, "kind"), ==, "handover");
  g_assert_cmpstr (row_text (history, 1, "from_staff_name"), ==, "Tomás Técnico");
  g_assert_cmpstr (row_text (history, 1, "staff_name"), ==, "Teo Técnico");
  g_assert_cmpstr (row_text (history, 2, "kind"), ==, "check_out");
  g_assert_cmpstr (row_text (history, 3, "kind"), ==, "registered");

  /* Per person: Tomás received it and handed it over; Teo received and returned it. */
  tomas = as_tool_store_list_person_history (fixture->db, TECHNICIAN, 0);
  g_assert_cmpuint (tomas->len, ==, 2);
  g_assert_cmpstr (row_text (tomas, 0, "kind"), ==, "handover");
  g_assert_cmpstr (row_text (tomas, 1, "kind"), ==, "check_out");
  g_assert_cmpstr (row_text (tomas, 1, "tag"), ==, "HE-0001");
  teo = as_tool_store_list_person_history (fixture->db, TECHNICIAN_2, 0);
  g_assert_cmpuint (teo->len, ==, 2);
  g_assert_cmpstr (row_text (teo, 0, "kind"), ==, "check_in");
  g_clear_pointer (&held, g_ptr_array_unref);
  held = as_tool_store_list_held (fixture->db, TECHNICIAN_2);
  g_assert_cmpuint (held->len, ==, 0);
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM audit_log"
                                        " WHERE table_name = 'tools'"), ==, 4);
}

static void
test_assignment_refusals (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = register_tool (fixture, "HE-0001", 12500);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Not held: nothing to check in or hand over; nobody inactive gets it. */
  g_assert_false (as_tool_store_check_in (fixture->db, id, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_tool_store_hand_over (fixture->db, id, TECHNICIAN, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_tool_store_check_out (fixture->db, id, INACTIVE, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (as_tool_store_check_out (fixture->db, id, TECHNICIAN, "2025-02-01", NULL, &error));
  before = tool_snapshot (fixture, tool_tables);
  /* Held: not checked out twice, not handed to its holder, no date before the check-out. */
  g_assert_false (as_tool_store_check_out (fixture->db, id, TECHNICIAN_2, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_tool_store_hand_over (fixture->db, id, TECHNICIAN, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_tool_store_check_in (fixture->db, id, "2025-01-31", NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_tool_store_check_in (fixture->db, id, "31/02/2025", NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, RECEPTIONIST);
  g_assert_false (as_tool_store_check_in (fixture->db, id, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  after = tool_snapshot (fixture, tool_tables);
  g_assert_cmpstr (before, ==, after);
}

/* -------------------------------------------------------------- incidents */

static void
test_loss_compensation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = register_tool (fixture, "HE-0001", 12500);
  g_autoptr(GPtrArray) incidents = NULL;
  g_autofree char *condition = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (as_tool_store_check_out (fixture->db, id, TECHNICIAN, "2025-02-01", NULL, &error));
  before = tool_snapshot (fixture, tool_tables);
  /* A loss needs its explanation report. */
  g_assert_cmpint (as_tool_store_report_incident (fixture->db, id, AS_TOOL_INCIDENT_LOSS, 0,
                                                  NULL, "  ", -1, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  after = tool_snapshot (fixture, tool_tables);
  g_assert_cmpstr (before, ==, after);

  /* Without an amount, the holder owes the tool's value. */
  g_assert_cmpint (as_tool_store_report_incident (fixture->db, id, AS_TOOL_INCIDENT_LOSS, 0,
                                                  "2025-03-01", "Robado del vehículo", -1,
                                                  &error), >, 0);
  g_assert_no_error (error);
  incidents = as_tool_store_list_incidents (fixture->db, id);
  g_assert_cmpuint (incidents->len, ==, 1);
  g_assert_cmpstr (row_text (incidents, 0, "compensation_cents"), ==, "12500");
  g_assert_cmpstr (row_text (incidents, 0, "staff_name"), ==, "Tomás Técnico");
  g_assert_cmpint (as_tool_store_get_compensation_due (fixture->db, TECHNICIAN), ==, 12500);
  condition = tool_text (fixture, "SELECT condition FROM tools WHERE tag = 'HE-0001'");
  g_assert_cmpstr (condition, ==, "lost");
  g_assert_cmpint (holder_of (fixture, id), ==, 0);

  /* A lost tool is neither checked out nor lost again. */
  g_assert_false (as_tool_store_check_out (fixture->db, id, TECHNICIAN_2, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_tool_store_report_incident (fixture->db, id, AS_TOOL_INCIDENT_LOSS, 0,
                                                  NULL, "Otra vez", -1, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_damage_and_wear (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = register_tool (fixture, "HE-0001", 12500);
  gint64 other = register_tool (fixture, "HE-0002", 8000);
  g_autofree char *condition = NULL;

  g_assert_true (as_tool_store_check_out (fixture->db, id, TECHNICIAN, "2025-02-01", NULL, &error));
  g_assert_true (as_tool_store_check_out (fixture->db, other, TECHNICIAN, "2025-02-01", NULL,
                                          &error));
  /* Normal wear owes nothing, whatever amount is passed. */
  g_assert_cmpint (as_tool_store_report_incident (fixture->db, other, AS_TOOL_INCIDENT_WEAR, 0,
                                                  NULL, "Puntas gastadas", 5000, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (tool_count (fixture, "SELECT compensation_cents FROM tool_incidents"
                                        " WHERE kind = 'wear'"), ==, 0);
  g_assert_cmpint (as_tool_store_get_compensation_due (fixture->db, TECHNICIAN), ==, 0);
  g_assert_cmpint (holder_of (fixture, other), ==, TECHNICIAN);

  /* Damage: the amount assessed; a damaged tool goes back only once repaired. */
  g_assert_cmpint (as_tool_store_report_incident (fixture->db, id, AS_TOOL_INCIDENT_DAMAGE, 0,
                                                  NULL, "Caída desde escalera", 3000, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_tool_store_get_compensation_due (fixture->db, TECHNICIAN), ==, 3000);
  condition = tool_text (fixture, "SELECT condition FROM tools WHERE tag = 'HE-0001'");
  g_assert_cmpstr (condition, ==, "damaged");
  /* Wear reported later does not hide the damage still to repair. */
  g_assert_cmpint (as_tool_store_report_incident (fixture->db, id, AS_TOOL_INCIDENT_WEAR, 0,
                                                  NULL, NULL, 0, &error), >, 0);
  g_clear_pointer (&condition, g_free);
  condition = tool_text (fixture, "SELECT condition FROM tools WHERE tag = 'HE-0001'");
  g_assert_cmpstr (condition, ==, "damaged");
  g_assert_true (as_tool_store_check_in (fixture->db, id, NULL, NULL, &error));
  g_assert_false (as_tool_store_check_out (fixture->db, id, TECHNICIAN_2, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (as_tool_store_set_condition (fixture->db, id, "good", NULL, "Reparado",
                                              &error));
  g_assert_no_error (error);
  g_assert_true (as_tool_store_check_out (fixture->db, id, TECHNICIAN_2, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The database itself refuses wear with a compensation. */
  g_assert_false (as_database_exec (fixture->db,
                                    "INSERT INTO tool_incidents (tool_id, kind, on_date,"
                                    " compensation_cents, recorded_at)"
                                    " VALUES (1, 'wear', '2025-01-01', 100, '2025-01-01')", NULL));
}

/* ------------------------------------------------------------------ lists */

static void
fill_lists (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (as_database_exec (fixture->db,
    "INSERT INTO tools (id, tag, description, holder_id, held_since, condition)"
    "  VALUES (1, 'H-1', 'Multímetro', 5, '2025-01-01', 'damaged');"
    "INSERT INTO tool_history (tool_id, on_date, kind, staff_id, recorded_at)"
    "  VALUES (1, '2025-01-01', 'check_out', 5, '2025-01-01 10:00:00');"
    "INSERT INTO tool_incidents (tool_id, kind, on_date, staff_id, report, compensation_cents,"
    "  recorded_at) VALUES (1, 'damage', '2025-02-01', 5, 'Golpe', 900, '2025-02-01 10:00:00');"
    "INSERT INTO purchase_requests (id, description, quantity, justification, requested_by,"
    "  requested_at, status) VALUES (1, 'Pinza amperimétrica', 2, '30 avisos', 2,"
    "  '2025-03-01 09:00:00', 'approved');"
    "INSERT INTO purchase_quotes (request_id, supplier, unit_price_cents) VALUES (1, 'X', 100);"
    "INSERT INTO documents (id, title, kind, custodian_id, confidential, created_at)"
    "  VALUES (1, 'Manual WM-1', 'maintenance_manual', 2, 1, '2025-01-01');"
    "INSERT INTO document_versions (id, document_id, version, released_on, is_current,"
    "  recorded_at) VALUES (1, 1, '1.0', '2025-01-01', 1, '2025-01-01');"
    "INSERT INTO document_distribution VALUES (1, 1, '2025-01-02', 2);"
    "INSERT INTO document_loans (document_id, borrower_id, lent_on, due_on)"
    "  VALUES (1, 1, '2025-01-05', '2025-01-20');"
    "INSERT INTO document_access_log (document_id, staff_id, at, action)"
    "  VALUES (1, 6, '2025-01-06 10:00:00', 'denied');",
    &error));
  g_assert_no_error (error);
}

static const AsListSpec *const tool_specs[] = {
  &as_tools_list, &as_tool_incidents_list, &as_purchase_requests_list, &as_documents_list,
  &as_document_loans_list, &as_document_access_list,
};

/* Every list of the tab runs its SQL in every order, filter and search, and
 * the flags mark what needs attention. */
static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  fill_lists (fixture);
  for (guint s = 0; s < G_N_ELEMENTS (tool_specs); s++)
    {
      const AsListSpec *spec = tool_specs[s];
      g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, spec);
      g_autoptr(AsRecord) first = NULL;

      g_test_message ("list %s", spec->name);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
      first = g_list_model_get_item (G_LIST_MODEL (list), 0);
      /* Every row of the data set needs attention: damaged, owing, approved,
       * not at every branch, overdue, denied. */
      g_assert_cmpint (as_record_get_flags (first) & AS_RECORD_FLAG_ATTENTION, !=, 0);
      for (guint c = 0; c < spec->n_columns; c++)
        if (as_record_list_set_sort (list, spec->columns[c].key, c % 2))
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
      for (guint f = 0; f < spec->n_filters; f++)
        {
          g_assert_true (as_record_list_set_filter (list, spec->filters[f].key));
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <=, 1);
        }
      g_assert_true (as_record_list_set_filter (list, NULL));
      as_record_list_set_search (list, "o \"(");
      as_record_list_set_search (list, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
    }
}

static gint64
sorts_done (sqlite3 *handle)
{
  gint64 total = 0;

  for (sqlite3_stmt *stmt = sqlite3_next_stmt (handle, NULL); stmt != NULL;
       stmt = sqlite3_next_stmt (handle, stmt))
    total += sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_SORT, TRUE);
  return total;
}

/* The lists over tables that grow (the register, incidents, requests, loans,
 * the access log) sort through an index. */
static void
test_lists_sort_by_index (Fixture       *fixture,
                          gconstpointer  data)
{
  sqlite3 *handle = as_database_get_handle (fixture->db);

  fill_lists (fixture);
  for (guint s = 0; s < G_N_ELEMENTS (tool_specs); s++)
    {
      const AsListSpec *spec = tool_specs[s];
      g_autoptr(AsRecordList) list = NULL;

      if (spec == &as_documents_list)
        continue;
      list = as_record_list_new (fixture->db, spec);
      for (guint c = 0; c < spec->n_columns; c++)
        for (int descending = 0; descending <= 1; descending++)
          {
            if (spec->columns[c].sort_expr == NULL ||
                !as_record_list_set_sort (list, spec->columns[c].key, descending))
              continue;
            as_record_list_reload (list);
            sorts_done (handle);
            g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), 0));
            if (sorts_done (handle) > 0)
              g_test_fail_printf ("%s.%s%s sorts the table instead of reading an index",
                                  spec->name, spec->columns[c].key, descending ? " desc" : "");
          }
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, tool_fixture_setup, func, as_test_db_teardown)
  ADD ("/tool-store/register", test_register);
  ADD ("/tool-store/assignment-history", test_assignment_history);
  ADD ("/tool-store/assignment-refusals", test_assignment_refusals);
  ADD ("/tool-store/loss-compensation", test_loss_compensation);
  ADD ("/tool-store/damage-and-wear", test_damage_and_wear);
  ADD ("/tool-store/lists", test_lists);
  ADD ("/tool-store/lists-sort-by-index", test_lists_sort_by_index);
#undef ADD

  return g_test_run ();
}
