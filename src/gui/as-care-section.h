/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_CARE_SECTION (as_care_section_get_type ())
G_DECLARE_FINAL_TYPE (AsCareSection, as_care_section, AS, CARE_SECTION, GtkWidget)

/* The Complaints tab's "Customer care" section (an AsSectionFactory). */
GtkWidget *as_care_section_new (AsDatabase *db);

G_END_DECLS
