/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The repair store: every step from the call to the signed certificate,
 * allowed and refused (a refusal leaves every table as it was), the roles,
 * the technician's qualification, the paid-fee rule, invoice requests,
 * charge categories from the warranty, the arrival deadline; contract
 * renewals; the dispatch board. */

#include <locale.h>
#include <string.h>

#include "as-contract-store.h"
#include "as-database.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "as-repair-store.h"
#include "as-warranty.h"
#include "test-util.h"

typedef struct
{
  char       *dir;
  AsDatabase *db;
} Fixture;

/* Staff of the data set. */
enum
{
  RECEPTIONIST = 1,
  SUPERVISOR = 2,
  TECHNICIAN = 3,
  INACTIVE_TECH = 4,
  UNCERTIFIED_TECH = 5,
  EXPIRED_TECH = 6,
  EXPIRING_TODAY_TECH = 7,
  MANAGER = 8,
  NOT_A_TECH = 9,
};

static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro'), (2, 'Norte');"
  "INSERT INTO staff (id, name, roles, branch_id, certificate, certificate_expiry, active) VALUES"
  "  (1, 'Rita Recepción', 1, 1, '', NULL, 1),"
  "  (2, 'Sara Supervisora', 4, 1, '', NULL, 1),"
  "  (3, 'Tomás Técnico', 2, 1, 'CT-1', date('now', 'localtime', '+1 year'), 1),"
  "  (4, 'Iván Inactivo', 2, 1, 'CT-2', date('now', 'localtime', '+1 year'), 0),"
  "  (5, 'Nuria Sincertificado', 2, 1, '', NULL, 1),"
  "  (6, 'Eva Caducada', 2, 1, 'CT-3', date('now', 'localtime', '-1 day'), 1),"
  "  (7, 'Hugo Hoyvence', 2, 2, 'CT-4', date('now', 'localtime'), 1),"
  "  (8, 'Gerardo Gerente', 8, 1, '', NULL, 1),"
  "  (9, 'Raúl Recadero', 1, 1, 'CT-5', date('now', 'localtime', '+1 year'), 1);"
  "INSERT INTO customers (id, name, address, phone, zone) VALUES"
  "  (1, 'Ana Urbana', 'Calle Mayor 1', '600111222', 'urban'),"
  "  (2, 'Blas Suburbano', 'Camino Viejo 9', '600333444', 'suburban');"
  "INSERT INTO providers (id, name, contract_end) VALUES (1, 'ServiPro', NULL),"
  "  (2, 'Caducado SL', '2020-01-01');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora'), (2, 'FR-2', 'Frigorífico');"
  "INSERT INTO model_parts (id, model_id, name, warranty_months) VALUES"
  "  (1, 1, 'Motor', 24), (2, 1, 'Bomba', 6), (3, 2, 'Compresor', 36);"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'U-NEW', 1, 1, date('now', 'localtime', '-3 months')),"
  "  (2, 'U-OLD', 1, 1, date('now', 'localtime', '-4 years')),"
  "  (3, 'U-MID', 1, 2, date('now', 'localtime', '-12 months')),"
  "  (4, 'U-CON', 1, 2, date('now', 'localtime', '-5 years')),"
  "  (5, 'U-CON2', 2, 2, date('now', 'localtime', '-5 years'));"
  "INSERT INTO contracts (id, customer_id, start_date, end_date, fee_cents) VALUES"
  "  (1, 2, date('now', 'localtime', '-1 year'), date('now', 'localtime', '+20 days'), 12000),"
  "  (2, 1, date('now', 'localtime', '-1 year'), date('now', 'localtime', '+25 days'), 9000);"
  "INSERT INTO contract_units VALUES (1, 4), (1, 5);";

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "repairs.db", data_set);
  as_database_set_actor (fixture->db, RECEPTIONIST);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ------------------------------------------------------------- helpers */

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return as_database_query_int (fixture->db, sql, -1);
}

static char *
text (Fixture    *fixture,
      const char *sql)
{
  return as_test_sqlite_text (as_database_get_handle (fixture->db), sql);
}

static void
assert_text (Fixture    *fixture,
             const char *sql,
             const char *expected)
{
  g_autofree char *value = text (fixture, sql);
  g_assert_cmpstr (value, ==, expected);
}

/* Everything a step may write, to compare before and after a refusal. */
static char *
snapshot (Fixture *fixture)
{
  static const char *const tables[] = {
    "repair_orders", "repair_events", "repair_charges", "invoice_requests", "audit_log",
    "contracts", "contract_units", "daily_signoffs",
  };
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *line = as_test_table_checksum (as_database_get_handle (fixture->db),
                                                      tables[i], NULL);
      g_string_append_printf (all, "%s\n", line);
    }
  return g_string_free (all, FALSE);
}

static void
check_refused (Fixture    *fixture,
               const char *before,
               gint64      result,
               GError     *error,
               int         code,
               const char *needle,
               const char *what)
{
  g_autofree char *after = snapshot (fixture);

  if (error == NULL)
    g_error ("%s was not refused", what);
  g_test_message ("%s refused: %s", what, error->message);
  g_assert_cmpint (result, ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, code);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("%s: message “%s” does not say “%s”", what, error->message, needle);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (sqlite3_get_autocommit (as_database_get_handle (fixture->db)));
}

/* Runs @call (which uses `&error`) and checks that it is refused with @code,
 * with @needle in its message, and that no table changed. */
