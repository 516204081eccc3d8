/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The working calendar: opening hours per weekday and holidays, and the
 * arithmetic of working time on it. Arrival deadlines count on it, so a call
 * at 17:30 on a Friday with 6 working hours left is due on Monday afternoon.
 *
 * Times are local wall-clock minutes since midnight; the moments a day opens
 * and closes are placed on the local time zone as g_date_time_new_local()
 * would, so a change to or from summer time shifts them with the clocks, and
 * durations are real time. The counting loops allocate nothing per day: a
 * year of working time is counted in some 30 µs. */

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "as-calendar.h"
#include "as-directory.h"
#include "as-validate.h"

/* How far ahead a deadline is looked for before giving up: a calendar whose
 * every day for ten years is a day off or a holiday has no working time. */
#define MAX_DAYS (366 * 10)
#define MINUTES_PER_DAY (24 * 60)
/* GDate's Julian day of 1 January 1970. */
#define UNIX_EPOCH_JULIAN 719163

struct _AsCalendar
{
  int         start_minute[8];   /* indexed by ISO weekday, [0] unused */
  int         end_minute[8];
  GHashTable *holidays;          /* "YYYY-MM-DD" → name */
  GHashTable *holiday_days;      /* Julian days of the valid ones, or NULL */
};

static const char *const weekday_names[8] = {
  NULL, N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
  N_("Saturday"), N_("Sunday"),
};

/* ---------------------------------------------------------------- helpers */

static gboolean
is_valid_window (int start_minute,
                 int end_minute)
{
  return start_minute >= 0 && start_minute < end_minute && end_minute <= MINUTES_PER_DAY;
}

/* Holidays by Julian day (GDate's numbering), for the counting loops; built
 * when first needed after a change. */
static GHashTable *
get_holiday_days (AsCalendar *self)
{
  GHashTableIter iter;
  gpointer key;

  if (self->holiday_days != NULL)
    return self->holiday_days;
  self->holiday_days = g_hash_table_new (NULL, NULL);
  g_hash_table_iter_init (&iter, self->holidays);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int year, month, day;

      if (sscanf (key, "%4d-%2d-%2d", &year, &month, &day) == 3 && year > 0 && year < 10000 &&
          month > 0 && month <= 12 && day > 0 && g_date_valid_dmy (day, month, year))
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, day, month, year);
          g_hash_table_add (self->holiday_days, GUINT_TO_POINTER (g_date_get_julian (&date)));
        }
    }
  return self->holiday_days;
}

static void
holidays_changed (AsCalendar *self)
{
  g_clear_pointer (&self->holiday_days, g_hash_table_unref);
}

/* The opening window of Julian day @julian, FALSE on a day off or a holiday. */
static gboolean
get_window (AsCalendar *self,
            GHashTable *holiday_days,
            guint32     julian,
            int        *start_minute,
            int        *end_minute)
{
  int weekday = (julian - 1) % 7 + 1;   /* Julian day 1 was a Monday */

  if (!is_valid_window (self->start_minute[weekday], self->end_minute[weekday]) ||
      g_hash_table_contains (holiday_days, GUINT_TO_POINTER (julian)))
    return FALSE;
  *start_minute = self->start_minute[weekday];
  *end_minute = self->end_minute[weekday];
  return TRUE;
}

/* The moment, in microseconds since the Unix epoch, when the local clocks
 * show @minute (0–1440; 1440 is the next midnight) of Julian day @julian;
 * as g_date_time_new_local() would place it, without allocating. */
static gint64
local_to_usec (GTimeZone *tz,
               guint32    julian,
               int        minute)
{
  gint64 local = ((gint64) julian - UNIX_EPOCH_JULIAN) * 86400 + minute * 60;
  int interval = g_time_zone_adjust_time (tz, G_TIME_TYPE_STANDARD, &local);

  return (local - g_time_zone_get_offset (tz, interval)) * G_USEC_PER_SEC;
}

