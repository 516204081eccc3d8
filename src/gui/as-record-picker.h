/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"
#include "as-directory.h"

G_BEGIN_DECLS

#define AS_TYPE_RECORD_PICKER (as_record_picker_get_type ())
G_DECLARE_FINAL_TYPE (AsRecordPicker, as_record_picker, AS, RECORD_PICKER, GtkWidget)

GtkWidget *as_record_picker_new          (AsDatabase     *db,
                                          const AsEntity *entity);
gint64     as_record_picker_get_id       (AsRecordPicker *self);
void       as_record_picker_set_id       (AsRecordPicker *self,
                                          gint64          id);
gboolean   as_record_picker_get_required (AsRecordPicker *self);
void       as_record_picker_set_required (AsRecordPicker *self,
                                          gboolean        required);

G_END_DECLS
