/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The working calendar: deadlines across nights, weekends, holidays and the
 * year end; signed working minutes; saving, loading and refusals; and the
 * settings the arrival deadlines and fees are read from. */

#include <locale.h>
#include <string.h>

#include "as-calendar.h"
#include "as-database.h"
#include "as-settings.h"
#include "test-util.h"

/* A temporary database file, removed after each test. */
typedef AsTestDb Fixture;

/* ------------------------------------------------------------- helpers */

/* Monday to Friday 08:00–18:00, nothing else. */
static AsCalendar *
new_office_calendar (void)
{
  AsCalendar *calendar = as_calendar_new ();

  for (int weekday = 1; weekday <= 7; weekday++)
    as_calendar_set_day (calendar, weekday, weekday <= 5 ? 8 * 60 : 0, weekday <= 5 ? 18 * 60 : 0);
  return calendar;
}

static GDateTime *
at (const char *text)
{
  GDateTime *datetime = as_datetime_parse (text);

  if (datetime == NULL)
    g_error ("bad date in test: %s", text);
  return datetime;
}

static void
assert_deadline (AsCalendar *calendar,
                 const char *start,
                 double      hours,
                 const char *expected)
{
  g_autoptr(GDateTime) from = at (start);
  g_autoptr(GDateTime) deadline = as_calendar_add_working_hours (calendar, from, hours);
  g_autofree char *text = NULL;

  g_assert_nonnull (deadline);
  text = as_datetime_format (deadline);
  if (g_strcmp0 (text, expected) != 0)
    g_test_message ("%s + %g h", start, hours);
  g_assert_cmpstr (text, ==, expected);
  /* Counting back gives the same working time, wherever the start lies. */
  g_assert_cmpint (as_calendar_working_minutes (calendar, from, deadline), ==,
                   (gint64) (hours * 60 + 0.5));
}

static gint64
minutes_between (AsCalendar *calendar,
                 const char *from,
                 const char *to)
{
  g_autoptr(GDateTime) a = at (from);
  g_autoptr(GDateTime) b = at (to);

  return as_calendar_working_minutes (calendar, a, b);
}

static char *
checksum (Fixture    *fixture,
          const char *table)
{
  return as_test_table_checksum (as_database_get_handle (fixture->db), table, NULL);
}

static char *
calendar_tables (Fixture *fixture)
{
  g_autofree char *days = checksum (fixture, "working_hours");
  g_autofree char *holidays = checksum (fixture, "holidays");
  g_autofree char *settings = checksum (fixture, "settings");
  g_autofree char *audit = checksum (fixture, "audit_log");

  return g_strjoin ("\n", days, holidays, settings, audit, NULL);
}

/* ------------------------------------------------------------- datetimes */

static void
test_datetime_parse (void)
{
  const char *bad[] = { "", "2026-11-27 14:00:0", "2026-02-30 10:00:00", "2026-11-27 24:00:00",
                        "2026-11-27 14:60:00", "27/11/2026 14:00", "2026-11-27x14:00:00",
                        "2026-11-27 14:00:00 ", "tomorrow", "2026-13-01" };
  g_autoptr(GDateTime) a = as_datetime_parse ("2026-11-27 14:05:09");
  g_autoptr(GDateTime) b = as_datetime_parse ("2026-11-27T14:05:09");
  g_autoptr(GDateTime) c = as_datetime_parse ("2026-11-27 14:05");
  g_autoptr(GDateTime) d = as_datetime_parse ("2026-11-27");
  g_autofree char *text = NULL;
  g_autofree char *midnight = NULL;

  g_assert_nonnull (a);
  text = as_datetime_format (a);
  g_assert_cmpstr (text, ==, "2026-11-27 14:05:09");
  g_assert_true (g_date_time_equal (a, b));
  g_assert_cmpint (g_date_time_difference (a, c), ==, 9 * G_TIME_SPAN_SECOND);
  midnight = as_datetime_format (d);
  g_assert_cmpstr (midnight, ==, "2026-11-27 00:00:00");
  g_assert_null (as_datetime_parse (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GDateTime) none = as_datetime_parse (bad[i]);
      if (none != NULL)
        g_test_message ("“%s” was accepted", bad[i]);
      g_assert_null (none);
    }
}

