/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ABC classification of the spare parts. The consumption of the last 12
 * months is read from part_consumption (one row per part and day, kept by a
 * trigger on stock_movements), a few hundred thousand rows at most even for a
 * million repairs, so that every issue can classify again in its own
 * transaction. */

#include <glib/gi18n.h>

#include "as-abc.h"
#include "as-directory.h"
#include "as-settings.h"
#include "as-warehouse-private.h"

#define COMPUTED_ON_KEY "abc.computed_on"

typedef struct
{
  gint64 id;
  gint64 value;
  gint64 old_value;
  char   old_class;
} Ranked;

/* ---------------------------------------------------------------- helpers */

static GArray *
read_ranking (AsDatabase  *db,
              GError     **error)
{
  GArray *ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  sqlite3_stmt *stmt =
    as_database_prepare (db,
                         "SELECT p.id, p.consumption_cents, p.abc_class,"
                         " max(coalesce(c.used, 0), 0) * p.unit_cost_cents AS value"
                         " FROM spare_parts p LEFT JOIN (SELECT part_id, sum(quantity) AS used"
                         "  FROM part_consumption"
                         "  WHERE day > date('now', 'localtime', '-12 months')"
                         "  GROUP BY part_id) c ON c.part_id = p.id"
                         " ORDER BY value DESC, p.part_no", error);

  if (stmt == NULL)
    {
      g_array_unref (ranked);
      return NULL;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *old_class = (const char *) sqlite3_column_text (stmt, 2);
      Ranked r = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 3),
                   sqlite3_column_int64 (stmt, 1), old_class ? old_class[0] : 'C' };
      g_array_append_val (ranked, r);
    }
  sqlite3_reset (stmt);
  return ranked;
}

/* Writes the classes that changed; counts each class into @counts. */
static gboolean
store_classes (AsDatabase  *db,
               GArray      *ranked,
               const char  *classes,
               guint        counts[3],
               gboolean    *changed,
               GError     **error)
{
  for (guint i = 0; i < ranked->len; i++)
    {
      Ranked *r = &g_array_index (ranked, Ranked, i);
      char klass[2] = { classes[i], '\0' };

      counts[classes[i] - 'A']++;
      if (r->old_class == classes[i] && r->old_value == r->value)
        continue;
      if (!as_database_run (db, error, "UPDATE spare_parts SET abc_class = ?2,"
                            " consumption_cents = ?3 WHERE id = ?1", "isi",
                            r->id, klass, r->value))
        return FALSE;
      *changed = TRUE;
    }
  return TRUE;
}

static gboolean
remember_day (AsDatabase  *db,
              GError     **error)
{
  g_autofree char *today = as_database_today ();

  return as_database_run (db, error, "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                          " ON CONFLICT (key) DO UPDATE SET value = ?2", "ss",
                          COMPUTED_ON_KEY, today);
}

/* Inside the caller's transaction; @summary gets the counts per class. */
static gboolean
recompute (AsDatabase  *db,
           GString     *summary,
           GError     **error)
{
  g_autoptr(GArray) ranked = NULL;
  g_autofree gint64 *values = NULL;
  g_autofree char *classes = NULL;
  AsAbcThresholds thresholds;
  guint counts[3] = { 0, 0, 0 };
  gboolean changed = FALSE;

  if ((ranked = read_ranking (db, error)) == NULL)
    return FALSE;
  as_abc_get_thresholds (db, &thresholds);
  values = g_new (gint64, ranked->len + 1);
  classes = g_new (char, ranked->len + 1);
  for (guint i = 0; i < ranked->len; i++)
    values[i] = g_array_index (ranked, Ranked, i).value;
  as_abc_classify (values, ranked->len, &thresholds, classes);
  if (!store_classes (db, ranked, classes, counts, &changed, error) || !remember_day (db, error))
    return FALSE;
  if (changed)
    as_database_notify_changed (db, "spare_parts");
  if (summary != NULL)
    g_string_printf (summary, "ABC (%d/%d/%d %%): A %u, B %u, C %u", thresholds.a_percent,
                     thresholds.b_percent, 100 - thresholds.a_percent - thresholds.b_percent,
                     counts[0], counts[1], counts[2]);
  return TRUE;
}

gboolean
_as_abc_recompute_quietly (AsDatabase  *db,
                           GError     **error)
{
  return recompute (db, NULL, error);
}

/* ------------------------------------------------------------- public API */

