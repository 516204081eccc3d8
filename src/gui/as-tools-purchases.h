/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_TOOLS_PURCHASES (as_tools_purchases_get_type ())
G_DECLARE_FINAL_TYPE (AsToolsPurchases, as_tools_purchases, AS, TOOLS_PURCHASES, GtkWidget)

/* The purchase requests section: quotes, the two approvals, the order and the receipt. */
GtkWidget *as_tools_purchases_new (AsDatabase *db);

G_END_DECLS
