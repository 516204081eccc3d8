/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the widget tests: waiting on the main loop and finding
 * widgets in a window's tree. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*Condition)  (gpointer   data);
typedef gboolean (*WidgetTest) (GtkWidget *widget,
                                gpointer   data);

gboolean   wait_for       (Condition   condition,
                           gpointer    data,
                           guint       timeout_ms);
void       spin           (guint       ms);
gboolean   is_mapped      (gpointer    data);
GtkWidget *find_widget    (GtkWidget  *root,
                           WidgetTest  test,
                           gpointer    data);
GtkWidget *find_type      (GtkWidget  *root,
                           GType       type);
gboolean   is_shown_label_with (GtkWidget *widget,
                                gpointer   data);
gboolean   wait_for_label (GtkWidget  *root,
                           const char *text);

G_END_DECLS