#define REFUSED(fixture, code, needle, call)                                          \
  G_STMT_START {                                                                      \
    g_autofree char *before_ = snapshot (fixture);                                    \
    g_autoptr(GError) error = NULL;                                                   \
    gint64 result_ = (gint64) (call);                                                 \
    check_refused (fixture, before_, result_, error, code, needle, #call);            \
  } G_STMT_END

#define INVALID AS_DATABASE_ERROR_INVALID
#define PERMISSION AS_DATABASE_ERROR_PERMISSION

#define OK(call)                                                                      \
  G_STMT_START {                                                                      \
    g_autoptr(GError) error = NULL;                                                   \
    gboolean ok_ = (call) != 0;                                                       \
    g_assert_no_error (error);                                                        \
    g_assert_true (ok_);                                                              \
  } G_STMT_END

static gint64
receive (Fixture    *fixture,
         gint64      customer_id,
         const char *serial,
         const char *category)
{
  g_autoptr(GError) error = NULL;
  AsRepairRequest request = {
    .customer_id = customer_id, .serial = serial, .fault = "No centrifuga",
    .category = category,
  };
  gint64 id = as_repair_store_receive (fixture->db, &request, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
dispatch (Fixture *fixture,
          gint64   id)
{
  g_autoptr(GError) error = NULL;

  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_true (as_repair_store_dispatch (fixture->db, id, "Revisar bomba", TECHNICIAN, 0,
                                           "Multímetro", "Bomba", &error));
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, TECHNICIAN);
}

static char *
repair_value (Fixture    *fixture,
              gint64      id,
              const char *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) repair = as_repair_store_load (fixture->db, id, &error);

  g_assert_no_error (error);
  return g_strdup (g_hash_table_lookup (repair, column));
}

static void
assert_repair (Fixture    *fixture,
               gint64      id,
               const char *column,
               const char *expected)
{
  g_autofree char *value = repair_value (fixture, id, column);
  g_assert_cmpstr (value, ==, expected);
}

static gint64
events_of (Fixture *fixture,
           gint64   id)
{
  g_autoptr(GPtrArray) events = as_repair_store_list_events (fixture->db, id);
  return events->len;
}

static gint64
audits_of (Fixture *fixture,
           gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log"
                                          " WHERE table_name = 'repair_orders' AND row_id = %"
                                          G_GINT64_FORMAT, id);
  return count (fixture, sql);
}

/* --------------------------------------------------------------- tests */

static void
test_receive (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 id = receive (fixture, 1, "u-new", NULL);
  g_autoptr(GPtrArray) events = as_repair_store_list_events (fixture->db, id);
  GHashTable *event;

  /* Filled from the unit, the customer and the receptionist. */
  assert_repair (fixture, id, "serial", "U-NEW");
  assert_repair (fixture, id, "unit_id", "1");
  assert_repair (fixture, id, "model_id", "1");
  assert_repair (fixture, id, "model_name", "Lavadora");
  assert_repair (fixture, id, "customer_name", "Ana Urbana");
  assert_repair (fixture, id, "address", "Calle Mayor 1");
  assert_repair (fixture, id, "phone", "600111222");
  assert_repair (fixture, id, "zone", "urban");
  assert_repair (fixture, id, "channel", "phone");
  assert_repair (fixture, id, "received_by", "1");
  assert_repair (fixture, id, "receiver_name", "Rita Recepción");
  assert_repair (fixture, id, "branch_id", "1");
  assert_repair (fixture, id, "status", "received");
  /* In warranty: proposed free. */
  assert_repair (fixture, id, "category", "free");
  g_assert_nonnull (repair_value (fixture, id, "arrival_deadline"));

  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpstr (g_hash_table_lookup (event, "status"), ==, "received");
  g_assert_cmpstr (g_hash_table_lookup (event, "staff_name"), ==, "Rita Recepción");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE table_name = 'repair_orders'"
                                   " AND action = 'insert' AND actor_id = 1"), ==, 1);

  /* Proposals from the warranty and the contract. */
  assert_repair (fixture, receive (fixture, 1, "U-OLD", NULL), "category", "paid");
  assert_repair (fixture, receive (fixture, 2, "U-CON", NULL), "category", "contract");
  assert_repair (fixture, receive (fixture, 2, "U-CON", "internal"), "category", "internal");

  /* An unknown serial is accepted with a model. */
  {
    g_autoptr(GError) error = NULL;
    AsRepairRequest request = { .customer_id = 2, .serial = "X-999", .model_id = 2,
                                .fault = "Hace ruido", .channel = "visit",
                                .received_at = "2025-03-03 09:00:00", .promised_date = "05/03/2025" };
    gint64 unknown = as_repair_store_receive (fixture->db, &request, &error);
    g_assert_no_error (error);
    assert_repair (fixture, unknown, "unit_id", NULL);
    assert_repair (fixture, unknown, "serial", "X-999");
    assert_repair (fixture, unknown, "category", "paid");
    assert_repair (fixture, unknown, "zone", "suburban");
    assert_repair (fixture, unknown, "channel", "visit");
    assert_repair (fixture, unknown, "promised_date", "2025-03-05");
    assert_repair (fixture, unknown, "received_at", "2025-03-03 09:00:00");
  }
}

