/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

/* The sections of the Surveys tab, for as_area_page_add_section(). */
GtkWidget *as_surveys_section_to_survey        (AsDatabase *db);
GtkWidget *as_surveys_section_recorded         (AsDatabase *db);
GtkWidget *as_surveys_section_technician_review (AsDatabase *db);
GtkWidget *as_surveys_section_department_review (AsDatabase *db);

G_END_DECLS
