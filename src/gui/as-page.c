/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Base class of the window's tabs. */

#include "as-page.h"

typedef struct
{
  AsDatabase *db;
} AsPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (AsPage, as_page, GTK_TYPE_WIDGET)

static void
as_page_dispose (GObject *object)
{
  AsPage *self = AS_PAGE (object);
  AsPagePrivate *priv = as_page_get_instance_private (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->db);
  G_OBJECT_CLASS (as_page_parent_class)->dispose (object);
}

static void
as_page_class_init (AsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = as_page_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
as_page_init (AsPage *self)
{
}

/**
 * as_page_get_database:
 *
 * Returns: (transfer none) (nullable): the database the page shows
 */
AsDatabase *
as_page_get_database (AsPage *self)
{
  AsPagePrivate *priv = as_page_get_instance_private (self);

  g_return_val_if_fail (AS_IS_PAGE (self), NULL);
  return priv->db;
}

void
as_page_set_database (AsPage     *self,
                      AsDatabase *db)
{
  AsPagePrivate *priv = as_page_get_instance_private (self);

  g_return_if_fail (AS_IS_PAGE (self));
  g_return_if_fail (AS_IS_DATABASE (db));

  if (!g_set_object (&priv->db, db))
    return;
  if (AS_PAGE_GET_CLASS (self)->database_set != NULL)
    AS_PAGE_GET_CLASS (self)->database_set (self, db);
}

void
as_page_focus_search (AsPage *self)
{
  g_return_if_fail (AS_IS_PAGE (self));

  if (AS_PAGE_GET_CLASS (self)->focus_search != NULL)
    AS_PAGE_GET_CLASS (self)->focus_search (self);
}
