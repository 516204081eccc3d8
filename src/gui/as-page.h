/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_PAGE (as_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (AsPage, as_page, AS, PAGE, GtkWidget)

/* The base of every tab: it is given the database once, and can put the
 * keyboard focus in its search entry (Ctrl+F). */
struct _AsPageClass
{
  GtkWidgetClass parent_class;

  void (*database_set) (AsPage *self,
                        AsDatabase *db);
  void (*focus_search) (AsPage *self);
};

AsDatabase *as_page_get_database (AsPage     *self);
void        as_page_set_database (AsPage     *self,
                                  AsDatabase *db);
void        as_page_focus_search (AsPage     *self);

G_END_DECLS
