/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xlsxwriter.h>

#include "as-export.h"
#include "as-export-data.h"

G_BEGIN_DECLS

/* One workbook being written: its temporary file in the target folder, its
 * cell formats, progress and cancellation. Rows go out one after another
 * (libxlsxwriter's constant-memory mode), so memory stays flat however many
 * rows a month has. */
typedef struct _AsExportWriter AsExportWriter;

/* A sheet and the widths its content needs, applied when the workbook closes. */
typedef struct
{
  lxw_worksheet *worksheet;
  char          *name;
  GArray        *widths;    /* double, in characters, per column */
} AsExportSheet;

/* A table being written on a sheet: a header row, then one row per record. */
typedef struct
{
  AsExportWriter *writer;
  AsExportSheet  *sheet;
  lxw_row_t       header_row;
  lxw_row_t       row;        /* the next row to write */
  lxw_col_t       first_col;
  guint           n_columns;
  AsExportKind   *kinds;
} AsExportTableOut;

AsExportWriter *_as_export_writer_new        (const char        *path,
                                              GError           **error);
void            _as_export_writer_set_progress (AsExportWriter  *self,
                                              gint64             total_rows,
                                              AsExportProgress   progress,
                                              gpointer           user_data,
                                              GCancellable      *cancellable);
void            _as_export_writer_set_properties (AsExportWriter *self,
                                              const char        *title,
                                              const char        *subject);
lxw_workbook   *_as_export_writer_get_workbook (AsExportWriter  *self);
AsExportSheet  *_as_export_writer_add_sheet  (AsExportWriter    *self,
                                              const char        *name);
gboolean        _as_export_writer_tick       (AsExportWriter    *self,
                                              GError           **error);
gboolean        _as_export_writer_commit     (AsExportWriter    *self,
                                              GError           **error);
void            _as_export_writer_free       (AsExportWriter    *self);

/* Formats shared by the sheets. */
lxw_format     *_as_export_writer_format     (AsExportWriter    *self,
                                              AsExportKind       kind,
                                              gboolean           with_time);
lxw_format     *_as_export_writer_header_format (AsExportWriter *self);
lxw_format     *_as_export_writer_title_format  (AsExportWriter *self);
lxw_format     *_as_export_writer_section_format (AsExportWriter *self);
lxw_format     *_as_export_writer_note_format   (AsExportWriter *self);
lxw_format     *_as_export_writer_total_format  (AsExportWriter *self,
                                              AsExportKind       kind);

void            _as_export_sheet_set_page    (AsExportSheet     *sheet,
                                              gboolean           fit_width,
                                              gboolean           repeat_header);
void            _as_export_sheet_fit         (AsExportSheet     *sheet,
                                              lxw_col_t          col,
                                              double             chars);
void            _as_export_write_text        (AsExportSheet     *sheet,
                                              lxw_row_t          row,
                                              lxw_col_t          col,
                                              const char        *text,
                                              lxw_format        *format);
void            _as_export_write_number      (AsExportWriter    *self,
                                              AsExportSheet     *sheet,
                                              lxw_row_t          row,
                                              lxw_col_t          col,
                                              AsExportKind       kind,
                                              double             value);
double          _as_export_write_value       (AsExportWriter    *self,
                                              AsExportSheet     *sheet,
                                              lxw_row_t          row,
                                              lxw_col_t          col,
                                              AsExportKind       kind,
                                              sqlite3_stmt      *stmt,
                                              int                index);

void            _as_export_table_begin       (AsExportTableOut  *out,
                                              AsExportWriter    *writer,
                                              AsExportSheet     *sheet,
                                              lxw_row_t          row,
                                              lxw_col_t          col,
                                              guint              n_columns,
                                              const char *const *titles,
                                              const AsExportKind *kinds);
gboolean        _as_export_table_add_row     (sqlite3_stmt      *stmt,
                                              gpointer           out,
                                              GError           **error);
void            _as_export_table_finish_list (AsExportTableOut  *out);
void            _as_export_table_clear       (AsExportTableOut  *out);

gboolean        _as_export_write_reviews     (AsExportWriter    *writer,
                                              AsDatabase        *db,
                                              const char        *month,
                                              GError           **error);

gboolean        _as_export_verify            (const char        *path,
                                              GHashTable        *min_sizes);

gboolean        _as_export_parse_date        (const char        *text,
                                              double            *out_serial,
                                              gboolean          *out_has_time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsExportWriter, _as_export_writer_free)

G_END_DECLS
