/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_PREFERENCES_WINDOW (as_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (AsPreferencesWindow, as_preferences_window, AS, PREFERENCES_WINDOW, GtkWindow)

AsPreferencesWindow *as_preferences_window_new (GtkWindow  *parent,
                                                GSettings  *settings,
                                                AsDatabase *db);

G_END_DECLS
