/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   as_validate_phone     (const char *text);
gboolean   as_validate_email     (const char *text);
char      *as_validate_date      (const char *text);
/* "YYYY-MM-DD HH:MM:SS" → that local time, or %NULL when it is not one. */
GDateTime *as_validate_timestamp (const char *text);
/* %NULL, empty or only white space. */
gboolean   as_validate_is_blank  (const char *text);
/* A copy of @text without leading and trailing white space; "" for %NULL. */
char      *as_validate_strip     (const char *text);

G_END_DECLS