static gint64
datetime_to_usec (GDateTime *datetime)
{
  return g_date_time_to_unix (datetime) * G_USEC_PER_SEC + g_date_time_get_microsecond (datetime);
}

static GDateTime *
usec_to_local (gint64 usec)
{
  g_autoptr(GDateTime) whole = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);

  return g_date_time_add (whole, usec % G_USEC_PER_SEC);
}

/* The Julian day of @datetime on the local calendar. */
static guint32
local_julian (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (datetime);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return g_date_get_julian (&date);
}

/* Working microseconds from @from to @to, with @from not after @to. */
static gint64
count_working_usec (AsCalendar *self,
                    GDateTime  *from,
                    GDateTime  *to)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GHashTable *holiday_days = get_holiday_days (self);
  gint64 from_usec = datetime_to_usec (from), to_usec = datetime_to_usec (to), total = 0;
  guint32 last = local_julian (to);

  for (guint32 julian = local_julian (from); julian <= last; julian++)
    {
      int start_minute, end_minute;
      gint64 begin, end;

      if (!get_window (self, holiday_days, julian, &start_minute, &end_minute))
        continue;
      begin = MAX (local_to_usec (tz, julian, start_minute), from_usec);
      end = MIN (local_to_usec (tz, julian, end_minute), to_usec);
      if (begin < end)
        total += end - begin;
    }
  return total;
}

/* "HH:MM", or "24:00" for the end of the day. */
static char *
format_minute (int minute)
{
  return g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
}

