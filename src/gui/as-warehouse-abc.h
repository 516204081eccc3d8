/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_WAREHOUSE_ABC (as_warehouse_abc_get_type ())
G_DECLARE_FINAL_TYPE (AsWarehouseAbc, as_warehouse_abc, AS, WAREHOUSE_ABC, GtkWidget)

GtkWidget *as_warehouse_abc_new (AsDatabase *db);

G_END_DECLS
