/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The printed documents: kinds, loading, pagination, drawing a page and
 * writing a PDF file safely. The families' contents are in
 * as-document-repair.c, as-document-notice.c and as-document-reports.c;
 * the page layout in as-document-layout.c. */

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include "as-document-private.h"

/* A4 in points. */
#define A4_WIDTH  (210 * 72.0 / 25.4)
#define A4_HEIGHT (297 * 72.0 / 25.4)

typedef struct
{
  AsDocumentKind  kind;
  const char     *name;
  const char     *title;
} KindInfo;

static const KindInfo kinds[] = {
  /* Translators: the glossary's "Tarjeta de reparación" */
  { AS_DOCUMENT_REPAIR_CARD, "repair-card", N_("Repair card") },
  /* Translators: the glossary's "Certificado de servicio" */
  { AS_DOCUMENT_SERVICE_CERTIFICATE, "service-certificate", N_("Service certificate") },
  /* Translators: the glossary's "Recibo de mercancías del cliente" */
  { AS_DOCUMENT_GOODS_RECEIPT, "goods-receipt", N_("Customer goods receipt") },
  /* Translators: the glossary's "Aviso de vencimiento de mantenimiento" */
  { AS_DOCUMENT_EXPIRY_NOTICE, "expiry-notice", N_("Maintenance expiry notice") },
  /* Translators: the glossary's "Informe de jornada laboral del técnico" */
  { AS_DOCUMENT_TECHNICIAN_DAILY, "technician-daily", N_("Technician daily work report") },
  /* Translators: the glossary's "Informe diario del supervisor de servicio" */
  { AS_DOCUMENT_SUPERVISOR_DAILY, "supervisor-daily", N_("Supervisor daily report") },
  /* Translators: the branch's daily report, signed by the branch manager */
  { AS_DOCUMENT_BRANCH_DAILY, "branch-daily", N_("Branch daily report") },
  /* Translators: the glossary's "Libro de registro de reparación", printed for one day */
  { AS_DOCUMENT_DAY_REGISTER, "day-register", N_("Repair register") },
  /* Translators: the monthly performance review of the technicians */
  { AS_DOCUMENT_TECHNICIAN_REVIEW, "technician-review", N_("Technician monthly review") },
  /* Translators: the monthly review of complaints and returns by department */
  { AS_DOCUMENT_DEPARTMENT_REVIEW, "department-review", N_("Department monthly review") },
};


/* ---------------------------------------------------------------- helpers */

static const KindInfo *
find_kind (AsDocumentKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].kind == kind)
      return &kinds[i];
  return NULL;
}

/* A PNG logo, or NULL when there is none or it cannot be read. */
static cairo_surface_t *
load_logo (const char *path)
{
  cairo_surface_t *surface;

  if (path == NULL || *path == '\0')
    return NULL;
  surface = cairo_image_surface_create_from_png (path);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

static char *
format_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d %H:%M");
}

static void
render (AsDocument *self,
        cairo_t    *cr,
        double      width,
        double      height,
        int         target_page,
        int        *out_n_pages)
{
  AsFlow *flow = _as_flow_new (self, cr, width, height, target_page);
  int n_pages;

  self->render (self, flow);
  n_pages = _as_flow_free (flow);
  if (out_n_pages != NULL)
    *out_n_pages = n_pages;
}

/* --------------------------------------------------------------- writing */

typedef struct
{
  int fd;
  int saved_errno;
} PdfSink;

static cairo_status_t
write_to_fd_cb (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  PdfSink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : ENOSPC;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= written;
    }
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno,
                 const char  *fallback)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR,
               saved_errno != 0 ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
               _("Could not write “%s”: %s"), display,
               saved_errno != 0 ? g_strerror (saved_errno) : fallback);
  return FALSE;
}

