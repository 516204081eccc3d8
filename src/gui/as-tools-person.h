/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_TOOLS_PERSON (as_tools_person_get_type ())
G_DECLARE_FINAL_TYPE (AsToolsPerson, as_tools_person, AS, TOOLS_PERSON, GtkWidget)

/* The per-person section: what someone holds and has held, and what they owe. */
GtkWidget *as_tools_person_new (AsDatabase *db);

G_END_DECLS
