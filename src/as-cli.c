/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The commands that work without a display: --check, --backup,
 * --generate-demo, --print, --export-month and --version. */

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "as-cli.h"
#include "as-database.h"
#include "as-demo.h"
#include "as-document.h"
#include "as-export.h"
#include "as-print.h"

#define MAX_DEMO_REPAIRS 10000000

/**
 * as_cli_get_option_entries:
 *
 * Returns: (transfer none): the program's options, storing into @options.
 *   The array is rebuilt on each call and valid until the next one.
 */
const GOptionEntry *
as_cli_get_option_entries (AsCliOptions *options)
{
  static GOptionEntry entries[14];
  const GOptionEntry filled[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &options->database,
      N_("Use the database in FILE instead of the default one"), N_("FILE") },
    { "generate-demo", 0, 0, G_OPTION_ARG_STRING, &options->generate_demo,
      N_("Fill an empty database with N repair orders and matching demo data, then exit"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &options->seed,
      N_("Random seed for --generate-demo (the same seed gives the same data)"), "S" },
    { "check", 0, 0, G_OPTION_ARG_NONE, &options->check,
      N_("Check the database’s integrity, foreign keys and schema version, then exit"), NULL },
    { "backup", 0, 0, G_OPTION_ARG_FILENAME, &options->backup,
      N_("Write a consistent copy of the database to FILE, then exit"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version,
      N_("Show the program’s version and exit"), NULL },
    { "print", 0, 0, G_OPTION_ARG_STRING, &options->print,
      N_("Write the document KIND to the PDF file given with --output, then exit. KIND is "
         "repair-card, service-certificate, goods-receipt or expiry-notice (with --id), "
         "technician-daily, supervisor-daily, branch-daily or day-register (with --date), or "
         "technician-review or department-review (with --date, a day of the month)"),
      N_("KIND") },
    { "id", 0, 0, G_OPTION_ARG_STRING, &options->id,
      N_("The repair to print, or the maintenance contract for expiry-notice"), "N" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &options->date,
      N_("The day of a daily report"), N_("YYYY-MM-DD") },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &options->staff,
      N_("The technician of technician-daily (every technician when left out)"), "N" },
    { "branch", 0, 0, G_OPTION_ARG_STRING, &options->branch,
      N_("The branch of branch-daily"), "N" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("The file written by --print (PDF) or --export-month (Excel workbook)"), N_("FILE") },
    { "export-month", 0, 0, G_OPTION_ARG_STRING, &options->export_month,
      N_("Write the monthly Excel workbook of the month YYYY-MM to the file given with "
         "--output, then exit"), N_("YYYY-MM") },
    { NULL },
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (filled) == G_N_ELEMENTS (entries));
  memcpy (entries, filled, sizeof filled);
  return entries;
}

gboolean
as_cli_wants_command (const AsCliOptions *options)
{
  /* --seed alone is a mistake that as_cli_run() reports, not a window to open. */
  return options->version || options->check || options->backup != NULL ||
         options->generate_demo != NULL || options->seed != NULL || options->print != NULL ||
         options->id != NULL || options->date != NULL || options->staff != NULL ||
         options->branch != NULL || options->output != NULL || options->export_month != NULL;
}

static gboolean
parse_number (const char *text,
              guint64     max,
              guint64    *out_value)
{
  return text != NULL && g_ascii_string_to_unsigned (text, 10, 0, max, out_value, NULL);
}

static void
print_progress (double   fraction,
                gpointer user_data)
{
  if (isatty (fileno (stderr)))
    g_printerr ("\r%s %3.0f %%", _("Generating demo data…"), fraction * 100);
}

static int
run_generate_demo (AsDatabase *db,
                   guint64     n_repairs,
                   guint64     seed)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!as_demo_generate (db, n_repairs, seed, print_progress, NULL, NULL, &error))
    {
      g_printerr ("\n%s\n", error->message);
      return AS_EXIT_FAILED;
    }
  if (isatty (fileno (stderr)))
    g_printerr ("\n");
  g_print (_("Generated %llu repair orders and their demo data in %.1f s.\n"),
           (unsigned long long) n_repairs, (g_get_monotonic_time () - start) / 1e6);
  return AS_EXIT_OK;
}

static int
run_check (AsDatabase *db)
{
  g_autoptr(GString) report = g_string_new (NULL);
  gboolean healthy = as_database_check (db, report);

  g_print ("%s", report->str);
  g_print ("%s\n", healthy ? _("The database is healthy.") : _("The database has problems."));
  return healthy ? AS_EXIT_OK : AS_EXIT_FAILED;
}

static int
run_backup (AsDatabase *db,
            const char *target)
{
  g_autoptr(GError) error = NULL;

  if (!as_database_backup (db, target, &error))
    {
      g_printerr ("%s\n", error->message);
      return AS_EXIT_FAILED;
    }
  g_print (_("Backup written to %s\n"), target);
  return AS_EXIT_OK;
}

