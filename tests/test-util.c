/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "test-util.h"

/* A fresh directory under $TMPDIR; remove it with as_test_remove_tree(). */
char *
as_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("aftersales-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
as_test_remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (path == NULL)
    return;
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        as_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

void
as_test_fingerprint (const char        *path,
                     AsTestFingerprint *out)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  struct stat st;

  memset (out, 0, sizeof *out);
  if (stat (path, &st) != 0)
    return;
  out->size = st.st_size;
  out->mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
  if (g_file_get_contents (path, &contents, &length, NULL))
    out->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
as_test_fingerprint_clear (AsTestFingerprint *fingerprint)
{
  g_clear_pointer (&fingerprint->sha256, g_free);
}

/* Marks the test failed (without stopping it) unless the file has the same bytes and the same modification time as before. */
gboolean
as_test_assert_unchanged (const char        *path,
                          AsTestFingerprint *before)
{
  AsTestFingerprint after;
  gboolean same;

  as_test_fingerprint (path, &after);
  g_assert_nonnull (before->sha256);
  same = g_strcmp0 (after.sha256, before->sha256) == 0 && after.size == before->size &&
         after.mtime_ns == before->mtime_ns;
  if (!same)
    g_test_fail_printf ("%s was changed: size %" G_GINT64_FORMAT " → %" G_GINT64_FORMAT
                        ", mtime %" G_GINT64_FORMAT " → %" G_GINT64_FORMAT ", sha256 %s → %s",
                        path, before->size, after.size, before->mtime_ns, after.mtime_ns,
                        before->sha256, after.sha256 ? after.sha256 : "(missing)");
  as_test_fingerprint_clear (&after);
  return same;
}

/* Marks the test failed unless no -wal, -shm or -journal file is next to @path. */
gboolean
as_test_assert_no_sidecars (const char *path)
{
  static const char *const suffixes[] = { "-wal", "-shm", "-journal" };
  gboolean none = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *sidecar = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (sidecar, G_FILE_TEST_EXISTS))
        {
          g_test_fail_printf ("%s was left next to %s", suffixes[i], path);
          none = FALSE;
        }
    }
  return none;
}

sqlite3 *
as_test_sqlite_open (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    g_error ("cannot open %s: %s", path, sqlite3_errmsg (db));
  return db;
}

void
as_test_sqlite_exec (sqlite3    *db,
                     const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("SQL failed: %s\n%s", message, sql);
}

gint64
as_test_sqlite_int (sqlite3    *db,
                    const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("cannot prepare %s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("no row from %s: %s", sql, sqlite3_errmsg (db));
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

char *
as_test_sqlite_text (sqlite3    *db,
                     const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("cannot prepare %s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* SHA-256 over every row of @table in rowid (or primary key) order, each
 * value with its type, leaving out @skip_column (such as a timestamp). */
char *
as_test_table_checksum (sqlite3    *db,
                        const char *table,
                        const char *skip_column)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", table);
  sqlite3_stmt *stmt = NULL;
  gint64 rows = 0;
  char *result;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("cannot prepare %s: %s", sql, sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      rows++;
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          char type;
          if (g_strcmp0 (sqlite3_column_name (stmt, i), skip_column) == 0)
            continue;
          type = '0' + sqlite3_column_type (stmt, i);
          g_checksum_update (checksum, (const guchar *) &type, 1);
          g_checksum_update (checksum, sqlite3_column_blob (stmt, i), sqlite3_column_bytes (stmt, i));
          g_checksum_update (checksum, (const guchar *) "\x1f", 1);
        }
      g_checksum_update (checksum, (const guchar *) "\x1e", 1);
    }
  sqlite3_finalize (stmt);
  result = g_strdup_printf ("%s rows=%" G_GINT64_FORMAT " %s", table, rows,
                            g_checksum_get_string (checksum));
  return result;
}

/* One line per ordinary table (FTS shadow tables included, since they are
 * derived deterministically), leaving out audit_log.at. */
char *
as_test_database_checksum (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *all = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("cannot open %s: %s", path, sqlite3_errmsg (db));
  if (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                          " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
                          " ORDER BY name", -1, &stmt, NULL) != SQLITE_OK)
    g_error ("cannot list tables: %s", sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      g_autofree char *line = as_test_table_checksum (db, table,
                                                      g_str_equal (table, "audit_log") ? "at" : NULL);
      g_string_append_printf (all, "%s\n", line);
    }
  sqlite3_close (db);
  return g_string_free (all, FALSE);
}

AsDatabase *
as_test_db_open (const char *dir,
                 const char *name,
                 const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  AsDatabase *db = as_database_open (path, &error);

  g_assert_no_error (error);
  if (sql != NULL)
    {
      g_assert_true (as_database_exec (db, sql, &error));
      g_assert_no_error (error);
    }
  return db;
}

void
as_test_db_setup (AsTestDb      *fixture,
                  gconstpointer  data)
{
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "test.db", NULL);
}

void
as_test_db_teardown (AsTestDb      *fixture,
                     gconstpointer  data)
{
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}