/* Draws every page of @self on a PDF surface writing to @sink. */
static gboolean
draw_pdf (AsDocument  *self,
          PdfSink     *sink,
          const char  *path,
          GError     **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  int n_pages;

  surface = cairo_pdf_surface_create_for_stream (write_to_fd_cb, sink, A4_WIDTH, A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "AfterSales " AS_VERSION);
  cr = cairo_create (surface);
  n_pages = as_document_get_n_pages (self, cr, A4_WIDTH, A4_HEIGHT);
  for (int page = 0; page < n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; page++)
    {
      as_document_draw_page (self, cr, page, A4_WIDTH, A4_HEIGHT);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    return set_write_error (error, path, sink->saved_errno, cairo_status_to_string (status));
  return TRUE;
}

/* ---------------------------------------------------------------- shared */

const char *
_as_row_get (GHashTable *row,
             const char *key)
{
  const char *value = row != NULL ? g_hash_table_lookup (row, key) : NULL;

  return value != NULL ? value : "";
}

gint64
_as_row_get_int (GHashTable *row,
                 const char *key)
{
  return g_ascii_strtoll (_as_row_get (row, key), NULL, 10);
}

/* Two decimals in the current locale, the euro sign after: "1.234,50 €". */
char *
_as_format_money (gint64 cents)
{
  const struct lconv *conventions = localeconv ();
  const char *point = conventions->decimal_point != NULL && *conventions->decimal_point != '\0'
                      ? conventions->decimal_point : ".";
  guint64 amount = cents < 0 ? -(guint64) cents : (guint64) cents;

  return g_strdup_printf ("%s%'" G_GUINT64_FORMAT "%s%02u €", cents < 0 ? "-" : "",
                          amount / 100, point, (guint) (amount % 100));
}

/* Minutes as hours and minutes, "h:mm". */
char *
_as_format_minutes (gint64 minutes)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", minutes / 60, (int) (minutes % 60));
}

/* "2026-11-27 09:30:00" → "2026-11-27 09:30"; NULL or "" → "". */
char *
_as_format_date_time (const char *iso)
{
  char *text;

  if (iso == NULL)
    return g_strdup ("");
  text = g_strndup (iso, 16);
  if (text[0] != '\0' && text[10] == 'T')
    text[10] = ' ';
  return text;
}

/* "2026-11-27 09:30:00" → "2026-11-27". */
char *
_as_format_date (const char *iso)
{
  return g_strndup (iso != NULL ? iso : "", 10);
}


/* Copies @columns with their headings (marked N_()) translated. */
void
_as_translate_columns (const AsDocColumn *columns,
                       AsDocColumn       *translated,
                       guint              n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    translated[i] = (AsDocColumn) { _(columns[i].heading), columns[i].weight, columns[i].align };
}

/* ------------------------------------------------------------ public API */

/**
 * as_document_kind_from_string:
 * @text: "repair-card", "service-certificate", "goods-receipt",
 *   "expiry-notice", "technician-daily", "supervisor-daily", "branch-daily" or
 *   "day-register"
 *
 * Returns: %TRUE when @text names a kind, stored in @kind
 */
