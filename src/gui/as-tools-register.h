/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_TOOLS_REGISTER (as_tools_register_get_type ())
G_DECLARE_FINAL_TYPE (AsToolsRegister, as_tools_register, AS, TOOLS_REGISTER, GtkWidget)

/* The tools register section: tools and test equipment, their holders and history. */
GtkWidget *as_tools_register_new (AsDatabase *db);

G_END_DECLS