static gboolean
validate_days (AsCalendar  *self,
               GError     **error)
{
  gboolean any = FALSE;

  for (int weekday = 1; weekday <= 7; weekday++)
    {
      int start = self->start_minute[weekday], end = self->end_minute[weekday];

      if (start == end)
        continue;
      if (start < 0 || end < 0 || start > MINUTES_PER_DAY || end > MINUTES_PER_DAY)
        {
          g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                       /* Translators: %s is a weekday */
                       _("%s: opening and closing times must lie between 00:00 and 24:00."),
                       _(weekday_names[weekday]));
          return FALSE;
        }
      if (start > end)
        {
          g_autofree char *opens = format_minute (start);
          g_autofree char *closes = format_minute (end);

          g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                       /* Translators: %1$s is a weekday, %2$s and %3$s are times (HH:MM) */
                       _("%1$s: the closing time (%3$s) must be later than "
                         "the opening time (%2$s)."),
                       _(weekday_names[weekday]), opens, closes);
          return FALSE;
        }
      any = TRUE;
    }
  if (!any)
    {
      g_set_error_literal (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                           _("The calendar has no working day, so arrival deadlines would never "
                             "come. Mark at least one day of the week as worked."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_holidays (AsCalendar  *self,
                   GError     **error)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->holidays);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *date = as_validate_date (key);

      if (date == NULL || !g_str_equal (date, key))
        {
          g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                       _("“%s” is not a valid holiday date. Write it as YYYY-MM-DD."),
                       (const char *) key);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_days (AsCalendar  *self,
            AsDatabase  *db,
            GString     *details,
            GError     **error)
{
  sqlite3_stmt *stmt;

  if (!as_database_exec (db, "DELETE FROM working_hours", error))
    return FALSE;
  stmt = as_database_prepare (db, "INSERT INTO working_hours (weekday, start_minute, end_minute)"
                                  " VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  for (int weekday = 1; weekday <= 7; weekday++)
    {
      g_autofree char *opens = NULL, *closes = NULL;

      if (self->start_minute[weekday] == self->end_minute[weekday])
        continue;
      sqlite3_bind_int (stmt, 1, weekday);
      sqlite3_bind_int (stmt, 2, self->start_minute[weekday]);
      sqlite3_bind_int (stmt, 3, self->end_minute[weekday]);
      if (!as_database_step_done (db, stmt, error))
        return FALSE;
      opens = format_minute (self->start_minute[weekday]);
      closes = format_minute (self->end_minute[weekday]);
      g_string_append_printf (details, "%d %s-%s, ", weekday, opens, closes);
    }
  return TRUE;
}

static gboolean
write_holidays (AsCalendar  *self,
                AsDatabase  *db,
                GString     *details,
                GError     **error)
{
  g_autoptr(GPtrArray) holidays = as_calendar_list_holidays (self);
  sqlite3_stmt *stmt;

  if (!as_database_exec (db, "DELETE FROM holidays", error))
    return FALSE;
  stmt = as_database_prepare (db, "INSERT INTO holidays (date, name) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < holidays->len; i++)
    {
      char **pair = g_ptr_array_index (holidays, i);

      sqlite3_bind_text (stmt, 1, pair[0], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, pair[1], -1, SQLITE_TRANSIENT);
      if (!as_database_step_done (db, stmt, error))
        return FALSE;
    }
  g_string_append (details, "holidays:");
  for (guint i = 0; i < holidays->len; i++)
    g_string_append_printf (details, " %s", ((char **) g_ptr_array_index (holidays, i))[0]);
  return TRUE;
}

static gboolean
load_days (AsCalendar  *self,
           AsDatabase  *db,
           GError     **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT weekday, start_minute, end_minute"
                                                " FROM working_hours", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int weekday = sqlite3_column_int (stmt, 0);

      if (weekday >= 1 && weekday <= 7)
        as_calendar_set_day (self, weekday, sqlite3_column_int (stmt, 1),
                             sqlite3_column_int (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
                   _("Cannot read the working hours: %s"),
                   sqlite3_errmsg (as_database_get_handle (db)));
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_holidays (AsCalendar  *self,
               AsDatabase  *db,
               GError     **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT date, name FROM holidays", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (self->holidays, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  holidays_changed (self);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
                   _("Cannot read the holidays: %s"),
                   sqlite3_errmsg (as_database_get_handle (db)));
      return FALSE;
    }
  return TRUE;
}

static int
compare_holidays (gconstpointer a,
                  gconstpointer b)
{
  char *const *pa = *(char **const *) a;
  char *const *pb = *(char **const *) b;

  return strcmp (pa[0], pb[0]);
}

/* ------------------------------------------------------------- public API */

/**
 * as_calendar_new:
 *
 * Returns: (transfer full): the calendar a new database starts with:
 *   Monday to Friday 08:00–18:00, Saturday 09:00–13:00, no holidays
 */
AsCalendar *
as_calendar_new (void)
{
  AsCalendar *self = g_new0 (AsCalendar, 1);

  self->holidays = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (int weekday = 1; weekday <= 5; weekday++)
    as_calendar_set_day (self, weekday, 8 * 60, 18 * 60);
  as_calendar_set_day (self, 6, 9 * 60, 13 * 60);
  return self;
}

/**
 * as_calendar_load:
 *
 * Reads the working_hours and holidays tables; a weekday without a row is a
 * day off.
 *
 * Returns: (transfer full) (nullable): the calendar, or %NULL with @error set
 */
AsCalendar *
as_calendar_load (AsDatabase  *db,
                  GError     **error)
{
  g_autoptr(AsCalendar) self = as_calendar_new ();

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  for (int weekday = 1; weekday <= 7; weekday++)
    as_calendar_set_day (self, weekday, 0, 0);
  g_hash_table_remove_all (self->holidays);
  holidays_changed (self);
  if (!load_days (self, db, error) || !load_holidays (self, db, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * as_calendar_save:
 *
 * Replaces the working hours and holidays in one transaction, with an audit
 * row. A calendar with a closing time before its opening time, a time
 * outside the day, an invalid holiday date or no working day at all is
 * refused with %AS_DATABASE_ERROR_INVALID and nothing is written.
 */
gboolean
as_calendar_save (AsCalendar  *self,
                  AsDatabase  *db,
                  GError     **error)
{
  g_autoptr(GString) details = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!validate_days (self, error) || !validate_holidays (self, error) ||
      !as_staff_require (db, AS_MANAGER_ROLES, _("the working calendar"), error))
    return FALSE;
  if (!as_database_begin (db, error))
    return FALSE;
  if (!write_days (self, db, details, error) ||
      !write_holidays (self, db, details, error) ||
      !as_database_audit (db, "working_hours", 0, "update", details->str, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  as_database_notify_changed (db, "holidays");
  if (!as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

void
as_calendar_free (AsCalendar *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->holidays, g_hash_table_unref);
  g_clear_pointer (&self->holiday_days, g_hash_table_unref);
  g_free (self);
}

/**
 * as_calendar_set_day:
 * @weekday: ISO, 1 = Monday … 7 = Sunday
 *
 * Sets the opening hours of @weekday, unchecked: as_calendar_save() refuses
 * what makes no sense. @start_minute == @end_minute makes it a day off.
 */
void
as_calendar_set_day (AsCalendar *self,
                     int         weekday,
                     int         start_minute,
                     int         end_minute)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (weekday >= 1 && weekday <= 7);

  if (start_minute == end_minute)
    start_minute = end_minute = 0;
  self->start_minute[weekday] = start_minute;
  self->end_minute[weekday] = end_minute;
}

/**
 * as_calendar_get_day:
 * @start_minute: (out) (optional)
 * @end_minute: (out) (optional)
 *
 * Returns: %TRUE when @weekday is worked (0, 0 for a day off)
 */
gboolean
as_calendar_get_day (AsCalendar *self,
                     int         weekday,
                     int        *start_minute,
                     int        *end_minute)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, FALSE);

  if (start_minute != NULL)
    *start_minute = self->start_minute[weekday];
  if (end_minute != NULL)
    *end_minute = self->end_minute[weekday];
  return self->start_minute[weekday] != self->end_minute[weekday];
}

/**
 * as_calendar_add_holiday:
 * @date: "YYYY-MM-DD" (or "DD/MM/YYYY", stored as "YYYY-MM-DD")
 * @name: (nullable): what is celebrated
 *
 * Adds or renames a holiday. A date that is not a real date is kept as
 * typed, so that as_calendar_save() can refuse it by name.
 */
void
as_calendar_add_holiday (AsCalendar *self,
                         const char *date,
                         const char *name)
{
  char *normalized;

  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL);

  normalized = as_validate_date (date);
  if (normalized == NULL)
    normalized = g_strdup (date);
  g_hash_table_replace (self->holidays, normalized, as_validate_strip (name));
  holidays_changed (self);
}

void
as_calendar_remove_holiday (AsCalendar *self,
                            const char *date)
{
  g_autofree char *normalized = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL);

  normalized = as_validate_date (date);
  if (normalized == NULL || !g_hash_table_remove (self->holidays, normalized))
    g_hash_table_remove (self->holidays, date);
  holidays_changed (self);
}

/**
 * as_calendar_list_holidays:
 *
 * Returns: (transfer full) (element-type GStrv): the holidays in date
 *   order, each a %NULL-terminated pair { "YYYY-MM-DD", name }, freed with
 *   the array
 */
GPtrArray *
as_calendar_list_holidays (AsCalendar *self)
{
  GPtrArray *list;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL, NULL);

  list = g_ptr_array_new_full (g_hash_table_size (self->holidays), (GDestroyNotify) g_strfreev);
  g_hash_table_iter_init (&iter, self->holidays);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      char **pair = g_new0 (char *, 3);

      pair[0] = g_strdup (key);
      pair[1] = g_strdup (value);
      g_ptr_array_add (list, pair);
    }
  g_ptr_array_sort (list, compare_holidays);
  return list;
}

/**
 * as_calendar_add_working_hours:
 * @start: any moment; counting starts at the next working minute
 * @hours: working hours to add; 0 or less gives @start back
 *
 * A deadline that falls exactly at closing time is that closing time, not
 * the next opening.
 *
 * Returns: (transfer full) (nullable): the local moment @hours working hours
 *   after @start, or %NULL when the calendar has no working time in the next
 *   ten years
 */
GDateTime *
as_calendar_add_working_hours (AsCalendar *self,
                               GDateTime  *start,
                               double      hours)
{
  g_autoptr(GTimeZone) tz = NULL;
  GHashTable *holiday_days;
  gint64 remaining, start_usec;
  guint32 first;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (start != NULL, NULL);

  if (!(hours > 0.0) || hours > 24.0 * MAX_DAYS)
    return g_date_time_to_local (start);
  remaining = (gint64) (hours * 3600.0 + 0.5) * G_USEC_PER_SEC;

  tz = g_time_zone_new_local ();
  holiday_days = get_holiday_days (self);
  start_usec = datetime_to_usec (start);
  first = local_julian (start);
  for (guint32 julian = first; julian < first + MAX_DAYS; julian++)
    {
      int start_minute, end_minute;
      gint64 from, close;

      if (!get_window (self, holiday_days, julian, &start_minute, &end_minute))
        continue;
      from = MAX (local_to_usec (tz, julian, start_minute), start_usec);
      close = local_to_usec (tz, julian, end_minute);
      if (from >= close)
        continue;
      if (remaining <= close - from)
        return usec_to_local (from + remaining);
      remaining -= close - from;
    }
  return NULL;
}

/**
 * as_calendar_working_minutes:
 *
 * Returns: the working minutes from @from to @to, negative when @to is
 *   before @from (the time a late request is overdue, say); whole minutes,
 *   rounded towards zero
 */
gint64
as_calendar_working_minutes (AsCalendar *self,
                             GDateTime  *from,
                             GDateTime  *to)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (from != NULL && to != NULL, 0);

  if (g_date_time_compare (to, from) < 0)
    return -(count_working_usec (self, to, from) / (60 * G_USEC_PER_SEC));
  return count_working_usec (self, from, to) / (60 * G_USEC_PER_SEC);
}

/**
 * as_datetime_parse:
 * @text: "YYYY-MM-DD HH:MM:SS" in local time; "YYYY-MM-DDTHH:MM:SS",
 *   "YYYY-MM-DD HH:MM" and "YYYY-MM-DD" (midnight) are read too
 *
 * Returns: (transfer full) (nullable): the moment, or %NULL when @text is not
 *   a real date and time
 */
GDateTime *
as_datetime_parse (const char *text)
{
  int year, month, day, hour = 0, minute = 0, second = 0, consumed = 0;
  char separator = ' ';

  if (text == NULL)
    return NULL;
  if (sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &consumed) != 3 || consumed != 10)
    return NULL;
  if (text[consumed] != '\0')
    {
      const char *rest = text + consumed;
      int n = 0, parsed;

      separator = rest[0];
      parsed = sscanf (rest + 1, "%2d:%2d%n:%2d%n", &hour, &minute, &n, &second, &n);
      if ((separator != ' ' && separator != 'T') || parsed < 2 || rest[1 + n] != '\0' ||
          strlen (rest + 1) != (parsed == 2 ? 5u : 8u))
        return NULL;
    }
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy (day, month, year) || hour > 23 || minute > 59 || second > 59 ||
      hour < 0 || minute < 0 || second < 0)
    return NULL;
  return g_date_time_new_local (year, month, day, hour, minute, second);
}

/**
 * as_datetime_format:
 *
 * Returns: (transfer full): @datetime in local time as "YYYY-MM-DD HH:MM:SS"
 */
char *
as_datetime_format (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);

  local = g_date_time_to_local (datetime);
  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}