static void
test_receive_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  AsRepairRequest request = { .customer_id = 1, .serial = "U-NEW", .fault = "No enciende" };

  request.customer_id = 99;
  REFUSED (fixture, INVALID, "customer", as_repair_store_receive (fixture->db, &request, &error));
  request.customer_id = 1;
  request.fault = "   ";
  REFUSED (fixture, INVALID, "fault", as_repair_store_receive (fixture->db, &request, &error));
  request.fault = "No enciende";
  request.serial = "NOPE-1";
  REFUSED (fixture, INVALID, "NOPE-1", as_repair_store_receive (fixture->db, &request, &error));
  request.serial = NULL;
  REFUSED (fixture, INVALID, "model", as_repair_store_receive (fixture->db, &request, &error));
  request.serial = "U-NEW";
  request.model_id = 2;
  REFUSED (fixture, INVALID, "U-NEW", as_repair_store_receive (fixture->db, &request, &error));
  request.model_id = 0;
  request.channel = "pigeon";
  REFUSED (fixture, INVALID, "pigeon", as_repair_store_receive (fixture->db, &request, &error));
  request.channel = NULL;
  request.zone = "rural";
  REFUSED (fixture, INVALID, "zone", as_repair_store_receive (fixture->db, &request, &error));
  request.zone = NULL;
  request.category = "gratis";
  REFUSED (fixture, INVALID, "gratis", as_repair_store_receive (fixture->db, &request, &error));
  request.category = NULL;
  request.received_at = "ayer";
  REFUSED (fixture, INVALID, "ayer", as_repair_store_receive (fixture->db, &request, &error));
  request.received_at = "2025-02-30 10:00:00";
  REFUSED (fixture, INVALID, NULL, as_repair_store_receive (fixture->db, &request, &error));
  request.received_at = "2025-03-03 10:00:00";
  request.promised_date = "2025-03-01";
  REFUSED (fixture, INVALID, "promised", as_repair_store_receive (fixture->db, &request, &error));
  request.promised_date = NULL;
  request.branch_id = 77;
  REFUSED (fixture, INVALID, "branch", as_repair_store_receive (fixture->db, &request, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM repair_orders"), ==, 0);
}

/* 6 working hours for urban customers, 7 for suburban, on the calendar:
 * Monday to Friday 08:00–18:00, Friday 2025-03-07 a holiday. */
static void
test_arrival_deadline (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsRepairRequest request = { .customer_id = 1, .serial = "U-NEW", .fault = "Pierde agua" };
  struct { gint64 customer; const char *at; const char *deadline; } cases[] = {
    { 1, "2025-03-03 09:00:00", "2025-03-03 15:00:00" },  /* Monday, urban */
    { 2, "2025-03-03 09:00:00", "2025-03-03 16:00:00" },  /* Monday, suburban */
    { 1, "2025-03-06 16:00:00", "2025-03-10 12:00:00" },  /* Thursday, over the holiday and weekend */
    { 2, "2025-03-06 16:00:00", "2025-03-10 13:00:00" },
    { 1, "2025-03-08 11:00:00", "2025-03-10 14:00:00" },  /* a call on Saturday */
  };

  g_assert_true (as_database_exec (fixture->db,
    "DELETE FROM working_hours;"
    "INSERT INTO working_hours VALUES (1, 480, 1080), (2, 480, 1080), (3, 480, 1080),"
    "  (4, 480, 1080), (5, 480, 1080);"
    "INSERT INTO holidays (date, name) VALUES ('2025-03-07', 'Fiesta local');", &error));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 id;
      request.customer_id = cases[i].customer;
      request.received_at = cases[i].at;
      id = as_repair_store_receive (fixture->db, &request, &error);
      g_assert_no_error (error);
      assert_repair (fixture, id, "arrival_deadline", cases[i].deadline);
    }

  /* The hours come from the settings. */
  g_assert_true (as_database_exec (fixture->db,
    "UPDATE settings SET value = '2' WHERE key = 'sla.urban_hours'", &error));
  request.customer_id = 1;
  request.received_at = "2025-03-03 09:00:00";
  assert_repair (fixture, as_repair_store_receive (fixture->db, &request, &error),
                 "arrival_deadline", "2025-03-03 11:00:00");
  g_assert_no_error (error);
}

static void
test_dispatch_rules (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = receive (fixture, 1, "U-NEW", NULL);
  AsDatabase *db = fixture->db;

  /* Only a supervisor dispatches. */
  as_database_set_actor (db, RECEPTIONIST);
  REFUSED (fixture, PERMISSION, "supervisor",
           as_repair_store_dispatch (db, id, "", TECHNICIAN, 0, NULL, NULL, &error));
  as_database_set_actor (db, 0);
  REFUSED (fixture, PERMISSION, "supervisor",
           as_repair_store_dispatch (db, id, "", TECHNICIAN, 0, NULL, NULL, &error));

  as_database_set_actor (db, SUPERVISOR);
  /* Only qualified technicians, each reason named. */
  REFUSED (fixture, INVALID, "Iván Inactivo",
           as_repair_store_dispatch (db, id, "", INACTIVE_TECH, 0, NULL, NULL, &error));
  REFUSED (fixture, INVALID, "Nuria Sincertificado",
           as_repair_store_dispatch (db, id, "", UNCERTIFIED_TECH, 0, NULL, NULL, &error));
  REFUSED (fixture, INVALID, "Eva Caducada",
           as_repair_store_dispatch (db, id, "", EXPIRED_TECH, 0, NULL, NULL, &error));
  REFUSED (fixture, INVALID, "expired",
           as_repair_store_dispatch (db, id, "", EXPIRED_TECH, 0, NULL, NULL, &error));
  REFUSED (fixture, INVALID, "not a technician",
           as_repair_store_dispatch (db, id, "", NOT_A_TECH, 0, NULL, NULL, &error));
  REFUSED (fixture, INVALID, NULL,
           as_repair_store_dispatch (db, id, "", 404, 0, NULL, NULL, &error));
  /* Exactly one of technician and provider. */
  REFUSED (fixture, INVALID, "not both",
           as_repair_store_dispatch (db, id, "", TECHNICIAN, 1, NULL, NULL, &error));
  REFUSED (fixture, INVALID, "Choose",
           as_repair_store_dispatch (db, id, "", 0, 0, NULL, NULL, &error));
  REFUSED (fixture, INVALID, "Caducado SL",
           as_repair_store_dispatch (db, id, "", 0, 2, NULL, NULL, &error));
  REFUSED (fixture, AS_DATABASE_ERROR_NOT_FOUND, "404",
           as_repair_store_dispatch (db, 404, "", TECHNICIAN, 0, NULL, NULL, &error));
  g_assert_cmpint (events_of (fixture, id), ==, 1);
  g_assert_cmpint (audits_of (fixture, id), ==, 1);

  /* A certificate valid until today still counts. */
  OK (as_repair_store_dispatch (db, id, "Bomba atascada", EXPIRING_TODAY_TECH, 0, "Llaves",
                                "Bomba", &error));
  assert_repair (fixture, id, "status", "dispatched");
  assert_repair (fixture, id, "technician_name", "Hugo Hoyvence");
  assert_repair (fixture, id, "dispatcher_name", "Sara Supervisora");
  assert_repair (fixture, id, "assessment", "Bomba atascada");
  assert_repair (fixture, id, "bring_tools", "Llaves");
  assert_repair (fixture, id, "bring_parts", "Bomba");
  g_assert_nonnull (repair_value (fixture, id, "dispatched_at"));
  g_assert_cmpint (events_of (fixture, id), ==, 2);
  g_assert_cmpint (audits_of (fixture, id), ==, 2);
  REFUSED (fixture, INVALID, "already been dispatched",
           as_repair_store_dispatch (db, id, "", TECHNICIAN, 0, NULL, NULL, &error));

  /* A provider under contract. */
  id = receive (fixture, 2, "U-MID", NULL);
  OK (as_repair_store_dispatch (db, id, "", 0, 1, NULL, NULL, &error));
  assert_repair (fixture, id, "provider_name", "ServiPro");
  assert_repair (fixture, id, "technician_id", NULL);
}

