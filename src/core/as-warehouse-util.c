/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the warehouse stores (as-warehouse-private.h): who works
 * in the warehouse. */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-labels.h"
#include "as-warehouse-private.h"

gboolean
_as_warehouse_is_keeper (AsDatabase *db)
{
  g_autoptr(GHashTable) row =
    as_database_query_row (db, NULL,
                           "SELECT 1 AS keeper FROM staff s JOIN departments d"
                           " ON d.id = s.department_id WHERE s.id = ?1 AND s.active = 1"
                           " AND d.kind = 'warehouse_transport'", "i",
                           as_database_get_actor (db));
  return row != NULL;
}

gboolean
_as_warehouse_require (AsDatabase  *db,
                       guint        roles,
                       const char  *what,
                       GError     **error)
{
  g_autofree char *names = NULL;

  if (_as_warehouse_is_keeper (db) || as_staff_may (db, roles))
    return TRUE;
  names = as_roles_to_string (roles);
  return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                             /* Translators: %s: what is refused ("receive stock"), then
                              * role names */
                             _("Only the warehouse & transport department and these roles may "
                               "%s: %s."), what, names);
}

