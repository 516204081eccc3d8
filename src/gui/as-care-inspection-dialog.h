/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_CARE_INSPECTION_DIALOG (as_care_inspection_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsCareInspectionDialog, as_care_inspection_dialog, AS,
                      CARE_INSPECTION_DIALOG, GtkWindow)

/* A mystery-shopper inspection (@id 0 adds one). For the roles not allowed
 * to know the inspectors it only shows the inspection, with the inspector
 * hidden. Closes itself once saved. */
AsCareInspectionDialog *as_care_inspection_dialog_new (GtkWindow  *parent,
                                                       AsDatabase *db,
                                                       gint64      id);

G_END_DECLS
