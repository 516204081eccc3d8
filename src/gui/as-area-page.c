/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A work-area tab made of one or more sections, switched by a row of buttons.
 * A section is either a plain list or a widget its area builds from the
 * database (a list with its own actions, a chart, a report). */

#include <glib/gi18n.h>

#include "as-area-page.h"
#include "as-list-view.h"

typedef struct
{
  char              *name;
  char              *title;
  const AsListSpec  *spec;
  AsSectionFactory   factory;
  char              *empty_title;
  char              *empty_description;
} ListEntry;

struct _AsAreaPage
{
  AsPage             parent_instance;
  GtkStackSwitcher  *switcher;
  GtkStack          *stack;
  GArray            *entries;
};

G_DEFINE_FINAL_TYPE (AsAreaPage, as_area_page, AS_TYPE_PAGE)

static void
clear_entry (gpointer data)
{
  ListEntry *entry = data;

  g_free (entry->name);
  g_free (entry->title);
  g_free (entry->empty_title);
  g_free (entry->empty_description);
}

static GtkWidget *
build_list_view (const ListEntry *entry,
                 AsDatabase      *db)
{
  AsListView *view = AS_LIST_VIEW (as_list_view_new ());
  g_autoptr(AsRecordList) list = as_record_list_new (db, entry->spec);

  as_list_view_set_list (view, list);
  as_list_view_set_empty_text (view, entry->empty_title, entry->empty_description);
  return GTK_WIDGET (view);
}

static void
add_view (AsAreaPage      *self,
          const ListEntry *entry,
          AsDatabase      *db)
{
  GtkWidget *view = entry->factory != NULL ? entry->factory (db) : build_list_view (entry, db);

  gtk_stack_add_titled (self->stack, view, entry->name, entry->title);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher), self->entries->len > 1);
}

/* The first list view inside a section, depth first: the one Ctrl+F searches. */
static AsListView *
find_list_view (GtkWidget *widget)
{
  if (AS_IS_LIST_VIEW (widget))
    return AS_LIST_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AsListView *view = find_list_view (child);

      if (view != NULL)
        return view;
    }
  return NULL;
}

static void
as_area_page_database_set (AsPage     *page,
                           AsDatabase *db)
{
  AsAreaPage *self = AS_AREA_PAGE (page);

  for (guint i = 0; i < self->entries->len; i++)
    add_view (self, &g_array_index (self->entries, ListEntry, i), db);
}

static void
as_area_page_focus_search (AsPage *page)
{
  GtkWidget *section = gtk_stack_get_visible_child (AS_AREA_PAGE (page)->stack);
  AsListView *view = section != NULL ? find_list_view (section) : NULL;

  if (view != NULL)
    as_list_view_focus_search (view);
}

static void
as_area_page_finalize (GObject *object)
{
  g_array_unref (AS_AREA_PAGE (object)->entries);
  G_OBJECT_CLASS (as_area_page_parent_class)->finalize (object);
}

static void
as_area_page_class_init (AsAreaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AsPageClass *page_class = AS_PAGE_CLASS (klass);

  object_class->finalize = as_area_page_finalize;
  page_class->database_set = as_area_page_database_set;
  page_class->focus_search = as_area_page_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-area-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AsAreaPage, switcher);
  gtk_widget_class_bind_template_child (widget_class, AsAreaPage, stack);
}

static void
as_area_page_init (AsAreaPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->entries = g_array_new (FALSE, TRUE, sizeof (ListEntry));
  g_array_set_clear_func (self->entries, clear_entry);
}

AsAreaPage *
as_area_page_new (void)
{
  return g_object_new (AS_TYPE_AREA_PAGE, NULL);
}

static void
append_entry (AsAreaPage *self,
              ListEntry  *entry)
{
  AsDatabase *db = as_page_get_database (AS_PAGE (self));

  g_array_append_val (self->entries, *entry);
  if (db != NULL)
    add_view (self, &g_array_index (self->entries, ListEntry, self->entries->len - 1), db);
}

/**
 * as_area_page_add_list:
 * @spec: (transfer none): a list description that outlives the page
 *
 * Adds a list to the page; it is filled when the page gets its database.
 */
void
as_area_page_add_list (AsAreaPage       *self,
                       const char       *name,
                       const char       *title,
                       const AsListSpec *spec,
                       const char       *empty_title,
                       const char       *empty_description)
{
  ListEntry entry = { g_strdup (name), g_strdup (title), spec, NULL,
                      g_strdup (empty_title), g_strdup (empty_description) };

  g_return_if_fail (AS_IS_AREA_PAGE (self));
  append_entry (self, &entry);
}

/**
 * as_area_page_add_section:
 * @factory: builds the section's widget once the page has its database
 *
 * Adds a section that its area builds itself.
 */
void
as_area_page_add_section (AsAreaPage       *self,
                          const char       *name,
                          const char       *title,
                          AsSectionFactory  factory)
{
  ListEntry entry = { g_strdup (name), g_strdup (title), NULL, factory, NULL, NULL };

  g_return_if_fail (AS_IS_AREA_PAGE (self));
  g_return_if_fail (factory != NULL);
  append_entry (self, &entry);
}
