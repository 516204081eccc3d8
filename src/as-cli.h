/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line. */
#define AS_EXIT_OK      0
#define AS_EXIT_FAILED  1
#define AS_EXIT_USAGE   2

/* Options that do their work and exit without opening a window. */
typedef struct
{
  char     *database;
  char     *generate_demo;   /* a count, validated by as_cli_run() */
  char     *seed;
  char     *backup;
  gboolean  check;
  gboolean  version;
  /* --print KIND: a document written as a PDF file */
  char     *print;
  char     *id;              /* numbers and the date validated by as_cli_run() */
  char     *date;
  char     *staff;
  char     *branch;
  char     *output;
  /* --export-month YYYY-MM: the monthly workbook, written to --output */
  char     *export_month;
} AsCliOptions;

const GOptionEntry *as_cli_get_option_entries (AsCliOptions *options);
gboolean            as_cli_wants_command      (const AsCliOptions *options);
int                 as_cli_run                (const AsCliOptions *options);
void                as_cli_options_clear      (AsCliOptions *options);

G_END_DECLS
