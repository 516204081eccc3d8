/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_CARE_COLLECTION_DIALOG (as_care_collection_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsCareCollectionDialog, as_care_collection_dialog, AS,
                      CARE_COLLECTION_DIALOG, GtkWindow)

/* The suggestion forms collected at a point on a day; closes itself once saved. */
AsCareCollectionDialog *as_care_collection_dialog_new (GtkWindow  *parent,
                                                       AsDatabase *db,
                                                       gint64      point_id);

G_END_DECLS
