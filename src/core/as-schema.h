/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Migration N brings a database from user_version N-1 to N: its SQL parts,
 * NULL-terminated, run in order in one transaction. Index 0 is unused. */
const char *const *_as_schema_get_migration (int version);

/* The parts of version 3, one per area. */
extern const char _as_schema_complaints_v3[];
extern const char _as_schema_care_v3[];
extern const char _as_schema_warehouse_v3[];
extern const char _as_schema_tools_v3[];
extern const char _as_schema_surveys_v3[];

G_END_DECLS
