/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The survey store and the list of repairs to survey: every completed repair
 * without a survey is listed once, none left out; a survey takes it off the
 * list, a second one is refused; a survey and the complaint it raises are
 * written together or not at all, and a serious complaint goes to the deputy
 * general manager. */

#include <locale.h>
#include <string.h>

#include "as-dashboard.h"
#include "as-database.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "as-survey-store.h"
#include "test-util.h"

typedef AsTestDb Fixture;

enum
{
  RECORDER = 1,     /* service department */
  TECHNICIAN = 2,
  DEPUTY_GM = 3,
  TECHNICIAN_ONLY = 4,
};

/* Repairs 1–6 are closed (2 and 5 surveyed already), 7 is open, 8 cancelled. */
static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro');"
  "INSERT INTO departments (id, name, kind) VALUES (1, 'Servicio posventa', 'after_sales'),"
  "  (2, 'Marketing', 'marketing');"
  "INSERT INTO staff (id, name, roles, branch_id, department_id) VALUES"
  "  (1, 'Sonia Servicio', 16, 1, 1), (2, 'Tomás Técnico', 2, 1, 1),"
  "  (3, 'Diego Director', 128, 1, NULL), (4, 'Teo Solotécnico', 2, 1, 1);"
  "INSERT INTO customers (id, name, phone) VALUES (1, 'Ana Cliente', '600111222'),"
  "  (2, 'Bruno Cliente', '600333444');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'U-1', 1, 1, '2024-01-01');"
  "INSERT INTO repair_orders (id, customer_id, unit_id, model_id, serial, fault, received_at,"
  "  status, technician_id, closed_at) VALUES"
  "  (1, 1, 1, 1, 'U-1', 'No centrifuga', '2026-03-01 09:00:00', 'closed', 2, '2026-03-02 10:00:00'),"
  "  (2, 1, 1, 1, 'U-1', 'Pierde agua', '2026-03-01 10:00:00', 'closed', 2, '2026-03-02 11:00:00'),"
  "  (3, 2, NULL, 1, '', 'Hace ruido', '2026-03-02 09:00:00', 'closed', 2, '2026-03-03 12:00:00'),"
  "  (4, 1, 1, 1, 'U-1', 'No enciende', '2026-03-02 10:00:00', 'closed', 2, '2026-03-03 16:00:00'),"
  "  (5, 1, 1, 1, 'U-1', 'Vibra', '2026-03-03 09:00:00', 'closed', 2, '2026-03-04 09:00:00'),"
  "  (6, 1, 1, 1, 'U-1', 'Olor', '2026-03-04 09:00:00', 'closed', NULL, '2026-03-05 09:00:00'),"
  "  (7, 1, 1, 1, 'U-1', 'Abierta', '2026-03-05 09:00:00', 'dispatched', 2, NULL),"
  "  (8, 1, 1, 1, 'U-1', 'Anulada', '2026-03-05 10:00:00', 'cancelled', NULL, NULL);"
  "INSERT INTO surveys (repair_id, surveyed_at, attitude, skill, arrival, commitment) VALUES"
  "  (2, '2026-03-03 10:00:00', 4, 4, 4, 4), (5, '2026-03-05 10:00:00', 3, 3, 3, 3);";

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  as_test_db_setup (fixture, data);
  g_assert_true (as_database_exec (fixture->db, data_set, &error));
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, RECORDER);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  as_test_db_teardown (fixture, data);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return as_database_query_int (fixture->db, sql, -1);
}

/* The ids of every row of @list, in order, through the paging model. */
static GArray *
list_ids (AsRecordList *list)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 id = as_record_get_id (record);

      g_array_append_val (ids, id);
    }
  return ids;
}

/* The repairs a person would find in the list, checked against the truth
 * computed here without the store: closed, and no survey. */
static void
assert_due_list_complete (Fixture *fixture)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_survey_due_list);
  g_autoptr(GArray) ids = list_ids (list);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 expected = count (fixture, "SELECT count(*) FROM repair_orders r WHERE status = 'closed'"
                                    " AND NOT EXISTS (SELECT 1 FROM surveys s"
                                    "                 WHERE s.repair_id = r.id)");

  g_assert_cmpint (ids->len, ==, expected);
  g_assert_cmpint (as_survey_store_count_due (fixture->db), ==, expected);
  g_assert_cmpint (as_dashboard_count (fixture->db, AS_FIGURE_REPAIRS_TO_SURVEY), ==, expected);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 *id = &g_array_index (ids, gint64, i);
      g_autofree char *sql = g_strdup_printf ("SELECT status = 'closed' AND NOT EXISTS"
                                              " (SELECT 1 FROM surveys WHERE repair_id = %"
                                              G_GINT64_FORMAT ") FROM repair_orders WHERE id = %"
                                              G_GINT64_FORMAT, *id, *id);

      g_assert_false (g_hash_table_contains (seen, id));   /* never listed twice */
      g_hash_table_add (seen, id);
      g_assert_cmpint (count (fixture, sql), ==, 1);
    }
}

