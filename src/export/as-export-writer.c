/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing one workbook safely: the file is built under a hidden temporary
 * name in the target folder and renamed over the target only once it is
 * complete and on disk, so that a failed or cancelled export leaves nothing
 * behind and never touches a file already there. Cells are typed: dates are
 * date serials with a date format, money is a number with a currency format,
 * never text. */

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "as-export-private.h"
#include "as-labels.h"

/* The share of the progress bar for the rows; the rest is for zipping them. */
#define ROWS_SHARE       0.55
#define TICK_ROWS        256
#define MAX_WIDTH_CHARS  60.0
#define MAX_CELL_CHARS   32767      /* Excel's limit for one cell */
#define SHEET_NAME_CHARS 31         /* Excel's limit for a sheet name */
#define HEADING_CHARS    11         /* longer headings wrap onto more lines */
#define LINE_HEIGHT      15         /* points, a line of the heading font */
/* Below this much free space, a failed write is put down to a full disk. */
#define LOW_SPACE_BYTES  (1024 * 1024)

typedef enum
{
  FORMAT_DECIMAL,
  FORMAT_PERCENT,
  FORMAT_MONEY,
  FORMAT_DATE,
  FORMAT_DATE_TIME,
  FORMAT_HEADER,
  FORMAT_TITLE,
  FORMAT_SECTION,
  FORMAT_NOTE,
  FORMAT_TOTAL,
  FORMAT_TOTAL_DECIMAL,
  FORMAT_TOTAL_MONEY,
  N_FORMATS
} FormatId;

struct _AsExportWriter
{
  char             *path;       /* the target, absolute */
  char             *partial;    /* the temporary file beside it */
  lxw_workbook     *workbook;
  GPtrArray        *sheets;     /* AsExportSheet */
  lxw_format       *formats[N_FORMATS];
  GHashTable       *labels;     /* code → translated label, both borrowed */
  gboolean          committed;

  gint64            total_rows;
  gint64            done_rows;
  double            reported;
  AsExportProgress  progress;
  gpointer          progress_data;
  GCancellable     *cancellable;
};

/* ---------------------------------------------------------------- helpers */

static void
sheet_free (gpointer data)
{
  AsExportSheet *sheet = data;

  g_free (sheet->name);
  g_array_unref (sheet->widths);
  g_free (sheet);
}

static lxw_format *
add_number_format (lxw_workbook *workbook,
                   const char   *num_format)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_num_format (format, num_format);
  return format;
}

static lxw_format *
add_total_format (lxw_workbook *workbook,
                  const char   *num_format)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_bold (format);
  format_set_top (format, LXW_BORDER_THIN);
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  return format;
}

