/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"
#include "as-list-view.h"

G_BEGIN_DECLS

#define AS_TYPE_SURVEYS_DUE (as_surveys_due_get_type ())
G_DECLARE_FINAL_TYPE (AsSurveysDue, as_surveys_due, AS, SURVEYS_DUE, GtkWidget)

/* The Surveys tab's work list (SPEC S1): the completed repairs still without
 * their customer satisfaction survey, day by day with a count per day, or
 * every day at once oldest first; Enter or "Record Survey…" opens the form. */
GtkWidget  *as_surveys_due_new           (AsDatabase   *db);
AsListView *as_surveys_due_get_list_view (AsSurveysDue *self);
/* Shows the repairs completed on @day (20261127), or every day with 0. */
void        as_surveys_due_show_day      (AsSurveysDue *self,
                                          gint64        day);
gint64      as_surveys_due_get_day       (AsSurveysDue *self);

G_END_DECLS
