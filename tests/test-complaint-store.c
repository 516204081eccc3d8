/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The complaint store: intake and its validation, routing by subject category
 * (default, edited rule, retailer named), escalation (not satisfied, repeated,
 * serious to the deputy GM), response deadlines and the late flag, the
 * hotline rule and its counter-supervision report, rewards, the monthly
 * performance counts, the history; a refusal leaves every table as it was. */

#include <locale.h>
#include <string.h>

#include "as-complaint-store.h"
#include "as-dashboard.h"
#include "as-database.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "as-schema.h"
#include "as-settings.h"
#include "test-util.h"

typedef struct
{
  char       *dir;
  AsDatabase *db;
} Fixture;

/* Departments and staff of the data set. */
enum
{
  D_RD = 1, D_DESIGN, D_PRODUCTION, D_TECHNICAL, D_WAREHOUSE, D_MARKETING, D_AFTER_SALES,
  D_HOTLINE, D_CHANNEL, D_MANAGEMENT,
};

enum
{
  RECEPTIONIST = 1,   /* after-sales department */
  HOTLINE = 2,        /* corporate supervision */
  SERVICE = 3,        /* after-sales, service department role */
  SUPERVISOR = 4,     /* after-sales, service supervisor */
  DEPUTY_GM = 5,      /* management */
  ENGINEER = 6,       /* production, no role */
  MANAGER = 7,        /* branch manager */
};

static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro');"
  "INSERT INTO departments (id, name, kind) VALUES"
  "  (1, 'I+D', 'rd'), (2, 'Diseño', 'design'), (3, 'Producción', 'production'),"
  "  (4, 'Técnico', 'technical'), (5, 'Almacén y transporte', 'warehouse_transport'),"
  "  (6, 'Marketing', 'marketing'), (7, 'Posventa', 'after_sales'),"
  "  (8, 'Supervisión corporativa', 'hotline_supervision'), (9, 'Canal', 'channel'),"
  "  (10, 'Dirección', 'management');"
  "INSERT INTO staff (id, name, roles, branch_id, department_id) VALUES"
  "  (1, 'Rita Recepción', 1, 1, 7), (2, 'Lina Línea', 256, 1, 8),"
  "  (3, 'Sergio Servicio', 16, 1, 7), (4, 'Sara Supervisora', 4, 1, 7),"
  "  (5, 'Diego Director', 128, NULL, 10), (6, 'Pablo Producción', 0, NULL, 3),"
  "  (7, 'Gerardo Gerente', 8, 1, 7);"
  "INSERT INTO customers (id, name, phone) VALUES (1, 'Ana Cliente', '600111222'),"
  "  (2, 'Blas Cliente', '600333444');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date, retailer) VALUES"
  "  (1, 'U-1', 1, 1, '2026-01-10', 'Electro Sur'), (2, 'U-2', 1, 2, '2026-01-10', '');"
  "INSERT INTO repair_orders (id, customer_id, model_id, fault, received_at, status)"
  "  VALUES (1, 1, 1, 'No centrifuga', '2026-02-01 10:00:00', 'closed');"
  "INSERT INTO surveys (id, repair_id, surveyed_at, attitude, skill, arrival, commitment)"
  "  VALUES (1, 1, '2026-02-03 10:00:00', 1, 2, 1, 1);";

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "complaints.db", data_set);
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

static char *
snapshot (Fixture *fixture)
{
  static const char *const tables[] = {
    "complaints", "complaint_history", "complaint_rewards", "complaint_routes", "audit_log",
    "settings",
  };
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *line = as_test_table_checksum (as_database_get_handle (fixture->db),
                                                      tables[i], NULL);
      g_string_append_printf (all, "%s %s\n", tables[i], line);
    }
  return g_string_free (all, FALSE);
}

/* A complaint with the request's defaults filled in: subject and category. */
static gint64
register_complaint (Fixture            *fixture,
                    AsComplaintRequest *request,
                    GError            **error)
{
  if (request->subject == NULL)
    request->subject = "El aparato hace ruido";
  return as_complaint_store_register (fixture->db, request, error);
}

static gint64
register_ok (Fixture            *fixture,
             AsComplaintRequest *request)
{
  g_autoptr(GError) error = NULL;
  gint64 id = register_complaint (fixture, request, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
assert_refused (Fixture            *fixture,
                AsComplaintRequest *request,
                const char         *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (fixture);
  g_autofree char *after = NULL;

  g_assert_cmpint (register_complaint (fixture, request, &error), ==, 0);
  g_assert_nonnull (error);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message_part);
  after = snapshot (fixture);
  g_assert_cmpstr (before, ==, after);
}

static gint64
department_of (Fixture *fixture,
               gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT department_id FROM complaints WHERE id = %"
                                          G_GINT64_FORMAT, id);
  return count (fixture, sql);
}

