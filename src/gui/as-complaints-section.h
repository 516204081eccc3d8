/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_COMPLAINTS_SECTION (as_complaints_section_get_type ())
G_DECLARE_FINAL_TYPE (AsComplaintsSection, as_complaints_section, AS, COMPLAINTS_SECTION,
                      GtkWidget)

/* The "Complaints and opinions" section of the Complaints tab (an
 * AsSectionFactory): the register of contacts, the selected one in a detail
 * pane with its handling steps, intake, and the monthly figures. */
GtkWidget *as_complaints_section_new          (AsDatabase          *db);
void       as_complaints_section_show         (AsComplaintsSection *self,
                                               gint64               complaint_id);
gint64     as_complaints_section_get_selected (AsComplaintsSection *self);

G_END_DECLS
