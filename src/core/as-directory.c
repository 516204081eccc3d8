/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading, validating and writing Directory records, with their audit rows. */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-labels.h"
#include "as-validate.h"

/* ---------------------------------------------------------------- helpers */

static gboolean
fail_field (GError       **error,
            const AsField *field,
            const char    *message)
{
  g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
               "%s: %s", _(field->label), message);
  return FALSE;
}

static gboolean
is_choice (const AsField *field,
           const char    *value)
{
  for (guint i = 0; field->choices != NULL && field->choices[i] != NULL; i++)
    if (g_str_equal (field->choices[i], value))
      return TRUE;
  return FALSE;
}

static gboolean
parse_count (const char *text,
             gint64     *out_value)
{
  return g_ascii_string_to_signed (text, 10, 0, G_MAXINT32, out_value, NULL);
}

static gboolean
reference_exists (AsDatabase    *db,
                  const AsField *field,
                  gint64         id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", field->reference);
  sqlite3_stmt *stmt = as_database_prepare (db, sql, NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static gboolean
value_taken (AsDatabase     *db,
             const AsEntity *entity,
             const AsField  *field,
             const char     *value,
             gint64          id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE %s = ?1 AND id != ?2",
                                          entity->name, field->column);
  sqlite3_stmt *stmt = as_database_prepare (db, sql, NULL);
  gboolean taken;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return taken;
}

/* Checks one value and rewrites it in its stored form (trimmed, ISO date…).
 * An empty optional value becomes NULL. */
static gboolean
normalize_value (AsDatabase     *db,
                 const AsEntity *entity,
                 const AsField  *field,
                 gint64          id,
                 char          **value,
                 GError        **error)
{
  g_autofree char *text = as_validate_strip (*value);
  gint64 number;

  g_clear_pointer (value, g_free);
  if (*text == '\0' && field->kind != AS_FIELD_BOOL && field->kind != AS_FIELD_ROLES)
    {
      if (field->required)
        return fail_field (error, field, _("this field is required."));
      /* Text columns hold '' when empty; dates and references hold NULL. */
      if (field->kind == AS_FIELD_INTEGER)
        *value = g_strdup ("0");
      else if (field->kind != AS_FIELD_DATE && field->kind != AS_FIELD_REFERENCE)
        *value = g_steal_pointer (&text);
      return TRUE;
    }

  switch (field->kind)
    {
    case AS_FIELD_PHONE:
      if (!as_validate_phone (text))
        return fail_field (error, field,
                           _("this is not a phone number (use 6 to 15 digits, spaces, + and -)."));
      break;
    case AS_FIELD_EMAIL:
      if (!as_validate_email (text))
        return fail_field (error, field, _("this is not an e-mail address (name@example.com)."));
      break;
    case AS_FIELD_DATE:
      {
        char *date = as_validate_date (text);
        if (date == NULL)
          return fail_field (error, field,
                             _("this is not a date (write it as 2026-03-31 or 31/03/2026)."));
        g_free (text);
        text = date;
      }
      break;
    case AS_FIELD_INTEGER:
      if (!parse_count (text, &number))
        return fail_field (error, field, _("write a whole number, zero or more."));
      break;
    case AS_FIELD_BOOL:
      {
        gboolean set = *text != '\0' && !g_str_equal (text, "0");
        g_free (text);
        text = g_strdup (set ? "1" : "0");
      }
      break;
    case AS_FIELD_ROLES:
      if (*text == '\0')
        {
          g_free (text);
          text = g_strdup ("0");
        }
      else if (!g_ascii_string_to_signed (text, 10, 0, (1 << AS_N_ROLES) - 1, &number, NULL))
        return fail_field (error, field, _("unknown role."));
      break;
    case AS_FIELD_CHOICE:
      if (!is_choice (field, text))
        return fail_field (error, field, _("choose one of the offered values."));
      break;
    case AS_FIELD_REFERENCE:
      if (!parse_count (text, &number) || !reference_exists (db, field, number))
        return fail_field (error, field, _("choose an existing record."));
      break;
    case AS_FIELD_TEXT:
    case AS_FIELD_LONG_TEXT:
    default:
      break;
    }

  if (field->unique && value_taken (db, entity, field, text, id))
    {
      g_autofree char *message = g_strdup_printf (_("another record already has “%s”."), text);
      return fail_field (error, field, message);
    }
  *value = g_steal_pointer (&text);
  return TRUE;
}

static GPtrArray *
normalize_values (AsDatabase     *db,
                  const AsEntity *entity,
                  gint64          id,
                  GHashTable     *values,
                  GError        **error)
{
  g_autoptr(GPtrArray) normalized = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < entity->n_fields; i++)
    {
      char *value = g_strdup (g_hash_table_lookup (values, entity->fields[i].column));
      if (!normalize_value (db, entity, &entity->fields[i], id, &value, error))
        return NULL;
      g_ptr_array_add (normalized, value);
    }
  return g_steal_pointer (&normalized);
}