static int
run_print (AsDatabase              *db,
           const AsDocumentRequest *request,
           const char              *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDocument) document = NULL;
  g_autofree char *name = NULL;
  g_autofree char *logo = NULL;
  AsCompany company;

  as_print_read_company (&name, &logo);
  company = (AsCompany) { name, logo };
  document = as_document_new (db, request, &company, &error);
  if (document == NULL || !as_document_write_pdf (document, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return AS_EXIT_FAILED;
    }
  g_print (_("%s written to %s\n"), as_document_kind_get_title (request->kind), output);
  return AS_EXIT_OK;
}

static gboolean G_GNUC_PRINTF (1, 2)
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("%s\n", message);
  return FALSE;
}

static gboolean
parse_id (const char *option,
          const char *text,
          gint64     *out_id)
{
  guint64 value;

  if (!parse_number (text, G_MAXINT64, &value) || value == 0)
    return usage_error (_("Invalid value for %s: “%s” (expected a whole number from 1)"),
                        option, text);
  *out_id = (gint64) value;
  return TRUE;
}

/* "YYYY-MM-DD", a real day. */
static gboolean
is_valid_date (const char *text)
{
  guint64 year, month, day;
  char parts[3][5] = { { 0 } };

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  memcpy (parts[0], text, 4);
  memcpy (parts[1], text + 5, 2);
  memcpy (parts[2], text + 8, 2);
  return parse_number (parts[0], 9999, &year) && parse_number (parts[1], 12, &month) &&
         parse_number (parts[2], 31, &day) &&
         g_date_valid_dmy (day, month, year);
}

/* The documents of a day, chosen with --date: the daily reports and the
 * day's repair register, and the monthly reviews (any day of the month). */
static gboolean
is_daily (AsDocumentKind kind)
{
  return kind == AS_DOCUMENT_TECHNICIAN_DAILY || kind == AS_DOCUMENT_SUPERVISOR_DAILY ||
         kind == AS_DOCUMENT_BRANCH_DAILY || kind == AS_DOCUMENT_DAY_REGISTER ||
         kind == AS_DOCUMENT_TECHNICIAN_REVIEW || kind == AS_DOCUMENT_DEPARTMENT_REVIEW;
}

/* The options of --print that @kind does not take. */
static gboolean
reject_extra (const AsCliOptions *options,
              AsDocumentKind      kind)
{
  const char *name = as_document_kind_to_string (kind);
  gboolean daily = is_daily (kind);

  if (daily && options->id != NULL)
    return usage_error (_("--id does not apply to --print %s: a daily report is chosen with "
                          "--date"), name);
  if (!daily && options->date != NULL)
    return usage_error (_("--date only applies to the daily reports, the day-register and the "
                          "monthly reviews, not to --print %s"), name);
  if (options->staff != NULL && kind != AS_DOCUMENT_TECHNICIAN_DAILY)
    return usage_error (_("--staff only applies to --print technician-daily"));
  if (options->branch != NULL && kind != AS_DOCUMENT_BRANCH_DAILY)
    return usage_error (_("--branch only applies to --print branch-daily"));
  return TRUE;
}

/* Checks the options of --print and fills @request; FALSE after a message. */
static gboolean
validate_print (const AsCliOptions *options,
                AsDocumentRequest  *request)
{
  const char *stray = options->id ? "--id" : options->date ? "--date" :
                      options->staff ? "--staff" : options->branch ? "--branch" :
                      options->output && !options->export_month ? "--output" : NULL;
  const char *name = options->print;

  if (options->print == NULL)
    return stray == NULL || usage_error (_("%s only applies to --print"), stray);
  if (!as_document_kind_from_string (options->print, &request->kind))
    return usage_error (_("Unknown document “%s” for --print (expected repair-card, "
                          "service-certificate, goods-receipt, expiry-notice, technician-daily, "
                          "supervisor-daily, branch-daily, day-register, technician-review or "
                          "department-review)"), options->print);
  if (!reject_extra (options, request->kind))
    return FALSE;
  if (options->output == NULL || *options->output == '\0')
    return usage_error (_("--print %s needs --output FILE"), name);

  if (is_daily (request->kind))
    {
      if (options->date == NULL)
        return usage_error (_("--print %s needs --date YYYY-MM-DD"), name);
      if (!is_valid_date (options->date))
        return usage_error (_("Invalid value for --date: “%s” (expected a day as YYYY-MM-DD)"),
                            options->date);
      request->date = options->date;
      if (request->kind == AS_DOCUMENT_BRANCH_DAILY && options->branch == NULL)
        return usage_error (_("--print branch-daily needs --branch N"));
      return (options->staff == NULL || parse_id ("--staff", options->staff, &request->staff_id)) &&
             (options->branch == NULL ||
              parse_id ("--branch", options->branch, &request->branch_id));
    }
  if (options->id == NULL)
    return usage_error (_("--print %s needs --id N"), name);
  return parse_id ("--id", options->id, &request->id);
}