static void
add_formats (AsExportWriter *self)
{
  lxw_workbook *wb = self->workbook;
  /* Translators: an Excel number format for money in euros; keep the codes
   * "#,##0.00": the spreadsheet shows the separators of the reader's locale */
  const char *money = C_("spreadsheet format", "#,##0.00 \"€\"");
  lxw_format *format;

  self->formats[FORMAT_DECIMAL] = add_number_format (wb, "0.00");
  self->formats[FORMAT_PERCENT] = add_number_format (wb, "0.0%");
  self->formats[FORMAT_MONEY] = add_number_format (wb, money);
  /* Translators: an Excel date format (yyyy year, mm month, dd day), such as dd/mm/yyyy */
  self->formats[FORMAT_DATE] = add_number_format (wb, C_("spreadsheet format", "yyyy-mm-dd"));
  /* Translators: an Excel date and time format (hh hours, mm minutes after hh) */
  self->formats[FORMAT_DATE_TIME] = add_number_format (wb, C_("spreadsheet format",
                                                              "yyyy-mm-dd hh:mm"));
  /* Centred, so that a date never runs into the text of the next column. */
  format_set_align (self->formats[FORMAT_DATE], LXW_ALIGN_CENTER);
  format_set_align (self->formats[FORMAT_DATE_TIME], LXW_ALIGN_CENTER);

  format = self->formats[FORMAT_HEADER] = workbook_add_format (wb);
  format_set_bold (format);
  format_set_font_color (format, LXW_COLOR_WHITE);
  format_set_bg_color (format, 0x2F5597);
  format_set_border (format, LXW_BORDER_THIN);
  format_set_border_color (format, 0xBFBFBF);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (format);

  format = self->formats[FORMAT_TITLE] = workbook_add_format (wb);
  format_set_bold (format);
  format_set_font_size (format, 16);
  format_set_font_color (format, 0x1F3864);

  format = self->formats[FORMAT_SECTION] = workbook_add_format (wb);
  format_set_bold (format);
  format_set_font_size (format, 12);
  format_set_font_color (format, 0x1F3864);

  format = self->formats[FORMAT_NOTE] = workbook_add_format (wb);
  format_set_italic (format);
  format_set_font_color (format, 0x595959);

  self->formats[FORMAT_TOTAL] = add_total_format (wb, NULL);
  self->formats[FORMAT_TOTAL_DECIMAL] = add_total_format (wb, "0.00");
  self->formats[FORMAT_TOTAL_MONEY] = add_total_format (wb, money);
}

/* Excel's sheet names: at most 31 characters, none of []:*?/\, unique
 * regardless of case. */
static char *
make_sheet_name (AsExportWriter *self,
                 const char     *wanted)
{
  g_autofree char *clean = g_strdup (wanted && *wanted ? wanted : "Sheet");
  g_autofree char *base = NULL;
  char *name;

  g_strdelimit (clean, "[]:*?/\\", ' ');
  g_strstrip (clean);
  if (g_utf8_strlen (clean, -1) > SHEET_NAME_CHARS)
    *g_utf8_offset_to_pointer (clean, SHEET_NAME_CHARS) = '\0';
  base = g_strdup (clean);
  name = g_strdup (base);
  for (guint n = 2; workbook_get_worksheet_by_name (self->workbook, name) != NULL ||
                    workbook_validate_sheet_name (self->workbook, name) != LXW_NO_ERROR; n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      g_autofree char *stem = g_strdup (base);
      glong room = SHEET_NAME_CHARS - (glong) strlen (suffix);

      if (g_utf8_strlen (stem, -1) > room)
        *g_utf8_offset_to_pointer (stem, room) = '\0';
      g_free (name);
      name = g_strconcat (stem, suffix, NULL);
    }
  return name;
}

static gint64
days_from_civil (gint64 y,
                 int    m,
                 int    d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static gboolean
read_digits (const char *text,
             guint       n,
             int        *out_value)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }
  *out_value = value;
  return TRUE;
}

static void
report_progress (AsExportWriter *self,
                 double          fraction)
{
  if (self->progress == NULL || fraction - self->reported < 0.01)
    return;
  self->reported = fraction;
  self->progress (fraction, self->progress_data);
}

static const char *
get_label (AsExportWriter *self,
           const char     *code)
{
  const char *label = g_hash_table_lookup (self->labels, code);

  if (label == NULL)
    {
      label = as_code_get_label (code);
      /* The label is static unless it is the code itself, owned by SQLite. */
      if (label == code)
        return code;
      g_hash_table_insert (self->labels, (gpointer) g_intern_string (code), (gpointer) label);
    }
  return label;
}

/* Names what went wrong writing @folder's temporary file: a full disk is
 * said so; anything else with @detail. */
static void
set_write_error (AsExportWriter  *self,
                 const char      *detail,
                 GError         **error)
{
  g_autofree char *folder = g_path_get_dirname (self->path);
  struct statvfs fs;

  if (statvfs (folder, &fs) == 0 && (guint64) fs.f_bavail * fs.f_frsize < LOW_SPACE_BYTES)
    g_set_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_WRITE,
                 _("The spreadsheet “%s” could not be written: the disk is full. "
                   "Free some space or choose another folder."), self->path);
  else
    g_set_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_WRITE,
                 _("The spreadsheet “%s” could not be written (%s)."), self->path, detail);
}