static void
bind_value (sqlite3_stmt  *stmt,
            int            index,
            const AsField *field,
            const char    *value)
{
  gboolean numeric = field->kind == AS_FIELD_INTEGER || field->kind == AS_FIELD_BOOL ||
                     field->kind == AS_FIELD_REFERENCE || field->kind == AS_FIELD_ROLES;

  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else if (numeric)
    sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (value, NULL, 10));
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static char *
build_write_sql (const AsEntity *entity,
                 gboolean        insert)
{
  GString *sql = g_string_new (NULL);

  if (insert)
    {
      g_string_append_printf (sql, "INSERT INTO %s (", entity->name);
      for (guint i = 0; i < entity->n_fields; i++)
        g_string_append_printf (sql, "%s%s", i ? ", " : "", entity->fields[i].column);
      g_string_append (sql, ") VALUES (");
      for (guint i = 0; i < entity->n_fields; i++)
        g_string_append_printf (sql, "%s?%u", i ? ", " : "", i + 1);
      g_string_append (sql, ")");
    }
  else
    {
      g_string_append_printf (sql, "UPDATE %s SET ", entity->name);
      for (guint i = 0; i < entity->n_fields; i++)
        g_string_append_printf (sql, "%s%s = ?%u", i ? ", " : "", entity->fields[i].column, i + 1);
      g_string_append_printf (sql, " WHERE id = ?%u", entity->n_fields + 1);
    }
  return g_string_free (sql, FALSE);
}

/* "name: “Old” → “New”; phone: “” → “600 000 000”" */
static char *
describe_changes (const AsEntity *entity,
                  GHashTable     *before,
                  GPtrArray      *after)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < entity->n_fields; i++)
    {
      const char *column = entity->fields[i].column;
      const char *old_value = before ? g_hash_table_lookup (before, column) : NULL;
      const char *new_value = g_ptr_array_index (after, i);

      if (g_strcmp0 (old_value ? old_value : "", new_value ? new_value : "") == 0)
        continue;
      g_string_append_printf (text, "%s%s: “%s” → “%s”", text->len ? "; " : "", column,
                              old_value ? old_value : "", new_value ? new_value : "");
    }
  return g_string_free (text, FALSE);
}

static gboolean
check_permission (AsDatabase     *db,
                  const AsEntity *entity,
                  GError        **error)
{
  return as_staff_require (db, entity->editor_roles, _(entity->plural), error);
}

/* ------------------------------------------------------------- public API */

const AsEntity *
as_directory_find_entity (const char *name)
{
  guint n;
  const AsEntity *all = as_directory_get_entities (&n);

  for (guint i = 0; name != NULL && i < n; i++)
    if (g_str_equal (all[i].name, name))
      return &all[i];
  return NULL;
}

const AsField *
as_entity_find_field (const AsEntity *entity,
                      const char     *column)
{
  for (guint i = 0; i < entity->n_fields; i++)
    if (g_str_equal (entity->fields[i].column, column))
      return &entity->fields[i];
  return NULL;
}

/**
 * as_directory_load:
 *
 * Returns: (transfer full) (nullable): column → stored value as text (absent
 *   when NULL), or %NULL with @error set when there is no such record
 */
GHashTable *
as_directory_load (AsDatabase      *db,
                   const AsEntity  *entity,
                   gint64           id,
                   GError         **error)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GString *sql = g_string_new ("SELECT ");
  g_autofree char *sql_text = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  for (guint i = 0; i < entity->n_fields; i++)
    g_string_append_printf (sql, "%s%s", i ? ", " : "", entity->fields[i].column);
  g_string_append_printf (sql, " FROM %s WHERE id = ?1", entity->name);
  sql_text = g_string_free (sql, FALSE);

  stmt = as_database_prepare (db, sql_text, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  for (guint i = 0; found && i < entity->n_fields; i++)
    if (sqlite3_column_type (stmt, i) != SQLITE_NULL)
      g_hash_table_insert (values, (gpointer) entity->fields[i].column,
                           g_strdup ((const char *) sqlite3_column_text (stmt, i)));
  sqlite3_reset (stmt);

  if (!found)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND,
                   _("This record no longer exists; someone may have deleted it."));
      return NULL;
    }
  return g_steal_pointer (&values);
}

/**
 * as_directory_save:
 * @id: the record to change, or 0 to add one
 * @values: column → text as typed
 *
 * Validates every field, then writes the record and its audit row in one
 * transaction. Nothing is written when any field is refused.
 *
 * Returns: the record's id, or 0 with @error set
 */
