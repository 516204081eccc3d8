/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The daily reports on a known data set: the technician's day, the
 * supervisor's and the branch's summaries by category and person, the
 * manager's sign-off and the day's repair register. */

#include <locale.h>
#include <string.h>

#include "as-database.h"
#include "as-reports.h"
#include "test-util.h"

typedef struct
{
  char       *dir;
  AsDatabase *db;
} Fixture;

#define DAY "2025-03-04"

/* Repairs handled on 2025-03-04 (R7 only the day after):
 *   R1 branch 1 free      Ana     received, dispatched, 45 min, closed
 *   R2 branch 1 paid      Ana     received the day before; taken back, 60 min (30 the day before)
 *   R3 branch 2 contract  Bruno   received, dispatched, arrived late, 20 min, escalated
 *   R4 branch 1 paid      —       received, not dispatched
 *   R5 branch 2 internal  ServiPro received, dispatched, 15 min
 *   R6 branch 1 free      —       received, cancelled
 *   R7 branch 1 free      Ana     handled on the 5th only
 *   R8 branch 1 paid      Ana     received, dispatched only on the 5th */
static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro'), (2, 'Norte');"
  "INSERT INTO staff (id, name, roles, branch_id) VALUES"
  "  (1, 'Ana Técnica', 2, 1), (2, 'Bruno Técnico', 2, 2), (3, 'Sara Supervisora', 4, 1),"
  "  (4, 'Gema Gerente', 8, 1), (5, 'Marta Gerente', 8, 2), (6, 'Rita Recepción', 1, 1);"
  "INSERT INTO customers (id, name) VALUES (1, 'Cliente Uno');"
  "INSERT INTO providers (id, name) VALUES (1, 'ServiPro');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
  "INSERT INTO repair_orders (id, customer_id, model_id, fault, received_by, received_at, category,"
  "  status, technician_id, provider_id, branch_id, dispatched_at, arrived_at, arrival_deadline,"
  "  closed_at, escalated_at, labour_minutes) VALUES"
  "  (1, 1, 1, 'F1', 6, '2025-03-04 08:30:00', 'free', 'closed', 1, NULL, 1,"
  "   '2025-03-04 09:00:00', '2025-03-04 14:00:00', '2025-03-04 14:30:00', '2025-03-04 16:00:00', NULL, 45),"
  "  (2, 1, 1, 'F2', 6, '2025-03-03 10:00:00', 'paid', 'in_workshop', 1, NULL, 1,"
  "   '2025-03-03 11:00:00', NULL, '2025-03-03 16:00:00', NULL, NULL, 90),"
  "  (3, 1, 1, 'F3', 6, '2025-03-04 09:00:00', 'contract', 'dispatched', 2, NULL, 2,"
  "   '2025-03-04 10:00:00', '2025-03-04 17:00:00', '2025-03-04 16:00:00', NULL, '2025-03-04 18:00:00', 20),"
  "  (4, 1, 1, 'F4', 6, '2025-03-04 11:00:00', 'paid', 'received', NULL, NULL, 1,"
  "   NULL, NULL, '2025-03-04 17:00:00', NULL, NULL, 0),"
  "  (5, 1, 1, 'F5', 6, '2025-03-04 12:00:00', 'internal', 'dispatched', NULL, 1, 2,"
  "   '2025-03-04 12:30:00', NULL, '2025-03-05 10:00:00', NULL, NULL, 15),"
  "  (6, 1, 1, 'F6', 6, '2025-03-04 13:00:00', 'free', 'cancelled', NULL, NULL, 1,"
  "   NULL, NULL, '2025-03-05 11:00:00', '2025-03-04 13:30:00', NULL, 0),"
  "  (7, 1, 1, 'F7', 6, '2025-03-05 08:00:00', 'free', 'dispatched', 1, NULL, 1,"
  "   '2025-03-05 08:30:00', NULL, '2025-03-05 14:00:00', NULL, NULL, 10),"
  "  (8, 1, 1, 'F8', 6, '2025-03-04 15:00:00', 'paid', 'dispatched', 1, NULL, 1,"
  "   '2025-03-05 08:00:00', NULL, '2025-03-05 13:00:00', NULL, NULL, 0);"
  "INSERT INTO repair_events (repair_id, at, staff_id, status, note, minutes) VALUES"
  "  (1, '2025-03-04 08:30:00', 6, 'received', '', 0),"
  "  (1, '2025-03-04 09:00:00', 3, 'dispatched', '', 0),"
  "  (1, '2025-03-04 15:00:00', 1, 'dispatched', 'work', 45),"
  "  (1, '2025-03-04 16:00:00', 1, 'closed', '', 0),"
  "  (2, '2025-03-03 10:00:00', 6, 'received', '', 0),"
  "  (2, '2025-03-03 11:00:00', 3, 'dispatched', '', 0),"
  "  (2, '2025-03-03 15:00:00', 1, 'dispatched', 'work', 30),"
  "  (2, '2025-03-04 10:00:00', 1, 'in_workshop', '', 0),"
  "  (2, '2025-03-04 12:00:00', 1, 'in_workshop', 'work', 60),"
  "  (3, '2025-03-04 09:00:00', 6, 'received', '', 0),"
  "  (3, '2025-03-04 10:00:00', 3, 'dispatched', '', 0),"
  "  (3, '2025-03-04 17:00:00', 2, 'dispatched', 'arrived', 0),"
  "  (3, '2025-03-04 17:30:00', 2, 'dispatched', 'work', 20),"
  "  (3, '2025-03-04 18:00:00', 3, 'dispatched', 'escalated', 0),"
  "  (4, '2025-03-04 11:00:00', 6, 'received', '', 0),"
  "  (5, '2025-03-04 12:00:00', 6, 'received', '', 0),"
  "  (5, '2025-03-04 12:30:00', 3, 'dispatched', '', 0),"
  "  (5, '2025-03-04 14:00:00', 3, 'dispatched', 'work', 15),"
  "  (6, '2025-03-04 13:00:00', 6, 'received', '', 0),"
  "  (6, '2025-03-04 13:30:00', 6, 'cancelled', '', 0),"
  "  (7, '2025-03-05 08:00:00', 6, 'received', '', 0),"
  "  (7, '2025-03-05 09:00:00', 1, 'dispatched', 'work', 10),"
  "  (8, '2025-03-04 15:00:00', 6, 'received', '', 0),"
  "  (8, '2025-03-05 08:00:00', 3, 'dispatched', '', 0);";

