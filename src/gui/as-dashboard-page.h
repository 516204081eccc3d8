/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-page.h"

G_BEGIN_DECLS

#define AS_TYPE_DASHBOARD_PAGE (as_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (AsDashboardPage, as_dashboard_page, AS, DASHBOARD_PAGE, AsPage)

AsDashboardPage *as_dashboard_page_new (void);

G_END_DECLS