/* received → dispatched → closed on site, with every refusal on the way. */
static void
test_on_site (Fixture       *fixture,
              gconstpointer  data)
{
  AsDatabase *db = fixture->db;
  gint64 id = receive (fixture, 1, "U-NEW", NULL);

  /* Nothing but dispatch and cancel before dispatch. */
  REFUSED (fixture, INVALID, "not been dispatched",
           as_repair_store_close_on_site (db, id, "Ana", AS_SETTLEMENT_INVOICE, &error));
  REFUSED (fixture, INVALID, "not been dispatched",
           as_repair_store_take_back (db, id, &error));
  REFUSED (fixture, INVALID, "not been dispatched",
           as_repair_store_record_work (db, id, "Cambio de bomba", 30, &error));
  REFUSED (fixture, INVALID, "not been dispatched",
           as_repair_store_record_arrival (db, id, NULL, &error));
  REFUSED (fixture, INVALID, "never came in",
           as_repair_store_return_goods (db, id, "Ana", AS_SETTLEMENT_INVOICE, &error));
  as_database_set_actor (db, SUPERVISOR);
  REFUSED (fixture, INVALID, "not come in",
           as_repair_store_inspect (db, id, "", &error));

  dispatch (fixture, id);
  REFUSED (fixture, INVALID, "before the call",
           as_repair_store_record_arrival (db, id, "2000-01-01 10:00:00", &error));
  REFUSED (fixture, INVALID, "mañana",
           as_repair_store_record_arrival (db, id, "mañana", &error));
  OK (as_repair_store_record_arrival (db, id, NULL, &error));
  REFUSED (fixture, INVALID, "already recorded",
           as_repair_store_record_arrival (db, id, NULL, &error));
  REFUSED (fixture, INVALID, "never came in",
           as_repair_store_return_goods (db, id, "Ana", AS_SETTLEMENT_INVOICE, &error));
  as_database_set_actor (db, SUPERVISOR);
  REFUSED (fixture, INVALID, "not come in", as_repair_store_inspect (db, id, "", &error));
  as_database_set_actor (db, TECHNICIAN);
  REFUSED (fixture, INVALID, "time", as_repair_store_record_work (db, id, "", 0, &error));
  REFUSED (fixture, INVALID, "negative", as_repair_store_record_work (db, id, "x", -5, &error));
  OK (as_repair_store_record_work (db, id, "Bomba desatascada", 40, &error));
  OK (as_repair_store_record_work (db, id, "", 5, &error));
  assert_repair (fixture, id, "labour_minutes", "45");
  assert_repair (fixture, id, "work_done", "Bomba desatascada");

  /* The customer's signature is required. */
  REFUSED (fixture, INVALID, "sign",
           as_repair_store_close_on_site (db, id, "  ", AS_SETTLEMENT_INVOICE, &error));
  REFUSED (fixture, INVALID, "sign",
           as_repair_store_close_on_site (db, id, NULL, AS_SETTLEMENT_INVOICE, &error));
  OK (as_repair_store_close_on_site (db, id, "Ana Urbana", AS_SETTLEMENT_INVOICE, &error));
  assert_repair (fixture, id, "status", "closed");
  assert_repair (fixture, id, "handling", "on_site");
  assert_repair (fixture, id, "signed_by", "Ana Urbana");
  g_assert_nonnull (repair_value (fixture, id, "closed_at"));
  /* A free repair without paid lines is not invoiced. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM invoice_requests"), ==, 0);
  /* received, dispatched, arrival, 2 work sessions, closed */
  g_assert_cmpint (events_of (fixture, id), ==, 6);
  g_assert_cmpint (audits_of (fixture, id), ==, 6);
  g_assert_cmpint (count (fixture, "SELECT sum(minutes) FROM repair_events"), ==, 45);

  /* Nothing more on a closed repair. */
  REFUSED (fixture, INVALID, "closed",
           as_repair_store_close_on_site (db, id, "Ana", AS_SETTLEMENT_INVOICE, &error));
  REFUSED (fixture, INVALID, "closed", as_repair_store_cancel (db, id, "Error", &error));
  REFUSED (fixture, INVALID, "closed", as_repair_store_take_back (db, id, &error));
  REFUSED (fixture, INVALID, "closed", as_repair_store_record_work (db, id, "Más", 5, &error));
  REFUSED (fixture, INVALID, "closed", as_repair_store_escalate (db, id, "Tarde", &error));
  REFUSED (fixture, INVALID, "closed", as_repair_store_charge_fees (db, id, 30, TRUE, FALSE, &error));
  REFUSED (fixture, INVALID, "closed",
           as_repair_store_add_charge (db, id, "other", "Varios", "paid", 1, 100, 0, &error));
  REFUSED (fixture, INVALID, "closed",
           as_repair_store_return_goods (db, id, "Ana", AS_SETTLEMENT_INVOICE, &error));
  as_database_set_actor (db, SUPERVISOR);
  REFUSED (fixture, INVALID, "closed", as_repair_store_inspect (db, id, "", &error));
  REFUSED (fixture, INVALID, "closed",
           as_repair_store_dispatch (db, id, "", TECHNICIAN, 0, NULL, NULL, &error));
}

