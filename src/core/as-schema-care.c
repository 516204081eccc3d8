/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, care part. Returns and exchanges, and the customer-care programme. */

#include "as-schema.h"

const char _as_schema_care_v3[] =
  "";
