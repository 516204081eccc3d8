/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_APPLICATION (as_application_get_type ())
G_DECLARE_FINAL_TYPE (AsApplication, as_application, AS, APPLICATION, GtkApplication)

AsApplication *as_application_new           (void);
AsDatabase    *as_application_get_database  (AsApplication *self);
GSettings     *as_application_get_settings  (AsApplication *self);
void           as_application_set_actor     (AsApplication *self,
                                             gint64         staff_id);
void           as_application_choose_actor  (AsApplication *self);

G_END_DECLS
