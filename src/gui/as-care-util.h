/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the returns section, the care section and their dialogs. */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"
#include "as-directory.h"
#include "as-gui-util.h"
#include "as-list-view.h"

G_BEGIN_DECLS

GtkWidget *_as_care_add_picker      (AsDatabase        *db,
                                     GtkBox            *slot,
                                     GtkLabel          *label,
                                     const AsEntity    *entity,
                                     gboolean           required);
char      *_as_care_get_text        (GtkWidget         *entry_or_view);
gboolean   _as_care_parse_money     (const char        *text,
                                     gint64            *cents);
char      *_as_care_actor_name      (AsDatabase        *db);

G_END_DECLS