static gint64
record (Fixture     *fixture,
        gint64       repair_id,
        const char  *complaint,
        gboolean     serious,
        gint64      *complaint_id,
        GError     **error)
{
  AsSurveyAnswers answers = {
    .repair_id = repair_id, .ratings = { 4, 3, 2, 1 }, .comments = "Amable",
    .complaint = complaint, .complaint_serious = serious,
    .surveyed_at = "2026-03-06 09:30:00",
  };

  return as_survey_store_record (fixture->db, &answers, complaint_id, error);
}

/* ------------------------------------------------------------------ tests */

static void
test_due_list_coverage (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_survey_due_list);
  g_autoptr(GArray) ids = list_ids (list);
  g_autoptr(GError) error = NULL;

  /* Oldest completed first: 1, 3, 4, 6. */
  g_assert_cmpint (ids->len, ==, 4);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, 4);
  g_assert_cmpint (g_array_index (ids, gint64, 3), ==, 6);
  assert_due_list_complete (fixture);

  /* A repair that closes joins the list; a survey takes it off. */
  g_assert_true (as_database_exec (fixture->db, "UPDATE repair_orders SET status = 'closed',"
                                   " closed_at = '2026-03-06 08:00:00' WHERE id = 7", &error));
  g_assert_no_error (error);
  as_database_notify_changed (fixture->db, "repair_orders");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  assert_due_list_complete (fixture);

  g_assert_cmpint (record (fixture, 3, NULL, FALSE, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_clear_pointer (&ids, g_array_unref);
  ids = list_ids (list);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), !=, 3);
  assert_due_list_complete (fixture);

  /* A repair closed by an import (an INSERT) is listed too. */
  g_assert_true (as_database_exec (fixture->db,
    "INSERT INTO repair_orders (id, customer_id, model_id, fault, received_at, status, closed_at)"
    " VALUES (9, 1, 1, 'Importada', '2026-03-06 09:00:00', 'closed', '2026-03-06 12:00:00')",
    &error));
  assert_due_list_complete (fixture);
}

/* The days and their counts add up to the list, and a day's list holds
 * exactly that day's repairs. */
static void
test_due_days (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(AsRecordList) days = as_record_list_new (fixture->db, &as_survey_due_days_list);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (days));
  gint64 total = 0;

  g_assert_cmpuint (n, ==, 3);      /* 2 March (1), 3 March (3, 4), 5 March (6) */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsRecord) day = g_list_model_get_item (G_LIST_MODEL (days), i);
      AsListSpec *spec = as_survey_due_list_new_for_day (as_record_get_id (day));
      g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, spec);
      gint64 n_day = g_ascii_strtoll (as_record_get_value (day, 1), NULL, 10);

      g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_day);
      for (guint r = 0; r < n_day; r++)
        {
          g_autoptr(AsRecord) repair = g_list_model_get_item (G_LIST_MODEL (list), r);
          g_assert_true (g_str_has_prefix (as_record_get_value (repair, 0),
                                           as_record_get_value (day, 0)));
        }
      total += n_day;
      g_clear_object (&list);
      as_survey_due_list_free (spec);
    }
  g_assert_cmpint (total, ==, as_survey_store_count_due (fixture->db));
  {
    g_autoptr(AsRecord) first = g_list_model_get_item (G_LIST_MODEL (days), 0);
    g_assert_cmpint (as_record_get_id (first), ==, 20260302);
  }
  g_assert_null (as_survey_due_list_new_for_day (20260230));
  g_assert_null (as_survey_due_list_new_for_day (0));
}

/* Showing a day reads that day's repairs, not every repair waiting for its
 * survey: a file upgraded from version 2 can hold years of them. */
