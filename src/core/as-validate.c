/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shapes of values typed by a person: phone numbers, e-mail addresses, dates. */

#include <stdio.h>
#include <string.h>

#include "as-validate.h"

/* Digits with the usual separators, an optional leading "+", 6 to 15 digits
 * (the longest international number has 15). */
gboolean
as_validate_phone (const char *text)
{
  guint digits = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p == '+' && p == text)
        continue;
      else if (!strchr (" -().", *p))
        return FALSE;
    }
  return digits >= 6 && digits <= 15;
}

/* local@domain.tld with no spaces; the rest is the mail server's business. */
gboolean
as_validate_email (const char *text)
{
  const char *at, *dot;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strpbrk (text, " \t,;<>") != NULL)
    return FALSE;
  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  dot = strrchr (at, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/**
 * as_validate_date:
 * @text: "YYYY-MM-DD", or "DD/MM/YYYY" as written on the department's forms
 *
 * Returns: (transfer full) (nullable): the date as "YYYY-MM-DD", or %NULL when
 *   @text is not a real calendar date
 */
char *
as_validate_date (const char *text)
{
  int year, month, day, consumed = 0;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  trimmed = g_strstrip (g_strdup (text));
  if (sscanf (trimmed, "%4d-%2d-%2d%n", &year, &month, &day, &consumed) != 3 ||
      trimmed[consumed] != '\0')
    {
      consumed = 0;
      if (sscanf (trimmed, "%2d/%2d/%4d%n", &day, &month, &year, &consumed) != 3 ||
          trimmed[consumed] != '\0')
        return NULL;
    }
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* Whether @text is @shape with a digit for each 'd', and nothing more. */
static gboolean
has_shape (const char *text,
           const char *shape)
{
  for (; *shape != '\0'; shape++, text++)
    if (*shape == 'd' ? !g_ascii_isdigit (*text) : *text != *shape)
      return FALSE;
  return *text == '\0';
}

/**
 * as_validate_timestamp:
 * @text: (nullable): a moment as stored, "YYYY-MM-DD HH:MM:SS"
 *
 * Returns: (transfer full) (nullable): that local time, or %NULL when @text
 *   is not a real moment written that way
 */
GDateTime *
as_validate_timestamp (const char *text)
{
  int y, mo, d, h, mi, s, consumed = 0;

  /* sscanf() alone would take signs and spaces, which compare wrongly as text. */
  if (text == NULL || !has_shape (text, "dddd-dd-dd dd:dd:dd") ||
      sscanf (text, "%4d-%2d-%2d %2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &consumed) != 6 ||
      consumed != 19 || text[19] != '\0' || mo < 1 || mo > 12 || d < 1 ||
      !g_date_valid_dmy (d, mo, y) || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
    return NULL;
  return g_date_time_new_local (y, mo, d, h, mi, s);
}

gboolean
as_validate_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

char *
as_validate_strip (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}
