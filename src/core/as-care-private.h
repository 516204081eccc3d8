/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the return store and the care store (core only). */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* "YYYY-MM-DD" of @date (a date or "YYYY-MM-DD HH:MM:SS"), or NULL. */
char       *_as_care_date_part  (const char  *date);
/* Whole days from @from to @to, both "YYYY-MM-DD…"; G_MININT when not dates. */
int         _as_care_days_between (const char *from,
                                   const char *to);

G_END_DECLS
