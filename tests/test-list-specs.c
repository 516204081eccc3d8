/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every list of the program (the work areas' and the Directory's): its SQL
 * runs in every order, filter and search, and the lists over tables that grow
 * sort through an index. */

#include <locale.h>
#include <string.h>

#include "as-database.h"
#include "as-demo.h"
#include "as-directory.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "test-util.h"

/* A temporary database file, removed after each test. */
typedef AsTestDb Fixture;

static AsRecord *
get_record (AsRecordList *list,
            guint         position)
{
  AsRecord *record = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_nonnull (record);
  return record;
}

typedef struct
{
  const char       *owner;
  const AsListSpec *spec;
} NamedSpec;

static GArray *
all_specs (void)
{
  GArray *specs = g_array_new (FALSE, FALSE, sizeof (NamedSpec));
  const AsListSpec *area[] = {
    &as_repairs_list, &as_complaints_list, &as_returns_list, &as_stock_list, &as_movements_list,
    &as_tools_list, &as_surveys_list, &as_contracts_list, &as_audit_list,
    &as_goods_register_list,
  };
  guint n_entities;
  const AsEntity *entities = as_directory_get_entities (&n_entities);

  for (guint i = 0; i < G_N_ELEMENTS (area); i++)
    g_array_append_val (specs, ((NamedSpec) { "area", area[i] }));
  for (guint i = 0; i < n_entities; i++)
    g_array_append_val (specs, ((NamedSpec) { "directory", entities[i].list }));
  return specs;
}

static void
fill_one_of_each (AsDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (as_database_exec (db,
    "INSERT INTO branches (id, name) VALUES (1, 'Centro');"
    "INSERT INTO departments (id, name, kind) VALUES (1, 'Calidad', 'technical');"
    "INSERT INTO staff (id, name, roles, branch_id, department_id, certificate_expiry)"
    "  VALUES (1, 'Tomás', 6, 1, 1, '2020-01-01');"
    "INSERT INTO customers (id, name, zone, key_customer) VALUES (1, 'José', 'suburban', 1);"
    "INSERT INTO providers (id, name) VALUES (1, 'ServiPro');"
    "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
    "INSERT INTO model_parts (model_id, name) VALUES (1, 'Motor');"
    "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES (1, 'U1', 1, 1, '2024-05-01');"
    "INSERT INTO contracts (id, customer_id, start_date, end_date) VALUES (1, 1, '2025-01-01', date('now', '+10 days'));"
    "INSERT INTO contract_units VALUES (1, 1);"
    "INSERT INTO repair_orders (id, customer_id, unit_id, model_id, serial, fault, received_at,"
    "  provider_id, status, handling, goods_in_at)"
    "  VALUES (1, 1, 1, 1, 'U1', 'No enciende', '2025-02-01 09:00:00', 1, 'in_workshop',"
    "  'taken_back', '2025-02-02 11:00:00');"
    "INSERT INTO complaints (subject, received_at, customer_id, department_id, urgent)"
    "  VALUES ('Ruido', '2025-02-02 10:00:00', 1, 1, 1);"
    "INSERT INTO returns (unit_id, customer_id, reason, requested_at) VALUES (1, 1, 'Roto', '2025-02-03');"
    "INSERT INTO warehouses (id, name, branch_id) VALUES (1, 'Central', 1);"
    "INSERT INTO spare_parts (id, part_no, name, model_id, reorder_point) VALUES (1, 'P-1', 'Correa', 1, 5);"
    "INSERT INTO stock (part_id, warehouse_id, quantity) VALUES (1, 1, 2);"
    "INSERT INTO stock_movements (part_id, warehouse_id, kind, quantity, balance, at)"
    "  VALUES (1, 1, 'receipt', 2, 2, '2025-02-04 08:00:00');"
    "INSERT INTO tools (tag, description, holder_id) VALUES ('H-1', 'Multímetro', 1);"
    "INSERT INTO surveys (repair_id, surveyed_at, attitude, skill, arrival, commitment)"
    "  VALUES (1, '2025-02-05', 4, 4, 3, 4);"
    "INSERT INTO audit_log (table_name, row_id, action) VALUES ('customers', 1, 'insert');",
    &error));
  g_assert_no_error (error);
}

/* Every list of the program runs its SQL in every order, filter and search
 * (a broken fragment makes as_database_prepare() warn, which is fatal here). */
static void
test_every_spec (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GArray) specs = all_specs ();

  fill_one_of_each (fixture->db);
  for (guint s = 0; s < specs->len; s++)
    {
      const AsListSpec *spec = g_array_index (specs, NamedSpec, s).spec;
      g_autoptr(AsRecordList) list = NULL;

      g_test_message ("list %s", spec->name);
      g_assert_nonnull (spec->name);
      g_assert_nonnull (spec->table);
      g_assert_true (spec->fts_table != NULL || spec->like_expr != NULL);
      list = as_record_list_new (fixture->db, spec);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >=, 1);
      g_assert_nonnull (as_record_list_get_sort_key (list));
      {
        g_autoptr(AsRecord) record = get_record (list, 0);
        g_assert_cmpint (as_record_get_id (record), >, 0);
      }
      for (guint c = 0; c < spec->n_columns; c++)
        for (int descending = 0; descending <= 1; descending++)
          {
            g_autoptr(AsRecord) record = NULL;
            if (!as_record_list_set_sort (list, spec->columns[c].key, descending))
              {
                g_assert_null (spec->columns[c].sort_expr);
                continue;
              }
            record = get_record (list, 0);
          }
      for (guint f = 0; f < spec->n_filters; f++)
        {
          g_assert_true (as_record_list_set_filter (list, spec->filters[f].key));
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <=, 1);
        }
      g_assert_true (as_record_list_set_filter (list, NULL));
      as_record_list_set_search (list, "o \"(");
      g_assert_cmpint (sqlite3_errcode (as_database_get_handle (fixture->db)), ==, SQLITE_OK);
      if (g_list_model_get_n_items (G_LIST_MODEL (list)) > 0)
        g_object_unref (get_record (list, 0));
      as_record_list_set_search (list, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >=, 1);
    }
}