/* ------------------------------------------------------------- deadlines */

static void
test_across_night (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();

  assert_deadline (calendar, "2026-11-24 15:00:00", 6, "2026-11-25 11:00:00");
  assert_deadline (calendar, "2026-11-24 09:00:00", 6, "2026-11-24 15:00:00");
  assert_deadline (calendar, "2026-11-24 13:15:30", 7, "2026-11-25 10:15:30");
  assert_deadline (calendar, "2026-11-24 17:59:00", 0.5, "2026-11-25 08:29:00");
  /* Whole days: 10 h a day. */
  assert_deadline (calendar, "2026-11-23 08:00:00", 30, "2026-11-25 18:00:00");
}

static void
test_across_weekend (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();
  g_autoptr(AsCalendar) with_saturday = as_calendar_new ();   /* Saturday 09:00–13:00 */

  /* Half an hour on Friday, five and a half on Monday. */
  assert_deadline (calendar, "2026-11-27 17:30:00", 6, "2026-11-30 13:30:00");
  assert_deadline (calendar, "2026-11-27 17:30:00", 7, "2026-11-30 14:30:00");
  assert_deadline (with_saturday, "2026-11-27 17:30:00", 6, "2026-11-30 09:30:00");
  assert_deadline (with_saturday, "2026-11-28 12:00:00", 6, "2026-11-30 13:00:00");
}

static void
test_weekend_call (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();
  g_autoptr(GDateTime) saturday = at ("2026-11-28 10:00:00");
  g_autoptr(GDateTime) deadline = as_calendar_add_working_hours (calendar, saturday, 6);
  g_autofree char *text = as_datetime_format (deadline);

  g_assert_cmpstr (text, ==, "2026-11-30 14:00:00");
  /* Saturday 10:00 to Monday 14:00: only Monday's six hours are working time. */
  g_assert_cmpint (as_calendar_working_minutes (calendar, saturday, deadline), ==, 360);
}

static void
test_across_holiday (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();

  as_calendar_add_holiday (calendar, "2026-11-27", "Test day");
  /* Thursday 16:00 + 6 h: 2 h Thursday, Friday is a holiday, 4 h Monday. */
  assert_deadline (calendar, "2026-11-26 16:00:00", 6, "2026-11-30 12:00:00");
  /* A holiday given as on the department's forms counts the same. */
  as_calendar_remove_holiday (calendar, "2026-11-27");
  as_calendar_add_holiday (calendar, "27/11/2026", "Test day");
  assert_deadline (calendar, "2026-11-26 16:00:00", 6, "2026-11-30 12:00:00");
  as_calendar_remove_holiday (calendar, "27/11/2026");
  assert_deadline (calendar, "2026-11-26 16:00:00", 6, "2026-11-27 12:00:00");
}

static void
test_during_holiday (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();
  g_autoptr(GDateTime) call = at ("2026-12-08 10:00:00");
  g_autoptr(GDateTime) deadline = NULL;
  g_autofree char *text = NULL;

  as_calendar_add_holiday (calendar, "2026-12-08", "Inmaculada");
  deadline = as_calendar_add_working_hours (calendar, call, 6);
  text = as_datetime_format (deadline);
  g_assert_cmpstr (text, ==, "2026-12-09 14:00:00");
  g_assert_cmpint (as_calendar_working_minutes (calendar, call, deadline), ==, 360);
}

