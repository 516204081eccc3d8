/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The statements of the stores, declared in as-database.h: one cached
 * statement with its values bound from a type string, run to its end or read
 * as rows of text; and the refusals and timestamps every store writes. */

#include "as-database.h"

/* ---------------------------------------------------------------- helpers */

/* Binds ?1, ?2… of @stmt from @types (see as_database_run()). */
static void
bind_values (sqlite3_stmt *stmt,
             const char   *types,
             va_list       args)
{
  for (int i = 0; types[i] != '\0'; i++)
    {
      if (types[i] == 's')
        {
          const char *text = va_arg (args, const char *);

          if (text != NULL)
            sqlite3_bind_text (stmt, i + 1, text, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (stmt, i + 1);
        }
      else
        {
          gint64 value = va_arg (args, gint64);

          g_assert (types[i] == 'i' || types[i] == 'r');
          if (types[i] == 'i' || value != 0)
            sqlite3_bind_int64 (stmt, i + 1, value);
          else
            sqlite3_bind_null (stmt, i + 1);
        }
    }
}

/* Leaves @stmt ready for its next use and drops the copies of bound text. */
static void
release_statement (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* ------------------------------------------------------------- public API */

/**
 * as_database_run:
 * @self: the database
 * @error: return location for an error
 * @sql: one write statement, with parameters ?1, ?2…
 * @types: one letter a parameter, then the values in the same order: 'i' a
 *   gint64, 'r' a gint64 reference where 0 stands for NULL, 's' a string
 *   (%NULL for NULL)
 *
 * Runs one cached statement with bound values to its end, as
 * as_database_step_done() does.
 *
 * Returns: %TRUE on success
 */
gboolean
as_database_run (AsDatabase  *self,
                 GError     **error,
                 const char  *sql,
                 const char  *types,
                 ...)
{
  gboolean done;
  va_list args;

  va_start (args, types);
  done = as_database_run_valist (self, error, sql, types, args);
  va_end (args);
  return done;
}

/* as_database_run() for a function that takes the values itself. */
gboolean
as_database_run_valist (AsDatabase  *self,
                        GError     **error,
                        const char  *sql,
                        const char  *types,
                        va_list      args)
{
  sqlite3_stmt *stmt = as_database_prepare (self, sql, error);
  gboolean done;

  if (stmt == NULL)
    return FALSE;
  bind_values (stmt, types, args);
  done = as_database_step_done (self, stmt, error);
  sqlite3_clear_bindings (stmt);
  return done;
}

/**
 * as_database_query_row:
 * @self: the database
 * @error: return location for an error
 * @sql: a query, with parameters ?1, ?2…
 * @types: the parameters, as for as_database_run()
 *
 * Returns: (transfer full) (nullable): the first row as
 *   as_database_read_row() reads it, or %NULL when there is none (with @error
 *   set only when the statement cannot be prepared)
 */
GHashTable *
as_database_query_row (AsDatabase  *self,
                       GError     **error,
                       const char  *sql,
                       const char  *types,
                       ...)
{
  sqlite3_stmt *stmt = as_database_prepare (self, sql, error);
  GHashTable *row = NULL;
  va_list args;

  if (stmt == NULL)
    return NULL;
  va_start (args, types);
  bind_values (stmt, types, args);
  va_end (args);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    row = as_database_read_row (stmt);
  release_statement (stmt);
  return row;
}

/**
 * as_database_query_rows:
 * @self: the database
 * @error: return location for an error
 * @limit: the most rows to read; 0 for all of them
 * @sql: a query, with parameters ?1, ?2…
 * @types: the parameters, as for as_database_run()
 *
 * Returns: (transfer full) (nullable): the rows (as as_database_read_row()
 *   reads them), or %NULL with @error set when the statement cannot be
 *   prepared
 */
GPtrArray *
as_database_query_rows (AsDatabase  *self,
                        GError     **error,
                        guint        limit,
                        const char  *sql,
                        const char  *types,
                        ...)
{
  sqlite3_stmt *stmt = as_database_prepare (self, sql, error);
  GPtrArray *rows;
  va_list args;

  if (stmt == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  va_start (args, types);
  bind_values (stmt, types, args);
  va_end (args);
  while ((limit == 0 || rows->len < limit) && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, as_database_read_row (stmt));
  release_statement (stmt);
  return rows;
}

/* Returns: the rowid of the last row inserted through this connection. */
gint64
as_database_last_insert_id (AsDatabase *self)
{
  g_return_val_if_fail (AS_IS_DATABASE (self), 0);
  return sqlite3_last_insert_rowid (as_database_get_handle (self));
}

/**
 * as_database_check_reference:
 * @self: the database
 * @sql: a query that finds the row, ?1 being @id
 * @id: the row a person chose; 0 for none
 * @refusal: the message when there is no such row, already translated
 * @error: return location for an error
 *
 * Returns: %TRUE when @id is 0 or @sql finds it
 */
gboolean
as_database_check_reference (AsDatabase  *self,
                             const char  *sql,
                             gint64       id,
                             const char  *refusal,
                             GError     **error)
{
  g_autoptr(GHashTable) row = NULL;

  if (id == 0)
    return TRUE;
  row = as_database_query_row (self, error, sql, "i", id);
  if (row != NULL)
    return TRUE;
  return error && *error ? FALSE : AS_REFUSE (error, "%s", refusal);
}

/**
 * as_database_refuse:
 * @error: return location for an error
 * @code: the #AsDatabaseError
 * @format: printf() format of the message, already translated
 *
 * Sets @error in the AS_DATABASE_ERROR domain: the way a store turns down a
 * request (see AS_REFUSE() for invalid input).
 *
 * Returns: %FALSE, to return from the refusing function
 */
gboolean
as_database_refuse (GError     **error,
                    int          code,
                    const char  *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, AS_DATABASE_ERROR, code, message);
  return FALSE;
}

/* Returns: (transfer full): the local time now as stored: "YYYY-MM-DD HH:MM:SS". */
char *
as_database_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d %H:%M:%S");
}

/* Returns: (transfer full): the local date today as stored: "YYYY-MM-DD". */
char *
as_database_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}
