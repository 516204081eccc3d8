/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_IDENTITY_DIALOG (as_identity_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsIdentityDialog, as_identity_dialog, AS, IDENTITY_DIALOG, GtkWindow)

/* Asks who is using the program. Emits ::chosen (gint64 staff id) and closes. */
AsIdentityDialog *as_identity_dialog_new (GtkWindow  *parent,
                                          AsDatabase *db);

G_END_DECLS
