/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Warranty promotions: the store of the warranty_promotions table. The
 * warranty check (as-warranty.c) reads them; this file writes them. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-directory.h"
#include "as-promotions.h"
#include "as-validate.h"

/* ---------------------------------------------------------------- helpers */

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text ? text : "");
}

/* @text as "YYYY-MM-DD", or NULL with @error set. */
static char *
validate_date (const char  *text,
               GError     **error)
{
  char *date;

  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                           _("Enter the first and the last day of sale the promotion covers."));
      return NULL;
    }
  date = as_validate_date (text);
  if (date == NULL)
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                 _("“%s” is not a valid date. Write it as YYYY-MM-DD."), text);
  return date;
}

static gboolean
model_exists (AsDatabase *db,
              gint64      model_id)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT 1 FROM product_models WHERE id = ?1", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, model_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* "“name”, sold from to to", for the audit row of a delete. */
static char *
describe (AsDatabase *db,
          gint64      id)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT model_id, name, sold_from, sold_to,"
                                                " extra_months FROM warranty_promotions"
                                                " WHERE id = ?1", NULL);
  char *details = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    details = g_strdup_printf ("model_id %" G_GINT64_FORMAT ": “%s”, sold %s to %s, +%d months",
                               (gint64) sqlite3_column_int64 (stmt, 0),
                               sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2),
                               sqlite3_column_text (stmt, 3),
                               sqlite3_column_int (stmt, 4));
  sqlite3_reset (stmt);
  return details;
}

/* In the order of the form: model, name, then the sales period. */
static gboolean
validate_model_and_name (AsDatabase  *db,
                         gint64       model_id,
                         const char  *name,
                         GError     **error)
{
  if (model_id <= 0 || !model_exists (db, model_id))
    {
      g_set_error_literal (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                           _("Choose the product model the promotion applies to."));
      return FALSE;
    }
  if (*name == '\0')
    {
      g_set_error_literal (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                           _("Give the promotion a name."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_period (const char  *sold_from,
                 const char  *sold_to,
                 int          extra_months,
                 GError     **error)
{
  if (strcmp (sold_to, sold_from) < 0)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("The sales period ends (%s) before it starts (%s)."), sold_to, sold_from);
      return FALSE;
    }
  if (extra_months < 1 || extra_months > AS_PROMOTION_MAX_MONTHS)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("The extra warranty must be between 1 and %d months."),
                   AS_PROMOTION_MAX_MONTHS);
      return FALSE;
    }
  return TRUE;
}

static gint64
insert (AsDatabase  *db,
        gint64       model_id,
        const char  *name,
        const char  *sold_from,
        const char  *sold_to,
        int          extra_months,
        GError     **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *details = NULL;
  gint64 id;

  stmt = as_database_prepare (db, "INSERT INTO warranty_promotions"
                                  " (model_id, name, sold_from, sold_to, extra_months)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, model_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sold_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, sold_to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, extra_months);
  if (!as_database_step_done (db, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (as_database_get_handle (db));
  details = g_strdup_printf ("model_id %" G_GINT64_FORMAT ": “%s”, sold %s to %s, +%d months",
                             model_id, name, sold_from, sold_to, extra_months);
  if (!as_database_audit (db, "warranty_promotions", id, "insert", details, error))
    return 0;
  return id;
}

/* ------------------------------------------------------------- public API */

/**
 * as_promotions_list:
 *
 * Returns: (transfer full) (element-type AsPromotion) (nullable): every
 *   promotion, by model and first day of sale, or %NULL with @error set
 */
GPtrArray *
as_promotions_list (AsDatabase  *db,
                    GError     **error)
{
  g_autoptr(GPtrArray) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  stmt = as_database_prepare (db, "SELECT p.id, p.model_id, m.code || ' ' || m.name, p.name,"
                                  " p.sold_from, p.sold_to, p.extra_months"
                                  " FROM warranty_promotions p"
                                  " JOIN product_models m ON m.id = p.model_id"
                                  " ORDER BY m.code, p.sold_from, p.id", error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) as_promotion_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      AsPromotion *promotion = g_new0 (AsPromotion, 1);

      promotion->id = sqlite3_column_int64 (stmt, 0);
      promotion->model_id = sqlite3_column_int64 (stmt, 1);
      promotion->model_label = dup_column (stmt, 2);
      promotion->name = dup_column (stmt, 3);
      promotion->sold_from = dup_column (stmt, 4);
      promotion->sold_to = dup_column (stmt, 5);
      promotion->extra_months = sqlite3_column_int (stmt, 6);
      g_ptr_array_add (list, promotion);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
                   _("Cannot read the warranty promotions: %s"),
                   sqlite3_errmsg (as_database_get_handle (db)));
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * as_promotions_add:
 * @sold_from: first day of sale, "YYYY-MM-DD" (or "DD/MM/YYYY")
 * @sold_to: last day of sale, inclusive
 * @extra_months: 1 to %AS_PROMOTION_MAX_MONTHS
 *
 * Validates and stores a promotion in one transaction with an audit row.
 *
 * Returns: the new promotion's id, or 0 with @error set
 *   (%AS_DATABASE_ERROR_INVALID for a value refused)
 */
gint64
as_promotions_add (AsDatabase  *db,
                   gint64       model_id,
                   const char  *name,
                   const char  *sold_from,
                   const char  *sold_to,
                   int          extra_months,
                   GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  trimmed = as_validate_strip (name);
  if (!validate_model_and_name (db, model_id, trimmed, error) ||
      (from = validate_date (sold_from, error)) == NULL ||
      (to = validate_date (sold_to, error)) == NULL ||
      !validate_period (from, to, extra_months, error) ||
      !as_staff_require (db, AS_MANAGER_ROLES, _("warranty promotions"), error))
    return 0;

  if (!as_database_begin (db, error))
    return 0;
  id = insert (db, model_id, trimmed, from, to, extra_months, error);
  if (id == 0 || !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return 0;
    }
  return id;
}

/**
 * as_promotions_remove:
 *
 * Deletes a promotion in one transaction with an audit row; units sold in
 * its period lose the extra months from then on.
 */
gboolean
as_promotions_remove (AsDatabase  *db,
                      gint64       id,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!as_staff_require (db, AS_MANAGER_ROLES, _("warranty promotions"), error) ||
      !as_database_begin (db, error))
    return FALSE;
  details = describe (db, id);
  stmt = as_database_prepare (db, "DELETE FROM warranty_promotions WHERE id = ?1", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  if (stmt == NULL || !as_database_step_done (db, stmt, error))
    goto failed;
  if (sqlite3_changes (as_database_get_handle (db)) == 0)
    {
      g_set_error_literal (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND,
                           _("This promotion no longer exists."));
      goto failed;
    }
  if (!as_database_audit (db, "warranty_promotions", id, "delete", details, error) ||
      !as_database_commit (db, error))
    goto failed;
  return TRUE;

failed:
  as_database_rollback (db);
  return FALSE;
}

void
as_promotion_free (AsPromotion *promotion)
{
  if (promotion == NULL)
    return;
  g_free (promotion->model_label);
  g_free (promotion->name);
  g_free (promotion->sold_from);
  g_free (promotion->sold_to);
  g_free (promotion);
}
