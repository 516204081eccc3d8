/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"
#include "as-directory.h"

G_BEGIN_DECLS

#define AS_TYPE_RECORD_EDITOR (as_record_editor_get_type ())
G_DECLARE_FINAL_TYPE (AsRecordEditor, as_record_editor, AS, RECORD_EDITOR, GtkWindow)

/* Edits one Directory record (@id 0 adds one). Emits ::saved (gint64 id)
 * after a successful save, then closes. */
AsRecordEditor *as_record_editor_new (GtkWindow      *parent,
                                      AsDatabase     *db,
                                      const AsEntity *entity,
                                      gint64          id);

G_END_DECLS
