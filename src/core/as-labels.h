/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "as-types.h"

G_BEGIN_DECLS

const char *as_code_get_label (const char *code);
const char *as_role_get_label (AsRole      role);
char       *as_roles_to_string (gint64     roles);
char       *as_format_long_date (const char *iso);
const char *as_month_name       (int         month);
char       *as_format_month     (int         year,
                                 int         month);

G_END_DECLS