/* Lists over tables that grow with use must sort through an index, so that
 * the first page of a million rows reads one page and never sorts the table. */
static gint64
sorts_done (sqlite3 *handle,
            gboolean reset)
{
  gint64 total = 0;

  for (sqlite3_stmt *stmt = sqlite3_next_stmt (handle, NULL); stmt != NULL;
       stmt = sqlite3_next_stmt (handle, stmt))
    total += sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_SORT, reset);
  return total;
}

static void
test_sorting_uses_indexes (Fixture       *fixture,
                           gconstpointer  data)
{
  /* tables that can hold hundreds of thousands of rows */
  static const char *const big[] = {
    "repair_orders", "complaints", "returns", "stock_movements", "surveys", "audit_log",
    "customers", "units", "contracts", NULL,
  };
  g_autoptr(GArray) specs = all_specs ();
  sqlite3 *handle = as_database_get_handle (fixture->db);
  g_autoptr(GString) unserved = g_string_new (NULL);

  fill_one_of_each (fixture->db);
  for (guint s = 0; s < specs->len; s++)
    {
      const AsListSpec *spec = g_array_index (specs, NamedSpec, s).spec;
      g_autoptr(AsRecordList) list = NULL;

      if (!g_strv_contains (big, spec->table))
        continue;
      list = as_record_list_new (fixture->db, spec);
      for (guint c = 0; c < spec->n_columns; c++)
        for (int descending = 0; descending <= 1; descending++)
          {
            if (spec->columns[c].sort_expr == NULL ||
                !as_record_list_set_sort (list, spec->columns[c].key, descending))
              continue;
            as_record_list_reload (list);
            sorts_done (handle, TRUE);
            g_object_unref (get_record (list, 0));
            if (sorts_done (handle, TRUE) > 0)
              g_string_append_printf (unserved, " %s.%s%s", spec->name, spec->columns[c].key,
                                      descending ? " desc" : "");
          }
    }
  if (unserved->len > 0)
    g_test_fail_printf ("these orders sort the whole table instead of reading an index:%s",
                        unserved->str);
}

/* Every list of as-lists.h, over demo data, in every filter combined with
 * every order: the page query of each combination is prepared and read (a
 * broken ORDER BY, such as a sort expression that carries its own direction,
 * makes as_database_prepare() warn, which is fatal here). */
static void
test_demo_every_order (Fixture       *fixture,
                       gconstpointer  data)
{
  const AsListSpec *specs[] = {
    &as_repairs_list, &as_complaints_list, &as_returns_list, &as_followups_list, &as_visits_list,
    &as_meetings_list, &as_inspections_list, &as_inspections_hidden_list,
    &as_suggestion_points_list, &as_suggestion_collections_list, &as_stock_list,
    &as_movements_list, &as_loaners_list, &as_loans_list, &as_part_movements_list,
    &as_warehouse_repairs_list, &as_tools_list, &as_tool_incidents_list,
    &as_purchase_requests_list, &as_documents_list, &as_document_loans_list,
    &as_document_access_list, &as_surveys_list, &as_survey_due_list, &as_survey_due_days_list,
    &as_contracts_list, &as_audit_list, &as_dispatch_list, &as_goods_register_list,
  };
  g_autoptr(GError) error = NULL;

  g_assert_true (as_demo_generate (fixture->db, 300, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  for (guint s = 0; s < G_N_ELEMENTS (specs); s++)
    {
      const AsListSpec *spec = specs[s];
      g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, spec);

      for (int f = -1; f < (int) spec->n_filters; f++)
        {
          g_assert_true (as_record_list_set_filter (list, f < 0 ? NULL : spec->filters[f].key));
          for (guint c = 0; c < spec->n_columns; c++)
            for (int descending = 0; descending <= 1; descending++)
              {
                if (!as_record_list_set_sort (list, spec->columns[c].key, descending))
                  continue;
                g_test_message ("list %s, filter %s, order %s%s", spec->name,
                                f < 0 ? "none" : spec->filters[f].key, spec->columns[c].key,
                                descending ? " descending" : "");
                if (g_list_model_get_n_items (G_LIST_MODEL (list)) > 0)
                  g_object_unref (get_record (list, 0));
              }
        }
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/list-specs/all-run", Fixture, NULL, as_test_db_setup, test_every_spec, as_test_db_teardown);
  g_test_add ("/list-specs/demo-every-order", Fixture, NULL, as_test_db_setup,
              test_demo_every_order, as_test_db_teardown);
  g_test_add ("/list-specs/index-sorts", Fixture, NULL, as_test_db_setup, test_sorting_uses_indexes,
              as_test_db_teardown);

  return g_test_run ();
}
