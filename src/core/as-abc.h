/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* ABC classification of the spare parts (SP2), for purchasing and inventory
 * control. A part's consumption value is what the repairs used of it in the
 * last 12 months (issues less returns) times its unit cost. Ranked by that
 * value, a part is A while the parts ranked above it make less than the A
 * threshold (80 % by default) of the total, B while they make less than A + B
 * (80 + 15 %), and C after that; a part nobody used is C. The class is
 * stored in spare_parts.abc_class, with the value in consumption_cents. */

#define AS_SETTING_ABC_A_PERCENT "abc.a_percent"
#define AS_SETTING_ABC_B_PERCENT "abc.b_percent"

typedef struct
{
  int a_percent;
  int b_percent;   /* C is the rest: 100 - a - b */
} AsAbcThresholds;

void       as_abc_get_thresholds (AsDatabase            *db,
                                  AsAbcThresholds       *thresholds);
/* Managers only; checks 1 ≤ A, 0 ≤ B, A + B ≤ 100, saves and classifies
 * again, all in one transaction. */
gboolean   as_abc_set_thresholds (AsDatabase            *db,
                                  const AsAbcThresholds *thresholds,
                                  GError               **error);
/* Classifies every part again from the last 12 months (one transaction,
 * one audit row); run by the movements that change consumption, and on
 * demand, e.g. once a day as the 12 months move on. */
gboolean   as_abc_recompute      (AsDatabase            *db,
                                  GError               **error);
/* Whether the stored classes were computed before today. */
gboolean   as_abc_is_stale       (AsDatabase            *db);
/* @values sorted from the largest: writes 'A', 'B' or 'C' into @classes. */
void       as_abc_classify       (const gint64          *values,
                                  guint                  n_values,
                                  const AsAbcThresholds *thresholds,
                                  char                  *classes);
/* The parts with a consumption value, largest first, at most @limit:
 * each a GHashTable with id, part_no, name, consumption_cents, abc_class. */
GPtrArray *as_abc_list_ranking   (AsDatabase            *db,
                                  guint                  limit);

G_END_DECLS
