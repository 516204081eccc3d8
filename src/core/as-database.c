/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One SQLite connection: safe opening, migrations, cached statements,
 * transactions and the audit log. The only place that opens a database. */

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>

#include "as-database.h"
#include "as-schema.h"

struct _AsDatabase
{
  GObject     parent_instance;
  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt, prepared once */
  gint64      actor_id;
  int         depth;        /* nesting of as_database_begin() */
  GPtrArray  *pending;      /* tables changed in the open transaction */
};

G_DEFINE_TYPE (AsDatabase, as_database, G_TYPE_OBJECT)
G_DEFINE_QUARK (as-database-error-quark, as_database_error)

enum { CHANGED, ACTOR_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

#define SQLITE_HEADER_SIZE 100

/* ---------------------------------------------------------------- helpers */

static void
set_sql_error (GError    **error,
               sqlite3    *db,
               const char *what)
{
  g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
               "%s: %s", what, sqlite3_errmsg (db));
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at the raw file before SQLite does, so that a text file or a file cut
 * short is named as such and never opened for writing. */
static gboolean
inspect_file_header (const char  *path,
                     gboolean    *out_is_new,
                     GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 header[SQLITE_HEADER_SIZE];
  gsize n_read = 0;
  guint64 size, page_size, n_pages;

  *out_is_new = FALSE;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          *out_is_new = TRUE;
          return TRUE;
        }
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_OPEN,
                   _("Cannot open “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_OPEN,
                   _("“%s” is not a regular file."), path);
      return FALSE;
    }
  size = g_file_info_get_size (info);
  if (size == 0)
    {
      *out_is_new = TRUE;
      return TRUE;
    }

  in = g_file_read (file, NULL, &local_error);
  if (in == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n_read,
                                NULL, &local_error))
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_OPEN,
                   _("Cannot read “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  if (n_read < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_AFTERSALES,
                   _("“%s” is not an AfterSales database: it is not a database file at all."),
                   path);
      return FALSE;
    }

  page_size = ((guint) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  n_pages = read_be32 (header + 28);
  /* The page count is only meaningful when it was written with the change counter. */
  if (read_be32 (header + 92) == read_be32 (header + 24) && size < page_size * n_pages)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged: the file is shorter than the database it holds "
                     "(it may have been cut off while copying)."), path);
      return FALSE;
    }
  return TRUE;
}

/* Opens @path read-only without creating anything beside it. Without a
 * write-ahead log the file alone is the whole database, so it is opened as
 * immutable and SQLite makes no -shm file; with one, the log must be read. */
static int
open_for_inspection (const char  *path,
                     sqlite3    **out_db)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf wal_stat;
  g_autofree char *uri = NULL;
  g_autofree char *immutable = NULL;

  if (g_stat (wal, &wal_stat) == 0 && wal_stat.st_size > 0)
    return sqlite3_open_v2 (path, out_db, SQLITE_OPEN_READONLY, NULL);

  uri = g_filename_to_uri (path, NULL, NULL);
  if (uri == NULL)
    return SQLITE_CANTOPEN;
  immutable = g_strconcat (uri, "?immutable=1", NULL);
  return sqlite3_open_v2 (immutable, out_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
}

