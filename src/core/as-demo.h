/* PLACEHOLDER until the demo generator lands */
#pragma once
#include "as-database.h"
typedef void (*AsDemoProgress) (double fraction, gpointer user_data);
gboolean as_demo_generate (AsDatabase *db, guint n_repairs, guint64 seed, AsDemoProgress progress, gpointer user_data, GCancellable *cancellable, GError **error);