/* Makes sure the finished file is on the disk before it takes the target's name. */
static gboolean
sync_file (const char *path,
           int        *out_errno)
{
  int fd = g_open (path, O_RDONLY, 0);
  gboolean ok;

  if (fd < 0)
    {
      *out_errno = errno;
      return FALSE;
    }
  ok = fsync (fd) == 0;
  *out_errno = errno;
  close (fd);
  return ok;
}

/* The rows wait in temporary files whose writes libxlsxwriter does not
 * check; their error flags tell whether one failed (a full disk). Their
 * sizes are what each sheet's part must hold at least once zipped:
 * @sizes maps "xl/worksheets/sheetN.xml" to the bytes of its rows. */
static gboolean
rows_were_stored (AsExportWriter *self,
                  GHashTable     *sizes,
                  int            *out_errno)
{
  for (guint i = 0; i < self->sheets->len; i++)
    {
      FILE *rows = ((AsExportSheet *) g_ptr_array_index (self->sheets, i))->worksheet->optimize_tmpfile;
      long size;

      if (rows == NULL)
        continue;
      errno = 0;
      if (fflush (rows) != 0 || ferror (rows) || (size = ftell (rows)) < 0)
        {
          *out_errno = errno ? errno : EIO;
          return FALSE;
        }
      g_hash_table_insert (sizes, g_strdup_printf ("xl/worksheets/sheet%u.xml", i + 1),
                           GSIZE_TO_POINTER ((gsize) size));
    }
  return TRUE;
}

static void
apply_widths (AsExportSheet *sheet)
{
  for (guint i = 0; i < sheet->widths->len; i++)
    {
      double chars = g_array_index (sheet->widths, double, i);

      if (chars > 0)
        worksheet_set_column (sheet->worksheet, i, i, MIN (chars, MAX_WIDTH_CHARS) + 2, NULL);
    }
}

/* ------------------------------------------------------------ the writer */

/**
 * _as_export_writer_new:
 * @path: the workbook to write; replaced only when the export succeeds
 *
 * Returns: (transfer full) (nullable): a writer, or %NULL when the target's
 *   folder cannot be written
 */
AsExportWriter *
_as_export_writer_new (const char  *path,
                       GError     **error)
{
  g_autoptr(AsExportWriter) self = g_new0 (AsExportWriter, 1);
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  int fd;

  self->path = g_canonicalize_filename (path, NULL);
  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  self->labels = g_hash_table_new (g_str_hash, g_str_equal);
  folder = g_path_get_dirname (self->path);
  base = g_path_get_basename (self->path);

  if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_FOLDER,
                   _("“%s” is a folder; choose a file name for the spreadsheet."), self->path);
      return NULL;
    }
  /* Hidden, beside the target: the same disk, so the rename is atomic. */
  self->partial = g_strdup_printf ("%s/.%s.XXXXXX", folder, base);
  fd = g_mkstemp_full (self->partial, O_RDWR, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_FOLDER,
                   _("Cannot write in the folder “%s”: %s"), folder, g_strerror (saved_errno));
      g_clear_pointer (&self->partial, g_free);
      return NULL;
    }
  close (fd);

  /* The rows wait in temporary files until the workbook is zipped: in the
   * target folder too, so that a disk too small shows before the rename. */
  options.tmpdir = folder;
  self->workbook = workbook_new_opt (self->partial, &options);
  if (self->workbook == NULL)
    {
      g_set_error (error, AS_EXPORT_ERROR, AS_EXPORT_ERROR_WRITE,
                   _("The spreadsheet “%s” could not be written (%s)."), self->path,
                   g_strerror (ENOMEM));
      return NULL;
    }
  add_formats (self);
  return g_steal_pointer (&self);
}