static void
test_due_days_cost (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsRecordList) days = NULL;
  sqlite3 *handle = as_database_get_handle (fixture->db);
  sqlite3_stmt *row = NULL;
  gint64 n_due, steps;

  /* 1000 repairs completed on one day, besides the few days of the data set. */
  g_assert_true (as_database_exec (fixture->db,
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)"
    " INSERT INTO repair_orders (customer_id, model_id, fault, received_at, status, closed_at)"
    " SELECT 1, 1, 'Lote', '2026-01-10 09:00:00', 'closed', '2026-01-12 10:00:00' FROM n",
    &error));
  g_assert_no_error (error);
  n_due = as_survey_store_count_due (fixture->db);
  days = as_record_list_new (fixture->db, &as_survey_due_days_list);
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (days), 0));

  /* The list's statement that reads one day's row, run for 2 March (one repair). */
  for (sqlite3_stmt *stmt = sqlite3_next_stmt (handle, NULL); stmt != NULL;
       stmt = sqlite3_next_stmt (handle, stmt))
    if (strstr (sqlite3_sql (stmt), "WHERE t.id = ?1") != NULL)
      row = stmt;
  g_assert_nonnull (row);
  sqlite3_reset (row);
  sqlite3_bind_int64 (row, 1, 20260302);
  sqlite3_stmt_status (row, SQLITE_STMTSTATUS_VM_STEP, TRUE);
  g_assert_cmpint (sqlite3_step (row), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (row, 1), ==, 1);
  while (sqlite3_step (row) == SQLITE_ROW)
    ;
  steps = sqlite3_stmt_status (row, SQLITE_STMTSTATUS_VM_STEP, TRUE);
  sqlite3_reset (row);
  sqlite3_clear_bindings (row);
  /* Grouping every waiting repair takes more steps than there are of them. */
  g_assert_cmpint (steps, <, n_due);
}

static void
test_record_survey (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) survey = NULL;
  gint64 complaint_id = -1;
  gint64 id = record (fixture, 1, NULL, FALSE, &complaint_id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (complaint_id, ==, 0);
  survey = as_survey_store_load (fixture->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (survey, "repair_id"), ==, "1");
  g_assert_cmpstr (g_hash_table_lookup (survey, "attitude"), ==, "4");
  g_assert_cmpstr (g_hash_table_lookup (survey, "commitment"), ==, "1");
  g_assert_cmpstr (g_hash_table_lookup (survey, "recorded_by_name"), ==, "Sonia Servicio");
  g_assert_cmpstr (g_hash_table_lookup (survey, "technician_name"), ==, "Tomás Técnico");
  g_assert_cmpint (as_survey_store_find_for_repair (fixture->db, 1), ==, id);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE table_name = 'surveys'"
                                   " AND action = 'insert' AND actor_id = 1"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM complaints"), ==, 0);
}

/* Each refusal has its message and writes nothing. */
static void
assert_refused (Fixture               *fixture,
                const AsSurveyAnswers *answers,
                int                    code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = as_test_database_checksum (as_database_get_path (fixture->db));
  g_autofree char *after = NULL;

  g_assert_cmpint (as_survey_store_record (fixture->db, answers, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, code);
  g_assert_true (error->message != NULL && *error->message != '\0');
  after = as_test_database_checksum (as_database_get_path (fixture->db));
  g_assert_cmpstr (before, ==, after);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  AsSurveyAnswers answers = { .repair_id = 1, .ratings = { 4, 4, 4, 4 },
                              .surveyed_at = "2026-03-06 09:30:00" };
  g_autoptr(GError) error = NULL;

  /* A second survey of the same repair. */
  answers.repair_id = 2;
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
  /* Not completed, cancelled, unknown. */
  answers.repair_id = 7;
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
  answers.repair_id = 8;
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
  answers.repair_id = 999;
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_NOT_FOUND);
  answers.repair_id = 1;
  /* Every criterion needs one of the four levels. */
  answers.ratings[2] = 0;
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
  answers.ratings[2] = 5;
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
  answers.ratings[2] = 3;
  /* Dates: before the repair was completed, in the future, not a date. */
  answers.surveyed_at = "2026-03-01 09:00:00";
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
  answers.surveyed_at = "2999-01-01 09:00:00";
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
  answers.surveyed_at = "ayer";
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
  answers.surveyed_at = "2026-03-06 09:30:00";
  /* A serious complaint without the customer's words. */
  answers.complaint_serious = TRUE;
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
  answers.complaint_serious = FALSE;
  /* The technician who did the repair, and someone without a survey role. */
  as_database_set_actor (fixture->db, TECHNICIAN);
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_PERMISSION);
  as_database_set_actor (fixture->db, TECHNICIAN_ONLY);
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_PERMISSION);

  as_database_set_actor (fixture->db, RECORDER);
  g_assert_cmpint (as_survey_store_record (fixture->db, &answers, NULL, &error), >, 0);
  g_assert_no_error (error);
  /* Now surveyed: the same repair again is refused. */
  assert_refused (fixture, &answers, AS_DATABASE_ERROR_INVALID);
}

