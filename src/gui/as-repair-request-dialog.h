/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_REPAIR_REQUEST_DIALOG (as_repair_request_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsRepairRequestDialog, as_repair_request_dialog, AS, REPAIR_REQUEST_DIALOG,
                      GtkWindow)

/* Reception: a new entry in the repair register. Emits ::saved (gint64
 * repair id) after the store accepted it, then closes; a refusal is shown
 * in the dialog, which keeps everything typed. */
AsRepairRequestDialog *as_repair_request_dialog_new (GtkWindow  *parent,
                                                     AsDatabase *db);

G_END_DECLS
