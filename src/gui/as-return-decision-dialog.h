/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_RETURN_DECISION_DIALOG (as_return_decision_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsReturnDecisionDialog, as_return_decision_dialog, AS,
                      RETURN_DECISION_DIALOG, GtkWindow)

/* A manager's decision on a pending return or exchange: accepted with the
 * refund or the replacement unit, or rejected with a note. Closes itself
 * once the store accepted it; a refusal is shown in the dialog. */
AsReturnDecisionDialog *as_return_decision_dialog_new (GtkWindow  *parent,
                                                       AsDatabase *db,
                                                       gint64      return_id);

G_END_DECLS
