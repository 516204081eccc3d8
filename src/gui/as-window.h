/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-application.h"
#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_WINDOW (as_window_get_type ())
G_DECLARE_FINAL_TYPE (AsWindow, as_window, AS, WINDOW, GtkApplicationWindow)

AsWindow   *as_window_new            (AsApplication *app,
                                      AsDatabase    *db);
AsDatabase *as_window_get_database   (AsWindow      *self);
void        as_window_show_page      (AsWindow      *self,
                                      const char    *name);
const char *as_window_get_page       (AsWindow      *self);
void        as_window_update_actor   (AsWindow      *self);

G_END_DECLS
