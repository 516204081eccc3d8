/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <glib/gi18n.h>
#include <locale.h>

#include "as-application.h"
#include "as-cli.h"

/* GApplication answers a wrong option with status 1; the command line
 * promises 2, so the options are checked once before the application runs. */
static gboolean
options_are_valid (int    argc,
                   char **argv)
{
  AsCliOptions scratch = { 0 };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_new0 (char *, argc + 1);
  gboolean valid;

  for (int i = 0; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--help") || g_str_equal (argv[i], "-h") ||
          g_str_has_prefix (argv[i], "--gapplication"))
        return TRUE;
      args[i] = g_strdup (argv[i]);
    }
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, as_cli_get_option_entries (&scratch), GETTEXT_PACKAGE);
  valid = g_option_context_parse_strv (context, &args, &error);
  if (valid && args[1] != NULL)
    {
      g_printerr (_("Unexpected argument “%s”\n"), args[1]);
      valid = FALSE;
    }
  else if (!valid)
    g_printerr ("%s\n", error->message);
  if (!valid)
    g_printerr (_("Run “%s --help” to see the options.\n"), g_get_prgname ());
  as_cli_options_clear (&scratch);
  return valid;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AsApplication) app = NULL;
  const char *localedir = g_getenv ("AFTERSALES_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("aftersales");

  if (!options_are_valid (argc, argv))
    return AS_EXIT_USAGE;

  app = as_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