/* dispatched → in_workshop → ready → closed: goods in, inspection, goods out. */
static void
test_workshop (Fixture       *fixture,
               gconstpointer  data)
{
  AsDatabase *db = fixture->db;
  gint64 id = receive (fixture, 1, "U-NEW", NULL);

  dispatch (fixture, id);
  OK (as_repair_store_take_back (db, id, &error));
  assert_repair (fixture, id, "status", "in_workshop");
  assert_repair (fixture, id, "handling", "taken_back");
  g_assert_nonnull (repair_value (fixture, id, "goods_in_at"));
  REFUSED (fixture, INVALID, "already taken", as_repair_store_take_back (db, id, &error));
  REFUSED (fixture, INVALID, "workshop",
           as_repair_store_close_on_site (db, id, "Ana", AS_SETTLEMENT_INVOICE, &error));
  REFUSED (fixture, INVALID, "workshop", as_repair_store_cancel (db, id, "Ya no", &error));
  REFUSED (fixture, INVALID, "not been inspected",
           as_repair_store_return_goods (db, id, "Ana", AS_SETTLEMENT_INVOICE, &error));

  OK (as_repair_store_record_work (db, id, "Motor rebobinado", 120, &error));
  OK (as_repair_store_add_charge (db, id, "part", NULL, "free", 1, 4500, 1, &error));

  /* Only the director inspects. */
  REFUSED (fixture, PERMISSION, "inspect", as_repair_store_inspect (db, id, "Bien", &error));
  as_database_set_actor (db, SUPERVISOR);
  OK (as_repair_store_inspect (db, id, "Funciona", &error));
  assert_repair (fixture, id, "status", "ready");
  assert_repair (fixture, id, "inspector_name", "Sara Supervisora");
  assert_repair (fixture, id, "inspection_notes", "Funciona");
  REFUSED (fixture, INVALID, "already been inspected", as_repair_store_inspect (db, id, "", &error));
  REFUSED (fixture, INVALID, "inspected",
           as_repair_store_record_work (db, id, "Retoque", 10, &error));
  REFUSED (fixture, INVALID, "workshop", as_repair_store_cancel (db, id, "Ya no", &error));
  REFUSED (fixture, INVALID, "sign",
           as_repair_store_return_goods (db, id, "", AS_SETTLEMENT_INVOICE, &error));

  OK (as_repair_store_return_goods (db, id, "Ana Urbana", AS_SETTLEMENT_INVOICE, &error));
  assert_repair (fixture, id, "status", "closed");
  assert_repair (fixture, id, "signed_by", "Ana Urbana");
  g_assert_nonnull (repair_value (fixture, id, "goods_out_at"));
  g_assert_nonnull (repair_value (fixture, id, "receipt_voided_at"));
  g_assert_nonnull (repair_value (fixture, id, "closed_at"));
  REFUSED (fixture, INVALID, "closed",
           as_repair_store_return_goods (db, id, "Ana", AS_SETTLEMENT_INVOICE, &error));
  /* received, dispatched, taken back, work, charge, inspected, returned */
  g_assert_cmpint (events_of (fixture, id), ==, 7);
  g_assert_cmpint (audits_of (fixture, id), ==, 7);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM invoice_requests"), ==, 0);
}

/* A paid repair: nothing is done before the customer accepts the fee, and
 * completing it sends the paid lines to accounting. */
