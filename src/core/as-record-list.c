/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A GListModel over an SQL query that fetches rows in pages on demand.
 * Sorting, filtering and free-text search are done by SQLite; only a few
 * pages are ever held in memory, so a million rows cost what a hundred do. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-labels.h"
#include "as-record-list.h"

#define MAX_CACHED_PAGES 12
/* Above this many full-text matches, walking the sort index beats sorting them. */
#define MANY_MATCHES     20000

struct _AsRecordList
{
  GObject           parent_instance;
  AsDatabase       *db;
  const AsListSpec *spec;
  GStrv             watched;        /* tables whose changes reload the list */

  const AsListColumn *sort_column;
  gboolean          descending;
  const AsListFilter *filter;
  char             *search;         /* FTS query or LIKE pattern, NULL for none */

  char             *count_sql;
  char             *page_sql;
  char             *row_sql;

  guint             n_items;
  GHashTable       *pages;          /* page number → GPtrArray of AsRecord */
  GQueue            page_order;     /* page numbers, most recently used first */
  guint             pages_loaded;
};

static void as_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AsRecordList, as_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, as_record_list_model_init))

/* ---------------------------------------------------------------- helpers */

static const AsListColumn *
find_column (const AsListSpec *spec,
             const char       *key)
{
  for (guint i = 0; key != NULL && i < spec->n_columns; i++)
    if (g_str_equal (spec->columns[i].key, key))
      return &spec->columns[i];
  return NULL;
}

static void
append_conditions (AsRecordList *self,
                   GString      *sql,
                   gboolean      probe_matches)
{
  const char *joiner = " WHERE ";

  if (self->filter != NULL && self->filter->where != NULL)
    {
      g_string_append_printf (sql, "%s(%s)", joiner, self->filter->where);
      joiner = " AND ";
    }
  /* "+t.id" keeps SQLite from fetching the matches by id and sorting them:
   * it walks the sort column's index instead and probes each row, which is
   * what a search matching half the table needs. */
  if (self->search != NULL && self->spec->fts_table != NULL)
    g_string_append_printf (sql, "%s%st.id IN (SELECT rowid FROM %s WHERE %s MATCH ?3)",
                            joiner, probe_matches ? "+" : "",
                            self->spec->fts_table, self->spec->fts_table);
  else if (self->search != NULL && self->spec->like_expr != NULL)
    g_string_append_printf (sql, "%s(%s) LIKE ?3 ESCAPE '\\'", joiner, self->spec->like_expr);
}

/* "a, b" → "a DESC, b DESC, t.id DESC": every term follows the direction so
 * that an index on the same columns serves the ORDER BY. */
static void
append_order (AsRecordList *self,
              GString      *sql)
{
  const char *dir = self->descending ? " DESC" : "";

  g_string_append (sql, " ORDER BY ");
  if (self->sort_column != NULL)
    {
      g_auto(GStrv) terms = g_strsplit (self->sort_column->sort_expr, ",", -1);
      for (guint i = 0; terms[i] != NULL; i++)
        g_string_append_printf (sql, "%s%s, ", g_strstrip (terms[i]), dir);
    }
  g_string_append_printf (sql, "t.id%s", dir);
}

static void
append_from (AsRecordList *self,
             GString      *sql,
             gboolean      with_joins)
{
  g_string_append (sql, self->spec->from);
  if (with_joins && self->spec->joins != NULL)
    g_string_append_printf (sql, " %s", self->spec->joins);
}

/* Whether the LIKE expression reads a joined table ("c.name") rather than
 * only the base table ("t.serial"), so that the joins are paid only then. */
static gboolean
like_reads_joins (const char *expr)
{
  for (const char *p = expr; p != NULL && *p && p[1]; p++)
    {
      gboolean starts_word = p == expr || !(g_ascii_isalnum (p[-1]) || p[-1] == '_');
      if (starts_word && g_ascii_isalpha (*p) && p[1] == '.' && *p != 't')
        return TRUE;
    }
  return FALSE;
}

