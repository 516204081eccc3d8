/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Internals shared by as-complaint-*.c. */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

char       *_as_complaint_format_time  (GDateTime    *time);

/* The department a category routes to by default, or 0 when none fits. */
gint64      _as_complaint_route        (AsDatabase   *db,
                                        const char   *category);
/* The due time of an answer to a contact received at @received. */
char       *_as_complaint_due_time     (AsDatabase   *db,
                                        GDateTime    *received,
                                        gboolean      urgent);

G_END_DECLS