enum { FREE, CONTRACT, PAID, INTERNAL };

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "reports.db", data_set);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static const char *
field (GPtrArray  *rows,
       guint       index,
       const char *key)
{
  g_assert_cmpuint (index, <, rows->len);
  return g_hash_table_lookup (g_ptr_array_index (rows, index), key);
}

static void
assert_totals (const AsReportTotals *totals,
               int free_n, int free_min, int contract_n, int contract_min,
               int paid_n, int paid_min, int internal_n, int internal_min)
{
  int requests[] = { free_n, contract_n, paid_n, internal_n };
  int minutes[] = { free_min, contract_min, paid_min, internal_min };
  int n = 0, m = 0;

  for (int i = 0; i < AS_REPORTS_N_CATEGORIES; i++)
    {
      g_assert_cmpint (totals->requests[i], ==, requests[i]);
      g_assert_cmpint (totals->minutes[i], ==, minutes[i]);
      n += requests[i];
      m += minutes[i];
    }
  g_assert_cmpint (totals->total_requests, ==, n);
  g_assert_cmpint (totals->total_minutes, ==, m);
}

static void
test_categories (void)
{
  g_assert_cmpstr (as_reports_category_code (FREE), ==, "free");
  g_assert_cmpstr (as_reports_category_code (CONTRACT), ==, "contract");
  g_assert_cmpstr (as_reports_category_code (PAID), ==, "paid");
  g_assert_cmpstr (as_reports_category_code (INTERNAL), ==, "internal");
}