static void
test_year_end (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();

  as_calendar_add_holiday (calendar, "2027-01-01", "New Year");
  /* Thursday 31 December 15:00 + 7 h: 3 h, then Friday is New Year's Day,
   * the weekend, and 4 h on Monday 4 January. */
  assert_deadline (calendar, "2026-12-31 15:00:00", 7, "2027-01-04 12:00:00");
  /* Long enough to cross two year ends. */
  assert_deadline (calendar, "2026-12-31 08:00:00", 10 * 520, "2028-12-28 18:00:00");
}

static void
test_before_opening (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();
  g_autoptr(GDateTime) early = at ("2026-11-23 06:00:00");
  g_autoptr(GDateTime) deadline = as_calendar_add_working_hours (calendar, early, 6);
  g_autofree char *text = as_datetime_format (deadline);

  g_assert_cmpstr (text, ==, "2026-11-23 14:00:00");
  g_assert_cmpint (as_calendar_working_minutes (calendar, early, deadline), ==, 360);
  /* Just after midnight counts from the same morning's opening. */
  assert_deadline (calendar, "2026-11-23 00:00:00", 1, "2026-11-23 09:00:00");
}

static void
test_at_closing (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();

  /* A call at closing time counts from the next opening. */
  assert_deadline (calendar, "2026-11-23 18:00:00", 1, "2026-11-24 09:00:00");
  assert_deadline (calendar, "2026-11-27 18:00:00", 6, "2026-11-30 14:00:00");
  /* A deadline landing at closing time is that closing time. */
  assert_deadline (calendar, "2026-11-23 12:00:00", 6, "2026-11-23 18:00:00");
  assert_deadline (calendar, "2026-11-27 12:00:00", 6, "2026-11-27 18:00:00");
  /* The last minute of the day. */
  assert_deadline (calendar, "2026-11-23 17:59:00", 1.0 / 60, "2026-11-23 18:00:00");
}

static void
test_zero_hours (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();
  g_autoptr(GDateTime) start = at ("2026-11-28 10:00:00");
  g_autoptr(GDateTime) same = as_calendar_add_working_hours (calendar, start, 0);

  g_assert_true (g_date_time_equal (same, start));
}

/* Summer time starts at 02:00 on 29 March 2026 and ends at 03:00 on
 * 25 October 2026 in Madrid: wall-clock opening hours stay put, and a day
 * worked round the clock has 23 or 25 hours. */
static void
test_daylight_saving (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();
  g_autoptr(AsCalendar) always = as_calendar_new ();

  if (g_strcmp0 (g_getenv ("TZ"), "Europe/Madrid") != 0)
    {
      g_test_skip ("needs TZ=Europe/Madrid");
      return;
    }
  assert_deadline (calendar, "2026-03-27 17:30:00", 6, "2026-03-30 13:30:00");
  assert_deadline (calendar, "2026-10-23 17:30:00", 6, "2026-10-26 13:30:00");

  for (int weekday = 1; weekday <= 7; weekday++)
    as_calendar_set_day (always, weekday, 0, 24 * 60);
  g_assert_cmpint (minutes_between (always, "2026-03-29 00:00:00", "2026-03-30 00:00:00"), ==,
                   23 * 60);
  g_assert_cmpint (minutes_between (always, "2026-10-25 00:00:00", "2026-10-26 00:00:00"), ==,
                   25 * 60);
  assert_deadline (always, "2026-03-29 00:00:00", 23, "2026-03-30 00:00:00");
  assert_deadline (always, "2026-03-28 22:00:00", 6, "2026-03-29 05:00:00");
}

static void
test_no_working_time (void)
{
  g_autoptr(AsCalendar) calendar = as_calendar_new ();
  g_autoptr(GDateTime) start = at ("2026-11-23 10:00:00");
  g_autoptr(GDateTime) never = NULL;

  for (int weekday = 1; weekday <= 7; weekday++)
    as_calendar_set_day (calendar, weekday, 0, 0);
  never = as_calendar_add_working_hours (calendar, start, 6);
  g_assert_null (never);
}