/* The complaint is registered in Complaints, linked to the survey, with the
 * repair's customer and unit; a serious one goes to the deputy general
 * manager, a general one (of another customer: a repeated complaint would
 * go to case management) stays with the service department. */
static void
test_complaint_raised (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) survey = NULL;
  gint64 complaint_id = 0, general_id = 0;
  gint64 id = record (fixture, 1, "Llegó tres horas tarde", TRUE, &complaint_id, &error);
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (complaint_id, >, 0);
  sql = g_strdup_printf ("SELECT count(*) FROM complaints WHERE id = %" G_GINT64_FORMAT
                         " AND survey_id = %" G_GINT64_FORMAT " AND kind = 'complaint'"
                         " AND channel = 'survey' AND customer_id = 1 AND unit_id = 1"
                         " AND serious = 1 AND level = 'deputy_gm'"
                         " AND received_at = '2026-03-06 09:30:00'", complaint_id, id);
  g_assert_cmpint (count (fixture, sql), ==, 1);
  survey = as_survey_store_load (fixture->db, id, &error);
  g_assert_cmpint (as_row_get_int (survey, "complaint_id"), ==, complaint_id);
  g_assert_cmpstr (g_hash_table_lookup (survey, "complaint_text"), ==, "Llegó tres horas tarde");
  g_assert_cmpint (as_row_get_int (survey, "complaint_serious"), ==, 1);

  g_assert_cmpint (record (fixture, 3, "Tardó en contestar", FALSE, &general_id, &error), >, 0);
  g_assert_no_error (error);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM complaints WHERE id = %" G_GINT64_FORMAT
                         " AND serious = 0 AND level = 'service'", general_id);
  g_assert_cmpint (count (fixture, sql), ==, 1);
}

static void
test_suggestion_raised (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsSurveyAnswers answers = { .repair_id = 4, .ratings = { 4, 4, 4, 4 },
                              .suggestion = "Avisar antes de llegar",
                              .surveyed_at = "2026-03-06 09:30:00" };
  gint64 id = as_survey_store_record (fixture->db, &answers, NULL, &error);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM complaints WHERE survey_id = %"
                                          G_GINT64_FORMAT " AND kind = 'suggestion'", id);

  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, sql), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM surveys WHERE repair_id = 4"
                                   " AND suggestion = 'Avisar antes de llegar'"), ==, 1);
}

/* When the complaint cannot be written, the survey is not written either:
 * the repair stays on the list and no audit row is left. */
static void
test_one_transaction (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (as_database_exec (fixture->db,
    "CREATE TEMP TRIGGER complaints_fail BEFORE INSERT ON complaints"
    " BEGIN SELECT RAISE (ABORT, 'the disk is full'); END", &error));
  before = as_test_database_checksum (as_database_get_path (fixture->db));
  g_assert_cmpint (record (fixture, 1, "No volvió", TRUE, NULL, &error), ==, 0);
  g_assert_nonnull (error);
  after = as_test_database_checksum (as_database_get_path (fixture->db));
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM surveys WHERE repair_id = 1"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT survey_due FROM repair_orders WHERE id = 1"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, 0);

  /* Once the complaint can be written, the same answers go through. */
  g_clear_error (&error);
  g_assert_true (as_database_exec (fixture->db, "DROP TRIGGER temp.complaints_fail", &error));
  g_assert_cmpint (record (fixture, 1, "No volvió", TRUE, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_labels (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_cmpstr (as_survey_level_get_label (1), ==, "Very dissatisfied");
  g_assert_cmpstr (as_survey_level_get_label (4), ==, "Very satisfied");
  g_assert_null (as_survey_level_get_label (0));
  g_assert_null (as_survey_level_get_label (5));
  g_assert_cmpstr (as_survey_criterion_get_column (AS_SURVEY_COMMITMENT), ==, "commitment");
  g_assert_cmpstr (as_survey_criterion_get_label (AS_SURVEY_ARRIVAL), ==, "Arrival time");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/survey-store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("due-list-coverage", test_due_list_coverage);
  ADD ("due-days-cost", test_due_days_cost);
  ADD ("due-days", test_due_days);
  ADD ("record", test_record_survey);
  ADD ("refusals", test_refusals);
  ADD ("complaint-raised", test_complaint_raised);
  ADD ("suggestion-raised", test_suggestion_raised);
  ADD ("one-transaction", test_one_transaction);
  ADD ("labels", test_labels);
#undef ADD

  return g_test_run ();
}
