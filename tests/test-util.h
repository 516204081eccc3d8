/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the test programs: a temporary database fixture, and
 * temporary directories, file fingerprints and table checksums that do not
 * go through the code under test. */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "as-database.h"

G_BEGIN_DECLS

typedef struct
{
  char   *sha256;     /* of the contents, NULL when the file is missing */
  gint64  size;
  gint64  mtime_ns;
} AsTestFingerprint;

/* A fixture: a new database file in a temporary folder. */
typedef struct
{
  char       *dir;
  AsDatabase *db;
} AsTestDb;

void     as_test_db_setup            (AsTestDb          *fixture,
                                      gconstpointer      data);
void     as_test_db_teardown         (AsTestDb          *fixture,
                                      gconstpointer      data);

/* A new database file @name in @dir, filled by @sql (NULL for none). */
AsDatabase *as_test_db_open          (const char        *dir,
                                      const char        *name,
                                      const char        *sql);

char    *as_test_make_tmpdir         (void);
void     as_test_remove_tree         (const char        *path);

void     as_test_fingerprint         (const char        *path,
                                      AsTestFingerprint *out);
void     as_test_fingerprint_clear   (AsTestFingerprint *fingerprint);
gboolean as_test_assert_unchanged    (const char        *path,
                                      AsTestFingerprint *before);
gboolean as_test_assert_no_sidecars  (const char        *path);

sqlite3 *as_test_sqlite_open         (const char        *path);
void     as_test_sqlite_exec         (sqlite3           *db,
                                      const char        *sql);
gint64   as_test_sqlite_int          (sqlite3           *db,
                                      const char        *sql);
/* The first column of the first row as text; NULL for no row or NULL. */
char    *as_test_sqlite_text         (sqlite3           *db,
                                      const char        *sql);
char    *as_test_table_checksum      (sqlite3           *db,
                                      const char        *table,
                                      const char        *skip_column);
char    *as_test_database_checksum   (const char        *path);

G_END_DECLS
