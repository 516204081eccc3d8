/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_SURVEYS_FORM (as_surveys_form_get_type ())
G_DECLARE_FINAL_TYPE (AsSurveysForm, as_surveys_form, AS, SURVEYS_FORM, GtkWindow)

/* The customer satisfaction survey form (seed (22)–(28)): the repair asked
 * about, the technician rated on four criteria at four levels, and the
 * customer's comments, suggestions and complaint. A refusal by the store is
 * shown on top of the form, which stays open with everything typed. */

/* A form to record the survey of the completed repair @repair_id; NULL with
 * @error set when the repair cannot be surveyed (unknown, not completed,
 * already surveyed). */
AsSurveysForm *as_surveys_form_new_for_repair (GtkWindow   *parent,
                                               AsDatabase  *db,
                                               gint64       repair_id,
                                               GError     **error);
/* The recorded survey @survey_id, to read: nothing can be changed. */
AsSurveysForm *as_surveys_form_new_for_survey (GtkWindow   *parent,
                                               AsDatabase  *db,
                                               gint64       survey_id,
                                               GError     **error);
/* For tests: choose @level (1 … 4) for @criterion, as a click would. */
void           as_surveys_form_set_rating     (AsSurveysForm *self,
                                               guint          criterion,
                                               int            level);

G_END_DECLS
