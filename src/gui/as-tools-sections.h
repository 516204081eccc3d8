/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

/* The Tools tab's plain sections, each an AsSectionFactory. */
GtkWidget *as_tools_incidents_new   (AsDatabase *db);
GtkWidget *as_tools_loans_new       (AsDatabase *db);
GtkWidget *as_tools_access_log_new  (AsDatabase *db);

G_END_DECLS