static char *
build_count_query (AsRecordList *self,
                   gboolean      like_search)
{
  GString *count = g_string_new ("SELECT count(*) FROM ");

  /* Without a filter, the full-text index alone knows how many rows match. */
  if (self->search != NULL && self->spec->fts_table != NULL && self->filter == NULL)
    {
      g_string_append_printf (count, "%s WHERE %s MATCH ?3",
                              self->spec->fts_table, self->spec->fts_table);
      return g_string_free (count, FALSE);
    }
  append_from (self, count, like_search);
  append_conditions (self, count, FALSE);
  return g_string_free (count, FALSE);
}

static char *
build_page_query (AsRecordList *self,
                  gboolean      like_search,
                  gboolean      many_matches)
{
  GString *page = g_string_new ("SELECT t.id FROM ");

  append_from (self, page, like_search);
  append_conditions (self, page, many_matches);
  append_order (self, page);
  g_string_append (page, " LIMIT ?1 OFFSET ?2");
  return g_string_free (page, FALSE);
}

static char *
build_row_query (AsRecordList *self)
{
  GString *row = g_string_new ("SELECT ");

  for (guint i = 0; i < self->spec->n_columns; i++)
    g_string_append_printf (row, "%s, ", self->spec->columns[i].expr);
  g_string_append_printf (row, "%s FROM ", self->spec->flags_expr ? self->spec->flags_expr : "0");
  if (self->spec->row_from != NULL)
    g_string_append (row, self->spec->row_from);
  else
    append_from (self, row, TRUE);
  g_string_append (row, " WHERE t.id = ?1");
  return g_string_free (row, FALSE);
}

static void
bind_scope (const AsListSpec *spec,
            sqlite3_stmt     *stmt)
{
  if (spec->scope_id != 0)
    sqlite3_bind_int64 (stmt, 4, spec->scope_id);
}

static void
bind_search (AsRecordList *self,
             sqlite3_stmt *stmt)
{
  if (self->search != NULL)
    sqlite3_bind_text (stmt, 3, self->search, -1, SQLITE_STATIC);
  bind_scope (self->spec, stmt);
}

static guint
count_rows (AsRecordList *self)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = as_database_prepare (self->db, self->count_sql, &error);
  guint n = 0;

  if (stmt == NULL)
    return 0;
  bind_search (self, stmt);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* Builds the queries for the current sort, filter and search and counts the
 * rows. How the page query reaches full-text matches depends on how many
 * there are, so the count comes first. */
static void
requery (AsRecordList *self)
{
  gboolean like_search = self->search != NULL && self->spec->fts_table == NULL &&
                         like_reads_joins (self->spec->like_expr);

  g_free (self->count_sql);
  self->count_sql = build_count_query (self, like_search);
  self->n_items = count_rows (self);

  g_free (self->page_sql);
  self->page_sql = build_page_query (self, like_search, self->n_items > MANY_MATCHES);
  if (self->row_sql == NULL)
    self->row_sql = build_row_query (self);
}

static AsRecord *
load_record (AsRecordList *self,
             gint64        id)
{
  sqlite3_stmt *stmt = as_database_prepare (self->db, self->row_sql, NULL);
  AsRecord *record = NULL;
  guint n = self->spec->n_columns;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_scope (self->spec, stmt);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GStrv values = g_new0 (char *, n + 1);
      for (guint i = 0; i < n; i++)
        values[i] = as_record_list_format_value (self->spec->columns[i].kind,
                                                 (const char *) sqlite3_column_text (stmt, i));
      record = as_record_new (id, values, (guint) sqlite3_column_int (stmt, n));
    }
  sqlite3_reset (stmt);
  return record;
}

static GPtrArray *
load_page (AsRecordList *self,
           guint         page)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = as_database_prepare (self->db, self->page_sql, NULL);

  if (stmt == NULL)
    return records;
  sqlite3_bind_int (stmt, 1, AS_RECORD_LIST_PAGE_SIZE);
  sqlite3_bind_int64 (stmt, 2, (gint64) page * AS_RECORD_LIST_PAGE_SIZE);
  bind_search (self, stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  /* Rows are read after the id scan so that the statements never nest. */
  for (guint i = 0; i < ids->len; i++)
    {
      AsRecord *record = load_record (self, g_array_index (ids, gint64, i));
      if (record != NULL)
        g_ptr_array_add (records, record);
    }
  self->pages_loaded++;
  return records;
}

