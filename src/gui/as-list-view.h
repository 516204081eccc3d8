/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-record-list.h"

G_BEGIN_DECLS

#define AS_TYPE_LIST_VIEW (as_list_view_get_type ())
G_DECLARE_FINAL_TYPE (AsListView, as_list_view, AS, LIST_VIEW, GtkWidget)

GtkWidget    *as_list_view_new              (void);
void          as_list_view_set_list         (AsListView   *self,
                                             AsRecordList *list);
AsRecordList *as_list_view_get_list         (AsListView   *self);
gint64        as_list_view_get_selected_id  (AsListView   *self);
void          as_list_view_add_action       (AsListView   *self,
                                             GtkWidget    *widget);
void          as_list_view_set_empty_text   (AsListView   *self,
                                             const char   *title,
                                             const char   *description);
gboolean      as_list_view_select_id        (AsListView   *self,
                                             gint64        id);
void          as_list_view_focus_search     (AsListView   *self);
void          as_list_view_set_exportable   (AsListView   *self,
                                             gboolean      exportable);

G_END_DECLS