static char *
column_of (Fixture    *fixture,
           gint64      id,
           const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM complaints WHERE id = %" G_GINT64_FORMAT,
                                          column, id);
  return text (fixture, sql);
}

static void
assert_column (Fixture    *fixture,
               gint64      id,
               const char *column,
               const char *expected)
{
  g_autofree char *value = column_of (fixture, id, column);
  g_assert_cmpstr (value, ==, expected);
}

/* --------------------------------------------------------------- intake */

static void
test_register_records_everything (Fixture       *fixture,
                                  gconstpointer  data)
{
  AsComplaintRequest request = {
    .channel = "letter", .kind = "complaint", .customer_id = 1, .unit_id = 1,
    .category = AS_COMPLAINT_CATEGORY_FUNCTION, .subject = "  No centrifuga  ",
    .description = "Desde la reparación", .received_at = "2026-03-02 09:30:00",
  };
  gint64 id = register_ok (fixture, &request);
  g_autoptr(GHashTable) loaded = as_complaint_store_load (fixture->db, id, NULL);
  g_autoptr(GPtrArray) history = as_complaint_store_list_history (fixture->db, id);

  assert_column (fixture, id, "subject", "No centrifuga");
  assert_column (fixture, id, "status", "open");
  assert_column (fixture, id, "level", "service");
  assert_column (fixture, id, "model_id", "1");
  assert_column (fixture, id, "received_by", "1");
  /* The default answer time: three days. */
  assert_column (fixture, id, "due_at", "2026-03-05 09:30:00");
  g_assert_cmpstr (g_hash_table_lookup (loaded, "customer_name"), ==, "Ana Cliente");
  g_assert_cmpstr (g_hash_table_lookup (loaded, "unit_serial"), ==, "U-1");
  g_assert_cmpstr (g_hash_table_lookup (loaded, "department_name"), ==, "Técnico");
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (history->pdata[0], "action"), ==, "registered");
  g_assert_cmpstr (g_hash_table_lookup (history->pdata[0], "department_name"), ==, "Técnico");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE table_name = 'complaints'"
                                   " AND action = 'insert'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM complaint_fts WHERE complaint_fts"
                                   " MATCH 'centrifuga'"), ==, 1);
}

static void
test_register_refuses_bad_input (Fixture       *fixture,
                                 gconstpointer  data)
{
  AsComplaintRequest blank = { .subject = "   " };
  AsComplaintRequest channel = { .channel = "pigeon" };
  AsComplaintRequest kind = { .kind = "praise" };
  AsComplaintRequest category = { .category = "weather" };
  AsComplaintRequest unit = { .unit_id = 99 };
  AsComplaintRequest when = { .received_at = "yesterday" };
  AsComplaintRequest due = { .received_at = "2026-03-02 09:30:00",
                             .due_at = "2026-03-01 09:30:00" };
  AsComplaintRequest survey = { .survey_id = 42 };
  AsComplaintRequest priority = { .priority = "gossip" };
  AsComplaintRequest future = { .received_at = "9999-12-31 23:59:59" };

  assert_refused (fixture, &blank, "subject");
  assert_refused (fixture, &channel, "pigeon");
  assert_refused (fixture, &kind, "praise");
  assert_refused (fixture, &category, "weather");
  assert_refused (fixture, &unit, "unit");
  assert_refused (fixture, &when, "yesterday");
  assert_refused (fixture, &due, "before");
  assert_refused (fixture, &survey, "survey");
  assert_refused (fixture, &priority, "gossip");
  assert_refused (fixture, &future, "9999-12-31");
}

static void
test_register_from_survey (Fixture       *fixture,
                           gconstpointer  data)
{
  AsComplaintRequest request = { .customer_id = 1, .survey_id = 1, .serious = TRUE,
                                 .category = AS_COMPLAINT_CATEGORY_SERVICE };
  gint64 id = register_ok (fixture, &request);

  assert_column (fixture, id, "channel", "survey");
  assert_column (fixture, id, "survey_id", "1");
  assert_column (fixture, id, "level", "deputy_gm");
}

/* -------------------------------------------------------------- routing */

