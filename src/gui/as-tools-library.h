/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_TOOLS_LIBRARY (as_tools_library_get_type ())
G_DECLARE_FINAL_TYPE (AsToolsLibrary, as_tools_library, AS, TOOLS_LIBRARY, GtkWidget)

/* The documentation library section: documents, versions, distribution and loans. */
GtkWidget *as_tools_library_new (AsDatabase *db);

G_END_DECLS