/* ------------------------------------------------------------- minutes */

static void
test_working_minutes_signed (void)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();

  as_calendar_add_holiday (calendar, "2026-12-08", NULL);
  g_assert_cmpint (minutes_between (calendar, "2026-11-27 17:30:00", "2026-11-30 13:30:00"), ==,
                   360);
  g_assert_cmpint (minutes_between (calendar, "2026-11-30 13:30:00", "2026-11-27 17:30:00"), ==,
                   -360);
  g_assert_cmpint (minutes_between (calendar, "2026-11-30 14:00:00", "2026-11-30 14:00:00"), ==, 0);
  /* Outside working time on both ends. */
  g_assert_cmpint (minutes_between (calendar, "2026-11-28 10:00:00", "2026-11-29 20:00:00"), ==, 0);
  g_assert_cmpint (minutes_between (calendar, "2026-11-27 20:00:00", "2026-11-30 07:00:00"), ==, 0);
  /* The holiday counts nothing. */
  g_assert_cmpint (minutes_between (calendar, "2026-12-07 08:00:00", "2026-12-09 18:00:00"), ==,
                   2 * 600);
  /* A whole week: five ten-hour days. */
  g_assert_cmpint (minutes_between (calendar, "2026-11-23 00:00:00", "2026-11-30 00:00:00"), ==,
                   5 * 600);
  /* Seconds are kept, and whole minutes rounded towards zero either way. */
  g_assert_cmpint (minutes_between (calendar, "2026-11-23 10:00:00", "2026-11-23 10:01:59"), ==, 1);
  g_assert_cmpint (minutes_between (calendar, "2026-11-23 10:01:59", "2026-11-23 10:00:00"), ==,
                   -1);
}

/* From every quarter hour of two weeks with a holiday and the default
 * Saturday, adding h hours and counting back give h hours again, and the
 * deadline is never outside working time. */
static void
test_consistency (void)
{
  g_autoptr(AsCalendar) calendar = as_calendar_new ();
  g_autoptr(GDateTime) first = at ("2026-12-04 00:00:00");
  const double hours[] = { 0.25, 1, 6, 7, 10.5, 40 };

  as_calendar_add_holiday (calendar, "2026-12-08", "Inmaculada");
  for (int step = 0; step < 14 * 24 * 4; step++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_minutes (first, step * 15);

      for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
        {
          g_autoptr(GDateTime) deadline = as_calendar_add_working_hours (calendar, start, hours[i]);
          g_autoptr(GDateTime) before = g_date_time_add_seconds (deadline, -1);
          int start_minute, end_minute, minute;

          g_assert_nonnull (deadline);
          g_assert_cmpint (as_calendar_working_minutes (calendar, start, deadline), ==,
                           (gint64) (hours[i] * 60));
          g_assert_cmpint (as_calendar_working_minutes (calendar, deadline, start), ==,
                           -(gint64) (hours[i] * 60));
          /* The last second before the deadline was worked. */
          g_assert_true (as_calendar_get_day (calendar, g_date_time_get_day_of_week (before),
                                              &start_minute, &end_minute));
          minute = g_date_time_get_hour (before) * 60 + g_date_time_get_minute (before);
          g_assert_cmpint (minute, >=, start_minute);
          g_assert_cmpint (minute, <, end_minute);
          g_assert_cmpint (g_date_time_get_day_of_month (before), !=, 8);
        }
    }
}

