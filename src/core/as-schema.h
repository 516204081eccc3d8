/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Migration N brings a database from user_version N-1 to N. Index 0 is unused. */
const char *_as_schema_get_migration (int version);

G_END_DECLS