/* Checks --export-month and its --output; FALSE after a message. */
static gboolean
validate_export (const AsCliOptions *options,
                 int                *year,
                 int                *month)
{
  g_autoptr(GError) error = NULL;

  if (options->export_month == NULL)
    return TRUE;
  if (options->print != NULL)
    return usage_error (_("--export-month and --print cannot be used together"));
  if (options->output == NULL || *options->output == '\0')
    return usage_error (_("--export-month needs --output FILE.xlsx"));
  if (!as_export_parse_month (options->export_month, year, month, &error))
    return usage_error ("%s", error->message);
  return TRUE;
}

static void
print_export_progress (double   fraction,
                       gpointer user_data)
{
  if (isatty (fileno (stderr)))
    g_printerr ("\r%s %3.0f %%", _("Exporting…"), fraction * 100);
}

static int
run_export_month (AsDatabase *db,
                  int         year,
                  int         month,
                  const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = as_export_month_title (year, month);
  gint64 start = g_get_monotonic_time ();
  gboolean done = as_export_month (db, year, month, output, print_export_progress, NULL, NULL,
                                   &error);

  if (isatty (fileno (stderr)))
    g_printerr ("\n");
  if (!done)
    {
      g_printerr ("%s\n", error->message);
      return AS_EXIT_FAILED;
    }
  g_print (_("The workbook of %s was written to %s in %.1f s.\n"), title, output,
           (g_get_monotonic_time () - start) / 1e6);
  return AS_EXIT_OK;
}

static gboolean
validate_values (const AsCliOptions *options,
                 guint64            *n_repairs,
                 guint64            *seed)
{
  if (options->generate_demo != NULL &&
      !parse_number (options->generate_demo, MAX_DEMO_REPAIRS, n_repairs))
    {
      g_printerr (_("Invalid value for --generate-demo: “%s” (expected a number from 0 to %d)\n"),
                  options->generate_demo, MAX_DEMO_REPAIRS);
      return FALSE;
    }
  if (options->seed != NULL && options->generate_demo == NULL)
    {
      g_printerr (_("--seed only applies to --generate-demo\n"));
      return FALSE;
    }
  if (options->seed != NULL && !parse_number (options->seed, G_MAXUINT64, seed))
    {
      g_printerr (_("Invalid value for --seed: “%s” (expected a whole number)\n"), options->seed);
      return FALSE;
    }
  if (options->backup != NULL && *options->backup == '\0')
    {
      g_printerr (_("--backup needs a file name\n"));
      return FALSE;
    }
  return TRUE;
}

/**
 * as_cli_run:
 *
 * Carries out the command-line work asked for in @options.
 *
 * Returns: the process exit status
 */
int
as_cli_run (const AsCliOptions *options)
{
  g_autoptr(AsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint64 n_repairs = 0, seed = 1;
  AsDocumentRequest request = { 0 };
  int status = AS_EXIT_OK, year = 0, month = 0;

  if (options->version)
    {
      g_print ("aftersales %s\n", AS_VERSION);
      return AS_EXIT_OK;
    }
  if (!validate_values (options, &n_repairs, &seed) || !validate_print (options, &request) ||
      !validate_export (options, &year, &month))
    return AS_EXIT_USAGE;

  path = options->database ? g_strdup (options->database) : as_database_default_path ();
  if (options->database == NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_mkdir_with_parents (dir, 0700);
    }
  db = as_database_open (path, &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return AS_EXIT_FAILED;
    }

  if (options->generate_demo != NULL)
    status = run_generate_demo (db, n_repairs, seed);
  if (status == AS_EXIT_OK && options->check)
    status = run_check (db);
  if (status == AS_EXIT_OK && options->backup != NULL)
    status = run_backup (db, options->backup);
  if (status == AS_EXIT_OK && options->print != NULL)
    status = run_print (db, &request, options->output);
  if (status == AS_EXIT_OK && options->export_month != NULL)
    status = run_export_month (db, year, month, options->output);
  return status;
}

void
as_cli_options_clear (AsCliOptions *options)
{
  g_clear_pointer (&options->database, g_free);
  g_clear_pointer (&options->generate_demo, g_free);
  g_clear_pointer (&options->seed, g_free);
  g_clear_pointer (&options->backup, g_free);
  g_clear_pointer (&options->print, g_free);
  g_clear_pointer (&options->id, g_free);
  g_clear_pointer (&options->date, g_free);
  g_clear_pointer (&options->staff, g_free);
  g_clear_pointer (&options->branch, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->export_month, g_free);
}
