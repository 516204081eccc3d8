/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The customer-care programme: follow-up calls cover each completed repair
 * exactly once; the mystery shopper's identity stays hidden from the roles
 * not allowed to know it (detail, list, search, audit log); key-customer
 * visits, committee meetings and suggestion-form collections. */

#include <locale.h>
#include <string.h>

#include "as-care-store.h"
#include "as-database.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "test-util.h"

typedef AsTestDb Fixture;

enum { RECEPTIONIST = 1, SUPERVISOR = 2, DEPUTY_GM = 3, MANAGER = 4, SHOPPER = 5 };

static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro');"
  "INSERT INTO staff (id, name, roles, branch_id, active) VALUES"
  "  (1, 'Rita Recepción', 1, 1, 1), (2, 'Sara Supervisora', 4, 1, 1),"
  "  (3, 'Diego Subdirector', 128, 1, 1), (4, 'Gerardo Gerente', 8, 1, 1),"
  "  (5, 'Zoe Secreta', 16, 1, 1);"
  "INSERT INTO customers (id, name, key_customer) VALUES (1, 'Ana Urbana', 0),"
  "  (2, 'Hotel Sol', 1), (3, 'Clínica Mar', 1);"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
  "INSERT INTO repair_orders (id, customer_id, model_id, fault, received_at, status, closed_at)"
  "  VALUES (1, 1, 1, 'No enciende', '2026-01-02 10:00:00', 'closed', '2026-01-05 12:00:00'),"
  "  (2, 2, 1, 'Ruido', '2026-01-03 10:00:00', 'closed', '2026-02-01 09:00:00'),"
  "  (3, 2, 1, 'Fuga', '2026-01-04 10:00:00', 'cancelled', '2026-01-04 11:00:00'),"
  "  (4, 3, 1, 'No centrifuga', '2026-01-05 10:00:00', 'dispatched', NULL),"
  "  (5, 3, 1, 'Olor', '2026-03-01 10:00:00', 'closed', '2026-03-10 16:00:00');";

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  as_test_db_setup (fixture, data);
  g_assert_true (as_database_exec (fixture->db, data_set, &error));
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, RECEPTIONIST);
}

