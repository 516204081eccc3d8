/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, complaints part. Complaints handling: routing rules, history, escalation, rewards, hotline. */

#include "as-schema.h"

const char _as_schema_complaints_v3[] =
  "";
