/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-page.h"

G_BEGIN_DECLS

#define AS_TYPE_REPAIRS_PAGE (as_repairs_page_get_type ())
G_DECLARE_FINAL_TYPE (AsRepairsPage, as_repairs_page, AS, REPAIRS_PAGE, AsPage)

/* The Repairs tab (SPEC M1–M13): the repair register with the selected
 * repair's detail and steps, the dispatch board and the maintenance
 * contracts; reception, dispatch, every later step and the printed
 * documents are its actions ("repairs.*"). */
AsRepairsPage *as_repairs_page_new          (void);
/* The repair whose detail and steps are shown, 0 for none. */
gint64         as_repairs_page_get_repair   (AsRepairsPage *self);
void           as_repairs_page_show_repair  (AsRepairsPage *self,
                                             gint64         repair_id);

G_END_DECLS
