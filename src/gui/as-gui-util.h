/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Small pieces every tab builds alike: the window a widget sits in, a
 * message over it, a list's tool-bar button, the rows of a detail pane. */

GtkWindow *as_gui_get_window           (GtkWidget      *widget);
void       as_gui_message_dialog       (GtkWindow      *parent,
                                        GtkMessageType  type,
                                        const char     *primary,
                                        const char     *secondary);
void       as_gui_error_dialog         (GtkWindow      *parent,
                                        const char     *primary,
                                        const GError   *error);
void       as_gui_show_message         (GtkWidget      *widget,
                                        GtkMessageType  type,
                                        const char     *primary,
                                        const char     *secondary);
void       as_gui_show_error           (GtkWidget      *widget,
                                        const char     *primary,
                                        const GError   *error);
void       as_gui_show_form_error      (GtkWidget      *error_box,
                                        GtkLabel       *error_label,
                                        GtkWidget      *form,
                                        const char     *message);
void       as_gui_close_action         (GtkWidget      *widget,
                                        const char     *action_name,
                                        GVariant       *parameter);
GtkWidget *as_gui_create_button        (const char     *label,
                                        const char     *action_name,
                                        const char     *tooltip,
                                        gboolean        suggested);
void       as_gui_fill_codes           (GtkDropDown    *drop_down,
                                        const char     *none,
                                        const char *const *codes);
const char *as_gui_selected_code       (GtkDropDown    *drop_down,
                                        const char *const *codes);

void       as_gui_clear_container      (GtkWidget      *container);
void       as_gui_set_optional_label   (GtkLabel       *label,
                                        const char     *text);
GtkWidget *as_gui_create_value_label   (const char     *text);
const char *as_gui_lookup              (GHashTable     *values,
                                        const char     *key);
char      *as_gui_format_date          (const char     *raw);
char      *as_gui_format_money         (gint64          cents);
void       as_gui_grid_add_info        (GtkGrid        *grid,
                                        int            *n_rows,
                                        const char     *title,
                                        const char     *value);
void       as_gui_grid_add_info_joined (GtkGrid        *grid,
                                        int            *n_rows,
                                        const char     *title,
                                        const char     *first,
                                        const char     *second);

G_END_DECLS
