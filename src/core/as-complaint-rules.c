/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Complaint handling rules: the codes, the routing of a subject category to
 * its department (editable in Preferences), the response deadlines and the
 * window of repeated complaints; and the time helpers of the as-complaint-*.c
 * files. */

#include <glib/gi18n.h>

#include "as-complaint-private.h"
#include "as-complaint-store.h"
#include "as-directory.h"
#include "as-settings.h"
#include "as-types.h"

static const char *const categories[] = {
  AS_COMPLAINT_CATEGORY_QUALITY, AS_COMPLAINT_CATEGORY_FUNCTION, AS_COMPLAINT_CATEGORY_DESIGN,
  AS_COMPLAINT_CATEGORY_DEVELOPMENT, AS_COMPLAINT_CATEGORY_PACKAGING,
  AS_COMPLAINT_CATEGORY_STAFF, AS_COMPLAINT_CATEGORY_RETAILER, AS_COMPLAINT_CATEGORY_SERVICE,
  AS_COMPLAINT_CATEGORY_OTHER, NULL
};

/* The department kind each category goes to when no rule names one; the
 * second kind is used when the company has no department of the first. */
static const struct
{
  const char *category;
  const char *kind;
  const char *fallback_kind;
} default_routes[] = {
  { AS_COMPLAINT_CATEGORY_QUALITY, "production", "technical" },
  { AS_COMPLAINT_CATEGORY_FUNCTION, "technical", "rd" },
  { AS_COMPLAINT_CATEGORY_DESIGN, "design", "rd" },
  { AS_COMPLAINT_CATEGORY_DEVELOPMENT, "rd", "technical" },
  { AS_COMPLAINT_CATEGORY_PACKAGING, "warehouse_transport", "after_sales" },
  { AS_COMPLAINT_CATEGORY_STAFF, "marketing", "after_sales" },
  { AS_COMPLAINT_CATEGORY_RETAILER, "channel", "marketing" },
  { AS_COMPLAINT_CATEGORY_SERVICE, "after_sales", "after_sales" },
  { AS_COMPLAINT_CATEGORY_OTHER, "after_sales", "after_sales" },
};

static const char *const channels[] = {
  "phone", "hotline", "email", "letter", "visit", "suggestion_form", "survey", NULL
};
static const char *const kinds[] = { "consultation", "opinion", "complaint", "suggestion", NULL };
static const char *const priorities[] = { "major_product", "crisis", "media", "legal", NULL };
static const char *const levels[] = { "service", "case_management", "deputy_gm", NULL };

/* ---------------------------------------------------------------- helpers */

char *
_as_complaint_format_time (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%d %H:%M:%S");
}

/* The first department of @kind, by number, or 0. */
static gint64
first_department_of_kind (AsDatabase *db,
                          const char *kind)
{
  g_autoptr(GHashTable) row =
    as_database_query_row (db, NULL, "SELECT id FROM departments WHERE kind = ?1"
                           " ORDER BY id LIMIT 1", "s", kind);

  return row ? as_row_get_int (row, "id") : 0;
}

gint64
_as_complaint_route (AsDatabase *db,
                     const char *category)
{
  gint64 department_id = as_complaint_store_get_rule (db, category);

  return department_id ? department_id : as_complaint_store_get_default_route (db, category);
}

char *
_as_complaint_due_time (AsDatabase *db,
                        GDateTime  *received,
                        gboolean    urgent)
{
  g_autoptr(GDateTime) due = NULL;

  if (urgent)
    due = g_date_time_add_hours (received, (int) as_settings_get_int (
                                   db, AS_SETTING_COMPLAINT_URGENT_HOURS, 4));
  else
    due = g_date_time_add_days (received, (int) as_settings_get_int (
                                  db, AS_SETTING_COMPLAINT_RESPONSE_DAYS, 3));
  return _as_complaint_format_time (due);
}

/* ------------------------------------------------------------- public API */

const char *const *
as_complaint_categories (void)
{
  return categories;
}

const char *const *
as_complaint_channels (void)
{
  return channels;
}

const char *const *
as_complaint_kinds (void)
{
  return kinds;
}

const char *const *
as_complaint_priorities (void)
{
  return priorities;
}

const char *const *
as_complaint_levels (void)
{
  return levels;
}

/**
 * as_complaint_category_get_default_kind:
 *
 * Returns: (transfer none) (nullable): the department kind @category goes to
 *   when no rule is set, or %NULL for an unknown category
 */
const char *
as_complaint_category_get_default_kind (const char *category)
{
  for (guint i = 0; category != NULL && i < G_N_ELEMENTS (default_routes); i++)
    if (g_str_equal (default_routes[i].category, category))
      return default_routes[i].kind;
  return NULL;
}