static GPtrArray *
get_page (AsRecordList *self,
          guint         page)
{
  GPtrArray *records = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  if (records != NULL)
    {
      GList *link = g_queue_find (&self->page_order, GUINT_TO_POINTER (page));
      g_queue_unlink (&self->page_order, link);
      g_queue_push_head_link (&self->page_order, link);
      return records;
    }

  records = load_page (self, page);
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), records);
  g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));
  if (self->page_order.length > MAX_CACHED_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->page_order));
  return records;
}

static void
drop_pages (AsRecordList *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

/* Turns what the person typed into an FTS5 query that matches every word as a
 * prefix; each word is quoted so that FTS syntax in the input is inert. */
static char *
make_fts_query (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  GString *query = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      g_auto(GStrv) quoteless = NULL;

      if (*words[i] == '\0')
        continue;
      quoteless = g_strsplit (words[i], "\"", -1);
      escaped = g_strjoinv ("\"\"", quoteless);
      /* A single letter as a prefix matches half a large table and says
       * little; it is taken as a whole word, prefixes start at two letters. */
      g_string_append_printf (query, "%s\"%s\"%s", query->len ? " " : "", escaped,
                              g_utf8_strlen (words[i], -1) > 1 ? "*" : "");
    }
  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }
  return g_string_free (query, FALSE);
}

static char *
make_like_pattern (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  GString *pattern = g_string_new ("%");

  if (*trimmed == '\0')
    {
      g_string_free (pattern, TRUE);
      return NULL;
    }
  for (const char *p = trimmed; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/* The base table and every table joined in, whose names the rows show. */
static GStrv
find_watched_tables (const AsListSpec *spec)
{
  g_autoptr(GStrvBuilder) tables = g_strv_builder_new ();
  const char *p = spec->joins;

  g_strv_builder_add (tables, spec->table);
  while (p != NULL && (p = strstr (p, "JOIN ")) != NULL)
    {
      const char *name = p + strlen ("JOIN ");
      const char *end = name;
      g_autofree char *table = NULL;

      while (g_ascii_isalnum (*end) || *end == '_')
        end++;
      table = g_strndup (name, end - name);
      g_strv_builder_add (tables, table);
      p = end;
    }
  return g_strv_builder_end (tables);
}

/* ------------------------------------------------------------- callbacks */

static void
on_database_changed_cb (AsRecordList *self,
                        const char   *table,
                        AsDatabase   *db)
{
  if (g_strv_contains ((const char * const *) self->watched, table))
    as_record_list_reload (self);
}

/* ------------------------------------------------------ GListModel iface */

static GType
as_record_list_get_item_type (GListModel *model)
{
  return AS_TYPE_RECORD;
}

static guint
as_record_list_get_n_items (GListModel *model)
{
  return AS_RECORD_LIST (model)->n_items;
}

static gpointer
as_record_list_get_item (GListModel *model,
                         guint       position)
{
  AsRecordList *self = AS_RECORD_LIST (model);
  GPtrArray *records;
  guint offset = position % AS_RECORD_LIST_PAGE_SIZE;

  if (position >= self->n_items)
    return NULL;
  records = get_page (self, position / AS_RECORD_LIST_PAGE_SIZE);
  /* A row deleted by another program since the count: the view gets an
   * empty row until the next reload, never a shifted one. */
  if (offset >= records->len)
    return as_record_new (0, NULL, 0);
  return g_object_ref (g_ptr_array_index (records, offset));
}

static void
as_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = as_record_list_get_item_type;
  iface->get_n_items = as_record_list_get_n_items;
  iface->get_item = as_record_list_get_item;
}

/* ------------------------------------------------------------- overrides */

static void
as_record_list_dispose (GObject *object)
{
  AsRecordList *self = AS_RECORD_LIST (object);

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_record_list_parent_class)->dispose (object);
}

static void
as_record_list_finalize (GObject *object)
{
  AsRecordList *self = AS_RECORD_LIST (object);

  drop_pages (self);
  g_hash_table_unref (self->pages);
  g_strfreev (self->watched);
  g_free (self->search);
  g_free (self->count_sql);
  g_free (self->page_sql);
  g_free (self->row_sql);
  G_OBJECT_CLASS (as_record_list_parent_class)->finalize (object);
}

