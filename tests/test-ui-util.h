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
/* WidgetTest: the widget's id in its template is @data. */
gboolean   has_id         (GtkWidget  *widget,
                           gpointer    data);
/* The widget of id @id under @root; the test stops when there is none. */
GtkWidget *find_id        (GtkWidget  *root,
                           const char *id);
/* WidgetTest: the widget is actionable with the action named @data. */
gboolean   has_action     (GtkWidget  *widget,
                           gpointer    data);
/* Destroys every window that has a parent: the dialogs a test left open. */
void       close_dialogs  (void);
/* Keeps a widget test away from the person's settings and files (settings
 * in memory, data and configuration in a new folder, returned to remove
 * after the run), then opens the display. NULL when there is none: the test
 * is skipped. Call it after g_test_init(). */
char      *init_test_display (void);

G_END_DECLS
