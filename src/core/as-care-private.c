/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the return store and the care store. */

#include <stdlib.h>
#include <string.h>

#include "as-care-private.h"
#include "as-validate.h"

char *
_as_care_date_part (const char *date)
{
  g_autofree char *day = NULL;

  if (date == NULL || strlen (date) < 10)
    return NULL;
  day = g_strndup (date, 10);
  return as_validate_date (day);
}

int
_as_care_days_between (const char *from,
                       const char *to)
{
  g_autofree char *a = _as_care_date_part (from);
  g_autofree char *b = _as_care_date_part (to);
  GDate da, db;

  if (a == NULL || b == NULL)
    return G_MININT;
  g_date_clear (&da, 1);
  g_date_clear (&db, 1);
  g_date_set_dmy (&da, atoi (a + 8), atoi (a + 5), atoi (a));
  g_date_set_dmy (&db, atoi (b + 8), atoi (b + 5), atoi (b));
  return g_date_days_between (&da, &db);
}
