/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the sections of the Tools tab: refusals shown to the
 * person, questions before a step, form dialogs, formatting. */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-record-list.h"
#include "as-tools-util.h"

static void
on_question_response_cb (GtkDialog *dialog,
                         int        response,
                         GtkWidget *section)
{
  AsToolsConfirmed confirmed = g_object_get_data (G_OBJECT (dialog), "confirmed");
  const gint64 *id = g_object_get_data (G_OBJECT (dialog), "id");
  gint64 target = *id;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    confirmed (section, target);
}

void
as_tools_ask (GtkWidget        *section,
              gint64            id,
              const char       *primary,
              const char       *secondary,
              const char       *accept_label,
              AsToolsConfirmed  confirmed)
{
  GtkWidget *dialog = gtk_message_dialog_new (as_gui_get_window (section),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                              "%s", primary);

  if (secondary != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), accept_label, GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_object_set_data (G_OBJECT (dialog), "confirmed", confirmed);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_question_response_cb), section, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

AsRepairStepDialog *
as_tools_new_dialog (GtkWidget  *section,
                     gint64      target,
                     const char *title,
                     const char *subtitle,
                     const char *accept_label,
                     GCallback   on_accepted)
{
  AsRepairStepDialog *dialog = as_repair_step_dialog_new (as_gui_get_window (section), title,
                                                          subtitle, accept_label);

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  as_repair_step_dialog_set_target (dialog, target);
  g_signal_connect_object (dialog, "accepted", on_accepted, section, 0);
  return dialog;
}

void
as_tools_finish_dialog (AsRepairStepDialog *dialog,
                        gboolean            done,
                        const GError       *error)
{
  if (done)
    gtk_window_destroy (GTK_WINDOW (dialog));
  else
    as_repair_step_dialog_show_error (dialog, error ? error->message
                                                    : _("The change could not be recorded."));
}

AsListView *
as_tools_create_list (AsDatabase *db,
                      const AsListSpec *spec,
                      const char *empty_title,
                      const char *empty_description)
{
  AsListView *view = AS_LIST_VIEW (as_list_view_new ());
  g_autoptr(AsRecordList) list = as_record_list_new (db, spec);

  as_list_view_set_list (view, list);
  as_list_view_set_empty_text (view, empty_title, empty_description);
  return view;
}

char *
as_tools_format_money (const char *cents)
{
  return as_record_list_format_value (AS_COLUMN_MONEY, cents ? cents : "0");
}

gint64
as_tools_lookup_int (GHashTable *values,
                     const char *key)
{
  const char *value = as_gui_lookup (values, key);

  return value ? g_ascii_strtoll (value, NULL, 10) : 0;
}

char *
as_tools_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
as_tools_actor_has (AsDatabase *db,
                    guint       roles)
{
  return db != NULL && (as_staff_get_roles (db, as_database_get_actor (db)) & roles) != 0;
}
