/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, warehouse part. The warehouse: ABC classification, loaner units. */

#include "as-schema.h"

const char _as_schema_warehouse_v3[] =
  "";