static void
test_technician_daily (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = as_reports_technician_daily (fixture->db, DAY, 0, &error);
  AsTechnicianDay *ana, *bruno;

  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  ana = g_ptr_array_index (days, 0);
  bruno = g_ptr_array_index (days, 1);

  g_assert_cmpstr (ana->staff_name, ==, "Ana Técnica");
  g_assert_cmpint (ana->staff_id, ==, 1);
  /* R2 (received the 3rd) then R1; not R7 (the 5th) nor R8 (dispatched the 5th). */
  g_assert_cmpuint (ana->requests->len, ==, 2);
  g_assert_cmpstr (field (ana->requests, 0, "id"), ==, "2");
  g_assert_cmpstr (field (ana->requests, 0, "minutes"), ==, "60");
  g_assert_cmpstr (field (ana->requests, 0, "total_minutes"), ==, "90");
  g_assert_cmpstr (field (ana->requests, 0, "category"), ==, "paid");
  g_assert_cmpstr (field (ana->requests, 0, "status"), ==, "in_workshop");
  g_assert_cmpstr (field (ana->requests, 0, "steps"), ==, "in_workshop");
  g_assert_cmpstr (field (ana->requests, 1, "id"), ==, "1");
  g_assert_cmpstr (field (ana->requests, 1, "customer_name"), ==, "Cliente Uno");
  g_assert_cmpstr (field (ana->requests, 1, "model_name"), ==, "Lavadora");
  g_assert_cmpstr (field (ana->requests, 1, "minutes"), ==, "45");
  g_assert_cmpstr (field (ana->requests, 1, "steps"), ==, "received,dispatched,closed");
  assert_totals (&ana->totals, 1, 45, 0, 0, 1, 60, 0, 0);

  g_assert_cmpstr (bruno->staff_name, ==, "Bruno Técnico");
  g_assert_cmpuint (bruno->requests->len, ==, 1);
  assert_totals (&bruno->totals, 0, 0, 1, 20, 0, 0, 0, 0);

  /* One technician; one with nothing that day; the form of the date. */
  {
    g_autoptr(GPtrArray) one = as_reports_technician_daily (fixture->db, "04/03/2025", 2, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (one->len, ==, 1);
    g_assert_cmpint (((AsTechnicianDay *) g_ptr_array_index (one, 0))->totals.total_minutes, ==, 20);
  }
  {
    g_autoptr(GPtrArray) none = as_reports_technician_daily (fixture->db, DAY, 6, &error);
    AsTechnicianDay *day;
    g_assert_no_error (error);
    g_assert_cmpuint (none->len, ==, 1);
    day = g_ptr_array_index (none, 0);
    g_assert_cmpstr (day->staff_name, ==, "Rita Recepción");
    g_assert_cmpuint (day->requests->len, ==, 0);
    assert_totals (&day->totals, 0, 0, 0, 0, 0, 0, 0, 0);
  }
  {
    g_autoptr(GPtrArray) next = as_reports_technician_daily (fixture->db, "2025-03-05", 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (next->len, ==, 1);
    /* R7 (10 min) and R8 (dispatched that day). */
    g_assert_cmpuint (((AsTechnicianDay *) g_ptr_array_index (next, 0))->requests->len, ==, 2);
    g_assert_cmpint (((AsTechnicianDay *) g_ptr_array_index (next, 0))->totals.total_minutes, ==, 10);
  }
  g_assert_null (as_reports_technician_daily (fixture->db, DAY, 99, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (as_reports_technician_daily (fixture->db, "2025-02-30", 0, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_supervisor_daily (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDailySummary) day = as_reports_supervisor_daily (fixture->db, DAY, &error);
  AsPersonDay *person;

  g_assert_no_error (error);
  g_assert_cmpstr (day->date, ==, DAY);
  g_assert_cmpint (day->branch_id, ==, 0);
  /* R1–R6 and R8 */
  assert_totals (&day->totals, 2, 45, 1, 20, 3, 60, 1, 15);
  g_assert_cmpint (day->received, ==, 6);
  g_assert_cmpint (day->dispatched, ==, 3);
  g_assert_cmpint (day->closed, ==, 1);
  g_assert_cmpint (day->cancelled, ==, 1);
  g_assert_cmpint (day->escalated, ==, 1);
  g_assert_cmpint (day->carried_over, ==, 2);
  g_assert_cmpint (day->late_arrivals, ==, 1);
  /* R4: still waiting, past its deadline at the end of the day */
  g_assert_cmpint (day->open_late, ==, 1);

  g_assert_cmpuint (day->people->len, ==, 3);
  person = g_ptr_array_index (day->people, 0);
  g_assert_cmpstr (person->name, ==, "Ana Técnica");
  g_assert_cmpint (person->staff_id, ==, 1);
  assert_totals (&person->totals, 1, 45, 0, 0, 1, 60, 0, 0);
  person = g_ptr_array_index (day->people, 1);
  g_assert_cmpstr (person->name, ==, "Bruno Técnico");
  assert_totals (&person->totals, 0, 0, 1, 20, 0, 0, 0, 0);
  person = g_ptr_array_index (day->people, 2);
  g_assert_cmpstr (person->name, ==, "ServiPro");
  g_assert_cmpint (person->staff_id, ==, 0);
  g_assert_cmpint (person->provider_id, ==, 1);
  assert_totals (&person->totals, 0, 0, 0, 0, 0, 0, 1, 15);
}

static void
test_branch_daily (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDailySummary) centre = as_reports_branch_daily (fixture->db, 1, DAY, &error);
  g_autoptr(AsDailySummary) north = as_reports_branch_daily (fixture->db, 2, DAY, &error);
  g_autoptr(AsDailySummary) signed_day = NULL;
  g_autofree char *before = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (centre->branch_name, ==, "Centro");
  assert_totals (&centre->totals, 2, 45, 0, 0, 3, 60, 0, 0);
  g_assert_cmpint (centre->received, ==, 4);
  g_assert_cmpint (centre->dispatched, ==, 1);
  g_assert_cmpint (centre->carried_over, ==, 2);
  g_assert_cmpint (centre->late_arrivals, ==, 0);
  g_assert_cmpuint (centre->people->len, ==, 1);
  g_assert_null (centre->signed_at);
  g_assert_cmpint (centre->open_late, ==, 1);
  assert_totals (&north->totals, 0, 0, 1, 20, 0, 0, 1, 15);
  g_assert_cmpint (north->open_late, ==, 0);
  g_assert_cmpuint (north->people->len, ==, 2);

  g_assert_null (as_reports_branch_daily (fixture->db, 9, DAY, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Only the branch's own manager signs, once, and not ahead of the day. */
  before = as_test_table_checksum (as_database_get_handle (fixture->db), "daily_signoffs", NULL);
  as_database_set_actor (fixture->db, 3);
  g_assert_false (as_reports_sign_branch_daily (fixture->db, 1, DAY, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, 5);
  g_assert_false (as_reports_sign_branch_daily (fixture->db, 1, DAY, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "Marta Gerente"));
  g_clear_error (&error);
  as_database_set_actor (fixture->db, 4);
  g_assert_false (as_reports_sign_branch_daily (fixture->db, 1, "2999-01-01", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *after = as_test_table_checksum (as_database_get_handle (fixture->db),
                                                     "daily_signoffs", NULL);
    g_assert_cmpstr (after, ==, before);
    g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log", -1), ==, 0);
  }

  g_assert_true (as_reports_sign_branch_daily (fixture->db, 1, DAY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log"
                                          " WHERE table_name = 'daily_signoffs' AND actor_id = 4", -1),
                   ==, 1);
  g_assert_false (as_reports_sign_branch_daily (fixture->db, 1, DAY, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Gema Gerente"));
  g_clear_error (&error);

  signed_day = as_reports_branch_daily (fixture->db, 1, DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (signed_day->signed_by, ==, 4);
  g_assert_cmpstr (signed_day->signed_by_name, ==, "Gema Gerente");
  g_assert_nonnull (signed_day->signed_at);
}

static void
test_day_register (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = as_reports_day_register (fixture->db, DAY, &error);
  const char *expected[] = { "1", "3", "4", "5", "6", "8" };

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (field (rows, i, "id"), ==, expected[i]);
  g_assert_cmpstr (field (rows, 0, "receiver_name"), ==, "Rita Recepción");
  g_assert_cmpstr (field (rows, 0, "technician_name"), ==, "Ana Técnica");
  g_assert_cmpstr (field (rows, 0, "model_code"), ==, "WM-1");
  g_assert_cmpstr (field (rows, 0, "fault"), ==, "F1");
  g_assert_cmpstr (field (rows, 3, "provider_name"), ==, "ServiPro");
  g_assert_null (field (rows, 2, "technician_name"));
  g_assert_null (as_reports_day_register (fixture->db, "ayer", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reports/categories", test_categories);
#define ADD(path, func) \
  g_test_add ("/reports/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("technician-daily", test_technician_daily);
  ADD ("supervisor-daily", test_supervisor_daily);
  ADD ("branch-daily", test_branch_daily);
  ADD ("day-register", test_day_register);
#undef ADD

  return g_test_run ();
}