/**
 * as_complaint_store_get_default_route:
 *
 * Returns: the first department of the category's default kind (or of its
 *   fallback kind), or 0 when the company has none
 */
gint64
as_complaint_store_get_default_route (AsDatabase *db,
                                      const char *category)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  for (guint i = 0; category != NULL && i < G_N_ELEMENTS (default_routes); i++)
    if (g_str_equal (default_routes[i].category, category))
      {
        gint64 id = first_department_of_kind (db, default_routes[i].kind);
        return id ? id : first_department_of_kind (db, default_routes[i].fallback_kind);
      }
  return 0;
}

/**
 * as_complaint_store_get_rule:
 *
 * Returns: the department a rule set in Preferences sends @category to, or
 *   0 when it follows the default
 */
gint64
as_complaint_store_get_rule (AsDatabase *db,
                             const char *category)
{
  g_autoptr(GHashTable) row = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  row = as_database_query_row (db, NULL, "SELECT department_id FROM complaint_routes"
                               " WHERE category = ?1", "s", category);
  return row ? as_row_get_int (row, "department_id") : 0;
}

/**
 * as_complaint_store_get_route:
 *
 * Returns: the department a new complaint of @category is routed to, or 0
 */
gint64
as_complaint_store_get_route (AsDatabase *db,
                              const char *category)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  return _as_complaint_route (db, category);
}

/**
 * as_complaint_store_set_rule:
 * @department_id: the department, or 0 to go back to the default
 *
 * Only a service supervisor or a branch manager changes the routing.
 */
gboolean
as_complaint_store_set_rule (AsDatabase  *db,
                             const char  *category,
                             gint64       department_id,
                             GError     **error)
{
  g_autoptr(GHashTable) department = NULL;
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!g_strv_contains (categories, category ? category : ""))
    return AS_REFUSE (error, _("Unknown subject category “%s”."), category);
  if (!as_staff_require (db, AS_MANAGER_ROLES, _("the complaint routing"), error))
    return FALSE;
  if (department_id != 0)
    {
      department = as_database_query_row (db, error, "SELECT name FROM departments"
                                          " WHERE id = ?1", "i", department_id);
      if (department == NULL)
        return error && *error ? FALSE
                               : AS_REFUSE (error, _("Choose an existing department."));
    }
  details = g_strdup_printf ("routing: %s → %s", category,
                             department ? (char *) g_hash_table_lookup (department, "name")
                                        : "default");
  if (!as_database_begin (db, error))
    return FALSE;
  if (!(department_id != 0
          ? as_database_run (db, error, "INSERT INTO complaint_routes (category, department_id)"
                             " VALUES (?1, ?2) ON CONFLICT (category) DO UPDATE"
                             " SET department_id = excluded.department_id", "si",
                             category, department_id)
          : as_database_run (db, error, "DELETE FROM complaint_routes WHERE category = ?1", "s",
                             category)) ||
      !as_database_audit (db, "complaint_routes", 0, "update", details, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * as_complaint_store_set_deadlines:
 * @response_days: days to answer a contact (1–60)
 * @urgent_hours: hours to answer an urgent one (1–72)
 * @repeat_days: how far back a complaint on the same matter makes a repeat (1–730)
 *
 * Only a service supervisor or a branch manager changes them; all or none.
 */
gboolean
as_complaint_store_set_deadlines (AsDatabase  *db,
                                  gint64       response_days,
                                  gint64       urgent_hours,
                                  gint64       repeat_days,
                                  GError     **error)
{
  const char *keys[] = {
    AS_SETTING_COMPLAINT_RESPONSE_DAYS, AS_SETTING_COMPLAINT_URGENT_HOURS,
    AS_SETTING_COMPLAINT_REPEAT_DAYS
  };
  gint64 values[] = { response_days, urgent_hours, repeat_days };

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (response_days < 1 || response_days > 60)
    return AS_REFUSE (error, _("The time to answer a contact must be between 1 and "
                               "60 days."));
  if (urgent_hours < 1 || urgent_hours > 72)
    return AS_REFUSE (error, _("The time to answer an urgent contact must be between "
                               "1 and 72 hours."));
  if (repeat_days < 1 || repeat_days > 730)
    return AS_REFUSE (error, _("The window for repeated complaints must be between 1 "
                               "and 730 days."));
  if (!as_staff_require (db, AS_MANAGER_ROLES, _("the complaint deadlines"), error))
    return FALSE;
  return as_settings_set_ints (db, keys, values, G_N_ELEMENTS (keys), error);
}

/**
 * as_complaint_store_list_departments:
 *
 * Returns: (transfer full): every department, by name, each a GHashTable:
 *   id, name, kind
 */
GPtrArray *
as_complaint_store_list_departments (AsDatabase *db)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0, "SELECT id, name, kind FROM departments"
                                 " ORDER BY as_fold (name), id", "");
}
