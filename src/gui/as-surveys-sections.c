/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Surveys tab (SPEC S1–S4): the completed repairs still to survey, the
 * surveys recorded, and the monthly technician and department reviews. */

#include <glib/gi18n.h>

#include "as-list-view.h"
#include "as-lists.h"
#include "as-surveys-due.h"
#include "as-surveys-form.h"
#include "as-surveys-review.h"
#include "as-surveys-sections.h"

/* ---------------------------------------------------------------- helpers */

static void
show_survey (AsListView *view,
             gint64      survey_id)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view)));
  AsDatabase *db = as_record_list_get_database (as_list_view_get_list (view));
  g_autoptr(GError) error = NULL;
  AsSurveysForm *form = as_surveys_form_new_for_survey (parent, db, survey_id, &error);

  if (form == NULL)
    {
      GtkWidget *dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL |
                                                  GTK_DIALOG_DESTROY_WITH_PARENT,
                                                  GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s",
                                                  _("The survey cannot be shown"));

      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
      g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  gtk_window_present (GTK_WINDOW (form));
}

/* ------------------------------------------------------------- callbacks */

static void
on_survey_activated_cb (AsListView *view,
                        gint64      survey_id)
{
  show_survey (view, survey_id);
}

static void
on_view_clicked_cb (AsListView *view)
{
  gint64 id = as_list_view_get_selected_id (view);

  if (id > 0)
    show_survey (view, id);
}

static void
on_selection_changed_cb (GtkWidget  *button,
                         AsListView *view)
{
  gtk_widget_set_sensitive (button, as_list_view_get_selected_id (view) > 0);
}

/* ------------------------------------------------------------- public API */

GtkWidget *
as_surveys_section_to_survey (AsDatabase *db)
{
  return as_surveys_due_new (db);
}

/* The surveys recorded, newest first; a survey opens to read. */
GtkWidget *
as_surveys_section_recorded (AsDatabase *db)
{
  AsListView *view = AS_LIST_VIEW (as_list_view_new ());
  g_autoptr(AsRecordList) list = as_record_list_new (db, &as_surveys_list);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_View Survey…"));

  as_list_view_set_list (view, list);
  as_list_view_set_empty_text (view, _("No surveys yet"),
                               _("Record the customer satisfaction survey of each completed "
                                 "repair under “To survey”; the surveys are listed here."));
  gtk_widget_set_tooltip_text (button, _("Show the selected survey: the ratings, the remarks "
                                         "and the complaint it raised (Enter)"));
  gtk_widget_set_sensitive (button, FALSE);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_view_clicked_cb), view,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "selection-changed", G_CALLBACK (on_selection_changed_cb),
                           button, G_CONNECT_SWAPPED);
  g_signal_connect (view, "activated", G_CALLBACK (on_survey_activated_cb), NULL);
  as_list_view_add_action (view, button);
  return GTK_WIDGET (view);
}

GtkWidget *
as_surveys_section_technician_review (AsDatabase *db)
{
  return as_surveys_review_new (db, AS_SURVEYS_REVIEW_TECHNICIANS);
}

GtkWidget *
as_surveys_section_department_review (AsDatabase *db)
{
  return as_surveys_review_new (db, AS_SURVEYS_REVIEW_DEPARTMENTS);
}
