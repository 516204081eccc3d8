/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-page.h"

G_BEGIN_DECLS

#define AS_TYPE_DIRECTORY_PAGE (as_directory_page_get_type ())
G_DECLARE_FINAL_TYPE (AsDirectoryPage, as_directory_page, AS, DIRECTORY_PAGE, AsPage)

AsDirectoryPage *as_directory_page_new       (void);
void             as_directory_page_show_entity (AsDirectoryPage *self,
                                                const char      *entity_name);

G_END_DECLS