/* Opens read-only and decides whether the file is ours and understood. */
static gboolean
inspect_existing_database (const char  *path,
                           gboolean    *out_needs_setup,
                           GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 app_id = -1, version = -1, n_objects = -1;
  gboolean ok = FALSE;
  int rc;

  *out_needs_setup = FALSE;
  rc = open_for_inspection (path, &db);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT (SELECT application_id FROM pragma_application_id),"
                             "       (SELECT user_version FROM pragma_user_version),"
                             "       (SELECT count(*) FROM sqlite_schema)", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      app_id = sqlite3_column_int64 (stmt, 0);
      version = sqlite3_column_int64 (stmt, 1);
      n_objects = sqlite3_column_int64 (stmt, 2);
    }

  if (n_objects < 0)
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_CORRUPT,
                 _("“%s” cannot be read as a database: %s"), path, sqlite3_errmsg (db));
  else if (app_id == 0 && version == 0 && n_objects == 0)
    ok = *out_needs_setup = TRUE;
  else if (app_id != AS_APPLICATION_ID)
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_AFTERSALES,
                 _("“%s” is not an AfterSales database: it belongs to another program."), path);
  else if (version > AS_SCHEMA_VERSION)
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_TOO_NEW,
                 _("“%s” was written by a newer version of AfterSales (database version %d; "
                   "this version understands up to %d). Update AfterSales to open it."),
                 path, (int) version, AS_SCHEMA_VERSION);
  else
    {
      ok = TRUE;
      *out_needs_setup = version < AS_SCHEMA_VERSION;
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

/* as_fold(text): lower case without accents, so that names sort and match
 * as a Spanish reader expects ("Álvarez" next to "Alonso", not after "Zapata").
 * Used by the customers.name_key column and its triggers. */
static void
fold_function (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *bare;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    {
      sqlite3_result_text (context, text, -1, SQLITE_TRANSIENT);
      return;
    }
  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (bare, c);
    }
  folded = g_utf8_casefold (bare->str, bare->len);
  g_string_free (bare, TRUE);
  sqlite3_result_text (context, folded, -1, SQLITE_TRANSIENT);
}

