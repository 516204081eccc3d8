/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_COMPLAINTS_INTAKE_DIALOG (as_complaints_intake_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsComplaintsIntakeDialog, as_complaints_intake_dialog, AS,
                      COMPLAINTS_INTAKE_DIALOG, GtkWindow)

/* The registration form of a call, letter, e-mail, visit or suggestion form.
 * Emits ::saved (gint64 complaint id) after the store accepted it, then
 * closes; a refusal is shown in the dialog, which keeps everything typed. */
AsComplaintsIntakeDialog *as_complaints_intake_dialog_new (GtkWindow  *parent,
                                                           AsDatabase *db);

G_END_DECLS