/* ------------------------------------------------------------- storage */

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsCalendar) calendar = as_calendar_load (fixture->db, &error);
  g_autoptr(GPtrArray) holidays = NULL;
  int start, end;

  g_assert_no_error (error);
  for (int weekday = 1; weekday <= 5; weekday++)
    {
      g_assert_true (as_calendar_get_day (calendar, weekday, &start, &end));
      g_assert_cmpint (start, ==, 480);
      g_assert_cmpint (end, ==, 1080);
    }
  g_assert_true (as_calendar_get_day (calendar, 6, &start, &end));
  g_assert_cmpint (start, ==, 540);
  g_assert_cmpint (end, ==, 780);
  g_assert_false (as_calendar_get_day (calendar, 7, &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 0);
  holidays = as_calendar_list_holidays (calendar);
  g_assert_cmpuint (holidays->len, ==, 0);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsCalendar) calendar = as_calendar_new ();
  g_autoptr(AsCalendar) loaded = NULL;
  g_autoptr(GPtrArray) holidays = NULL;
  gint64 audit_before = as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log", -1);
  int start, end;

  as_calendar_set_day (calendar, 1, 7 * 60 + 30, 15 * 60);
  as_calendar_set_day (calendar, 3, 0, 24 * 60);
  as_calendar_set_day (calendar, 6, 0, 0);            /* Saturday off */
  as_calendar_set_day (calendar, 7, 10 * 60, 14 * 60);
  as_calendar_add_holiday (calendar, "2026-12-25", "Navidad");
  as_calendar_add_holiday (calendar, "01/01/2027", "  Año Nuevo ");
  as_calendar_add_holiday (calendar, "2026-12-08", "Inmaculada");
  as_calendar_add_holiday (calendar, "2026-12-08", "Inmaculada Concepción");  /* renamed */
  as_calendar_add_holiday (calendar, "2026-05-01", "");
  as_calendar_remove_holiday (calendar, "2026-05-01");
  g_assert_true (as_calendar_save (calendar, fixture->db, &error));
  g_assert_no_error (error);

  loaded = as_calendar_load (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_true (as_calendar_get_day (loaded, 1, &start, &end));
  g_assert_cmpint (start, ==, 450);
  g_assert_cmpint (end, ==, 900);
  g_assert_true (as_calendar_get_day (loaded, 2, &start, &end));
  g_assert_cmpint (start, ==, 480);
  g_assert_true (as_calendar_get_day (loaded, 3, &start, &end));
  g_assert_cmpint (end, ==, 1440);
  g_assert_false (as_calendar_get_day (loaded, 6, NULL, NULL));
  g_assert_true (as_calendar_get_day (loaded, 7, &start, &end));
  g_assert_cmpint (start, ==, 600);

  holidays = as_calendar_list_holidays (loaded);
  g_assert_cmpuint (holidays->len, ==, 3);
  g_assert_cmpstr (((char **) holidays->pdata[0])[0], ==, "2026-12-08");
  g_assert_cmpstr (((char **) holidays->pdata[0])[1], ==, "Inmaculada Concepción");
  g_assert_cmpstr (((char **) holidays->pdata[1])[0], ==, "2026-12-25");
  g_assert_cmpstr (((char **) holidays->pdata[2])[0], ==, "2027-01-01");
  g_assert_cmpstr (((char **) holidays->pdata[2])[1], ==, "Año Nuevo");

  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM working_hours", -1),
                   ==, 6);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log", -1), ==,
                   audit_before + 1);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log"
                                          " WHERE table_name = 'working_hours'"
                                          " AND action = 'update'", -1), ==, 1);

  /* The calendar loaded counts the same deadline: Monday closes at 15:00. */
  {
    g_autoptr(GDateTime) call = at ("2026-12-07 14:00:00");
    g_autoptr(GDateTime) deadline = as_calendar_add_working_hours (loaded, call, 6);
    g_autofree char *text = as_datetime_format (deadline);

    /* 1 h Monday, Tuesday 8 December a holiday, 5 h of Wednesday's 24. */
    g_assert_cmpstr (text, ==, "2026-12-09 05:00:00");
  }
}

