/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "as-database.h"

G_BEGIN_DECLS

/**
 * AsDemoProgress:
 * @fraction: how much is done, from 0.0 to 1.0
 * @user_data: the data given to as_demo_generate()
 *
 * Called from the generating thread, at most about 100 times.
 */
typedef void (*AsDemoProgress) (double   fraction,
                                gpointer user_data);

gboolean as_demo_generate (AsDatabase      *db,
                           guint            n_repairs,
                           guint64          seed,
                           AsDemoProgress   progress,
                           gpointer         user_data,
                           GCancellable    *cancellable,
                           GError         **error);

G_END_DECLS
