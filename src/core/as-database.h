/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define AS_DATABASE_ERROR (as_database_error_quark ())

typedef enum
{
  AS_DATABASE_ERROR_OPEN,
  AS_DATABASE_ERROR_NOT_AFTERSALES,
  AS_DATABASE_ERROR_TOO_NEW,
  AS_DATABASE_ERROR_CORRUPT,
  AS_DATABASE_ERROR_SQL,
  AS_DATABASE_ERROR_INVALID,
  AS_DATABASE_ERROR_NOT_FOUND,
  AS_DATABASE_ERROR_IN_USE,
  AS_DATABASE_ERROR_PERMISSION,
} AsDatabaseError;

/* The schema this build writes; files with a higher user_version are refused. */
#define AS_SCHEMA_VERSION 3
/* PRAGMA application_id of an AfterSales database: "ASV1". */
#define AS_APPLICATION_ID 0x41535631

#define AS_TYPE_DATABASE (as_database_get_type ())
G_DECLARE_FINAL_TYPE (AsDatabase, as_database, AS, DATABASE, GObject)

GQuark        as_database_error_quark     (void);
char         *as_database_default_path    (void);
AsDatabase   *as_database_open            (const char   *path,
                                           GError      **error);
const char   *as_database_get_path        (AsDatabase   *self);
sqlite3      *as_database_get_handle      (AsDatabase   *self);
int           as_database_get_schema_version (AsDatabase *self);

sqlite3_stmt *as_database_prepare         (AsDatabase   *self,
                                           const char   *sql,
                                           GError      **error);
gboolean      as_database_exec            (AsDatabase   *self,
                                           const char   *sql,
                                           GError      **error);
gboolean      as_database_step_done       (AsDatabase   *self,
                                           sqlite3_stmt *stmt,
                                           GError      **error);
GHashTable   *as_database_read_row        (sqlite3_stmt *stmt);
gint64        as_row_get_int              (GHashTable   *row,
                                           const char   *column);
gint64        as_database_query_int       (AsDatabase   *self,
                                           const char   *sql,
                                           gint64        fallback);

gboolean      as_database_begin           (AsDatabase   *self,
                                           GError      **error);
gboolean      as_database_commit          (AsDatabase   *self,
                                           GError      **error);
void          as_database_rollback        (AsDatabase   *self);

void          as_database_set_actor       (AsDatabase   *self,
                                           gint64        staff_id);
gint64        as_database_get_actor       (AsDatabase   *self);
gboolean      as_database_audit           (AsDatabase   *self,
                                           const char   *table_name,
                                           gint64        row_id,
                                           const char   *action,
                                           const char   *details,
                                           GError      **error);
void          as_database_notify_changed  (AsDatabase   *self,
                                           const char   *table_name);

void          as_database_notify_all_changed (AsDatabase *self);
gboolean      as_database_check           (AsDatabase   *self,
                                           GString      *report);
gboolean      as_database_backup          (AsDatabase   *self,
                                           const char   *target_path,
                                           GError      **error);
gboolean      as_database_is_empty        (AsDatabase   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
