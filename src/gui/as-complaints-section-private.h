/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-complaints-detail.h"
#include "as-complaints-section.h"
#include "as-list-view.h"

G_BEGIN_DECLS

struct _AsComplaintsSection
{
  GtkWidget           parent_instance;

  GtkPaned           *paned;
  AsListView         *list_view;
  AsComplaintsDetail *detail;

  AsDatabase         *db;
  gint64              detail_id;      /* the contact in the detail pane */
  GHashTable         *detail_values;  /* its values, or NULL */
  guint               refresh_idle;
};

/* as-complaints-section.c */
GtkWindow *_as_complaints_section_get_window (AsComplaintsSection *self);
void       _as_complaints_section_refresh    (AsComplaintsSection *self);

/* as-complaints-section-actions.c: the handling steps */
void       _as_complaints_section_install_actions (GtkWidgetClass      *widget_class);
void       _as_complaints_section_update_actions  (AsComplaintsSection *self);

G_END_DECLS
