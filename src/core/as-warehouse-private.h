/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the warehouse stores (as-stock-store.c, as-abc.c,
 * as-loaner-store.c); implemented in as-warehouse-util.c. */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* Whether the person using the program works in the warehouse & transport department. */
gboolean    _as_warehouse_is_keeper   (AsDatabase  *db);
/* The keeper, or one of @roles (as_staff_require(), with @what in the refusal). */
gboolean    _as_warehouse_require     (AsDatabase  *db,
                                       guint        roles,
                                       const char  *what,
                                       GError     **error);

/* as-abc.c: the classification again, inside the caller's transaction. */
gboolean    _as_abc_recompute_quietly (AsDatabase  *db,
                                       GError     **error);

G_END_DECLS