void
_as_export_writer_set_progress (AsExportWriter   *self,
                                gint64            total_rows,
                                AsExportProgress  progress,
                                gpointer          user_data,
                                GCancellable     *cancellable)
{
  self->total_rows = MAX (total_rows, 1);
  self->progress = progress;
  self->progress_data = user_data;
  g_set_object (&self->cancellable, cancellable);
}

void
_as_export_writer_set_properties (AsExportWriter *self,
                                  const char     *title,
                                  const char     *subject)
{
  lxw_doc_properties properties = {
    .title = (char *) title,
    .subject = (char *) subject,
  };

  properties.comments = (char *) _("Written by AfterSales");
  workbook_set_properties (self->workbook, &properties);
}

lxw_workbook *
_as_export_writer_get_workbook (AsExportWriter *self)
{
  return self->workbook;
}

/**
 * _as_export_writer_add_sheet:
 * @name: the wanted tab name; shortened or numbered to suit Excel
 *
 * Returns: (transfer none): the new sheet, owned by the writer
 */
AsExportSheet *
_as_export_writer_add_sheet (AsExportWriter *self,
                             const char     *name)
{
  AsExportSheet *sheet = g_new0 (AsExportSheet, 1);

  sheet->name = make_sheet_name (self, name);
  sheet->worksheet = workbook_add_worksheet (self->workbook, sheet->name);
  sheet->widths = g_array_new (FALSE, TRUE, sizeof (double));
  g_ptr_array_add (self->sheets, sheet);
  return sheet;
}

/* Printing: A4 landscape, the header row on every page; a summary fits the
 * page's width. */
void
_as_export_sheet_set_page (AsExportSheet *sheet,
                           gboolean       fit_width,
                           gboolean       repeat_header)
{
  worksheet_set_landscape (sheet->worksheet);
  worksheet_set_paper (sheet->worksheet, 9);   /* A4 */
  if (fit_width)
    worksheet_fit_to_pages (sheet->worksheet, 1, 0);
  if (repeat_header)
    worksheet_repeat_rows (sheet->worksheet, 0, 0);
}

/* Counts a row written; says whether to go on (FALSE when cancelled). */
gboolean
_as_export_writer_tick (AsExportWriter  *self,
                        GError         **error)
{
  self->done_rows++;
  if (self->done_rows % TICK_ROWS != 0)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;
  report_progress (self, ROWS_SHARE * MIN (1.0, (double) self->done_rows / self->total_rows));
  return TRUE;
}

/**
 * _as_export_writer_commit:
 *
 * Zips the workbook, puts it on the disk and gives it the target's name.
 * On failure or cancellation nothing is left of it.
 */
