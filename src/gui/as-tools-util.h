/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"
#include "as-gui-util.h"
#include "as-list-view.h"
#include "as-repair-step-dialog.h"

G_BEGIN_DECLS

/* Helpers shared by the sections of the Tools tab. */

typedef void (*AsToolsConfirmed) (GtkWidget *section,
                                  gint64     id);

/* Asks before a step without inputs; @confirmed (section, id) on accept. */
void       as_tools_ask            (GtkWidget           *section,
                                    gint64               id,
                                    const char          *primary,
                                    const char          *secondary,
                                    const char          *accept_label,
                                    AsToolsConfirmed     confirmed);
/* A form dialog over @section's window; @on_accepted (dialog, section). */
AsRepairStepDialog *as_tools_new_dialog (GtkWidget      *section,
                                         gint64          target,
                                         const char     *title,
                                         const char     *subtitle,
                                         const char     *accept_label,
                                         GCallback       on_accepted);
/* Closes @dialog after a step the store took, or shows its refusal. */
void       as_tools_finish_dialog  (AsRepairStepDialog  *dialog,
                                    gboolean             done,
                                    const GError        *error);
/* A list view of @spec for @db, with its empty state. */
AsListView *as_tools_create_list   (AsDatabase          *db,
                                    const AsListSpec    *spec,
                                    const char          *empty_title,
                                    const char          *empty_description);
char      *as_tools_format_money   (const char          *cents);
gint64     as_tools_lookup_int     (GHashTable          *values,
                                    const char          *key);
char      *as_tools_today          (void);
/* Whether the acting staff member holds one of @roles (no bootstrap rule:
 * the stores refuse anybody else). */
gboolean   as_tools_actor_has      (AsDatabase          *db,
                                    guint                roles);

G_END_DECLS