static void
test_paid_fee (Fixture       *fixture,
               gconstpointer  data)
{
  AsDatabase *db = fixture->db;
  gint64 free_id = receive (fixture, 1, "U-NEW", NULL);
  gint64 id = receive (fixture, 1, "U-OLD", NULL);
  g_autoptr(GPtrArray) charges = NULL;

  assert_repair (fixture, id, "category", "paid");
  REFUSED (fixture, INVALID, "not a paid service",
           as_repair_store_quote_fee (db, free_id, 5000, &error));
  REFUSED (fixture, INVALID, "quoted", as_repair_store_accept_fee (db, id, &error));
  dispatch (fixture, id);
  REFUSED (fixture, INVALID, "quote the fee",
           as_repair_store_record_work (db, id, "Motor", 60, &error));
  REFUSED (fixture, INVALID, "quote the fee", as_repair_store_take_back (db, id, &error));
  REFUSED (fixture, INVALID, "quote the fee",
           as_repair_store_close_on_site (db, id, "Ana", AS_SETTLEMENT_ON_THE_SPOT, &error));
  REFUSED (fixture, INVALID, "negative", as_repair_store_quote_fee (db, id, -1, &error));
  OK (as_repair_store_quote_fee (db, id, 12000, &error));
  assert_repair (fixture, id, "fee_quoted_cents", "12000");
  REFUSED (fixture, INVALID, "not accepted",
           as_repair_store_record_work (db, id, "Motor", 60, &error));
  REFUSED (fixture, INVALID, "not accepted", as_repair_store_take_back (db, id, &error));
  REFUSED (fixture, INVALID, "not accepted",
           as_repair_store_close_on_site (db, id, "Ana", AS_SETTLEMENT_ON_THE_SPOT, &error));
  OK (as_repair_store_accept_fee (db, id, &error));
  REFUSED (fixture, INVALID, "already accepted", as_repair_store_accept_fee (db, id, &error));
  /* A new quote needs a new acceptance. */
  OK (as_repair_store_quote_fee (db, id, 13000, &error));
  assert_repair (fixture, id, "fee_accepted_at", NULL);
  REFUSED (fixture, INVALID, "not accepted",
           as_repair_store_record_work (db, id, "Motor", 60, &error));
  OK (as_repair_store_accept_fee (db, id, &error));
  OK (as_repair_store_record_work (db, id, "Motor cambiado", 90, &error));

  /* Fee schedule: 35.00/h, call-out 25.00, transport 15.00. */
  OK (as_repair_store_charge_fees (db, id, 90, TRUE, TRUE, &error));
  OK (as_repair_store_add_charge (db, id, "part", "", "paid", 2, 1250, 1, &error));
  OK (as_repair_store_add_charge (db, id, "other", "Cortesía", "free", 1, 999, 0, &error));
  charges = as_repair_store_list_charges (db, id);
  g_assert_cmpuint (charges->len, ==, 5);
  {
    GHashTable *labour = g_ptr_array_index (charges, 0);
    GHashTable *part = g_ptr_array_index (charges, 3);
    g_assert_cmpstr (g_hash_table_lookup (labour, "kind"), ==, "labour");
    g_assert_cmpstr (g_hash_table_lookup (labour, "total_cents"), ==, "5250");
    g_assert_cmpstr (g_hash_table_lookup (labour, "category"), ==, "paid");
    g_assert_cmpstr (g_hash_table_lookup (g_ptr_array_index (charges, 1), "total_cents"), ==, "2500");
    g_assert_cmpstr (g_hash_table_lookup (g_ptr_array_index (charges, 2), "total_cents"), ==, "1500");
    g_assert_cmpstr (g_hash_table_lookup (part, "description"), ==, "Motor");
    g_assert_cmpstr (g_hash_table_lookup (part, "total_cents"), ==, "2500");
  }
  REFUSED (fixture, INVALID, "settling",
           as_repair_store_close_on_site (db, id, "Ana", (AsSettlement) 7, &error));
  OK (as_repair_store_close_on_site (db, id, "Ana Urbana", AS_SETTLEMENT_ON_THE_SPOT, &error));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM invoice_requests"), ==, 1);
  /* 5250 + 2500 + 1500 + 2 × 1250; the free line is not invoiced. */
  g_assert_cmpint (count (fixture, "SELECT total_cents FROM invoice_requests"), ==, 11750);
  assert_text (fixture, "SELECT settlement FROM invoice_requests", "on_the_spot");
  g_assert_cmpint (count (fixture, "SELECT repair_id FROM invoice_requests"), ==, id);

  /* Taken back and returned: invoiced on return, to invoice. */
  id = receive (fixture, 1, "U-OLD", NULL);
  dispatch (fixture, id);
  OK (as_repair_store_quote_fee (db, id, 8000, &error));
  OK (as_repair_store_accept_fee (db, id, &error));
  OK (as_repair_store_take_back (db, id, &error));
  OK (as_repair_store_charge_fees (db, id, 60, FALSE, TRUE, &error));
  as_database_set_actor (db, SUPERVISOR);
  OK (as_repair_store_inspect (db, id, NULL, &error));
  OK (as_repair_store_return_goods (db, id, "Ana Urbana", AS_SETTLEMENT_INVOICE, &error));
  assert_text (fixture, "SELECT total_cents || ' ' || settlement FROM invoice_requests"
                        " ORDER BY id DESC LIMIT 1", "5000 invoice");
}

/* Labour, call-out and transport lines take the unit's coverage; parts
 * the category given. */
