/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PLACEHOLDER: being written. */
#include "as-dashboard-page.h"
struct _AsDashboardPage { AsPage parent_instance; };
G_DEFINE_FINAL_TYPE (AsDashboardPage, as_dashboard_page, AS_TYPE_PAGE)
static void as_dashboard_page_class_init (AsDashboardPageClass *klass) { }
static void as_dashboard_page_init (AsDashboardPage *self) { gtk_widget_set_parent (gtk_label_new ("DashboardPage"), GTK_WIDGET (self)); }
AsDashboardPage *as_dashboard_page_new (void) { return g_object_new (AS_TYPE_DASHBOARD_PAGE, NULL); }
