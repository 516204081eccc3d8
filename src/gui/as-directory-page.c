/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PLACEHOLDER: being written. */
#include "as-directory-page.h"
struct _AsDirectoryPage { AsPage parent_instance; };
G_DEFINE_FINAL_TYPE (AsDirectoryPage, as_directory_page, AS_TYPE_PAGE)
static void as_directory_page_class_init (AsDirectoryPageClass *klass) { }
static void as_directory_page_init (AsDirectoryPage *self) { gtk_widget_set_parent (gtk_label_new ("DirectoryPage"), GTK_WIDGET (self)); }
AsDirectoryPage *as_directory_page_new (void) { return g_object_new (AS_TYPE_DIRECTORY_PAGE, NULL); }
void as_directory_page_show_entity (AsDirectoryPage *self, const char *entity_name) { }