static void
test_charge_categories (Fixture       *fixture,
                        gconstpointer  data)
{
  AsDatabase *db = fixture->db;
  struct { gint64 customer; const char *serial; const char *category; const char *expected; } cases[] = {
    { 2, "U-MID", NULL, NULL },          /* the motor still in warranty */
    { 1, "U-NEW", NULL, "free" },
    { 1, "U-OLD", "contract", "paid" },  /* the warranty decides, not the repair */
    { 2, "U-CON", NULL, "contract" },
    { 2, "U-CON", "internal", "internal" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 id = receive (fixture, cases[i].customer, cases[i].serial, cases[i].category);
      g_autofree char *day = repair_value (fixture, id, "received_at");
      g_autoptr(AsWarrantyReport) report = NULL;
      g_autoptr(GPtrArray) charges = NULL;
      const char *expected = cases[i].expected;

      day[10] = '\0';
      report = as_warranty_check (db, cases[i].serial, day, NULL);
      if (expected == NULL)
        expected = as_warranty_category_for (report, 0);
      else if (!g_str_equal (expected, "internal"))
        g_assert_cmpstr (as_warranty_category_for (report, 0), ==, expected);
      OK (as_repair_store_charge_fees (db, id, 30, TRUE, TRUE, &error));
      charges = as_repair_store_list_charges (db, id);
      g_assert_cmpuint (charges->len, ==, 3);
      for (guint c = 0; c < charges->len; c++)
        g_assert_cmpstr (g_hash_table_lookup (g_ptr_array_index (charges, c), "category"), ==,
                         expected);
    }

  {
    gint64 id = receive (fixture, 2, "U-MID", NULL);
    gint64 line;
    g_autoptr(GError) error = NULL;

    REFUSED (fixture, INVALID, "nothing to charge",
             as_repair_store_charge_fees (db, id, 0, FALSE, FALSE, &error));
    REFUSED (fixture, INVALID, "model",
             as_repair_store_add_charge (db, id, "part", NULL, "free", 1, 100, 3, &error));
    REFUSED (fixture, INVALID, "repuesto",
             as_repair_store_add_charge (db, id, "repuesto", "x", "free", 1, 100, 0, &error));
    REFUSED (fixture, INVALID, "quantity",
             as_repair_store_add_charge (db, id, "part", "x", "free", 0, 100, 0, &error));
    REFUSED (fixture, INVALID, "Describe",
             as_repair_store_add_charge (db, id, "other", " ", "free", 1, 100, 0, &error));
    /* Amounts whose line total would not fit the 64-bit money type. */
    REFUSED (fixture, INVALID, "price",
             as_repair_store_add_charge (db, id, "other", "x", "paid", 999,
                                         G_GINT64_CONSTANT (100000000000000000), 0, &error));
    REFUSED (fixture, INVALID, "quantity",
             as_repair_store_add_charge (db, id, "other", "x", "paid", G_MAXINT, 100, 0, &error));
    REFUSED (fixture, INVALID, "category",
             as_repair_store_add_charge (db, id, "other", "x", "gratis", 1, 100, 0, &error));
    line = as_repair_store_add_charge (db, id, "part", NULL, "paid", 1, 3000, 2, &error);
    g_assert_no_error (error);
    OK (as_repair_store_remove_charge (db, line, &error));
    g_assert_cmpint (count (fixture, "SELECT count(*) FROM repair_charges WHERE model_part_id = 2"),
                     ==, 0);
    REFUSED (fixture, AS_DATABASE_ERROR_NOT_FOUND, NULL,
             as_repair_store_remove_charge (db, line, &error));
  }
}

static void
test_cancel_and_escalate (Fixture       *fixture,
                          gconstpointer  data)
{
  AsDatabase *db = fixture->db;
  gint64 id = receive (fixture, 1, "U-NEW", NULL);
  gint64 other = receive (fixture, 1, "U-NEW", NULL);

  REFUSED (fixture, INVALID, "why", as_repair_store_escalate (db, id, " ", &error));
  OK (as_repair_store_escalate (db, id, "Falta repuesto", &error));
  assert_repair (fixture, id, "escalation_reason", "Falta repuesto");
  g_assert_nonnull (repair_value (fixture, id, "escalated_at"));

  REFUSED (fixture, INVALID, "reason", as_repair_store_cancel (db, id, "", &error));
  OK (as_repair_store_cancel (db, id, "El cliente lo arregló", &error));
  assert_repair (fixture, id, "status", "cancelled");
  REFUSED (fixture, INVALID, "cancelled", as_repair_store_cancel (db, id, "Otra vez", &error));
  as_database_set_actor (db, SUPERVISOR);
  REFUSED (fixture, INVALID, "cancelled",
           as_repair_store_dispatch (db, id, "", TECHNICIAN, 0, NULL, NULL, &error));

  dispatch (fixture, other);
  OK (as_repair_store_cancel (db, other, "Duplicado", &error));
  assert_repair (fixture, other, "status", "cancelled");
  REFUSED (fixture, AS_DATABASE_ERROR_NOT_FOUND, "999",
           as_repair_store_cancel (db, 999, "x", &error));
  REFUSED (fixture, AS_DATABASE_ERROR_NOT_FOUND, "999",
           as_repair_store_escalate (db, 999, "x", &error));
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (as_repair_store_load (db, 999, &error));
    g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
  }
}

