/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* A warranty promotion: units of a model sold between two dates (inclusive)
 * get extra months of warranty on every part that has one. */
typedef struct
{
  gint64  id;
  gint64  model_id;
  char   *model_label;    /* "CODE Name" */
  char   *name;
  char   *sold_from;      /* "YYYY-MM-DD" */
  char   *sold_to;
  int     extra_months;
} AsPromotion;

#define AS_PROMOTION_MAX_MONTHS 120

GPtrArray *as_promotions_list    (AsDatabase   *db,
                                  GError      **error);
gint64     as_promotions_add     (AsDatabase   *db,
                                  gint64        model_id,
                                  const char   *name,
                                  const char   *sold_from,
                                  const char   *sold_to,
                                  int           extra_months,
                                  GError      **error);
gboolean   as_promotions_remove  (AsDatabase   *db,
                                  gint64        id,
                                  GError      **error);
void       as_promotion_free     (AsPromotion  *promotion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsPromotion, as_promotion_free)

G_END_DECLS
