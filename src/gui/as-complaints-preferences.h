/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_COMPLAINTS_PREFERENCES (as_complaints_preferences_get_type ())
G_DECLARE_FINAL_TYPE (AsComplaintsPreferences, as_complaints_preferences, AS,
                      COMPLAINTS_PREFERENCES, GtkWidget)

/* The Complaints page of Preferences: the routing rule of each subject
 * category (saved as chosen) and the response deadlines (saved on Apply). */
GtkWidget *as_complaints_preferences_new (AsDatabase *db);

G_END_DECLS
