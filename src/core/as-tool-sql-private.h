/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the tools, purchase and library stores: the acting
 * person's role and the end of every write (the statements themselves go
 * through as_database_run() and its kin). */
#pragma once

#include "as-database.h"
#include "as-types.h"

G_BEGIN_DECLS

/* The acting staff member holds one of @roles and is active; otherwise
 * AS_DATABASE_ERROR_PERMISSION with @refusal. */
gboolean    _as_tool_require_actor  (AsDatabase  *db,
                                     guint        roles,
                                     const char  *refusal,
                                     GError     **error);
/* @staff_id exists and is active; *name gets their name. */
gboolean    _as_tool_check_person   (AsDatabase  *db,
                                     gint64       staff_id,
                                     char       **name,
                                     GError     **error);
/* Rolls back and returns FALSE: the end of a failed write. */
gboolean    _as_tool_fail           (AsDatabase  *db);
/* The audit row and the commit of a write; rolled back on failure. */
gboolean    _as_tool_finish         (AsDatabase  *db,
                                     const char  *table,
                                     gint64       row_id,
                                     const char  *action,
                                     const char  *details,
                                     GError     **error);

G_END_DECLS
