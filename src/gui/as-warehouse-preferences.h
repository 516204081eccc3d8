/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_WAREHOUSE_PREFERENCES (as_warehouse_preferences_get_type ())
G_DECLARE_FINAL_TYPE (AsWarehousePreferences, as_warehouse_preferences, AS, WAREHOUSE_PREFERENCES, GtkWidget)

GtkWidget *as_warehouse_preferences_new (AsDatabase *db);

G_END_DECLS