static void
assert_refused (Fixture    *fixture,
                AsCalendar *calendar,
                const char *expected_words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = calendar_tables (fixture);
  g_autofree char *after = NULL;

  g_assert_false (as_calendar_save (calendar, fixture->db, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  if (strstr (error->message, expected_words) == NULL)
    g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, expected_words));
  after = calendar_tables (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();
  g_autoptr(GError) error = NULL;

  /* Something saved first, so that a refusal has something to keep. */
  as_calendar_add_holiday (calendar, "2026-12-25", "Navidad");
  g_assert_true (as_calendar_save (calendar, fixture->db, &error));
  g_assert_no_error (error);

  as_calendar_set_day (calendar, 2, 18 * 60, 8 * 60);
  assert_refused (fixture, calendar, "Tuesday: the closing time (08:00)");
  as_calendar_set_day (calendar, 2, 8 * 60, 25 * 60);
  assert_refused (fixture, calendar, "between 00:00 and 24:00");
  as_calendar_set_day (calendar, 2, -60, 8 * 60);
  assert_refused (fixture, calendar, "between 00:00 and 24:00");
  as_calendar_set_day (calendar, 2, 8 * 60, 18 * 60);

  as_calendar_add_holiday (calendar, "2026-02-30", "Nonsense");
  assert_refused (fixture, calendar, "“2026-02-30” is not a valid holiday date");
  as_calendar_remove_holiday (calendar, "2026-02-30");
  as_calendar_add_holiday (calendar, "next Friday", "Nonsense");
  assert_refused (fixture, calendar, "“next Friday”");
  as_calendar_remove_holiday (calendar, "next Friday");

  for (int weekday = 1; weekday <= 7; weekday++)
    as_calendar_set_day (calendar, weekday, 0, 0);
  assert_refused (fixture, calendar, "no working day");

  /* Still the calendar saved first. */
  as_calendar_set_day (calendar, 1, 8 * 60, 18 * 60);
  g_assert_true (as_calendar_save (calendar, fixture->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM working_hours", -1),
                   ==, 1);
}

/* A calendar saved inside a caller's transaction is undone with it. */
static void
test_nested_rollback (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AsCalendar) calendar = new_office_calendar ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = calendar_tables (fixture);
  g_autofree char *after = NULL;

  g_assert_true (as_database_begin (fixture->db, &error));
  g_assert_true (as_calendar_save (calendar, fixture->db, &error));
  g_assert_false (as_settings_set_int (fixture->db, AS_SETTING_URBAN_HOURS, 0, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  as_database_rollback (fixture->db);
  after = calendar_tables (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* ------------------------------------------------------------- settings */

static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *keys[] = { AS_SETTING_CALL_OUT, AS_SETTING_SUBURBAN_HOURS, AS_SETTING_TRANSPORT };
  gint64 values[] = { 4000, 8, 1500 };
  gint64 audit_before;

  g_assert_cmpint (as_settings_get_int (fixture->db, AS_SETTING_LABOUR_PER_HOUR, -1), ==, 3500);
  g_assert_cmpint (as_settings_get_int (fixture->db, AS_SETTING_CALL_OUT, -1), ==, 2500);
  g_assert_cmpint (as_settings_get_int (fixture->db, AS_SETTING_TRANSPORT, -1), ==, 1500);
  g_assert_cmpint (as_settings_get_int (fixture->db, AS_SETTING_URBAN_HOURS, -1), ==, 6);
  g_assert_cmpint (as_settings_get_int (fixture->db, AS_SETTING_SUBURBAN_HOURS, -1), ==, 7);
  g_assert_cmpint (as_settings_get_int (fixture->db, "no.such.key", 42), ==, 42);

  audit_before = as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log", -1);
  g_assert_true (as_settings_set_int (fixture->db, AS_SETTING_URBAN_HOURS, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_settings_get_int (fixture->db, AS_SETTING_URBAN_HOURS, -1), ==, 5);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log", -1), ==,
                   audit_before + 1);

  /* Two changed, one the same: two audit rows. */
  g_assert_true (as_settings_set_ints (fixture->db, keys, values, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_settings_get_int (fixture->db, AS_SETTING_CALL_OUT, -1), ==, 4000);
  g_assert_cmpint (as_settings_get_int (fixture->db, AS_SETTING_SUBURBAN_HOURS, -1), ==, 8);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log"
                                          " WHERE table_name = 'settings'", -1), ==, 3);
}

static void
test_settings_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  struct { const char *key; gint64 value; const char *words; } cases[] = {
    { AS_SETTING_URBAN_HOURS, 0, "urban customers must be between 1 and 72" },
    { AS_SETTING_URBAN_HOURS, 73, "urban customers must be between 1 and 72" },
    { AS_SETTING_SUBURBAN_HOURS, -7, "suburban customers must be between 1 and 72" },
    { AS_SETTING_LABOUR_PER_HOUR, -1, "labour rate" },
    { AS_SETTING_CALL_OUT, -100, "call-out fee" },
    { AS_SETTING_TRANSPORT, G_GINT64_CONSTANT (100000000000), "transport fee" },
    { "other.count", -1, "cannot be negative" },
  };
  g_autofree char *before = calendar_tables (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (as_settings_set_int (fixture->db, cases[i].key, cases[i].value, &error));
      g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].words));
      after = calendar_tables (fixture);
      g_assert_cmpstr (after, ==, before);
    }

  /* One bad value in a batch: nothing written, not even the good ones. */
  {
    const char *keys[] = { AS_SETTING_CALL_OUT, AS_SETTING_URBAN_HOURS };
    gint64 values[] = { 9900, 100 };
    g_autoptr(GError) error = NULL;
    g_autofree char *after = NULL;

    g_assert_false (as_settings_set_ints (fixture->db, keys, values, 2, &error));
    g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
    after = calendar_tables (fixture);
    g_assert_cmpstr (after, ==, before);
  }
}

