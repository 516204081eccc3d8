/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The commands that work without a display: --check, --backup,
 * --generate-demo and --version. */

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "as-cli.h"
#include "as-database.h"
#include "as-demo.h"

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
  static GOptionEntry entries[7];
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
         options->generate_demo != NULL || options->seed != NULL;
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
  int status = AS_EXIT_OK;

  if (options->version)
    {
      g_print ("aftersales %s\n", AS_VERSION);
      return AS_EXIT_OK;
    }
  if (!validate_values (options, &n_repairs, &seed))
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
  return status;
}

void
as_cli_options_clear (AsCliOptions *options)
{
  g_clear_pointer (&options->database, g_free);
  g_clear_pointer (&options->generate_demo, g_free);
  g_clear_pointer (&options->seed, g_free);
  g_clear_pointer (&options->backup, g_free);
}