static void
as_record_list_class_init (AsRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = as_record_list_dispose;
  object_class->finalize = as_record_list_finalize;
}

static void
as_record_list_init (AsRecordList *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->page_order);
}

/* ------------------------------------------------------------- public API */

/**
 * as_record_list_new:
 * @spec: (transfer none): a list description that outlives the list
 *
 * Returns: (transfer full): a list showing @spec's rows in its default order
 */
AsRecordList *
as_record_list_new (AsDatabase       *db,
                    const AsListSpec *spec)
{
  AsRecordList *self;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  self = g_object_new (AS_TYPE_RECORD_LIST, NULL);
  self->db = g_object_ref (db);
  self->spec = spec;
  self->watched = find_watched_tables (spec);
  self->sort_column = find_column (spec, spec->default_sort);
  self->descending = spec->default_descending;
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  requery (self);
  return self;
}

const AsListSpec *
as_record_list_get_spec (AsRecordList *self)
{
  g_return_val_if_fail (AS_IS_RECORD_LIST (self), NULL);
  return self->spec;
}

/**
 * as_record_list_get_database:
 *
 * Returns: (transfer none): the database the list reads
 */
AsDatabase *
as_record_list_get_database (AsRecordList *self)
{
  g_return_val_if_fail (AS_IS_RECORD_LIST (self), NULL);
  return self->db;
}

/**
 * as_record_list_reload:
 *
 * Forgets every cached page and counts again; views are told that every row
 * may have changed.
 */
