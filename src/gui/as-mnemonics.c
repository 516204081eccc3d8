/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Mnemonics for forms whose labels come from data, in any language. */

#include <string.h>

#include "as-mnemonics.h"

/* Marks the letter after the "_" of @label (a button's, say) as taken. */
void
as_mnemonics_reserve (GHashTable *used,
                      const char *label)
{
  const char *underscore = label ? strchr (label, '_') : NULL;

  if (underscore != NULL && underscore[1] != '\0')
    g_hash_table_add (used, GUINT_TO_POINTER (g_unichar_tolower (g_utf8_get_char (underscore + 1))));
}

/**
 * as_mnemonics_add:
 *
 * Gives @text a mnemonic on its first letter not yet used in the form, so
 * that Alt+letter reaches every field whatever the language.
 *
 * Returns: (transfer full): @text with a "_" before that letter
 */
char *
as_mnemonics_add (GHashTable *used,
                  const char *text)
{
  GString *result = g_string_new (NULL);
  gboolean placed = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gpointer key = GUINT_TO_POINTER (g_unichar_tolower (c));

      if (!placed && g_unichar_isalnum (c) && !g_hash_table_contains (used, key))
        {
          g_hash_table_add (used, key);
          g_string_append_c (result, '_');
          placed = TRUE;
        }
      if (c == '_')
        g_string_append_c (result, '_');
      g_string_append_unichar (result, c);
    }
  return g_string_free (result, FALSE);
}