int
main (int    argc,
      char **argv)
{
  /* Known clocks: the deadlines cross the summer-time changes of Madrid. */
  if (g_file_test ("/usr/share/zoneinfo/Europe/Madrid", G_FILE_TEST_EXISTS))
    g_setenv ("TZ", "Europe/Madrid", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/datetime/parse", test_datetime_parse);
  g_test_add_func ("/calendar/deadline/across-night", test_across_night);
  g_test_add_func ("/calendar/deadline/across-weekend", test_across_weekend);
  g_test_add_func ("/calendar/deadline/weekend-call", test_weekend_call);
  g_test_add_func ("/calendar/deadline/across-holiday", test_across_holiday);
  g_test_add_func ("/calendar/deadline/during-holiday", test_during_holiday);
  g_test_add_func ("/calendar/deadline/year-end", test_year_end);
  g_test_add_func ("/calendar/deadline/before-opening", test_before_opening);
  g_test_add_func ("/calendar/deadline/at-closing", test_at_closing);
  g_test_add_func ("/calendar/deadline/zero-hours", test_zero_hours);
  g_test_add_func ("/calendar/deadline/daylight-saving", test_daylight_saving);
  g_test_add_func ("/calendar/deadline/no-working-time", test_no_working_time);
  g_test_add_func ("/calendar/minutes/signed", test_working_minutes_signed);
  g_test_add_func ("/calendar/minutes/consistency", test_consistency);

#define ADD(name, func) g_test_add (name, Fixture, NULL, as_test_db_setup, func, as_test_db_teardown)
  ADD ("/calendar/storage/defaults", test_defaults);
  ADD ("/calendar/storage/round-trip", test_round_trip);
  ADD ("/calendar/storage/refusals", test_refusals);
  ADD ("/calendar/storage/nested-rollback", test_nested_rollback);
  ADD ("/settings/round-trip", test_settings);
  ADD ("/settings/refusals", test_settings_refused);
#undef ADD

  return g_test_run ();
}