static gboolean
apply_connection_settings (AsDatabase  *self,
                           GError     **error)
{
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_create_function (self->db, "as_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, fold_function, NULL, NULL);
  return as_database_exec (self, "PRAGMA foreign_keys = ON", error) &&
         as_database_exec (self, "PRAGMA journal_mode = WAL", error) &&
         as_database_exec (self, "PRAGMA synchronous = NORMAL", error);
}

static gboolean
run_migration_parts (AsDatabase         *self,
                     const char *const  *parts,
                     GError            **error)
{
  for (guint i = 0; parts[i] != NULL; i++)
    if (!as_database_exec (self, parts[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
migrate (AsDatabase  *self,
         GError     **error)
{
  int version = as_database_get_schema_version (self);

  for (int next = version + 1; next <= AS_SCHEMA_VERSION; next++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", next);

      if (!as_database_begin (self, error))
        return FALSE;
      if (!run_migration_parts (self, _as_schema_get_migration (next), error) ||
          !as_database_exec (self, bump, error) ||
          (next == 1 && !as_database_exec (self, "PRAGMA application_id = "
                                           G_STRINGIFY (AS_APPLICATION_ID), error)) ||
          !as_database_commit (self, error))
        {
          as_database_rollback (self);
          return FALSE;
        }
    }
  return TRUE;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/* ------------------------------------------------------------- overrides */

static void
as_database_finalize (GObject *object)
{
  AsDatabase *self = AS_DATABASE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (as_database_parent_class)->finalize (object);
}

static void
as_database_class_init (AsDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = as_database_finalize;

  /**
   * AsDatabase::changed:
   * @table: the table whose rows changed
   *
   * Emitted after a transaction that wrote @table has been committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * AsDatabase::actor-changed:
   *
   * Emitted when another staff member starts using the program, so that
   * what is offered to each role can be updated.
   */
  signals[ACTOR_CHANGED] = g_signal_new ("actor-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
as_database_init (AsDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->pending = g_ptr_array_new_with_free_func (g_free);
}

/* ------------------------------------------------------------- public API */

/**
 * as_database_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/aftersales/aftersales.db`
 */
char *
as_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "aftersales", "aftersales.db", NULL);
}

/**
 * as_database_open:
 * @path: a file name; created when missing
 *
 * Opens an AfterSales database, creating or upgrading it as needed. A file that
 * is not an AfterSales database, is damaged, or was written by a newer version
 * is refused without a single byte written to it.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error set
 */
AsDatabase *
as_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(AsDatabase) self = NULL;
  g_autofree char *absolute = NULL;
  gboolean is_new = FALSE, needs_setup = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  /* An absolute name is never taken for an SQLite "file:" URI. An in-memory
   * database, for tests, has no file to inspect. */
  if (g_str_equal (path, ":memory:"))
    absolute = g_strdup (path);
  else
    {
      absolute = g_canonicalize_filename (path, NULL);
      if (!inspect_file_header (absolute, &is_new, error))
        return NULL;
      if (!is_new && !inspect_existing_database (absolute, &needs_setup, error))
        return NULL;
    }

  self = g_object_new (AS_TYPE_DATABASE, NULL);
  self->path = g_steal_pointer (&absolute);
  if (sqlite3_open_v2 (self->path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_OPEN,
                   _("Cannot open “%s”: %s"), self->path, sqlite3_errmsg (self->db));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);

  if (!apply_connection_settings (self, error) || !migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
as_database_get_path (AsDatabase *self)
{
  g_return_val_if_fail (AS_IS_DATABASE (self), NULL);
  return self->path;
}

sqlite3 *
as_database_get_handle (AsDatabase *self)
{
  g_return_val_if_fail (AS_IS_DATABASE (self), NULL);
  return self->db;
}

int
as_database_get_schema_version (AsDatabase *self)
{
  return (int) as_database_query_int (self, "PRAGMA user_version", -1);
}

/**
 * as_database_prepare:
 *
 * Returns: (transfer none) (nullable): a cached statement, reset and with its
 *   bindings cleared, owned by the database
 */
sqlite3_stmt *
as_database_prepare (AsDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (AS_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      set_sql_error (error, self->db, _("Database query failed"));
      g_warning ("Cannot prepare %s: %s", sql, sqlite3_errmsg (self->db));
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
as_database_exec (AsDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  char *message = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (self), FALSE);

  if (sqlite3_exec (self->db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
                   _("Database error: %s"), message ? message : sqlite3_errmsg (self->db));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/**
 * as_database_step_done:
 *
 * Steps a write statement to completion and resets it, translating constraint
 * failures into messages a person can act on.
 */
gboolean
as_database_step_done (AsDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);
  int extended = sqlite3_extended_errcode (self->db);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  /* ON DELETE RESTRICT is reported as a trigger constraint, not a foreign key one. */
  if (extended == SQLITE_CONSTRAINT_FOREIGNKEY ||
      (extended == SQLITE_CONSTRAINT_TRIGGER && strstr (sqlite3_errmsg (self->db), "FOREIGN KEY")))
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_IN_USE,
                 _("This record is still used elsewhere, or refers to a record that does not exist."));
  else if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY)
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                 _("Another record already has this value (%s)."), sqlite3_errmsg (self->db));
  else if ((extended & 0xff) == SQLITE_CONSTRAINT)
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                 _("The value is not allowed here (%s)."), sqlite3_errmsg (self->db));
  else
    set_sql_error (error, self->db, _("Could not save"));
  sqlite3_reset (stmt);
  return FALSE;
}

/**
 * as_database_read_row:
 * @stmt: a statement on a row
 *
 * Returns: (transfer full): column name → the row's value as text; NULL
 *   values are left out, so that "absent" and "NULL" read the same
 */
GHashTable *
as_database_read_row (sqlite3_stmt *stmt)
{
  GHashTable *row = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    if (sqlite3_column_type (stmt, i) != SQLITE_NULL)
      g_hash_table_insert (row, g_strdup (sqlite3_column_name (stmt, i)),
                           g_strdup ((const char *) sqlite3_column_text (stmt, i)));
  return row;
}

/* Returns: (nullable): @column of a row read by as_database_read_row(), %NULL
 * when absent or when there is no @row. */
const char *
as_row_get (GHashTable *row,
            const char *column)
{
  return row != NULL ? g_hash_table_lookup (row, column) : NULL;
}

/* Returns: @column of a row read by as_database_read_row() as a number, 0 when absent. */
gint64
as_row_get_int (GHashTable *row,
                const char *column)
{
  const char *text = g_hash_table_lookup (row, column);

  return text ? g_ascii_strtoll (text, NULL, 10) : 0;
}

gint64
as_database_query_int (AsDatabase *self,
                       const char *sql,
                       gint64      fallback)
{
  sqlite3_stmt *stmt = as_database_prepare (self, sql, NULL);
  gint64 value = fallback;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return value;
}

/**
 * as_database_begin:
 *
 * Starts a write transaction, or joins the one already open so that a store
 * call made inside another's transaction commits with it.
 */
gboolean
as_database_begin (AsDatabase  *self,
                   GError     **error)
{
  g_return_val_if_fail (AS_IS_DATABASE (self), FALSE);

  if (self->depth == 0 && !as_database_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
as_database_commit (AsDatabase  *self,
                    GError     **error)
{
  g_autoptr(GPtrArray) changed = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      self->depth--;
      return TRUE;
    }
  if (!as_database_exec (self, "COMMIT", error))
    return FALSE;
  self->depth = 0;

  changed = g_steal_pointer (&self->pending);
  self->pending = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < changed->len; i++)
    g_signal_emit (self, signals[CHANGED], 0, g_ptr_array_index (changed, i));
  return TRUE;
}

void
as_database_rollback (AsDatabase *self)
{
  g_return_if_fail (AS_IS_DATABASE (self));

  if (self->depth == 0)
    return;
  self->depth = 0;
  g_ptr_array_set_size (self->pending, 0);
  if (!sqlite3_get_autocommit (self->db))
    as_database_exec (self, "ROLLBACK", NULL);
}

void
as_database_set_actor (AsDatabase *self,
                       gint64      staff_id)
{
  g_return_if_fail (AS_IS_DATABASE (self));

  if (self->actor_id == staff_id)
    return;
  self->actor_id = staff_id;
  g_signal_emit (self, signals[ACTOR_CHANGED], 0);
}

gint64
as_database_get_actor (AsDatabase *self)
{
  g_return_val_if_fail (AS_IS_DATABASE (self), 0);
  return self->actor_id;
}

/**
 * as_database_audit:
 * @action: "insert", "update", "delete" or "generate"
 * @details: (nullable): what changed, in a form a person can read
 *
 * Records who changed what, inside the caller's open transaction, and marks
 * @table_name as changed for the signal emitted on commit.
 */
gboolean
as_database_audit (AsDatabase  *self,
                   const char  *table_name,
                   gint64       row_id,
                   const char  *action,
                   const char  *details,
                   GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (AS_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  stmt = as_database_prepare (self,
                              "INSERT INTO audit_log (actor_id, table_name, row_id, action, details)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  if (self->actor_id > 0)
    sqlite3_bind_int64 (stmt, 1, self->actor_id);
  sqlite3_bind_text (stmt, 2, table_name, -1, SQLITE_TRANSIENT);
  if (row_id > 0)
    sqlite3_bind_int64 (stmt, 3, row_id);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, details ? details : "", -1, SQLITE_TRANSIENT);
  if (!as_database_step_done (self, stmt, error))
    return FALSE;

  as_database_notify_changed (self, table_name);
  return TRUE;
}

/* Queues a change signal for @table_name, sent when the transaction commits. */
void
as_database_notify_changed (AsDatabase *self,
                            const char *table_name)
{
  for (guint i = 0; i < self->pending->len; i++)
    if (g_str_equal (g_ptr_array_index (self->pending, i), table_name))
      return;
  g_ptr_array_add (self->pending, g_strdup (table_name));
  if (self->depth == 0)
    {
      g_autofree char *name = g_ptr_array_steal_index (self->pending, self->pending->len - 1);
      g_signal_emit (self, signals[CHANGED], 0, name);
    }
}

/**
 * as_database_notify_all_changed:
 *
 * Tells every listener that every table changed, after another connection
 * (a worker thread, say) has written to the file.
 */
void
as_database_notify_all_changed (AsDatabase *self)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_return_if_fail (AS_IS_DATABASE (self));

  stmt = as_database_prepare (self, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'",
                              NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  for (guint i = 0; i < tables->len; i++)
    g_signal_emit (self, signals[CHANGED], 0, g_ptr_array_index (tables, i));
}

/**
 * as_database_check:
 * @report: where to append what was found, one line per finding
 *
 * Runs SQLite's integrity and foreign-key checks and verifies the schema version.
 *
 * Returns: %TRUE when the database is healthy
 */
gboolean
as_database_check (AsDatabase *self,
                   GString    *report)
{
  gboolean healthy = TRUE;
  sqlite3_stmt *stmt;
  int version = as_database_get_schema_version (self);

  stmt = as_database_prepare (self, "PRAGMA integrity_check", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        {
          healthy = FALSE;
          g_string_append_printf (report, _("Integrity: %s\n"), line);
        }
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  g_string_append_printf (report, _("Integrity check: %s\n"), healthy ? _("ok") : _("FAILED"));

  stmt = as_database_prepare (self, "PRAGMA foreign_key_check", NULL);
  {
    guint problems = 0;
    while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      {
        problems++;
        g_string_append_printf (report, _("Foreign key: row %lld of %s refers to a missing %s\n"),
                                (long long) sqlite3_column_int64 (stmt, 1),
                                sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 2));
      }
    if (stmt != NULL)
      sqlite3_reset (stmt);
    healthy = healthy && problems == 0;
    g_string_append_printf (report, _("Foreign key check: %s\n"), problems == 0 ? _("ok") : _("FAILED"));
  }

  if (version != AS_SCHEMA_VERSION)
    healthy = FALSE;
  g_string_append_printf (report, _("Schema version: %d (expected %d)\n"), version, AS_SCHEMA_VERSION);
  return healthy;
}

/**
 * as_database_backup:
 *
 * Copies the database with SQLite's online backup; the copy is consistent even
 * while another connection writes. Written under a temporary name and renamed.
 */
gboolean
as_database_backup (AsDatabase  *self,
                    const char  *target_path,
                    GError     **error)
{
  g_autofree char *absolute = g_canonicalize_filename (target_path, NULL);
  g_autofree char *partial = g_strconcat (absolute, ".partial", NULL);
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (AS_IS_DATABASE (self), FALSE);

  if (g_strcmp0 (absolute, self->path) == 0)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("The backup cannot overwrite the database it copies."));
      return FALSE;
    }
  g_unlink (partial);
  if (sqlite3_open_v2 (partial, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_OPEN,
                   _("Cannot write the backup “%s”: %s"), absolute, sqlite3_errmsg (target));
      sqlite3_close (target);
      return FALSE;
    }

  backup = sqlite3_backup_init (target, "main", self->db, "main");
  if (backup == NULL)
    rc = sqlite3_errcode (target);
  else
    {
      /* All pages in one step: one read snapshot, so writers never restart it. */
      do
        {
          rc = sqlite3_backup_step (backup, -1);
          if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep (50);
        }
      while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
      sqlite3_backup_finish (backup);
    }

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
                   _("The backup failed: %s"), sqlite3_errstr (rc));
      sqlite3_close (target);
      g_unlink (partial);
      return FALSE;
    }
  sqlite3_exec (target, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close (target);

  if (g_rename (partial, absolute) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_OPEN,
                   _("Cannot write the backup “%s”: %s"), absolute, g_strerror (saved_errno));
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}

/* TRUE while nobody has entered a single staff member or customer. */
gboolean
as_database_is_empty (AsDatabase *self)
{
  return as_database_query_int (self,
                                "SELECT NOT EXISTS (SELECT 1 FROM staff)"
                                " AND NOT EXISTS (SELECT 1 FROM customers)", 1) != 0;
}
