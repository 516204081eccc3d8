/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"
#include "as-record-list.h"

G_BEGIN_DECLS

#define AS_TYPE_EXPORT_DIALOG (as_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsExportDialog, as_export_dialog, AS, EXPORT_DIALOG, GtkWindow)

AsExportDialog *as_export_dialog_new_for_month (GtkWindow      *parent,
                                                AsDatabase     *db);
AsExportDialog *as_export_dialog_new_for_list  (GtkWindow      *parent,
                                                AsRecordList   *list,
                                                const char     *title);
void            as_export_dialog_set_month     (AsExportDialog *self,
                                                int             year,
                                                int             month);
void            as_export_dialog_choose_file   (AsExportDialog *self);
void            as_export_dialog_export_to     (AsExportDialog *self,
                                                const char     *path);
gboolean        as_export_dialog_is_busy       (AsExportDialog *self);
const char     *as_export_dialog_get_state     (AsExportDialog *self);

G_END_DECLS
