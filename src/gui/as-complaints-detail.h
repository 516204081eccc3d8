/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define AS_TYPE_COMPLAINTS_DETAIL (as_complaints_detail_get_type ())
G_DECLARE_FINAL_TYPE (AsComplaintsDetail, as_complaints_detail, AS, COMPLAINTS_DETAIL, GtkWidget)

/* The detail pane of the Complaints tab: one contact as the store loads it,
 * its response deadline, rewards and history, and the buttons of the
 * handling steps (actions "complaints.*" of the section that holds it). */
GtkWidget *as_complaints_detail_new        (void);
void       as_complaints_detail_show_empty (AsComplaintsDetail *self);
/* @values: as_complaint_store_load(); @history and @rewards: its lists. */
void       as_complaints_detail_show       (AsComplaintsDetail *self,
                                            GHashTable         *values,
                                            GPtrArray          *history,
                                            GPtrArray          *rewards);
/* Shows or hides the button of @action_name; @tooltip says what it does or,
 * when it cannot be used, why. */
void       as_complaints_detail_set_step   (AsComplaintsDetail *self,
                                            const char         *action_name,
                                            gboolean            visible,
                                            const char         *tooltip);

G_END_DECLS
