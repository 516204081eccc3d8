/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A list exported as it is shown: the rows of its current filter, search and
 * sort, every one of them (not only the pages on screen), with its columns'
 * headings and kinds: dates as dates, money as money. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-export-private.h"

/**
 * as_export_list_file_name:
 * @title: the list's title, such as "Repair register"
 *
 * Returns: (transfer full): a file name for the list's workbook, with today's date
 */
char *
as_export_list_file_name (const char *title)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup (title && *title ? title : "aftersales");

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_strdup_printf ("%s %s.xlsx", name, today);
}

/**
 * as_export_list:
 * @query: the list's rows, from as_record_list_dup_query()
 * @title: the sheet's name, the list's title
 * @path: the workbook to write; an existing file is replaced only on success
 * @progress: (nullable) (scope call): called from this thread
 *
 * Writes every row of @query, read in one snapshot of @db, as one sheet.
 */
gboolean
as_export_list (AsDatabase               *db,
                const AsRecordListQuery  *query,
                const char               *title,
                const char               *path,
                AsExportProgress          progress,
                gpointer                  user_data,
                GCancellable             *cancellable,
                GError                  **error)
{
  const AsListSpec *spec;
  g_autoptr(AsExportWriter) writer = NULL;
  g_autofree const char **titles = NULL;
  g_autofree AsExportKind *kinds = NULL;
  AsExportSheet *sheet;
  AsExportTableOut out;
  gboolean started = FALSE, ok;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (query != NULL && path != NULL, FALSE);

  spec = query->spec;
  titles = g_new0 (const char *, spec->n_columns);
  kinds = g_new0 (AsExportKind, spec->n_columns);
  for (guint i = 0; i < spec->n_columns; i++)
    {
      titles[i] = _(spec->columns[i].title);
      kinds[i] = as_export_kind_for_column (spec->columns[i].kind);
    }

  writer = _as_export_writer_new (path, error);
  if (writer == NULL || !as_export_read_begin (db, &started, error))
    return FALSE;
  _as_export_writer_set_progress (writer, query->n_rows, progress, user_data, cancellable);
  _as_export_writer_set_properties (writer, title, title);
  sheet = _as_export_writer_add_sheet (writer, title);
  _as_export_sheet_set_page (sheet, FALSE, TRUE);
  _as_export_table_begin (&out, writer, sheet, 0, 0, spec->n_columns, titles, kinds);
  ok = as_record_list_query_run (query, db, _as_export_table_add_row, &out, error);
  _as_export_table_finish_list (&out);
  _as_export_table_clear (&out);
  as_export_read_end (db, started);
  return ok && _as_export_writer_commit (writer, error);
}
