/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define AS_TYPE_REPAIR_DETAIL (as_repair_detail_get_type ())
G_DECLARE_FINAL_TYPE (AsRepairDetail, as_repair_detail, AS, REPAIR_DETAIL, GtkWidget)

/* The detail pane of the Repairs tab: one repair as the store loads it, its
 * arrival deadline, charge lines and history, and the buttons of the steps
 * (actions "repairs.*" of the page that holds it). */
GtkWidget *as_repair_detail_new           (void);
void       as_repair_detail_show_empty    (AsRepairDetail *self,
                                           const char     *message);
/* @values: as_repair_store_load(); @charges: as_repair_store_list_charges();
 * @events: as_repair_store_list_events() */
void       as_repair_detail_show_repair   (AsRepairDetail *self,
                                           GHashTable     *values,
                                           GPtrArray      *charges,
                                           GPtrArray      *events,
                                           gboolean        can_remove_charges);
/* @text: "3 h 20 min left", or NULL when no deadline applies */
void       as_repair_detail_set_deadline  (AsRepairDetail *self,
                                           const char     *text,
                                           gboolean        late);
/* Shows or hides the button of the action @action_name ("repairs.dispatch");
 * @tooltip says what it does or, when it cannot be used, why. */
void       as_repair_detail_set_step      (AsRepairDetail *self,
                                           const char     *action_name,
                                           gboolean        visible,
                                           const char     *tooltip);
void       as_repair_detail_set_print_visible (AsRepairDetail *self,
                                               gboolean        visible);

G_END_DECLS
