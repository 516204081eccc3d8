/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers the department sets once and every repair uses: the fee schedule
 * and the arrival deadlines, kept in the settings table of the database (not
 * GSettings) so that every desk and the command line share them. */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-settings.h"

/* 10,000,000.00 in cents: far above any fee, far below an overflow. */
#define MAX_CENTS G_GINT64_CONSTANT (1000000000)

typedef struct
{
  const char *key;
  gint64      min;
  gint64      max;
  const char *message;   /* N_(), shown when the value is out of range */
} Limit;

static const Limit limits[] = {
  { AS_SETTING_LABOUR_PER_HOUR, 0, MAX_CENTS,
    N_("The labour rate per hour must be zero or more, and below 10,000,000.") },
  { AS_SETTING_CALL_OUT, 0, MAX_CENTS,
    N_("The call-out fee must be zero or more, and below 10,000,000.") },
  { AS_SETTING_TRANSPORT, 0, MAX_CENTS,
    N_("The transport fee must be zero or more, and below 10,000,000.") },
  { AS_SETTING_URBAN_HOURS, 1, 72,
    N_("The arrival deadline for urban customers must be between 1 and 72 working hours.") },
  { AS_SETTING_SUBURBAN_HOURS, 1, 72,
    N_("The arrival deadline for suburban customers must be between 1 and 72 working hours.") },
};

/* ---------------------------------------------------------------- helpers */

static gboolean
validate (const char  *key,
          gint64       value,
          GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    if (g_str_equal (limits[i].key, key))
      {
        if (value >= limits[i].min && value <= limits[i].max)
          return TRUE;
        g_set_error_literal (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                             _(limits[i].message));
        return FALSE;
      }
  if (value >= 0)
    return TRUE;
  g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
               /* Translators: %s is the internal name of a setting */
               _("The setting “%s” cannot be negative."), key);
  return FALSE;
}

/* The stored text, or NULL when the key is missing. */
static char *
read_value (AsDatabase *db,
            const char *key)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT value FROM settings WHERE key = ?1", NULL);
  char *value = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static gboolean
write_value (AsDatabase  *db,
             const char  *key,
             gint64       value,
             GError     **error)
{
  g_autofree char *old_value = read_value (db, key);
  g_autofree char *new_value = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  g_autofree char *details = NULL;
  sqlite3_stmt *stmt;

  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;
  stmt = as_database_prepare (db, "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, new_value, -1, SQLITE_TRANSIENT);
  if (!as_database_step_done (db, stmt, error))
    return FALSE;
  details = g_strdup_printf ("%s: “%s” → “%s”", key, old_value ? old_value : "",
                             new_value);
  return as_database_audit (db, "settings", 0, "update", details, error);
}

/* ------------------------------------------------------------- public API */

/**
 * as_settings_get_int:
 * @key: one of the `AS_SETTING_…` keys
 * @fallback: returned when the key is missing or not a whole number
 *
 * Returns: the stored value, or @fallback
 */
gint64
as_settings_get_int (AsDatabase *db,
                     const char *key,
                     gint64      fallback)
{
  g_autofree char *text = NULL;
  gint64 value;

  g_return_val_if_fail (AS_IS_DATABASE (db), fallback);
  g_return_val_if_fail (key != NULL, fallback);

  text = read_value (db, key);
  if (text == NULL || !g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value, NULL))
    return fallback;
  return value;
}

/**
 * as_settings_set_int:
 *
 * Stores @value under @key in one transaction with an audit row. Amounts
 * must be zero or more; arrival deadlines between 1 and 72 hours.
 */
gboolean
as_settings_set_int (AsDatabase  *db,
                     const char  *key,
                     gint64       value,
                     GError     **error)
{
  return as_settings_set_ints (db, &key, &value, 1, error);
}

/**
 * as_settings_set_ints:
 * @keys: (array length=n_values): setting keys
 * @values: (array length=n_values): their new values
 *
 * Stores every value or, when one is refused, none: all are validated
 * before anything is written, then written in one transaction with an audit
 * row per value that changed.
 */
gboolean
as_settings_set_ints (AsDatabase          *db,
                      const char * const  *keys,
                      const gint64        *values,
                      guint                n_values,
                      GError             **error)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (n_values == 0 || (keys != NULL && values != NULL), FALSE);

  for (guint i = 0; i < n_values; i++)
    {
      g_return_val_if_fail (keys[i] != NULL, FALSE);
      if (!validate (keys[i], values[i], error))
        return FALSE;
    }
  if (!as_staff_require (db, AS_MANAGER_ROLES, _("the service settings"), error))
    return FALSE;

  if (!as_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < n_values; i++)
    if (!write_value (db, keys[i], values[i], error))
      {
        as_database_rollback (db);
        return FALSE;
      }
  if (!as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}
