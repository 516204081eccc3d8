/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "as-database.h"
#include "as-record.h"

G_BEGIN_DECLS

typedef enum
{
  AS_COLUMN_TEXT,
  AS_COLUMN_NUMBER,
  AS_COLUMN_DATE,     /* ISO date or timestamp, shown without seconds */
  AS_COLUMN_MONEY,    /* integer cents */
  AS_COLUMN_BOOL,     /* 0 or 1, shown as "Yes" or nothing */
  AS_COLUMN_CODE,     /* a stored code such as "in_workshop", shown translated */
  AS_COLUMN_ROLES,    /* a staff role mask, shown as role names */
} AsColumnKind;

typedef struct
{
  const char   *key;
  const char   *title;      /* N_() */
  const char   *expr;       /* SQL expression for the shown value */
  const char   *sort_expr;  /* comma-separated ORDER BY terms with an index, or NULL */
  AsColumnKind  kind;
  int           width_chars;
} AsListColumn;

typedef struct
{
  const char *key;
  const char *label;        /* N_() */
  const char *where;        /* SQL condition on the base table (alias t) only */
} AsListFilter;

/* Describes one list of the program. Every SQL fragment is a constant of the
 * program; values from the user are always bound. The base table's alias is t.
 * Counting and paging read the base table alone (joins cost seconds on a
 * million rows), so sort expressions and filters name columns of t only;
 * the joins are added for the shown rows and for a LIKE search. */
typedef struct
{
  const char         *name;
  const char         *table;        /* base table; its changes reload the list */
  const char         *from;         /* "<table> t" */
  const char         *joins;        /* "LEFT JOIN … ON … = t.…", or NULL */
  const char         *fts_table;    /* FTS5 table whose rowid is t.id, or NULL */
  const char         *like_expr;    /* searched with LIKE when there is no FTS */
  const char         *flags_expr;   /* integer for as_record_get_flags(), or NULL */
  const AsListColumn *columns;
  guint               n_columns;
  const AsListFilter *filters;
  guint               n_filters;
  const char         *default_sort; /* column key */
  gboolean            default_descending;
  /* The record a detail list belongs to (one part's movements), bound to ?4
   * wherever the from clause names it, so that the SQL stays a constant and
   * one cached statement serves every record; 0 when the list has none. */
  gint64              scope_id;
  /* The from clause that reads one row (t.id = ?1) when from is an aggregate
   * that would be computed whole for every row shown; NULL to use from. */
  const char         *row_from;
} AsListSpec;

#define AS_RECORD_LIST_PAGE_SIZE 128

#define AS_TYPE_RECORD_LIST (as_record_list_get_type ())
G_DECLARE_FINAL_TYPE (AsRecordList, as_record_list, AS, RECORD_LIST, GObject)

AsRecordList     *as_record_list_new            (AsDatabase       *db,
                                                 const AsListSpec *spec);
const AsListSpec *as_record_list_get_spec       (AsRecordList     *self);
AsDatabase       *as_record_list_get_database   (AsRecordList     *self);
gboolean          as_record_list_set_sort       (AsRecordList     *self,
                                                 const char       *column_key,
                                                 gboolean          descending);
const char       *as_record_list_get_sort_key   (AsRecordList     *self);
gboolean          as_record_list_get_sort_descending (AsRecordList *self);
void              as_record_list_set_search     (AsRecordList     *self,
                                                 const char       *text);
gboolean          as_record_list_set_filter     (AsRecordList     *self,
                                                 const char       *filter_key);
void              as_record_list_reload         (AsRecordList     *self);
guint             as_record_list_get_pages_loaded (AsRecordList   *self);
char             *as_record_list_format_value   (AsColumnKind      kind,
                                                 const char       *raw);

/* The rows a list shows, as one query to read elsewhere (a worker thread's
 * own connection): every row at once, in the list's filter, search and order.
 * Each row holds the raw value of each column of the spec, in order. */
typedef struct
{
  const AsListSpec *spec;       /* points to spec_copy */
  char             *sql;
  char             *search;     /* bound to ?3, or NULL */
  guint             n_rows;     /* as the list counted them */
  /* The list's spec, copied: a detail list's spec may be freed with its
   * list while a worker thread still reads the query. */
  AsListSpec        spec_copy;
} AsRecordListQuery;

/* Called for each row; returns FALSE with @error set to stop. */
typedef gboolean (*AsRecordRowFunc) (sqlite3_stmt  *row,
                                     gpointer       user_data,
                                     GError       **error);

AsRecordListQuery *as_record_list_dup_query     (AsRecordList     *self);
void              as_record_list_query_free     (AsRecordListQuery *query);
gboolean          as_record_list_query_run      (const AsRecordListQuery *query,
                                                 AsDatabase       *db,
                                                 AsRecordRowFunc   func,
                                                 gpointer          user_data,
                                                 GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsRecordListQuery, as_record_list_query_free)

G_END_DECLS
