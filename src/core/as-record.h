/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define AS_TYPE_RECORD (as_record_get_type ())
G_DECLARE_FINAL_TYPE (AsRecord, as_record, AS, RECORD, GObject)

AsRecord   *as_record_new        (gint64       id,
                                  GStrv        values,
                                  guint        flags);
gint64      as_record_get_id     (AsRecord    *self);
const char *as_record_get_value  (AsRecord    *self,
                                  guint        column);
guint       as_record_get_flags  (AsRecord    *self);

G_END_DECLS