gint64
as_directory_save (AsDatabase      *db,
                   const AsEntity  *entity,
                   gint64           id,
                   GHashTable      *values,
                   GError         **error)
{
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GPtrArray) normalized = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *details = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (entity != NULL && values != NULL, 0);

  if (!check_permission (db, entity, error))
    return 0;
  if (id > 0 && (before = as_directory_load (db, entity, id, error)) == NULL)
    return 0;
  if ((normalized = normalize_values (db, entity, id, values, error)) == NULL)
    return 0;

  sql = build_write_sql (entity, id == 0);
  if (!as_database_begin (db, error))
    return 0;
  stmt = as_database_prepare (db, sql, error);
  if (stmt == NULL)
    goto failed;
  for (guint i = 0; i < entity->n_fields; i++)
    bind_value (stmt, i + 1, &entity->fields[i], g_ptr_array_index (normalized, i));
  if (id > 0)
    sqlite3_bind_int64 (stmt, entity->n_fields + 1, id);
  if (!as_database_step_done (db, stmt, error))
    goto failed;
  if (id == 0)
    id = sqlite3_last_insert_rowid (as_database_get_handle (db));

  details = describe_changes (entity, before, normalized);
  if (!as_database_audit (db, entity->name, id, before ? "update" : "insert", details, error) ||
      !as_database_commit (db, error))
    goto failed;
  return id;

failed:
  as_database_rollback (db);
  return 0;
}

/**
 * as_directory_delete:
 *
 * Deletes a record unless other records still use it.
 */
gboolean
as_directory_delete (AsDatabase      *db,
                     const AsEntity  *entity,
                     gint64           id,
                     GError         **error)
{
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", entity->name);
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!check_permission (db, entity, error) ||
      (before = as_directory_load (db, entity, id, error)) == NULL)
    return FALSE;
  label = as_directory_get_label (db, entity, id);

  if (!as_database_begin (db, error))
    return FALSE;
  stmt = as_database_prepare (db, sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!as_database_step_done (db, stmt, &local_error))
    {
      if (g_error_matches (local_error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_IN_USE))
        g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_IN_USE,
                     _("“%s” cannot be deleted: other records (repairs, units, staff…) still use it."),
                     label);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }
  if (!as_database_audit (db, entity->name, id, "delete", label, error) ||
      !as_database_commit (db, error))
    goto failed;
  return TRUE;

failed:
  as_database_rollback (db);
  return FALSE;
}

/**
 * as_directory_get_label:
 *
 * Returns: (transfer full): the name a person knows the record by, or "" when missing
 */
char *
as_directory_get_label (AsDatabase     *db,
                        const AsEntity *entity,
                        gint64          id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s t WHERE t.id = ?1",
                                          entity->label_expr, entity->name);
  sqlite3_stmt *stmt = as_database_prepare (db, sql, NULL);
  char *label = NULL;

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    label = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return label ? label : g_strdup ("");
}

/**
 * as_directory_can_edit:
 *
 * Whether the person using the program may change @entity's records. While
 * nobody holds one of the editor roles, anyone may, so that a new database
 * can be set up.
 */
gboolean
as_directory_can_edit (AsDatabase     *db,
                       const AsEntity *entity)
{
  return as_staff_may (db, entity->editor_roles);
}

/**
 * as_staff_may:
 * @roles: an AsRole mask; 0 lets everyone
 *
 * Whether the person using the program holds one of @roles. While nobody
 * active holds any of them, anyone may, so that a new database can be set up.
 */
gboolean
as_staff_may (AsDatabase *db,
              guint       roles)
{
  sqlite3_stmt *stmt;
  gboolean anyone_holds;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (roles == 0 || (as_staff_get_roles (db, as_database_get_actor (db)) & roles) != 0)
    return TRUE;

  stmt = as_database_prepare (db, "SELECT 1 FROM staff WHERE roles & ?1 AND active = 1", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, roles);
  anyone_holds = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return !anyone_holds;
}

/**
 * as_staff_require:
 * @what: what is being changed, translated ("Staff", "the fee schedule")
 *
 * Like as_staff_may(), with a message naming the roles when refused.
 */
gboolean
as_staff_require (AsDatabase  *db,
                  guint        roles,
                  const char  *what,
                  GError     **error)
{
  g_autofree char *names = NULL;

  if (as_staff_may (db, roles))
    return TRUE;
  names = as_roles_to_string (roles);
  g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION,
               _("Only these roles may change %s: %s."), what, names);
  return FALSE;
}

gint64
as_staff_get_roles (AsDatabase *db,
                    gint64      staff_id)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT roles FROM staff WHERE id = ?1", NULL);
  gint64 roles = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    roles = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return roles;
}

gboolean
as_staff_has_role (AsDatabase *db,
                   gint64      staff_id,
                   AsRole      role)
{
  return (as_staff_get_roles (db, staff_id) & role) != 0;
}

gboolean
as_staff_exists (AsDatabase *db,
                 gint64      staff_id)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT 1 FROM staff WHERE id = ?1", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}
