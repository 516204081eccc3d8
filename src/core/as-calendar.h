/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* The working calendar: hours per weekday and holidays. Arrival deadlines
 * (6 working hours for urban customers, 7 for suburban) count on it. */
typedef struct _AsCalendar AsCalendar;

AsCalendar *as_calendar_new                 (void);
AsCalendar *as_calendar_load                (AsDatabase  *db,
                                             GError     **error);
gboolean    as_calendar_save                (AsCalendar  *self,
                                             AsDatabase  *db,
                                             GError     **error);
void        as_calendar_free                (AsCalendar  *self);

/* @weekday: ISO, 1 = Monday … 7 = Sunday; minutes since midnight;
 * start == end makes the day a day off. */
void        as_calendar_set_day             (AsCalendar  *self,
                                             int          weekday,
                                             int          start_minute,
                                             int          end_minute);
gboolean    as_calendar_get_day             (AsCalendar  *self,
                                             int          weekday,
                                             int         *start_minute,
                                             int         *end_minute);
/* @date: "YYYY-MM-DD" */
void        as_calendar_add_holiday         (AsCalendar  *self,
                                             const char  *date,
                                             const char  *name);
void        as_calendar_remove_holiday      (AsCalendar  *self,
                                             const char  *date);
GPtrArray  *as_calendar_list_holidays       (AsCalendar  *self);

/* The moment @hours working hours after @start (which may fall outside
 * working time: counting starts at the next working minute). */
GDateTime  *as_calendar_add_working_hours   (AsCalendar  *self,
                                             GDateTime   *start,
                                             double       hours);
/* Working minutes from @from to @to; negative when @to is before @from. */
gint64      as_calendar_working_minutes     (AsCalendar  *self,
                                             GDateTime   *from,
                                             GDateTime   *to);

/* "2026-11-27 14:00:00" ↔ GDateTime in local time. */
GDateTime  *as_datetime_parse               (const char  *text);
char       *as_datetime_format              (GDateTime   *datetime);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsCalendar, as_calendar_free)

G_END_DECLS
