/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "as-database.h"
#include "as-record-list.h"

G_BEGIN_DECLS

/* How a value is written into a spreadsheet cell. */
typedef enum
{
  AS_EXPORT_TEXT,
  AS_EXPORT_NUMBER,    /* a count or quantity, written as it is */
  AS_EXPORT_DECIMAL,   /* an average or hours, two decimals */
  AS_EXPORT_PERCENT,   /* a fraction from 0 to 1, shown as a percentage */
  AS_EXPORT_MONEY,     /* integer cents */
  AS_EXPORT_DATE,      /* ISO date "YYYY-MM-DD" or timestamp "YYYY-MM-DD HH:MM:SS" */
  AS_EXPORT_BOOL,      /* 0 or 1; NULL for "does not apply" */
  AS_EXPORT_CODE,      /* a stored code, written with its translated label */
  AS_EXPORT_ROLES,     /* a staff role mask, written as role names */
} AsExportKind;

typedef struct
{
  const char   *title;  /* N_() */
  const char   *expr;   /* SQL expression of the value */
  AsExportKind  kind;
  const char   *needs;  /* "table.column" the expression reads that an older
                         * schema part may lack; the column is left out then */
} AsExportColumn;

/* One table of the monthly workbook: a sheet of records, or a figure of the
 * summary. The rows of the month are those where @where holds, with ?1 bound
 * to the month's first day and ?2 to the next month's ("YYYY-MM-DD"). */
typedef struct
{
  const char           *name;      /* N_(): the sheet's tab or the figure's title */
  const AsExportColumn *columns;
  guint                 n_columns;
  const char           *from;      /* the FROM clause with its joins */
  const char           *where;     /* NULL: every row (a register as it is today) */
  const char           *group_by;  /* or NULL */
  const char           *order_by;
  const char           *needs;     /* "table" a schema part adds, or NULL */
} AsExportTable;

/* The record sheets of the monthly workbook, in their order; NULL-terminated. */
extern const AsExportTable *const as_export_month_sheets[];

/* The figures of its summary sheet. */
extern const AsExportTable as_export_key_figures;        /* one row, a column per figure */
extern const AsExportTable as_export_repairs_by_category;
extern const AsExportTable as_export_repairs_by_day;
extern const AsExportTable as_export_complaints_by_channel;
extern const AsExportTable as_export_complaints_by_kind;
extern const AsExportTable as_export_satisfaction;       /* one row, a column per criterion */
extern const AsExportTable as_export_movements_by_kind;

gboolean   as_export_table_available (AsDatabase          *db,
                                      const AsExportTable *table);
GPtrArray *as_export_table_columns   (AsDatabase          *db,
                                      const AsExportTable *table);
gint64     as_export_table_count     (AsDatabase          *db,
                                      const AsExportTable *table,
                                      const char          *first_day,
                                      const char          *next_first_day);
gboolean   as_export_table_run       (AsDatabase          *db,
                                      const AsExportTable *table,
                                      GPtrArray           *columns,
                                      const char          *first_day,
                                      const char          *next_first_day,
                                      AsRecordRowFunc      func,
                                      gpointer             user_data,
                                      GError             **error);

gboolean   as_export_read_begin      (AsDatabase          *db,
                                      gboolean            *out_started,
                                      GError             **error);
void       as_export_read_end        (AsDatabase          *db,
                                      gboolean             started);

AsExportKind as_export_kind_for_column (AsColumnKind kind);

G_END_DECLS
