/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the tools, purchase and library stores: the acting
 * person's role, and the end of every write (audit row and commit, or
 * rollback). */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-tool-sql-private.h"
#include "as-tool-store.h"
#include "as-validate.h"

gboolean
_as_tool_require_actor (AsDatabase  *db,
                        guint        roles,
                        const char  *refusal,
                        GError     **error)
{
  g_autoptr(GHashTable) actor =
    as_database_query_row (db, NULL, "SELECT roles, active FROM staff WHERE id = ?1",
                           "i", as_database_get_actor (db));

  if (actor != NULL && (as_row_get_int (actor, "roles") & roles) != 0 &&
      as_row_get_int (actor, "active") == 1)
    return TRUE;
  return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION, "%s", refusal);
}

gboolean
_as_tool_check_person (AsDatabase  *db,
                       gint64       staff_id,
                       char       **name,
                       GError     **error)
{
  g_autoptr(GHashTable) person = NULL;

  if (staff_id <= 0)
    return AS_REFUSE (error, _("Choose a staff member."));
  person = as_database_query_row (db, error, "SELECT name, active FROM staff WHERE id = ?1", "i",
                                  staff_id);
  if (person == NULL)
    return error && *error ? FALSE : AS_REFUSE (error, _("The staff member chosen does "
                                                         "not exist."));
  if (as_row_get_int (person, "active") != 1)
    return AS_REFUSE (error, _("%s is no longer active."), as_row_get (person, "name"));
  if (name != NULL)
    *name = g_strdup (as_row_get (person, "name"));
  return TRUE;
}

gboolean
_as_tool_fail (AsDatabase *db)
{
  as_database_rollback (db);
  return FALSE;
}

gboolean
_as_tool_finish (AsDatabase  *db,
                 const char  *table,
                 gint64       row_id,
                 const char  *action,
                 const char  *details,
                 GError     **error)
{
  as_database_notify_changed (db, table);
  if (as_database_audit (db, table, row_id, action, details, error) &&
      as_database_commit (db, error))
    return TRUE;
  return _as_tool_fail (db);
}

/**
 * _as_tool_store_check_date:
 * @text: (nullable): a date as typed; blank or %NULL for today
 * @out: (out): the date as "YYYY-MM-DD"
 * @what: the field, for the message ("the check-out")
 *
 * Refuses a date that is not one, or one in the future.
 */
gboolean
_as_tool_store_check_date (const char  *text,
                           char       **out,
                           const char  *what,
                           GError     **error)
{
  g_autofree char *today = as_database_today ();
  g_autofree char *date = NULL;

  if (as_validate_is_blank (text))
    {
      *out = g_steal_pointer (&today);
      return TRUE;
    }
  date = as_validate_date (text);
  if (date == NULL)
    /* Translators: the first %s is what the date is for ("the check-out"), the
     * second what was typed */
    return AS_REFUSE (error, _("“%2$s” is not a date for %1$s: write it as 2026-03-31."),
                      what, text);
  if (g_strcmp0 (date, today) > 0)
    /* Translators: %s is what the date is for ("the check-out") */
    return AS_REFUSE (error, _("The date of %s cannot be in the future."), what);
  *out = g_steal_pointer (&date);
  return TRUE;
}