static void
test_contracts (Fixture       *fixture,
                gconstpointer  data)
{
  AsDatabase *db = fixture->db;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) contract = as_contract_store_load (db, 1, &error);
  g_autofree char *old_end = text (fixture, "SELECT end_date FROM contracts WHERE id = 1");
  g_autofree char *expected_start = text (fixture, "SELECT date(end_date, '+1 day') FROM contracts"
                                                   " WHERE id = 1");
  g_autofree char *new_end = text (fixture, "SELECT date(end_date, '+1 year') FROM contracts"
                                            " WHERE id = 1");
  gint64 renewed;

  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (contract, "customer_name"), ==, "Blas Suburbano");
  g_assert_cmpstr (g_hash_table_lookup (contract, "customer_address"), ==, "Camino Viejo 9");
  g_assert_cmpstr (g_hash_table_lookup (contract, "units"), ==,
                   "U-CON — Lavadora\nU-CON2 — Frigorífico");
  g_assert_cmpstr (g_hash_table_lookup (contract, "unit_count"), ==, "2");
  g_assert_cmpstr (g_hash_table_lookup (contract, "end_date"), ==, old_end);

  OK (as_contract_store_record_notice (db, 1, &error));
  g_assert_nonnull (text (fixture, "SELECT notice_sent_at FROM contracts WHERE id = 1"));

  REFUSED (fixture, INVALID, "pronto", as_contract_store_renew (db, 1, "pronto", 10000, &error));
  REFUSED (fixture, INVALID, "starts", as_contract_store_renew (db, 1, old_end, 10000, &error));
  REFUSED (fixture, INVALID, "negative", as_contract_store_renew (db, 1, new_end, -1, &error));
  REFUSED (fixture, AS_DATABASE_ERROR_NOT_FOUND, NULL,
           as_contract_store_renew (db, 77, new_end, 100, &error));

  renewed = as_contract_store_renew (db, 1, new_end, 13000, &error);
  g_assert_no_error (error);
  g_assert_cmpint (renewed, >, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT customer_id || ' ' || start_date || ' ' ||"
                                            " end_date || ' ' || fee_cents || ' ' || status"
                                            " FROM contracts WHERE id = %" G_GINT64_FORMAT, renewed);
    g_autofree char *expected = g_strdup_printf ("2 %s %s 13000 active", expected_start, new_end);
    g_autofree char *units = g_strdup_printf ("SELECT group_concat(unit_id) FROM (SELECT unit_id"
                                              " FROM contract_units WHERE contract_id = %"
                                              G_GINT64_FORMAT " ORDER BY unit_id)", renewed);
    assert_text (fixture, sql, expected);
    assert_text (fixture, units, "4,5");
  }
  {
    g_autofree char *expected = g_strdup_printf ("renewed %" G_GINT64_FORMAT, renewed);
    assert_text (fixture, "SELECT renewal || ' ' || renewed_by_id FROM contracts WHERE id = 1",
                 expected);
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE table_name = 'contracts'"),
                   ==, 3);
  REFUSED (fixture, INVALID, "already been renewed",
           as_contract_store_renew (db, 1, new_end, 100, &error));
  REFUSED (fixture, INVALID, "already been renewed",
           as_contract_store_refuse (db, 1, "No", &error));
  REFUSED (fixture, INVALID, "already been renewed",
           as_contract_store_record_notice (db, 1, &error));

  OK (as_contract_store_refuse (db, 2, "Cambia de proveedor", &error));
  assert_text (fixture, "SELECT renewal || ': ' || renewal_note FROM contracts WHERE id = 2",
               "refused: Cambia de proveedor");
  REFUSED (fixture, INVALID, "refused", as_contract_store_refuse (db, 2, "", &error));
  REFUSED (fixture, INVALID, "refused", as_contract_store_renew (db, 2, new_end, 100, &error));
}

/* The dispatch board: only requests waiting for dispatch, the earlier days'
 * first, then by arrival deadline; the late ones flagged. */
static void
test_dispatch_list (Fixture       *fixture,
                    gconstpointer  data)
{
  AsDatabase *db = fixture->db;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday_dt = g_date_time_add_days (now, -1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *yesterday = g_date_time_format (yesterday_dt, "%Y-%m-%d");
  g_autofree char *early = g_strdup_printf ("%s 00:00:01", today);
  g_autofree char *prev = g_strdup_printf ("%s 17:59:00", yesterday);
  AsRepairRequest request = { .customer_id = 1, .serial = "U-NEW", .fault = "Ruido" };
  g_autoptr(AsRecordList) list = NULL;
  gint64 dispatched, today_id, yesterday_id;

  request.received_at = early;
  today_id = as_repair_store_receive (db, &request, &error);
  request.received_at = prev;
  request.customer_id = 2;
  yesterday_id = as_repair_store_receive (db, &request, &error);
  dispatched = receive (fixture, 1, "U-NEW", NULL);
  g_assert_no_error (error);
  dispatch (fixture, dispatched);
  /* Yesterday's deadline made later than today's: it still comes first. */
  g_assert_true (as_database_exec (db, "UPDATE repair_orders SET arrival_deadline = '2999-01-01 00:00:00'"
                                       " WHERE customer_id = 2", &error));

  list = as_record_list_new (db, &as_dispatch_list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  {
    g_autoptr(AsRecord) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(AsRecord) second = g_list_model_get_item (G_LIST_MODEL (list), 1);
    g_assert_cmpint (as_record_get_id (first), ==, yesterday_id);
    g_assert_cmpint (as_record_get_id (second), ==, today_id);
    g_assert_true (as_record_get_flags (first) & AS_RECORD_FLAG_CARRIED_OVER);
    g_assert_false (as_record_get_flags (first) & AS_RECORD_FLAG_ATTENTION);
    g_assert_false (as_record_get_flags (second) & AS_RECORD_FLAG_CARRIED_OVER);
  }
  /* Make today's one late. */
  g_assert_true (as_database_exec (db, "UPDATE repair_orders SET arrival_deadline = '2000-01-01 00:00:00'"
                                       " WHERE customer_id = 1", &error));
  as_record_list_reload (list);
  {
    g_autoptr(AsRecord) second = g_list_model_get_item (G_LIST_MODEL (list), 1);
    g_assert_cmpint (as_record_get_id (second), ==, today_id);
    g_assert_true (as_record_get_flags (second) & AS_RECORD_FLAG_ATTENTION);
  }
  /* Every column sorts both ways, every filter and a search run. */
  for (guint c = 0; c < as_dispatch_list.n_columns; c++)
    for (int descending = 0; descending <= 1; descending++)
      if (as_record_list_set_sort (list, as_dispatch_list.columns[c].key, descending))
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_true (as_record_list_set_filter (list, "late"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (as_record_list_set_filter (list, "carried_over"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (as_record_list_set_filter (list, NULL));
  as_record_list_set_search (list, "Blas");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/repair-store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("receive", test_receive);
  ADD ("receive-refused", test_receive_refused);
  ADD ("arrival-deadline", test_arrival_deadline);
  ADD ("dispatch-rules", test_dispatch_rules);
  ADD ("on-site", test_on_site);
  ADD ("workshop", test_workshop);
  ADD ("paid-fee", test_paid_fee);
  ADD ("charge-categories", test_charge_categories);
  ADD ("cancel-and-escalate", test_cancel_and_escalate);
  ADD ("contracts", test_contracts);
  ADD ("dispatch-list", test_dispatch_list);
#undef ADD

  return g_test_run ();
}
