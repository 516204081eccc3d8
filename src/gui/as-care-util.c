/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the returns section, the care section and their dialogs. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-care-util.h"
#include "as-labels.h"
#include "as-record-picker.h"

GtkWidget *
_as_care_add_picker (AsDatabase     *db,
                     GtkBox         *slot,
                     GtkLabel       *label,
                     const AsEntity *entity,
                     gboolean        required)
{
  GtkWidget *picker = as_record_picker_new (db, entity);

  as_record_picker_set_required (AS_RECORD_PICKER (picker), required);
  gtk_widget_set_hexpand (picker, TRUE);
  gtk_box_append (slot, picker);
  gtk_label_set_mnemonic_widget (label, picker);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  if (required)
    gtk_accessible_update_property (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_PROPERTY_REQUIRED,
                                    TRUE, -1);
  return picker;
}

/* Returns: (transfer full): the trimmed text of an editable or a text view. */
char *
_as_care_get_text (GtkWidget *entry_or_view)
{
  if (GTK_IS_TEXT_VIEW (entry_or_view))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry_or_view));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
    }
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry_or_view))));
}

/* "349", "349.5", "349,50" → cents; FALSE when it is not an amount. */
gboolean
_as_care_parse_money (const char *text,
                      gint64     *cents)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  g_auto(GStrv) parts = NULL;
  gint64 units = 0, fraction = 0;

  g_strdelimit (copy, ",", '.');
  parts = g_strsplit (copy, ".", -1);
  if (*copy == '\0' || g_strv_length (parts) > 2 || *parts[0] == '\0' ||
      !g_ascii_string_to_signed (parts[0], 10, 0, 100000000, &units, NULL))
    return FALSE;
  if (parts[1] != NULL)
    {
      size_t len = strlen (parts[1]);
      if (len == 0 || len > 2 || !g_ascii_string_to_signed (parts[1], 10, 0, 99, &fraction, NULL))
        return FALSE;
      if (len == 1)
        fraction *= 10;
    }
  *cents = units * 100 + fraction;
  return TRUE;
}

char *
_as_care_actor_name (AsDatabase *db)
{
  gint64 actor = as_database_get_actor (db);
  g_autofree char *name = NULL;

  if (actor > 0)
    name = as_directory_get_label (db, as_directory_find_entity ("staff"), actor);
  return g_strdup (name && *name ? name
                                 : _("Nobody yet: choose who you are in the main menu"));
}

