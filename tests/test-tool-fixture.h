/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data set shared by the tools, purchase and library store tests: staff
 * with every role that matters to them, three branches and a product model. */
#pragma once

#include "as-database.h"
#include "test-util.h"

/* Staff of the data set. */
enum
{
  SUPERVISOR = 1,
  SERVICE = 2,
  FINANCE = 3,
  PURCHASING = 4,
  TECHNICIAN = 5,
  TECHNICIAN_2 = 6,
  INACTIVE = 7,
  MANAGER = 8,
  DEPUTY_GM = 9,
  SUPERVISOR_2 = 10,
  RECEPTIONIST = 11,
  FINANCE_SUPERVISOR = 12,
};

static const char tool_data_set[] =
  "INSERT INTO branches (id, name, is_centre) VALUES (1, 'Centro', 1), (2, 'Norte', 0),"
  "  (3, 'Sur', 0);"
  "INSERT INTO staff (id, name, roles, branch_id, active) VALUES"
  "  (1, 'Sara Supervisora', 4, 1, 1),"
  "  (2, 'Diego Posventa', 16, 1, 1),"
  "  (3, 'Fina Finanzas', 32, 1, 1),"
  "  (4, 'Pablo Compras', 64, 1, 1),"
  "  (5, 'Tomás Técnico', 2, 1, 1),"
  "  (6, 'Teo Técnico', 2, 2, 1),"
  "  (7, 'Inés Inactiva', 2, 1, 0),"
  "  (8, 'Gema Gerente', 8, 2, 1),"
  "  (9, 'Dora Adjunta', 128, 1, 1),"
  "  (10, 'Sergio Supervisor', 4, 2, 1),"
  "  (11, 'Rita Recepción', 1, 1, 1),"
  "  (12, 'Fausto Doble', 36, 1, 1);"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');";

typedef AsTestDb Fixture;

static inline void
tool_fixture_setup (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  as_test_db_setup (fixture, data);
  g_assert_true (as_database_exec (fixture->db, tool_data_set, &error));
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, SERVICE);
}

static inline gint64
tool_count (Fixture    *fixture,
            const char *sql)
{
  return as_database_query_int (fixture->db, sql, -1);
}

static inline char *
tool_text (Fixture    *fixture,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (fixture->db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* A checksum of @tables, to compare before and after a refusal. */
static inline char *
tool_snapshot (Fixture            *fixture,
               const char *const  *tables)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *line = as_test_table_checksum (as_database_get_handle (fixture->db),
                                                      tables[i], NULL);
      g_string_append_printf (all, "%s=%s\n", tables[i], line);
    }
  return g_string_free (all, FALSE);
}
