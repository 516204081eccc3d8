/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_CARE_CALL_DIALOG (as_care_call_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsCareCallDialog, as_care_call_dialog, AS, CARE_CALL_DIALOG, GtkWindow)

/* The outcome of a follow-up call after service; closes itself once saved. */
AsCareCallDialog *as_care_call_dialog_new (GtkWindow  *parent,
                                           AsDatabase *db,
                                           gint64      call_id);

G_END_DECLS
