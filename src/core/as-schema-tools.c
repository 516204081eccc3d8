/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, tools part. Tools register history, purchase requests, the documentation library. */

#include "as-schema.h"

const char _as_schema_tools_v3[] =
  "";
