/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One row of a list as the list shows it: an id and the display text of each column. */

#include "as-record.h"

struct _AsRecord
{
  GObject parent_instance;
  gint64  id;
  GStrv   values;
  guint   n_values;
  guint   flags;
};

G_DEFINE_TYPE (AsRecord, as_record, G_TYPE_OBJECT)

static void
as_record_finalize (GObject *object)
{
  AsRecord *self = AS_RECORD (object);

  g_strfreev (self->values);
  G_OBJECT_CLASS (as_record_parent_class)->finalize (object);
}

static void
as_record_class_init (AsRecordClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = as_record_finalize;
}

static void
as_record_init (AsRecord *self)
{
}

/**
 * as_record_new:
 * @values: (transfer full): display text per column
 * @flags: list-specific marks, such as "late"
 */
AsRecord *
as_record_new (gint64 id,
               GStrv  values,
               guint  flags)
{
  AsRecord *self = g_object_new (AS_TYPE_RECORD, NULL);

  self->id = id;
  self->values = values;
  self->n_values = values ? g_strv_length (values) : 0;
  self->flags = flags;
  return self;
}

gint64
as_record_get_id (AsRecord *self)
{
  g_return_val_if_fail (AS_IS_RECORD (self), 0);
  return self->id;
}

/**
 * as_record_get_value:
 *
 * Returns: (transfer none): the column's text, "" when out of range or NULL
 */
const char *
as_record_get_value (AsRecord *self,
                     guint     column)
{
  g_return_val_if_fail (AS_IS_RECORD (self), "");

  if (column >= self->n_values || self->values[column] == NULL)
    return "";
  return self->values[column];
}

guint
as_record_get_flags (AsRecord *self)
{
  g_return_val_if_fail (AS_IS_RECORD (self), 0);
  return self->flags;
}
