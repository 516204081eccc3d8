/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exports in a worker thread: the worker opens its own connection to the
 * database file, so the window's stays free, and reads one snapshot of it
 * while others keep writing. Progress is handed to the caller's main context. */

#include <glib/gi18n.h>

#include "as-export-private.h"

typedef struct
{
  char              *db_path;
  char              *path;
  int                year;
  int                month;
  AsRecordListQuery *query;      /* a list's rows, or NULL for the month */
  char              *title;
  AsExportProgress   progress;
  gpointer           progress_data;
} ExportJob;

typedef struct
{
  GTask  *task;
  double  fraction;
} ProgressUpdate;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->db_path);
  g_free (job->path);
  g_clear_pointer (&job->query, as_record_list_query_free);
  g_free (job->title);
  g_free (job);
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->task);
  g_free (update);
}

/* Main context: passes the fraction on, unless the export ended or was cancelled. */
static gboolean
deliver_progress_cb (gpointer data)
{
  ProgressUpdate *update = data;
  ExportJob *job = g_task_get_task_data (update->task);
  GCancellable *cancellable = g_task_get_cancellable (update->task);

  if (job->progress != NULL && !g_task_get_completed (update->task) &&
      !g_cancellable_is_cancelled (cancellable))
    job->progress (update->fraction, job->progress_data);
  return G_SOURCE_REMOVE;
}

/* Worker thread: touches nothing but the task. */
static void
on_worker_progress_cb (double   fraction,
                       gpointer user_data)
{
  GTask *task = user_data;
  ProgressUpdate *update = g_new (ProgressUpdate, 1);

  update->task = g_object_ref (task);
  update->fraction = fraction;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              deliver_progress_cb, update, progress_update_free);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(AsDatabase) db = NULL;
  GError *error = NULL;
  gboolean done;

  db = as_database_open (job->db_path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (job->query != NULL)
    done = as_export_list (db, job->query, job->title, job->path, on_worker_progress_cb, task,
                           cancellable, &error);
  else
    done = as_export_month (db, job->year, job->month, job->path, on_worker_progress_cb, task,
                            cancellable, &error);
  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
start_job (AsDatabase          *db,
           ExportJob           *job,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data,
           gpointer             source_tag)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  job->db_path = g_strdup (as_database_get_path (db));
  g_task_set_source_tag (task, source_tag);
  /* Report what really happened: a Cancel pressed once the file is in
   * place must not hide it. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * as_export_month_async:
 * @db: the database; the worker opens its file again
 * @progress: (nullable): called in the caller's main context while the export runs
 *
 * Writes the monthly workbook in a worker thread; see as_export_month().
 * Finish with as_export_finish().
 */
void
as_export_month_async (AsDatabase          *db,
                       int                  year,
                       int                  month,
                       const char          *path,
                       AsExportProgress     progress,
                       gpointer             progress_data,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  ExportJob *job;

  g_return_if_fail (AS_IS_DATABASE (db));
  g_return_if_fail (path != NULL);

  job = g_new0 (ExportJob, 1);
  job->path = g_strdup (path);
  job->year = year;
  job->month = month;
  job->progress = progress;
  job->progress_data = progress_data;
  start_job (db, job, cancellable, callback, user_data, as_export_month_async);
}

/**
 * as_export_list_async:
 * @query: (transfer full): the list's rows, from as_record_list_dup_query()
 * @progress: (nullable): called in the caller's main context while the export runs
 *
 * Writes a list's rows in a worker thread; see as_export_list().
 * Finish with as_export_finish().
 */
void
as_export_list_async (AsDatabase          *db,
                      AsRecordListQuery   *query,
                      const char          *title,
                      const char          *path,
                      AsExportProgress     progress,
                      gpointer             progress_data,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  ExportJob *job;

  g_return_if_fail (AS_IS_DATABASE (db));
  g_return_if_fail (query != NULL && path != NULL);

  job = g_new0 (ExportJob, 1);
  job->path = g_strdup (path);
  job->query = query;
  job->title = g_strdup (title);
  job->progress = progress;
  job->progress_data = progress_data;
  start_job (db, job, cancellable, callback, user_data, as_export_list_async);
}

/**
 * as_export_finish:
 *
 * Returns: whether the workbook was written; on failure, or
 *   %G_IO_ERROR_CANCELLED, nothing was left at the target
 */
gboolean
as_export_finish (GAsyncResult  *result,
                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