static guint
count_rows (AsRecordList *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* -------------------------------------------------------- follow-up calls */

static void
test_followups_once (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n = 99;

  g_assert_true (as_care_store_schedule_followups (fixture->db, NULL, &n, &error));
  g_assert_no_error (error);
  /* Repairs 1, 2 and 5 are completed; the cancelled and the open one are not. */
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (as_database_query_int (fixture->db,
                                          "SELECT count(*) FROM followup_calls"
                                          " WHERE repair_id IN (1, 2, 5)", 0), ==, 3);
  g_assert_cmpint (as_database_query_int (fixture->db,
                                          "SELECT count(*) FROM followup_calls WHERE repair_id = 2"
                                          " AND due_date = '2026-02-03' AND customer_id = 2", 0),
                   ==, 1);

  /* Again: nothing new. */
  g_assert_true (as_care_store_schedule_followups (fixture->db, NULL, &n, &error));
  g_assert_cmpuint (n, ==, 0);

  /* A repair completed later gets its call, and only it. */
  g_assert_true (as_database_exec (fixture->db,
                                   "UPDATE repair_orders SET status = 'closed',"
                                   " closed_at = '2026-03-20 10:00:00' WHERE id = 4", NULL));
  g_assert_true (as_care_store_schedule_followups (fixture->db, NULL, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM followup_calls", 0),
                   ==, 4);
  g_assert_cmpint (as_database_query_int (fixture->db,
                                          "SELECT count(DISTINCT repair_id) FROM followup_calls",
                                          0), ==, 4);
}

static void
test_followups_since (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (as_care_store_schedule_followups (fixture->db, "2026-02-01", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_false (as_care_store_schedule_followups (fixture->db, "not a date", &n, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_record_call (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) call = NULL;
  gint64 id;

  g_assert_true (as_care_store_schedule_followups (fixture->db, NULL, NULL, &error));
  id = as_database_query_int (fixture->db, "SELECT id FROM followup_calls WHERE repair_id = 1", 0);
  g_assert_false (as_care_store_record_call (fixture->db, id, "unsatisfied", "  ", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_care_store_record_call (fixture->db, id, "pending", "", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_care_store_record_call (fixture->db, 999, "satisfied", "", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (as_care_store_record_call (fixture->db, id, "unsatisfied",
                                            "Sigue haciendo ruido", &error));
  g_assert_no_error (error);
  call = as_care_store_load_call (fixture->db, id, &error);
  g_assert_cmpstr (g_hash_table_lookup (call, "outcome"), ==, "unsatisfied");
  g_assert_cmpint (as_row_get_int (call, "caller_id"), ==, RECEPTIONIST);
  g_assert_true (g_hash_table_contains (call, "called_at"));
  g_assert_cmpstr (g_hash_table_lookup (call, "customer_name"), ==, "Ana Urbana");
}

/* ------------------------------------------------- mystery-shopper secrecy */

static gint64
add_inspection (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  AsInspection inspection = {
    .inspected_on = "2026-01-15", .branch_id = 1, .inspector_id = SHOPPER,
    .subject = "Llamada a recepción", .rating = 2, .findings = "Tardaron en contestar",
  };
  gint64 id;

  as_database_set_actor (fixture->db, SUPERVISOR);
  id = as_care_store_save_inspection (fixture->db, 0, &inspection, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_inspection_roles (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsInspection inspection = {
    .inspected_on = "2026-01-15", .inspector_id = SHOPPER, .rating = 3, .findings = "Bien",
  };

  /* Receptionists and managers neither see nor record inspections. */
  g_assert_false (as_care_store_may_see_inspectors (fixture->db));
  g_assert_cmpint (as_care_store_save_inspection (fixture->db, 0, &inspection, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, MANAGER);
  g_assert_false (as_care_store_may_see_inspectors (fixture->db));
  as_database_set_actor (fixture->db, DEPUTY_GM);
  g_assert_true (as_care_store_may_see_inspectors (fixture->db));
  /* Nobody acting: nobody sees. */
  as_database_set_actor (fixture->db, 0);
  g_assert_false (as_care_store_may_see_inspectors (fixture->db));

  as_database_set_actor (fixture->db, SUPERVISOR);
  inspection.findings = " ";
  g_assert_cmpint (as_care_store_save_inspection (fixture->db, 0, &inspection, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  inspection.findings = "Bien";
  inspection.rating = 5;
  g_assert_cmpint (as_care_store_save_inspection (fixture->db, 0, &inspection, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  inspection.rating = 3;
  inspection.inspected_on = "2999-01-01";
  g_assert_cmpint (as_care_store_save_inspection (fixture->db, 0, &inspection, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM mystery_inspections",
                                          -1), ==, 0);
}

static void
test_inspector_hidden (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) hidden = NULL;
  gint64 id = add_inspection (fixture);

  seen = as_care_store_load_inspection (fixture->db, id, &error);
  g_assert_cmpstr (g_hash_table_lookup (seen, "inspector_name"), ==, "Zoe Secreta");
  g_assert_false (g_hash_table_contains (seen, "inspector_hidden"));

  as_database_set_actor (fixture->db, RECEPTIONIST);
  hidden = as_care_store_load_inspection (fixture->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (hidden, "findings"), ==, "Tardaron en contestar");
  g_assert_false (g_hash_table_contains (hidden, "inspector_name"));
  g_assert_false (g_hash_table_contains (hidden, "inspector_id"));
  g_assert_cmpstr (g_hash_table_lookup (hidden, "inspector_hidden"), ==, "1");

  /* The audit log, which everyone may read, does not name the inspector. */
  g_assert_cmpint (as_database_query_int (fixture->db,
                                          "SELECT count(*) FROM audit_log WHERE details LIKE"
                                          " '%Zoe%' OR details LIKE '%inspector_id%'", -1), ==, 0);
}

static void
test_inspector_not_searchable (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(AsRecordList) full = NULL;
  g_autoptr(AsRecordList) list = NULL;
  g_autoptr(AsRecord) record = NULL;
  const AsListSpec *spec;

  add_inspection (fixture);
  spec = as_care_store_inspections_list (fixture->db);
  g_assert_true (spec == &as_inspections_list);
  full = as_record_list_new (fixture->db, spec);
  as_record_list_set_search (full, "Zoe");
  g_assert_cmpuint (count_rows (full), ==, 1);

  as_database_set_actor (fixture->db, RECEPTIONIST);
  spec = as_care_store_inspections_list (fixture->db);
  g_assert_true (spec == &as_inspections_hidden_list);
  list = as_record_list_new (fixture->db, spec);
  g_assert_cmpuint (count_rows (list), ==, 1);
  record = g_list_model_get_item (G_LIST_MODEL (list), 0);
  for (guint i = 0; i < spec->n_columns; i++)
    {
      g_assert_null (strstr (as_record_get_value (record, i), "Zoe"));
      if (g_str_equal (spec->columns[i].key, "inspector"))
        g_assert_cmpstr (as_record_get_value (record, i), ==, "Hidden");
    }
  as_record_list_set_search (list, "Zoe");
  g_assert_cmpuint (count_rows (list), ==, 0);
  as_record_list_set_search (list, "Secreta");
  g_assert_cmpuint (count_rows (list), ==, 0);
  as_record_list_set_search (list, "contestar");
  g_assert_cmpuint (count_rows (list), ==, 1);
}

/* ------------------------------------------------------ the other records */

static void
test_plan_key_visits (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  g_assert_true (as_care_store_plan_key_visits (fixture->db, "2026-05-04", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (as_care_store_plan_key_visits (fixture->db, "2026-05-11", &n, &error));
  g_assert_cmpuint (n, ==, 0);

  /* Once a visit is made, the next one can be planned. */
  g_hash_table_insert (values, "customer_id", "2");
  g_hash_table_insert (values, "planned_date", "2026-05-04");
  g_hash_table_insert (values, "visited_on", "06/05/2026");
  g_hash_table_insert (values, "notes", "Piden más técnicos en verano");
  g_assert_cmpint (as_directory_save (fixture->db, as_care_visit_entity (),
                                      as_database_query_int (fixture->db,
                                                             "SELECT id FROM customer_visits"
                                                             " WHERE customer_id = 2", 0),
                                      values, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (as_care_store_plan_key_visits (fixture->db, "2026-08-03", &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_assert_false (as_care_store_plan_key_visits (fixture->db, "", &n, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_meeting_entity (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_meetings_list);

  g_hash_table_insert (values, "held_on", "2026-04-20");
  g_hash_table_insert (values, "kind", "lecture");
  g_hash_table_insert (values, "title", "Seminario de mantenimiento");
  g_assert_cmpint (as_directory_save (fixture->db, as_care_meeting_entity (), 0, values, &error),
                   ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_hash_table_insert (values, "kind", "seminar");
  g_hash_table_insert (values, "attendees", "Hotel Sol, Clínica Mar");
  g_assert_cmpint (as_directory_save (fixture->db, as_care_meeting_entity (), 0, values, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_true (as_record_list_set_filter (list, "meetings"));
  g_assert_cmpuint (count_rows (list), ==, 0);
}

static void
test_collections (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(AsRecordList) points = as_record_list_new (fixture->db, &as_suggestion_points_list);
  g_autoptr(AsRecord) record = NULL;
  gint64 point;

  g_hash_table_insert (values, "place", "Centro comercial Norte");
  point = as_directory_save (fixture->db, as_care_point_entity (), 0, values, &error);
  g_assert_no_error (error);
  g_assert_cmpint (as_care_store_record_collection (fixture->db, point, "2026-03-02", 12, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_care_store_record_collection (fixture->db, point, "09/03/2026", 5, &error),
                   >, 0);
  /* The same day twice, a negative count, the future, an unknown point. */
  g_assert_cmpint (as_care_store_record_collection (fixture->db, point, "2026-03-02", 1, &error),
                   ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_care_store_record_collection (fixture->db, point, "2026-03-03", -1, &error),
                   ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_care_store_record_collection (fixture->db, point, "2999-01-01", 1, &error),
                   ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_care_store_record_collection (fixture->db, 999, "2026-03-03", 1, &error),
                   ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);

  g_assert_cmpuint (count_rows (points), ==, 1);
  record = g_list_model_get_item (G_LIST_MODEL (points), 0);
  g_assert_cmpstr (as_record_get_value (record, 4), ==, "2026-03-09");
  g_assert_cmpstr (as_record_get_value (record, 5), ==, "17");
}

/* Every care list runs in every order and filter, and searches. */
static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  const AsListSpec *specs[] = {
    &as_followups_list, &as_visits_list, &as_meetings_list, &as_inspections_list,
    &as_inspections_hidden_list, &as_suggestion_points_list, &as_suggestion_collections_list,
  };

  g_assert_true (as_care_store_schedule_followups (fixture->db, NULL, NULL, NULL));
  add_inspection (fixture);
  for (guint s = 0; s < G_N_ELEMENTS (specs); s++)
    {
      g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, specs[s]);

      for (guint i = 0; i < specs[s]->n_columns; i++)
        if (specs[s]->columns[i].sort_expr != NULL)
          g_assert_true (as_record_list_set_sort (list, specs[s]->columns[i].key, TRUE));
      for (guint i = 0; i < specs[s]->n_filters; i++)
        g_assert_true (as_record_list_set_filter (list, specs[s]->filters[i].key));
      as_record_list_set_filter (list, NULL);
      as_record_list_set_search (list, "a");
      (void) count_rows (list);
    }
  {
    g_autoptr(AsRecordList) calls = as_record_list_new (fixture->db, &as_followups_list);
    g_assert_cmpuint (count_rows (calls), ==, 3);
    as_record_list_set_search (calls, "Hotel");
    g_assert_cmpuint (count_rows (calls), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/care-store/" path, Fixture, NULL, fixture_setup, func, as_test_db_teardown)
  ADD ("followups-once", test_followups_once);
  ADD ("followups-since", test_followups_since);
  ADD ("record-call", test_record_call);
  ADD ("inspection-roles", test_inspection_roles);
  ADD ("inspector-hidden", test_inspector_hidden);
  ADD ("inspector-not-searchable", test_inspector_not_searchable);
  ADD ("plan-key-visits", test_plan_key_visits);
  ADD ("meeting-entity", test_meeting_entity);
  ADD ("collections", test_collections);
  ADD ("lists", test_lists);
  return g_test_run ();
}
