/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_WAREHOUSE_LOANERS (as_warehouse_loaners_get_type ())
G_DECLARE_FINAL_TYPE (AsWarehouseLoaners, as_warehouse_loaners, AS, WAREHOUSE_LOANERS, GtkWidget)

GtkWidget *as_warehouse_loaners_new (AsDatabase *db);

G_END_DECLS
