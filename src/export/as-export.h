/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "as-database.h"
#include "as-record-list.h"

G_BEGIN_DECLS

#define AS_EXPORT_ERROR (as_export_error_quark ())

typedef enum
{
  AS_EXPORT_ERROR_INVALID_MONTH,  /* not a month as YYYY-MM */
  AS_EXPORT_ERROR_FOLDER,         /* the target folder cannot be written */
  AS_EXPORT_ERROR_WRITE,          /* writing the workbook failed (disk full…) */
} AsExportError;

/**
 * AsExportProgress:
 * @fraction: how much is done, from 0.0 to 1.0
 *
 * Called from the exporting thread by the synchronous functions, and in the
 * caller's main context by the asynchronous ones; at most about 100 times.
 */
typedef void (*AsExportProgress) (double   fraction,
                                  gpointer user_data);

GQuark    as_export_error_quark        (void);

gboolean  as_export_parse_month        (const char        *text,
                                        int               *out_year,
                                        int               *out_month,
                                        GError           **error);
char     *as_export_month_title        (int                year,
                                        int                month);
char     *as_export_month_file_name    (int                year,
                                        int                month);
char     *as_export_list_file_name     (const char        *title);

gboolean  as_export_month              (AsDatabase        *db,
                                        int                year,
                                        int                month,
                                        const char        *path,
                                        AsExportProgress   progress,
                                        gpointer           user_data,
                                        GCancellable      *cancellable,
                                        GError           **error);
gboolean  as_export_list               (AsDatabase        *db,
                                        const AsRecordListQuery *query,
                                        const char        *title,
                                        const char        *path,
                                        AsExportProgress   progress,
                                        gpointer           user_data,
                                        GCancellable      *cancellable,
                                        GError           **error);

void      as_export_month_async        (AsDatabase        *db,
                                        int                year,
                                        int                month,
                                        const char        *path,
                                        AsExportProgress   progress,
                                        gpointer           progress_data,
                                        GCancellable      *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer           user_data);
void      as_export_list_async         (AsDatabase        *db,
                                        AsRecordListQuery *query,
                                        const char        *title,
                                        const char        *path,
                                        AsExportProgress   progress,
                                        gpointer           progress_data,
                                        GCancellable      *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer           user_data);
gboolean  as_export_finish             (GAsyncResult      *result,
                                        GError           **error);

G_END_DECLS
