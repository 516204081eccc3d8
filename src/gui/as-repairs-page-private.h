/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-calendar.h"
#include "as-list-view.h"
#include "as-repair-detail.h"
#include "as-repairs-page.h"

G_BEGIN_DECLS

struct _AsRepairsPage
{
  AsPage          parent_instance;

  GtkStackSwitcher *switcher;
  GtkStack       *stack;
  GtkPaned       *paned;
  AsListView     *register_view;
  AsRepairDetail *detail;
  AsListView     *dispatch_view;
  AsListView     *contracts_view;

  AsCalendar     *calendar;
  gint64          detail_id;     /* the repair in the detail pane */
  GHashTable     *detail_values; /* its values, or NULL */
  gint64          board_id;      /* the request selected on the dispatch board */
  GHashTable     *board_values;  /* its values, or NULL */
  GHashTable     *contract_values; /* the selected contract, or NULL */
  guint           refresh_idle;
  guint           tick;
};

/* as-repairs-page.c */
GtkWindow  *_as_repairs_page_get_window     (AsRepairsPage *self);
void        _as_repairs_page_show_error     (AsRepairsPage *self,
                                             const char    *primary,
                                             const GError  *error);
char       *_as_repairs_page_describe_deadline (AsRepairsPage *self,
                                                GHashTable    *repair,
                                                gboolean      *late);

/* as-repairs-page-actions.c */
void        _as_repairs_page_install_actions (GtkWidgetClass *widget_class);
void        _as_repairs_page_update_actions  (AsRepairsPage  *self);
GHashTable *_as_repairs_page_get_current     (AsRepairsPage  *self,
                                              gint64         *id);
void        _as_repairs_page_open_dispatch   (AsRepairsPage  *self,
                                              gint64          repair_id);

G_END_DECLS
