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
const char   *as_row_get                  (GHashTable   *row,
                                           const char   *column);
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

/* Statements with bound values (as-database-query.c). @types has one letter a
 * parameter ?1, ?2…, followed by the values in the same order: 'i' a gint64,
 * 'r' a gint64 reference where 0 stands for NULL, 's' a string (%NULL for
 * NULL). Pass integers as gint64: they are read with va_arg(). */
gboolean      as_database_run             (AsDatabase   *self,
                                           GError      **error,
                                           const char   *sql,
                                           const char   *types,
                                           ...);
gboolean      as_database_run_valist      (AsDatabase   *self,
                                           GError      **error,
                                           const char   *sql,
                                           const char   *types,
                                           va_list       args);
/* The first row (as_database_read_row()), or NULL when there is none; @error
 * is set only when the statement cannot be prepared. */
GHashTable   *as_database_query_row       (AsDatabase   *self,
                                           GError      **error,
                                           const char   *sql,
                                           const char   *types,
                                           ...);
/* At most @limit rows (0: all), or NULL with @error set when the statement
 * cannot be prepared. */
GPtrArray    *as_database_query_rows      (AsDatabase   *self,
                                           GError      **error,
                                           guint         limit,
                                           const char   *sql,
                                           const char   *types,
                                           ...);
gint64        as_database_last_insert_id  (AsDatabase   *self);
/* A reference a person chose: 0 (none) passes, any other id must be found by
 * @sql (?1 bound to it); otherwise AS_DATABASE_ERROR_INVALID with @refusal. */
gboolean      as_database_check_reference (AsDatabase   *self,
                                           const char   *sql,
                                           gint64        id,
                                           const char   *refusal,
                                           GError      **error);

/* Sets @error (AS_DATABASE_ERROR, @code) to the formatted message and returns
 * FALSE. */
gboolean      as_database_refuse          (GError      **error,
                                           int           code,
                                           const char   *format,
                                           ...) G_GNUC_PRINTF (3, 4);
/* Refuses invalid input: AS_DATABASE_ERROR_INVALID with a printf() message. */
#define AS_REFUSE(error, ...) \
  as_database_refuse ((error), AS_DATABASE_ERROR_INVALID, __VA_ARGS__)

/* The local time now, "YYYY-MM-DD HH:MM:SS", and today, "YYYY-MM-DD", as the
 * database stores them. */
char         *as_database_now             (void);
char         *as_database_today           (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