static void
test_routing_defaults (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct { const char *category; gint64 department; } routes[] = {
    { AS_COMPLAINT_CATEGORY_QUALITY, D_PRODUCTION },
    { AS_COMPLAINT_CATEGORY_FUNCTION, D_TECHNICAL },
    { AS_COMPLAINT_CATEGORY_DESIGN, D_DESIGN },
    { AS_COMPLAINT_CATEGORY_DEVELOPMENT, D_RD },
    { AS_COMPLAINT_CATEGORY_PACKAGING, D_WAREHOUSE },
    { AS_COMPLAINT_CATEGORY_STAFF, D_MARKETING },
    { AS_COMPLAINT_CATEGORY_SERVICE, D_AFTER_SALES },
    { AS_COMPLAINT_CATEGORY_OTHER, D_AFTER_SALES },
  };

  for (guint i = 0; i < G_N_ELEMENTS (routes); i++)
    {
      AsComplaintRequest request = { .category = routes[i].category };
      gint64 id = register_ok (fixture, &request);

      g_assert_cmpint (department_of (fixture, id), ==, routes[i].department);
      g_assert_cmpint (as_complaint_store_get_route (fixture->db, routes[i].category), ==,
                       routes[i].department);
    }
}

static void
test_routing_edited_rule (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest request = { .category = AS_COMPLAINT_CATEGORY_QUALITY };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Only managers change the routing. */
  before = snapshot (fixture);
  g_assert_false (as_complaint_store_set_rule (fixture->db, AS_COMPLAINT_CATEGORY_QUALITY,
                                               D_RD, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  after = snapshot (fixture);
  g_assert_cmpstr (before, ==, after);

  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_true (as_complaint_store_set_rule (fixture->db, AS_COMPLAINT_CATEGORY_QUALITY,
                                              D_RD, &error));
  g_assert_no_error (error);
  g_assert_cmpint (department_of (fixture, register_ok (fixture, &request)), ==, D_RD);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"
                                   " WHERE table_name = 'complaint_routes'"), ==, 1);

  /* Back to the default. */
  g_assert_true (as_complaint_store_set_rule (fixture->db, AS_COMPLAINT_CATEGORY_QUALITY, 0,
                                              &error));
  g_assert_cmpint (department_of (fixture, register_ok (fixture, &request)), ==, D_PRODUCTION);

  g_assert_false (as_complaint_store_set_rule (fixture->db, "weather", D_RD, &error));
  g_clear_error (&error);
  g_assert_false (as_complaint_store_set_rule (fixture->db, AS_COMPLAINT_CATEGORY_QUALITY, 99,
                                               &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_routing_retailer (Fixture       *fixture,
                       gconstpointer  data)
{
  AsComplaintRequest from_unit = { .customer_id = 1, .unit_id = 1,
                                   .category = AS_COMPLAINT_CATEGORY_RETAILER };
  AsComplaintRequest named = { .customer_id = 2, .category = AS_COMPLAINT_CATEGORY_RETAILER,
                               .retailer = "Hogar Norte" };
  AsComplaintRequest unnamed = { .customer_id = 2, .unit_id = 2,
                                 .category = AS_COMPLAINT_CATEGORY_RETAILER };
  gint64 id = register_ok (fixture, &from_unit);

  g_assert_cmpint (department_of (fixture, id), ==, D_CHANNEL);
  assert_column (fixture, id, "retailer", "Electro Sur");
  assert_column (fixture, register_ok (fixture, &named), "retailer", "Hogar Norte");
  assert_refused (fixture, &unnamed, "retailer");
}

/* With no channel coordination department, marketing coordinates with retailers. */
static void
test_routing_fallback (Fixture       *fixture,
                       gconstpointer  data)
{
  g_assert_true (as_database_exec (fixture->db, "DELETE FROM departments WHERE kind = 'channel'",
                                   NULL));
  g_assert_cmpint (as_complaint_store_get_route (fixture->db, AS_COMPLAINT_CATEGORY_RETAILER), ==,
                   D_MARKETING);
}

/* ----------------------------------------------------------- escalation */

static gint64
answered_complaint (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest request = { .customer_id = 1, .category = AS_COMPLAINT_CATEGORY_QUALITY };
  gint64 id = register_ok (fixture, &request);

  as_database_set_actor (fixture->db, SERVICE);
  g_assert_true (as_complaint_store_assign (fixture->db, id, 0, ENGINEER, NULL, &error));
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, ENGINEER);
  g_assert_true (as_complaint_store_answer (fixture->db, id, "Se cambia el tambor", "phone", NULL,
                                            &error));
  g_assert_no_error (error);
  return id;
}

static void
test_not_satisfied_escalates (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = answered_complaint (fixture);
  g_autoptr(GPtrArray) history = NULL;

  assert_column (fixture, id, "status", "answered");
  assert_column (fixture, id, "answer_channel", "phone");
  g_assert_true (as_complaint_store_record_outcome (fixture->db, id, FALSE, "Sigue igual", &error));
  g_assert_no_error (error);
  assert_column (fixture, id, "status", "in_progress");
  assert_column (fixture, id, "level", "case_management");
  assert_column (fixture, id, "satisfied", "0");
  history = as_complaint_store_list_history (fixture->db, id);
  g_assert_cmpstr (g_hash_table_lookup (history->pdata[history->len - 1], "action"), ==,
                   "not_satisfied");
  g_assert_cmpstr (g_hash_table_lookup (history->pdata[history->len - 1], "level"), ==,
                   "case_management");

  /* Answered again, and this time satisfied: closed, and nothing changes after. */
  g_assert_true (as_complaint_store_answer (fixture->db, id, "Aparato sustituido", "writing", NULL,
                                            &error));
  g_assert_true (as_complaint_store_record_outcome (fixture->db, id, TRUE, NULL, &error));
  g_assert_no_error (error);
  assert_column (fixture, id, "status", "closed");
  g_assert_false (as_complaint_store_assign (fixture->db, id, D_RD, 0, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_repeated_complaint_escalates (Fixture       *fixture,
                                   gconstpointer  data)
{
  AsComplaintRequest first = { .customer_id = 1, .category = AS_COMPLAINT_CATEGORY_QUALITY,
                               .received_at = "2026-03-01 10:00:00" };
  AsComplaintRequest again = { .customer_id = 1, .category = AS_COMPLAINT_CATEGORY_QUALITY,
                               .received_at = "2026-04-15 10:00:00" };
  AsComplaintRequest same_unit = { .customer_id = 1, .unit_id = 1,
                                   .category = AS_COMPLAINT_CATEGORY_PACKAGING,
                                   .received_at = "2026-04-20 10:00:00" };
  AsComplaintRequest other = { .customer_id = 2, .category = AS_COMPLAINT_CATEGORY_QUALITY,
                               .received_at = "2026-04-16 10:00:00" };
  AsComplaintRequest later = { .customer_id = 1, .category = AS_COMPLAINT_CATEGORY_QUALITY,
                               .received_at = "2026-09-01 10:00:00" };
  AsComplaintRequest question = { .customer_id = 1, .kind = "consultation",
                                  .category = AS_COMPLAINT_CATEGORY_QUALITY,
                                  .received_at = "2026-04-16 10:00:00" };
  gint64 first_id = register_ok (fixture, &first);
  gint64 again_id = register_ok (fixture, &again);
  gint64 unit_id;
  g_autofree char *repeat = NULL;

  assert_column (fixture, first_id, "level", "service");
  assert_column (fixture, again_id, "level", "case_management");
  repeat = g_strdup_printf ("%" G_GINT64_FORMAT, first_id);
  assert_column (fixture, again_id, "repeat_of", repeat);
  /* The same unit, even on another subject, is the same matter; a first one
   * about that unit is needed, so the unit is named twice. */
  same_unit.received_at = "2026-04-18 10:00:00";
  register_ok (fixture, &same_unit);
  same_unit.received_at = "2026-04-20 10:00:00";
  unit_id = register_ok (fixture, &same_unit);
  assert_column (fixture, unit_id, "level", "case_management");
  /* Another customer, another category, or outside the 90-day window: not a repeat. */
  assert_column (fixture, register_ok (fixture, &other), "level", "service");
  assert_column (fixture, register_ok (fixture, &later), "level", "service");
  assert_column (fixture, register_ok (fixture, &question), "level", "service");
}

static void
test_serious_goes_to_deputy_gm (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest request = { .customer_id = 2, .serious = TRUE, .urgent = TRUE,
                                 .priority = "legal", .category = AS_COMPLAINT_CATEGORY_QUALITY };
  gint64 id = register_ok (fixture, &request);
  g_autoptr(AsRecordList) review = NULL;

  assert_column (fixture, id, "level", "deputy_gm");
  assert_column (fixture, id, "priority", "legal");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM complaint_history"
                                   " WHERE action = 'escalated' AND level = 'deputy_gm'"), ==, 1);

  /* Not answered before the deputy GM's review, which only they may give. */
  as_database_set_actor (fixture->db, SERVICE);
  g_assert_false (as_complaint_store_answer (fixture->db, id, "Respuesta", "phone", NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_complaint_store_review (fixture->db, id, "Visto", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, DEPUTY_GM);
  g_assert_true (as_complaint_store_review (fixture->db, id, "Sustituir el aparato", &error));
  g_assert_no_error (error);
  assert_column (fixture, id, "reviewed_by", "5");
  as_database_set_actor (fixture->db, SERVICE);
  g_assert_true (as_complaint_store_answer (fixture->db, id, "Se sustituye", "writing", NULL,
                                            &error));
  g_assert_no_error (error);

  /* A general complaint stays with the service department. */
  request.serious = FALSE;
  request.customer_id = 1;
  assert_column (fixture, register_ok (fixture, &request), "level", "service");

  /* The priority list and the deputy GM's list are filters of the complaints list. */
  review = as_record_list_new (fixture->db, &as_complaints_list);
  as_record_list_set_filter (review, "priority");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (review)), ==, 2);
}

static void
test_manual_escalation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest request = { .customer_id = 1 };
  gint64 id = register_ok (fixture, &request);

  /* A receptionist does not handle complaints. */
  g_assert_false (as_complaint_store_escalate (fixture->db, id, "case_management", "x", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, SERVICE);
  g_assert_false (as_complaint_store_escalate (fixture->db, id, "case_management", " ", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (as_complaint_store_escalate (fixture->db, id, "case_management",
                                              "Tercera llamada", &error));
  g_assert_no_error (error);
  g_assert_false (as_complaint_store_escalate (fixture->db, id, "case_management", "x", &error));
  g_clear_error (&error);
  g_assert_true (as_complaint_store_escalate (fixture->db, id, "deputy_gm", "Prensa", &error));
  assert_column (fixture, id, "level", "deputy_gm");
  assert_column (fixture, id, "serious", "1");
}

/* ------------------------------------------------------------ deadlines */

static void
test_deadlines_and_late_flag (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest late = { .received_at = "2020-01-01 10:00:00" };
  AsComplaintRequest urgent = { .urgent = TRUE, .received_at = "2026-03-02 09:00:00" };
  AsComplaintRequest fresh = { 0 };
  g_autoptr(AsRecordList) list = NULL;
  gint64 late_id, fresh_id;

  late_id = register_ok (fixture, &late);
  assert_column (fixture, late_id, "due_at", "2020-01-04 10:00:00");
  assert_column (fixture, register_ok (fixture, &urgent), "due_at", "2026-03-02 13:00:00");
  fresh_id = register_ok (fixture, &fresh);

  /* The settings move the default; out of range is refused. */
  as_database_set_actor (fixture->db, MANAGER);
  g_assert_false (as_complaint_store_set_deadlines (fixture->db, 0, 4, 90, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (as_complaint_store_set_deadlines (fixture->db, 7, 2, 30, &error));
  g_assert_no_error (error);
  late.received_at = "2026-03-02 09:00:00";
  assert_column (fixture, register_ok (fixture, &late), "due_at", "2026-03-09 09:00:00");

  /* Late answers stand out in the list and count on the Dashboard. */
  list = as_record_list_new (fixture->db, &as_complaints_list);
  as_record_list_set_filter (list, "late");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpint (as_dashboard_count (fixture->db, AS_FIGURE_LATE_COMPLAINTS), ==, 3);
  g_assert_cmpint (as_dashboard_count (fixture->db, AS_FIGURE_URGENT_COMPLAINTS), ==, 1);
  {
    g_autoptr(AsRecord) record = NULL;

    as_record_list_set_filter (list, NULL);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
      {
        g_autoptr(AsRecord) row = g_list_model_get_item (G_LIST_MODEL (list), i);
        gboolean attention = (as_record_get_flags (row) & AS_RECORD_FLAG_ATTENTION) != 0;

        g_assert_cmpint (attention, ==, as_record_get_id (row) != fresh_id);
      }
  }

  /* Answered late still counts as late in the month's figures, no longer on the Dashboard. */
  as_database_set_actor (fixture->db, SERVICE);
  g_assert_true (as_complaint_store_answer (fixture->db, late_id, "Resuelto", "phone", NULL,
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_dashboard_count (fixture->db, AS_FIGURE_LATE_COMPLAINTS), ==, 2);

  /* Only managers move a deadline, with a reason. */
  g_assert_false (as_complaint_store_set_due (fixture->db, fresh_id, "2030-01-01 10:00:00", "x",
                                              &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, MANAGER);
  g_assert_false (as_complaint_store_set_due (fixture->db, fresh_id, "2030-01-01 10:00:00", "",
                                              &error));
  g_clear_error (&error);
  g_assert_true (as_complaint_store_set_due (fixture->db, fresh_id, "2030-01-01 10:00:00",
                                             "Espera de pieza", &error));
  assert_column (fixture, fresh_id, "due_at", "2030-01-01 10:00:00");
}

static void
test_answer_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest request = { .received_at = "2026-03-02 09:00:00" };
  gint64 id = register_ok (fixture, &request);

  as_database_set_actor (fixture->db, SERVICE);
  g_assert_false (as_complaint_store_answer (fixture->db, id, " ", "phone", NULL, &error));
  g_clear_error (&error);
  g_assert_false (as_complaint_store_answer (fixture->db, id, "Hecho", "fax", NULL, &error));
  g_clear_error (&error);
  g_assert_false (as_complaint_store_answer (fixture->db, id, "Hecho", "phone",
                                             "2026-03-01 09:00:00", &error));
  g_clear_error (&error);
  g_assert_false (as_complaint_store_record_outcome (fixture->db, id, TRUE, NULL, &error));
  g_clear_error (&error);
  g_assert_true (as_complaint_store_answer (fixture->db, id, "Hecho", "writing",
                                            "2026-03-03 12:00:00", &error));
  g_assert_no_error (error);
  assert_column (fixture, id, "answered_at", "2026-03-03 12:00:00");
  assert_column (fixture, id, "answered_by", "3");
}

/* -------------------------------------------------------------- hotline */

static void
test_hotline_rule (Fixture       *fixture,
                   gconstpointer  data)
{
  AsComplaintRequest by_after_sales = { .channel = "hotline", .received_by = SERVICE };
  AsComplaintRequest by_actor = { .channel = "hotline" };
  AsComplaintRequest by_hotline = { .channel = "hotline", .received_by = HOTLINE };
  AsComplaintRequest phone = { .channel = "phone", .received_by = SERVICE };

  assert_refused (fixture, &by_after_sales, "after-sales department");
  /* The receptionist using the program is of the after-sales department too. */
  assert_refused (fixture, &by_actor, "Rita Recepción");
  assert_column (fixture, register_ok (fixture, &by_hotline), "received_by", "2");
  register_ok (fixture, &phone);

  /* The service department role counts as after-sales even without a department. */
  g_assert_true (as_database_exec (fixture->db, "INSERT INTO staff (id, name, roles)"
                                   " VALUES (9, 'Sin Departamento', 16)", NULL));
  by_after_sales.received_by = 9;
  assert_refused (fixture, &by_after_sales, "after-sales service department");
}

static void
test_hotline_report (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest request = { .channel = "hotline", .received_by = HOTLINE,
                                 .received_at = "2026-03-02 09:00:00" };
  g_autoptr(GPtrArray) march = NULL;
  g_autoptr(GPtrArray) april = NULL;
  gint64 id;

  g_assert_true (as_database_exec (fixture->db,
                                   "INSERT INTO staff (id, name, roles, department_id)"
                                   " VALUES (8, 'Olga Operadora', 256, 8)", NULL));
  id = register_ok (fixture, &request);
  request.received_at = "2026-03-20 09:00:00";
  register_ok (fixture, &request);
  request.received_by = 8;
  register_ok (fixture, &request);
  request.received_at = "2026-04-01 00:00:00";
  register_ok (fixture, &request);
  as_database_set_actor (fixture->db, SERVICE);
  g_assert_true (as_complaint_store_answer (fixture->db, id, "Hecho", "phone",
                                            "2026-03-03 09:00:00", &error));

  march = as_complaint_store_hotline_report (fixture->db, "2026-03", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (march->len, ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (march->pdata[0], "name"), ==, "Lina Línea");
  g_assert_cmpint (as_row_get_int (march->pdata[0], "accepted"), ==, 2);
  g_assert_cmpint (as_row_get_int (march->pdata[0], "answered"), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (march->pdata[0], "department"), ==,
                   "Supervisión corporativa");
  g_assert_cmpstr (g_hash_table_lookup (march->pdata[1], "name"), ==, "Olga Operadora");
  g_assert_cmpint (as_row_get_int (march->pdata[1], "accepted"), ==, 1);
  april = as_complaint_store_hotline_report (fixture->db, "2026-04", &error);
  g_assert_cmpuint (april->len, ==, 1);
  g_assert_null (as_complaint_store_hotline_report (fixture->db, "2026-13", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

/* ---------------------------------------------------------- performance */

static void
test_monthly_performance (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest request = { .category = AS_COMPLAINT_CATEGORY_STAFF,
                                 .received_at = "2026-05-02 09:00:00" };
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  gint64 id = register_ok (fixture, &request);

  register_ok (fixture, &request);
  request.category = AS_COMPLAINT_CATEGORY_QUALITY;
  register_ok (fixture, &request);

  /* Naming the staff member names their department. */
  g_assert_false (as_complaint_store_set_responsible (fixture->db, id, 0, ENGINEER, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_true (as_complaint_store_set_responsible (fixture->db, id, 0, ENGINEER, &error));
  g_assert_no_error (error);
  assert_column (fixture, id, "responsible_department_id", "3");

  departments = as_complaint_store_count_by_department (fixture->db, "2026-05", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (departments->len, ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (departments->pdata[0], "name"), ==, "Producción");
  g_assert_cmpint (as_row_get_int (departments->pdata[0], "total"), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (departments->pdata[1], "name"), ==, "Marketing");
  g_assert_cmpint (as_row_get_int (departments->pdata[1], "total"), ==, 1);
  staff = as_complaint_store_count_by_staff (fixture->db, "2026-05", &error);
  g_assert_cmpuint (staff->len, ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (staff->pdata[0], "name"), ==, "Pablo Producción");
  g_assert_cmpint (as_row_get_int (staff->pdata[0], "total"), ==, 1);
}

static void
test_queries_use_indexes (Fixture       *fixture,
                          gconstpointer  data)
{
  static const struct { const char *sql; const char *index; } queries[] = {
    { "SELECT received_by, count(*) FROM complaints WHERE channel = 'hotline'"
      " AND received_at >= '2026-03-01' AND received_at < '2026-04-01' GROUP BY received_by",
      "complaints_hotline" },
    { "SELECT count(*) FROM complaints WHERE status IN ('open', 'in_progress')"
      " AND due_at < '2026-03-01'", "complaints_status" },
    { "SELECT count(*) FROM complaints WHERE urgent = 1 AND status IN ('open', 'in_progress')",
      "complaints_status" },
    { "SELECT id FROM complaints WHERE priority IS NOT NULL ORDER BY received_at DESC LIMIT 50",
      "complaints_priority" },
    { "SELECT id FROM complaints WHERE customer_id = 1 AND +kind = 'complaint'"
      " AND received_at BETWEEN '2026-01-01' AND '2026-03-01'"
      " AND ((0 = 0 AND category = 'packaging') OR unit_id = 3)", "complaints_repeat" },
    { "SELECT department_id, count(*) FROM complaints WHERE received_at >= '2026-03-01'"
      " AND received_at < '2026-04-01' GROUP BY department_id", "complaints_month" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", queries[i].sql, NULL);
      sqlite3_stmt *stmt = NULL;
      g_autoptr(GString) plan = g_string_new (NULL);

      g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (fixture->db), sql, -1, &stmt,
                                           NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);
      if (strstr (plan->str, queries[i].index) == NULL || strstr (plan->str, "SCAN complaints\n"))
        g_error ("%s does not use %s:\n%s", queries[i].sql, queries[i].index, plan->str);
    }
}

/* -------------------------------------------------------------- rewards */

static void
test_rewards (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest suggestion = { .kind = "suggestion", .customer_id = 1,
                                    .subject = "Avisar por SMS" };
  AsComplaintRequest question = { .kind = "consultation", .customer_id = 1 };
  AsComplaintRequest staff_idea = { .kind = "suggestion", .subject = "Nuevo formulario" };
  gint64 id = register_ok (fixture, &suggestion);
  gint64 question_id = register_ok (fixture, &question);
  gint64 staff_id = register_ok (fixture, &staff_idea);
  g_autoptr(GPtrArray) rewards = NULL;

  /* A receptionist does not approve rewards. */
  g_assert_cmpint (as_complaint_store_add_reward (fixture->db, id, "Vale", 2000, "2026-03-02", 0,
                                                  &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, MANAGER);
  g_assert_cmpint (as_complaint_store_add_reward (fixture->db, question_id, "Vale", 2000,
                                                  "2026-03-02", 0, &error), ==, 0);
  g_clear_error (&error);
  g_assert_cmpint (as_complaint_store_add_reward (fixture->db, id, "Vale", 2000, "2026-02-30", 0,
                                                  &error), ==, 0);
  g_clear_error (&error);
  /* An anonymous suggestion rewards a named staff member, never the approver. */
  g_assert_cmpint (as_complaint_store_add_reward (fixture->db, staff_id, "Vale", 2000,
                                                  "2026-03-02", 0, &error), ==, 0);
  g_clear_error (&error);
  g_assert_cmpint (as_complaint_store_add_reward (fixture->db, staff_id, "Vale", 2000,
                                                  "2026-03-02", MANAGER, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (as_complaint_store_add_reward (fixture->db, staff_id, "Vale", 2000,
                                                  "2026-03-02", RECEPTIONIST, &error), >, 0);
  g_assert_cmpint (as_complaint_store_add_reward (fixture->db, id, "Vale regalo", 2500,
                                                  "2026-03-02", 0, &error), >, 0);
  g_assert_no_error (error);
  rewards = as_complaint_store_list_rewards (fixture->db, id);
  g_assert_cmpuint (rewards->len, ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (rewards->pdata[0], "recipient_name"), ==, "Ana Cliente");
  g_assert_cmpstr (g_hash_table_lookup (rewards->pdata[0], "approver_name"), ==,
                   "Gerardo Gerente");
}

/* ------------------------------------------------------------ reassigning */

static void
test_reassign_keeps_history (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsComplaintRequest request = { .category = AS_COMPLAINT_CATEGORY_QUALITY };
  gint64 id = register_ok (fixture, &request);
  g_autoptr(GPtrArray) history = NULL;

  as_database_set_actor (fixture->db, SERVICE);
  g_assert_true (as_complaint_store_assign (fixture->db, id, D_DESIGN, 0, "Es de diseño", &error));
  g_assert_no_error (error);
  g_assert_false (as_complaint_store_assign (fixture->db, id, D_DESIGN, 0, NULL, &error));
  g_clear_error (&error);
  g_assert_true (as_complaint_store_assign (fixture->db, id, 0, ENGINEER, NULL, &error));
  assert_column (fixture, id, "status", "in_progress");
  /* The handler, without any role, may move their own complaint on. */
  as_database_set_actor (fixture->db, ENGINEER);
  g_assert_true (as_complaint_store_classify (fixture->db, id, TRUE, "crisis", &error));
  g_assert_no_error (error);

  history = as_complaint_store_list_history (fixture->db, id);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpstr (g_hash_table_lookup (history->pdata[1], "department_name"), ==, "Diseño");
  g_assert_cmpstr (g_hash_table_lookup (history->pdata[1], "note"), ==, "Es de diseño");
  g_assert_cmpstr (g_hash_table_lookup (history->pdata[1], "staff_name"), ==, "Sergio Servicio");
  g_assert_cmpstr (g_hash_table_lookup (history->pdata[2], "handler_name"), ==,
                   "Pablo Producción");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE table_name = 'complaints'"
                                   " AND action = 'update'"), ==, 3);
}

/* ------------------------------------------------------------- upgrade */

static void
fold (sqlite3_context *context,
      int              argc,
      sqlite3_value  **argv)
{
  sqlite3_result_value (context, argv[0]);
}

/* A version-2 file's demo statuses and departments become the new columns. */
static void
test_upgrade_from_version_2 (void)
{
  g_autofree char *dir = as_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v2.db", NULL);
  sqlite3 *raw = as_test_sqlite_open (path);
  const char *const *parts;
  g_autoptr(AsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* Version 2 calls the program's own as_fold(): any function does here. */
  sqlite3_create_function (raw, "as_fold", 1, SQLITE_UTF8, NULL, fold, NULL, NULL);
  for (int version = 1; version <= 2; version++)
    for (parts = _as_schema_get_migration (version); *parts; parts++)
      as_test_sqlite_exec (raw, *parts);
  as_test_sqlite_exec (raw,
    "INSERT INTO departments (id, name, kind) VALUES (1, 'Producción', 'production');"
    "INSERT INTO complaints (id, received_at, subject, status, department_id)"
    "  VALUES (1, '2026-01-01 10:00:00', 'Grave', 'escalated', 1),"
    "         (2, '2026-01-01 10:00:00', 'Normal', 'answered', NULL);"
    "PRAGMA application_id = 1095980593; PRAGMA user_version = 2;");
  sqlite3_close (raw);

  db = as_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM complaints WHERE id = 1"
                                              " AND level = 'deputy_gm' AND status = 'in_progress'"
                                              " AND category = 'product_quality'", -1), ==, 1);
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM complaints WHERE id = 2"
                                              " AND category = 'other'", -1), ==, 1);
  g_clear_object (&db);
  as_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/complaint-store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("register/records-everything", test_register_records_everything);
  ADD ("register/refuses-bad-input", test_register_refuses_bad_input);
  ADD ("register/from-survey", test_register_from_survey);
  ADD ("routing/defaults", test_routing_defaults);
  ADD ("routing/edited-rule", test_routing_edited_rule);
  ADD ("routing/retailer", test_routing_retailer);
  ADD ("routing/fallback", test_routing_fallback);
  ADD ("escalation/not-satisfied", test_not_satisfied_escalates);
  ADD ("escalation/repeated", test_repeated_complaint_escalates);
  ADD ("escalation/serious", test_serious_goes_to_deputy_gm);
  ADD ("escalation/manual", test_manual_escalation);
  ADD ("deadline/late-flag", test_deadlines_and_late_flag);
  ADD ("deadline/answer-validation", test_answer_validation);
  ADD ("hotline/rule", test_hotline_rule);
  ADD ("hotline/report", test_hotline_report);
  ADD ("performance/monthly", test_monthly_performance);
  ADD ("performance/indexes", test_queries_use_indexes);
  ADD ("rewards", test_rewards);
  ADD ("history/reassign", test_reassign_keeps_history);
#undef ADD
  g_test_add_func ("/complaint-store/upgrade-from-version-2", test_upgrade_from_version_2);
  return g_test_run ();
}
