/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_WAREHOUSE_PARTS (as_warehouse_parts_get_type ())
G_DECLARE_FINAL_TYPE (AsWarehouseParts, as_warehouse_parts, AS, WAREHOUSE_PARTS, GtkWidget)

GtkWidget *as_warehouse_parts_new (AsDatabase *db);

G_END_DECLS
