/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_RETURNS_SECTION (as_returns_section_get_type ())
G_DECLARE_FINAL_TYPE (AsReturnsSection, as_returns_section, AS, RETURNS_SECTION, GtkWidget)

/* The Complaints tab's "Returns and exchanges" section (an AsSectionFactory). */
GtkWidget *as_returns_section_new (AsDatabase *db);

G_END_DECLS