void
as_abc_get_thresholds (AsDatabase      *db,
                       AsAbcThresholds *thresholds)
{
  g_return_if_fail (AS_IS_DATABASE (db));
  g_return_if_fail (thresholds != NULL);

  thresholds->a_percent = (int) as_settings_get_int (db, AS_SETTING_ABC_A_PERCENT, 80);
  thresholds->b_percent = (int) as_settings_get_int (db, AS_SETTING_ABC_B_PERCENT, 15);
  /* A file edited by hand: fall back on the defaults rather than classify nonsense. */
  if (thresholds->a_percent < 1 || thresholds->b_percent < 0 ||
      thresholds->a_percent + thresholds->b_percent > 100)
    *thresholds = (AsAbcThresholds) { 80, 15 };
}

/**
 * as_abc_set_thresholds:
 *
 * Returns: %FALSE with @error set (and nothing saved) when refused
 */
gboolean
as_abc_set_thresholds (AsDatabase             *db,
                       const AsAbcThresholds  *thresholds,
                       GError                **error)
{
  static const char *const keys[] = { AS_SETTING_ABC_A_PERCENT, AS_SETTING_ABC_B_PERCENT };
  gint64 values[2];

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (thresholds != NULL, FALSE);

  if (thresholds->a_percent < 1 || thresholds->a_percent > 100)
    return AS_REFUSE (error, _("Class A must take between 1 and 100 %% of the consumption value."));
  if (thresholds->b_percent < 0 || thresholds->a_percent + thresholds->b_percent > 100)
    return AS_REFUSE (error, _("Classes A and B together cannot take more than 100 %% of the "
                               "consumption value."));
  values[0] = thresholds->a_percent;
  values[1] = thresholds->b_percent;
  if (!as_database_begin (db, error))
    return FALSE;
  if (!as_settings_set_ints (db, keys, values, 2, error) || !as_abc_recompute (db, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * as_abc_recompute:
 *
 * Returns: %FALSE with @error set when the classes could not be written
 */
gboolean
as_abc_recompute (AsDatabase  *db,
                  GError     **error)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!as_database_begin (db, error))
    return FALSE;
  if (!recompute (db, summary, error) ||
      !as_database_audit (db, "spare_parts", 0, "update", summary->str, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

gboolean
as_abc_is_stale (AsDatabase *db)
{
  g_autofree char *today = as_database_today ();
  g_autoptr(GHashTable) row = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  row = as_database_query_row (db, NULL, "SELECT value FROM settings WHERE key = ?1", "s",
                               COMPUTED_ON_KEY);
  return row == NULL || g_strcmp0 (g_hash_table_lookup (row, "value"), today) < 0;
}

/**
 * as_abc_classify:
 * @values: (array length=n_values): consumption values, largest first
 * @classes: (out caller-allocates) (array length=n_values): 'A', 'B' or 'C'
 *
 * A part is A while the parts ranked above it make less than A % of the
 * total, B while they make less than A + B %, C after that or when its value
 * is zero. Exact in integers: no rounding decides a class.
 */
void
as_abc_classify (const gint64          *values,
                 guint                  n_values,
                 const AsAbcThresholds *thresholds,
                 char                  *classes)
{
  gint64 total = 0, above = 0;

  g_return_if_fail (thresholds != NULL);

  for (guint i = 0; i < n_values; i++)
    total += MAX (values[i], 0);
  for (guint i = 0; i < n_values; i++)
    {
      /* above / total < a / 100, without division */
      if (values[i] <= 0)
        classes[i] = 'C';
      else if (above * 100 < total * thresholds->a_percent)
        classes[i] = 'A';
      else if (above * 100 < total * (thresholds->a_percent + thresholds->b_percent))
        classes[i] = 'B';
      else
        classes[i] = 'C';
      above += MAX (values[i], 0);
    }
}

/**
 * as_abc_list_ranking:
 * @limit: at most this many rows
 *
 * Returns: (transfer full) (element-type GHashTable): the parts with a
 *   consumption value, largest first
 */
GPtrArray *
as_abc_list_ranking (AsDatabase *db,
                     guint       limit)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0,
                                 "SELECT id, part_no, name, consumption_cents, abc_class"
                                 " FROM spare_parts WHERE consumption_cents > 0"
                                 " ORDER BY consumption_cents DESC, part_no LIMIT ?1",
                                 "i", (gint64) limit);
}