gboolean
as_document_kind_from_string (const char     *text,
                              AsDocumentKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].name, text))
      {
        *kind = kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

/**
 * as_document_kind_to_string:
 *
 * Returns: (transfer none): the kind's name on the command line
 */
const char *
as_document_kind_to_string (AsDocumentKind kind)
{
  const KindInfo *info = find_kind (kind);

  g_return_val_if_fail (info != NULL, NULL);
  return info->name;
}

/**
 * as_document_kind_get_title:
 *
 * Returns: (transfer none): the document's translated name
 */
const char *
as_document_kind_get_title (AsDocumentKind kind)
{
  const KindInfo *info = find_kind (kind);

  g_return_val_if_fail (info != NULL, NULL);
  return _(info->title);
}

/**
 * as_document_new:
 * @db: the database
 * @request: what to print
 * @company: (nullable): who the document is from
 * @error: return location for an error
 *
 * Reads everything the document shows, at once: drawing it later does not
 * touch the database.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set for a missing record or a document that does not apply
 */
AsDocument *
as_document_new (AsDatabase              *db,
                 const AsDocumentRequest *request,
                 const AsCompany         *company,
                 GError                 **error)
{
  g_autoptr(AsDocument) self = NULL;
  gboolean loaded = FALSE;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  g_return_val_if_fail (request != NULL && find_kind (request->kind) != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (AsDocument, 1);
  self->kind = request->kind;
  self->title = g_strdup (as_document_kind_get_title (request->kind));
  self->printed_at = format_now ();
  if (company != NULL)
    {
      self->company_name = g_strdup (company->name);
      self->logo = load_logo (company->logo_path);
    }

  switch (request->kind)
    {
    case AS_DOCUMENT_REPAIR_CARD:
    case AS_DOCUMENT_SERVICE_CERTIFICATE:
    case AS_DOCUMENT_GOODS_RECEIPT:
      loaded = _as_document_load_repair (self, db, request, error);
      break;
    case AS_DOCUMENT_EXPIRY_NOTICE:
      loaded = _as_document_load_notice (self, db, request, error);
      break;
    case AS_DOCUMENT_TECHNICIAN_DAILY:
    case AS_DOCUMENT_SUPERVISOR_DAILY:
    case AS_DOCUMENT_BRANCH_DAILY:
    case AS_DOCUMENT_DAY_REGISTER:
      loaded = _as_document_load_report (self, db, request, error);
      break;
    case AS_DOCUMENT_TECHNICIAN_REVIEW:
    case AS_DOCUMENT_DEPARTMENT_REVIEW:
      loaded = _as_document_load_review (self, db, request, error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (!loaded)
    return NULL;
  g_assert (self->render != NULL);
  return g_steal_pointer (&self);
}

/**
 * as_document_get_n_pages:
 * @cr: a context on the target (only measured with, nothing is drawn)
 * @width: the page's width in points
 * @height: the page's height in points
 *
 * Returns: how many pages the document takes at this size
 */
int
as_document_get_n_pages (AsDocument *self,
                         cairo_t    *cr,
                         double      width,
                         double      height)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  if (self->n_pages == 0 || self->paged_width != width || self->paged_height != height)
    {
      self->n_pages = 0;
      render (self, cr, width, height, -1, &self->n_pages);
      self->paged_width = width;
      self->paged_height = height;
    }
  return self->n_pages;
}

/**
 * as_document_draw_page:
 * @page: the page, from 0
 *
 * Draws one page with its top left corner at the origin of @cr, in points.
 */
void
as_document_draw_page (AsDocument *self,
                       cairo_t    *cr,
                       int         page,
                       double      width,
                       double      height)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (page < 0 || page >= as_document_get_n_pages (self, cr, width, height))
    return;
  render (self, cr, width, height, page, NULL);
}

/**
 * as_document_write_pdf:
 * @path: the file to write
 * @error: return location for an error
 *
 * Writes the document as an A4 PDF file: into a temporary file beside
 * @path, renamed over @path once complete. On failure nothing is left
 * behind and an existing @path is untouched.
 *
 * Returns: %TRUE when written
 */
gboolean
as_document_write_pdf (AsDocument  *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *partial = NULL;
  PdfSink sink = { -1, 0 };
  gboolean written;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return set_write_error (error, path, EISDIR, NULL);
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  partial = g_strdup_printf ("%s%c.%s.XXXXXX.partial", dir, G_DIR_SEPARATOR, base);
  sink.fd = g_mkstemp_full (partial, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    return set_write_error (error, path, errno, NULL);

  written = draw_pdf (self, &sink, path, error);
  if (written && fsync (sink.fd) != 0 && errno != EINVAL)
    written = set_write_error (error, path, errno, NULL);
  if (close (sink.fd) != 0 && written)
    written = set_write_error (error, path, errno, NULL);
  if (written && g_rename (partial, path) != 0)
    written = set_write_error (error, path, errno, NULL);
  if (!written)
    g_unlink (partial);
  return written;
}

void
as_document_free (AsDocument *self)
{
  if (self == NULL)
    return;
  if (self->data_free != NULL)
    g_clear_pointer (&self->data, self->data_free);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_free (self->company_name);
  g_free (self->title);
  g_free (self->reference);
  g_free (self->printed_at);
  g_free (self->voided);
  g_free (self);
}
