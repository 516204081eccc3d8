/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  as_validate_phone (const char *text);
gboolean  as_validate_email (const char *text);
char     *as_validate_date  (const char *text);

G_END_DECLS
