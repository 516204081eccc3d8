/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Alt+letter keys of a form built at run time. @used is a set of the
 * lower-case letters already taken (g_hash_table_new (NULL, NULL)). */
void  as_mnemonics_reserve (GHashTable *used,
                            const char *label);
char *as_mnemonics_add     (GHashTable *used,
                            const char *text);

G_END_DECLS