void
as_record_list_reload (AsRecordList *self)
{
  guint old_n;

  g_return_if_fail (AS_IS_RECORD_LIST (self));

  old_n = self->n_items;
  drop_pages (self);
  requery (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
}

/**
 * as_record_list_set_sort:
 * @column_key: (nullable): a sortable column, or %NULL for the list's default
 *
 * Returns: %FALSE when the column cannot be sorted
 */
gboolean
as_record_list_set_sort (AsRecordList *self,
                         const char   *column_key,
                         gboolean      descending)
{
  const AsListColumn *column;

  g_return_val_if_fail (AS_IS_RECORD_LIST (self), FALSE);

  column = find_column (self->spec, column_key ? column_key : self->spec->default_sort);
  if (column_key != NULL && (column == NULL || column->sort_expr == NULL))
    return FALSE;
  if (column_key == NULL)
    descending = self->spec->default_descending;
  if (column == self->sort_column && descending == self->descending)
    return TRUE;
  self->sort_column = column;
  self->descending = descending;
  as_record_list_reload (self);
  return TRUE;
}

const char *
as_record_list_get_sort_key (AsRecordList *self)
{
  g_return_val_if_fail (AS_IS_RECORD_LIST (self), NULL);
  return self->sort_column ? self->sort_column->key : NULL;
}

gboolean
as_record_list_get_sort_descending (AsRecordList *self)
{
  g_return_val_if_fail (AS_IS_RECORD_LIST (self), FALSE);
  return self->descending;
}

/**
 * as_record_list_set_search:
 * @text: (nullable): words to look for; empty or %NULL shows every row
 */
void
as_record_list_set_search (AsRecordList *self,
                           const char   *text)
{
  g_autofree char *search = NULL;

  g_return_if_fail (AS_IS_RECORD_LIST (self));

  if (text != NULL)
    search = self->spec->fts_table ? make_fts_query (text) : make_like_pattern (text);
  if (g_strcmp0 (search, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&search);
  as_record_list_reload (self);
}

/**
 * as_record_list_set_filter:
 * @filter_key: (nullable): one of the spec's filters, or %NULL for all rows
 */
gboolean
as_record_list_set_filter (AsRecordList *self,
                           const char   *filter_key)
{
  const AsListFilter *filter = NULL;

  g_return_val_if_fail (AS_IS_RECORD_LIST (self), FALSE);

  for (guint i = 0; filter_key != NULL && i < self->spec->n_filters; i++)
    if (g_str_equal (self->spec->filters[i].key, filter_key))
      filter = &self->spec->filters[i];
  if (filter_key != NULL && filter == NULL)
    return FALSE;
  if (filter != self->filter)
    {
      self->filter = filter;
      as_record_list_reload (self);
    }
  return TRUE;
}

/* How many pages were read from SQL since the list was made; for tests and benchmarks. */
guint
as_record_list_get_pages_loaded (AsRecordList *self)
{
  g_return_val_if_fail (AS_IS_RECORD_LIST (self), 0);
  return self->pages_loaded;
}

/**
 * as_record_list_format_value:
 * @raw: (nullable): the value as SQLite returned it
 *
 * Returns: (transfer full): the text a person sees for @raw
 */
char *
as_record_list_format_value (AsColumnKind  kind,
                             const char   *raw)
{
  if (raw == NULL)
    return g_strdup ("");

  switch (kind)
    {
    case AS_COLUMN_DATE:
      /* "2026-11-27 09:30:00" → "2026-11-27 09:30" */
      return g_strndup (raw, strlen (raw) > 16 ? 16 : strlen (raw));
    case AS_COLUMN_MONEY:
      return g_strdup_printf ("%.2f", g_ascii_strtoll (raw, NULL, 10) / 100.0);
    case AS_COLUMN_BOOL:
      return g_strdup (g_strcmp0 (raw, "0") != 0 && *raw ? _("Yes") : "");
    case AS_COLUMN_CODE:
      return g_strdup (as_code_get_label (raw));
    case AS_COLUMN_ROLES:
      return as_roles_to_string (g_ascii_strtoll (raw, NULL, 10));
    case AS_COLUMN_TEXT:
    case AS_COLUMN_NUMBER:
    default:
      return g_strdup (raw);
    }
}

/**
 * as_record_list_dup_query:
 *
 * Copies the list's current filter, search and sort into one query over
 * every row, which needs neither the list nor its connection to run.
 *
 * Returns: (transfer full): the query; free with as_record_list_query_free()
 */
AsRecordListQuery *
as_record_list_dup_query (AsRecordList *self)
{
  AsRecordListQuery *query;
  GString *sql = g_string_new ("SELECT ");

  g_return_val_if_fail (AS_IS_RECORD_LIST (self), NULL);

  for (guint i = 0; i < self->spec->n_columns; i++)
    g_string_append_printf (sql, "%s%s", i ? ", " : "", self->spec->columns[i].expr);
  g_string_append (sql, " FROM ");
  append_from (self, sql, TRUE);
  append_conditions (self, sql, self->n_items > MANY_MATCHES);
  append_order (self, sql);

  query = g_new0 (AsRecordListQuery, 1);
  query->spec_copy = *self->spec;
  query->spec = &query->spec_copy;
  query->sql = g_string_free (sql, FALSE);
  query->search = g_strdup (self->search);
  query->n_rows = self->n_items;
  return query;
}

void
as_record_list_query_free (AsRecordListQuery *query)
{
  if (query == NULL)
    return;
  g_free (query->sql);
  g_free (query->search);
  g_free (query);
}

/**
 * as_record_list_query_run:
 * @db: any connection to the list's database
 * @func: (scope call): called with each row in turn
 *
 * Steps through every row of @query, without paging. The caller chooses the
 * transaction, such as one read snapshot around the whole run.
 *
 * Returns: %FALSE when the query failed or @func stopped it, with @error set
 */
gboolean
as_record_list_query_run (const AsRecordListQuery  *query,
                          AsDatabase               *db,
                          AsRecordRowFunc           func,
                          gpointer                  user_data,
                          GError                  **error)
{
  sqlite3 *handle = as_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (sqlite3_prepare_v2 (handle, query->sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
                   _("Database error: %s"), sqlite3_errmsg (handle));
      return FALSE;
    }
  if (query->search != NULL)
    sqlite3_bind_text (stmt, 3, query->search, -1, SQLITE_STATIC);
  bind_scope (query->spec, stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!func (stmt, user_data, error))
      return FALSE;
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
                   _("Database error: %s"), sqlite3_errmsg (handle));
      return FALSE;
    }
  return TRUE;
}
