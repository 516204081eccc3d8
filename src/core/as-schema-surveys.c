/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, surveys part. Surveys: the complaints they raise. */

#include "as-schema.h"

const char _as_schema_surveys_v3[] =
  "";