gboolean
_as_export_writer_commit (AsExportWriter  *self,
                          GError         **error)
{
  g_autoptr(GHashTable) sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lxw_error result;
  int sync_errno = 0;

  g_return_val_if_fail (self->workbook != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;
  for (guint i = 0; i < self->sheets->len; i++)
    apply_widths (g_ptr_array_index (self->sheets, i));
  report_progress (self, ROWS_SHARE);

  if (!rows_were_stored (self, sizes, &sync_errno))
    {
      set_write_error (self, g_strerror (sync_errno), error);
      return FALSE;
    }
  result = workbook_close (self->workbook);
  self->workbook = NULL;
  if (result != LXW_NO_ERROR)
    {
      set_write_error (self, lxw_strerror (result), error);
      return FALSE;
    }
  if (!_as_export_verify (self->partial, sizes))
    {
      set_write_error (self, _("a sheet was cut short"), error);
      return FALSE;
    }
  if (!sync_file (self->partial, &sync_errno))
    {
      set_write_error (self, g_strerror (sync_errno), error);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;
  if (g_rename (self->partial, self->path) != 0)
    {
      int saved_errno = errno;
      set_write_error (self, g_strerror (saved_errno), error);
      return FALSE;
    }
  self->committed = TRUE;
  if (self->progress != NULL)
    self->progress (1.0, self->progress_data);
  return TRUE;
}

/* Frees the writer; an uncommitted workbook is dropped with its file. */
void
_as_export_writer_free (AsExportWriter *self)
{
  if (self == NULL)
    return;
  if (self->workbook != NULL)
    lxw_workbook_free (self->workbook);
  if (self->partial != NULL && !self->committed)
    g_unlink (self->partial);
  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  g_free (self->partial);
  g_free (self->path);
  g_free (self);
}

/* ---------------------------------------------------------------- formats */

lxw_format *
_as_export_writer_format (AsExportWriter *self,
                          AsExportKind    kind,
                          gboolean        with_time)
{
  switch (kind)
    {
    case AS_EXPORT_DECIMAL:
      return self->formats[FORMAT_DECIMAL];
    case AS_EXPORT_PERCENT:
      return self->formats[FORMAT_PERCENT];
    case AS_EXPORT_MONEY:
      return self->formats[FORMAT_MONEY];
    case AS_EXPORT_DATE:
      return self->formats[with_time ? FORMAT_DATE_TIME : FORMAT_DATE];
    case AS_EXPORT_TEXT:
    case AS_EXPORT_NUMBER:
    case AS_EXPORT_BOOL:
    case AS_EXPORT_CODE:
    case AS_EXPORT_ROLES:
    default:
      return NULL;
    }
}

lxw_format *
_as_export_writer_header_format (AsExportWriter *self)
{
  return self->formats[FORMAT_HEADER];
}

lxw_format *
_as_export_writer_title_format (AsExportWriter *self)
{
  return self->formats[FORMAT_TITLE];
}

lxw_format *
_as_export_writer_section_format (AsExportWriter *self)
{
  return self->formats[FORMAT_SECTION];
}

lxw_format *
_as_export_writer_note_format (AsExportWriter *self)
{
  return self->formats[FORMAT_NOTE];
}

lxw_format *
_as_export_writer_total_format (AsExportWriter *self,
                                AsExportKind    kind)
{
  if (kind == AS_EXPORT_MONEY)
    return self->formats[FORMAT_TOTAL_MONEY];
  if (kind == AS_EXPORT_DECIMAL)
    return self->formats[FORMAT_TOTAL_DECIMAL];
  return self->formats[FORMAT_TOTAL];
}

/* ------------------------------------------------------------------ cells */

/* Widens @col of @sheet to at least @chars characters. */
void
_as_export_sheet_fit (AsExportSheet *sheet,
                      lxw_col_t      col,
                      double         chars)
{
  if (sheet->widths->len <= col)
    g_array_set_size (sheet->widths, col + 1);
  if (g_array_index (sheet->widths, double, col) < chars)
    g_array_index (sheet->widths, double, col) = chars;
}

/* Writes @text as text, never as a formula, cut to what a cell holds. */
void
_as_export_write_text (AsExportSheet *sheet,
                       lxw_row_t      row,
                       lxw_col_t      col,
                       const char    *text,
                       lxw_format    *format)
{
  g_autofree char *valid = NULL;
  glong length;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  length = g_utf8_strlen (text, -1);
  if (length > MAX_CELL_CHARS)
    {
      char *cut = g_strndup (text, g_utf8_offset_to_pointer (text, MAX_CELL_CHARS) - text);
      g_free (valid);
      text = valid = cut;
      length = MAX_CELL_CHARS;
    }
  worksheet_write_string (sheet->worksheet, row, col, text, format);
  _as_export_sheet_fit (sheet, col, length);
}

static double
number_width (double value,
              int    decimals)
{
  double digits = value == 0 ? 1 : floor (log10 (fabs (value))) + 1;

  digits = MAX (digits, 1);
  /* Thousands separators, the sign, the decimals and their point. */
  return digits + floor ((digits - 1) / 3) + (value < 0) + (decimals ? decimals + 1 : 0);
}

/* Writes a number of @kind: a count, decimal, fraction for a percentage, or
 * an amount of money in units (not cents). */
void
_as_export_write_number (AsExportWriter *self,
                         AsExportSheet  *sheet,
                         lxw_row_t       row,
                         lxw_col_t       col,
                         AsExportKind    kind,
                         double          value)
{
  worksheet_write_number (sheet->worksheet, row, col, value,
                          _as_export_writer_format (self, kind, FALSE));
  if (kind == AS_EXPORT_PERCENT)
    _as_export_sheet_fit (sheet, col, 7);
  else if (kind == AS_EXPORT_MONEY)
    _as_export_sheet_fit (sheet, col, number_width (value, 2) + 2);
  else
    _as_export_sheet_fit (sheet, col, number_width (value, kind == AS_EXPORT_DECIMAL ? 2 : 0));
}

/**
 * _as_export_write_value:
 * @index: the column of @stmt to read
 *
 * Writes one value typed by @kind; NULL leaves the cell empty.
 *
 * Returns: the value as a number, for totals; 0 for text
 */
double
_as_export_write_value (AsExportWriter *self,
                        AsExportSheet  *sheet,
                        lxw_row_t       row,
                        lxw_col_t       col,
                        AsExportKind    kind,
                        sqlite3_stmt   *stmt,
                        int             index)
{
  lxw_worksheet *ws = sheet->worksheet;
  const char *text;
  double value, serial;
  gboolean has_time;

  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return 0;
  switch (kind)
    {
    case AS_EXPORT_NUMBER:
    case AS_EXPORT_DECIMAL:
    case AS_EXPORT_PERCENT:
      value = sqlite3_column_double (stmt, index);
      _as_export_write_number (self, sheet, row, col, kind, value);
      return value;
    case AS_EXPORT_MONEY:
      value = sqlite3_column_int64 (stmt, index) / 100.0;
      _as_export_write_number (self, sheet, row, col, kind, value);
      return value;
    case AS_EXPORT_BOOL:
      worksheet_write_boolean (ws, row, col, sqlite3_column_int (stmt, index) != 0, NULL);
      _as_export_sheet_fit (sheet, col, 6);
      return 0;
    case AS_EXPORT_DATE:
      text = (const char *) sqlite3_column_text (stmt, index);
      if (!_as_export_parse_date (text, &serial, &has_time))
        break;
      worksheet_write_number (ws, row, col, serial, _as_export_writer_format (self, kind, has_time));
      _as_export_sheet_fit (sheet, col, has_time ? 18 : 11);
      return serial;
    case AS_EXPORT_CODE:
      _as_export_write_text (sheet, row, col,
                             get_label (self, (const char *) sqlite3_column_text (stmt, index)),
                             NULL);
      return 0;
    case AS_EXPORT_ROLES:
      {
        g_autofree char *roles = as_roles_to_string (sqlite3_column_int64 (stmt, index));
        _as_export_write_text (sheet, row, col, roles, NULL);
        return 0;
      }
    case AS_EXPORT_TEXT:
    default:
      break;
    }
  _as_export_write_text (sheet, row, col, (const char *) sqlite3_column_text (stmt, index), NULL);
  return 0;
}

/**
 * _as_export_parse_date:
 * @text: "YYYY-MM-DD", optionally followed by " HH:MM" or " HH:MM:SS"
 *
 * Returns: whether @text is such a date; @out_serial is its Excel serial
 *   number (days since 1899-12-30, the time of day as the fraction)
 */
gboolean
_as_export_parse_date (const char *text,
                       double     *out_serial,
                       gboolean   *out_has_time)
{
  int year, month, day, hour = 0, minute = 0, second = 0;
  gsize length = text ? strlen (text) : 0;

  if (length < 10 || text[4] != '-' || text[7] != '-' ||
      !read_digits (text, 4, &year) || !read_digits (text + 5, 2, &month) ||
      !read_digits (text + 8, 2, &day) || year < 1900 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  *out_has_time = length >= 16 && (text[10] == ' ' || text[10] == 'T') && text[13] == ':' &&
                  read_digits (text + 11, 2, &hour) && read_digits (text + 14, 2, &minute) &&
                  hour < 24 && minute < 60;
  if (!*out_has_time)
    hour = minute = 0;
  else if (length >= 19 && text[16] == ':' && read_digits (text + 17, 2, &second) && second < 60)
    ;
  else
    second = 0;
  /* 1970-01-01 is day 25569 of Excel's calendar. */
  *out_serial = days_from_civil (year, month, day) + 25569 +
                (hour * 3600 + minute * 60 + second) / 86400.0;
  return TRUE;
}

/* ----------------------------------------------------------------- tables */

/* The characters a heading needs across: its longest word, and up to
 * HEADING_CHARS before it wraps. */
static double
heading_width (const char *title)
{
  g_auto(GStrv) words = g_strsplit (title, " ", -1);
  glong longest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    longest = MAX (longest, g_utf8_strlen (words[i], -1));
  return MAX (MIN (g_utf8_strlen (title, -1), HEADING_CHARS), longest);
}

void
_as_export_table_begin (AsExportTableOut   *out,
                        AsExportWriter     *writer,
                        AsExportSheet      *sheet,
                        lxw_row_t           row,
                        lxw_col_t           col,
                        guint               n_columns,
                        const char *const  *titles,
                        const AsExportKind *kinds)
{
  *out = (AsExportTableOut) {
    .writer = writer, .sheet = sheet, .header_row = row, .row = row + 1, .first_col = col,
    .n_columns = n_columns, .kinds = g_memdup2 (kinds, n_columns * sizeof (AsExportKind)),
  };
  double lines = 1;

  for (guint i = 0; i < n_columns; i++)
    lines = MAX (lines, ceil (g_utf8_strlen (titles[i], -1) / heading_width (titles[i])));
  /* Before the cells: in constant-memory mode a row is set up before it is written. */
  if (lines > 1)
    worksheet_set_row (sheet->worksheet, row, LINE_HEIGHT * lines + 2, NULL);
  for (guint i = 0; i < n_columns; i++)
    {
      worksheet_write_string (sheet->worksheet, row, col + i, titles[i],
                              _as_export_writer_header_format (writer));
      /* Bold headings are a little wider than their characters. */
      _as_export_sheet_fit (sheet, col + i, heading_width (titles[i]) * 1.1 + 1);
    }
}

/* An AsRecordRowFunc: writes @stmt's values as the table's next row. */
gboolean
_as_export_table_add_row (sqlite3_stmt  *stmt,
                          gpointer       data,
                          GError       **error)
{
  AsExportTableOut *out = data;

  for (guint i = 0; i < out->n_columns; i++)
    _as_export_write_value (out->writer, out->sheet, out->row, out->first_col + i,
                            out->kinds[i], stmt, i);
  out->row++;
  return _as_export_writer_tick (out->writer, error);
}

/* A table that fills its sheet: the header row stays in view and filters. */
void
_as_export_table_finish_list (AsExportTableOut *out)
{
  lxw_worksheet *ws = out->sheet->worksheet;

  worksheet_freeze_panes (ws, out->header_row + 1, 0);
  worksheet_autofilter (ws, out->header_row, out->first_col,
                        MAX (out->row - 1, out->header_row),
                        out->first_col + out->n_columns - 1);
}

void
_as_export_table_clear (AsExportTableOut *out)
{
  g_clear_pointer (&out->kinds, g_free);
}

/* ------------------------------------------------------------------ misc */

G_DEFINE_QUARK (as-export-error-quark, as_export_error)
