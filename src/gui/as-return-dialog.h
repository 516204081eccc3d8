/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_RETURN_DIALOG (as_return_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsReturnDialog, as_return_dialog, AS, RETURN_DIALOG, GtkWindow)

/* Registers a return or an exchange. Emits ::saved (gint64 id) after the
 * store accepted it, then closes; a refusal is shown in the dialog. */
AsReturnDialog *as_return_dialog_new (GtkWindow  *parent,
                                      AsDatabase *db);

G_END_DECLS
