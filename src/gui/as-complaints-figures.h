/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_COMPLAINTS_FIGURES (as_complaints_figures_get_type ())
G_DECLARE_FINAL_TYPE (AsComplaintsFigures, as_complaints_figures, AS, COMPLAINTS_FIGURES,
                      GtkWindow)

/* A month's complaint figures: per department and per staff member (the
 * evaluation of SPEC C9) and per hotline staff member (counter-supervision,
 * C10). Opens on the current month. */
GtkWindow *as_complaints_figures_new       (GtkWindow           *parent,
                                            AsDatabase          *db);
void       as_complaints_figures_set_month (AsComplaintsFigures *self,
                                            int                  year,
                                            int                  month);

G_END_DECLS
