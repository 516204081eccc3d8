/* PLACEHOLDER until the demo generator lands */
#include "as-demo.h"
gboolean as_demo_generate (AsDatabase *db, guint n_repairs, guint64 seed, AsDemoProgress progress, gpointer user_data, GCancellable *cancellable, GError **error) { g_set_error (error, AS_DATABASE_ERROR, 0, "not yet"); return FALSE; }
