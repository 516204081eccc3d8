/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define AS_TYPE_TOOLS_DETAIL (as_tools_detail_get_type ())
G_DECLARE_FINAL_TYPE (AsToolsDetail, as_tools_detail, AS, TOOLS_DETAIL, GtkWidget)

/* The detail pane of the Tools tab's sections (a tool, a purchase request, a
 * document, a person): a title with its status, the buttons of the steps
 * that apply (actions of the section that holds it), the record's facts,
 * and headed lists such as the history. It only shows: the section decides
 * what applies and runs the steps. */
GtkWidget *as_tools_detail_new             (void);
void       as_tools_detail_show_empty      (AsToolsDetail *self,
                                            const char    *message);
/* Starts showing a record: clears the facts and the lists. @badge (such as
 * "Confidential") stands out next to the status; both may be NULL. */
void       as_tools_detail_begin           (AsToolsDetail *self,
                                            const char    *title,
                                            const char    *status,
                                            const char    *badge);
void       as_tools_detail_add_info        (AsToolsDetail *self,
                                            const char    *key,
                                            const char    *value);
void       as_tools_detail_add_heading     (AsToolsDetail *self,
                                            const char    *title);
/* A dim head line ("2025-03-01 · Checked out · Ana") and an optional body. */
void       as_tools_detail_add_entry       (AsToolsDetail *self,
                                            const char    *head,
                                            const char    *body,
                                            gboolean       attention);
void       as_tools_detail_add_note        (AsToolsDetail *self,
                                            const char    *text);
/* A step button, added once; hidden until as_tools_detail_set_step(). */
void       as_tools_detail_add_step        (AsToolsDetail *self,
                                            const char    *label,
                                            const char    *action_name);
void       as_tools_detail_set_step        (AsToolsDetail *self,
                                            const char    *action_name,
                                            gboolean       visible,
                                            const char    *tooltip);

G_END_DECLS
