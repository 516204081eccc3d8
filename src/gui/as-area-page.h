/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-page.h"
#include "as-record-list.h"

G_BEGIN_DECLS

#define AS_TYPE_AREA_PAGE (as_area_page_get_type ())
G_DECLARE_FINAL_TYPE (AsAreaPage, as_area_page, AS, AREA_PAGE, AsPage)

/* Builds a section's widget for the page's database. */
typedef GtkWidget *(*AsSectionFactory) (AsDatabase *db);

AsAreaPage *as_area_page_new         (void);
void        as_area_page_add_list    (AsAreaPage       *self,
                                      const char       *name,
                                      const char       *title,
                                      const AsListSpec *spec,
                                      const char       *empty_title,
                                      const char       *empty_description);
void        as_area_page_add_section (AsAreaPage       *self,
                                      const char       *name,
                                      const char       *title,
                                      AsSectionFactory  factory);

G_END_DECLS
