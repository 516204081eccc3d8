/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* Keys of the settings table (seeded by schema version 2). Money in cents. */
#define AS_SETTING_LABOUR_PER_HOUR "fee.labour_per_hour_cents"
#define AS_SETTING_CALL_OUT        "fee.call_out_cents"
#define AS_SETTING_TRANSPORT       "fee.transport_cents"
#define AS_SETTING_URBAN_HOURS     "sla.urban_hours"
#define AS_SETTING_SUBURBAN_HOURS  "sla.suburban_hours"

gint64   as_settings_get_int    (AsDatabase          *db,
                                 const char          *key,
                                 gint64               fallback);
gboolean as_settings_set_int    (AsDatabase          *db,
                                 const char          *key,
                                 gint64               value,
                                 GError             **error);
/* All of @n_values or none: one transaction, one audit row per change. */
gboolean as_settings_set_ints   (AsDatabase          *db,
                                 const char * const  *keys,
                                 const gint64        *values,
                                 guint                n_values,
                                 GError             **error);

G_END_DECLS
