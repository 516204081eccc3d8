/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Tools tab's list sections: the tool incidents with the compensation
 * due, every document loan (the overdue ones stand out) with a button to
 * take one back, and the access log of confidential documents, which only
 * managers see. */

#include <glib/gi18n.h>

#include "as-library-store.h"
#include "as-lists.h"
#include "as-tools-sections.h"
#include "as-tools-util.h"

/* ---------------------------------------------------------------- incidents */

GtkWidget *
as_tools_incidents_new (AsDatabase *db)
{
  return GTK_WIDGET (as_tools_create_list (db, &as_tool_incidents_list, _("No incidents"),
                                           _("Losses, damage and normal wear of tools are listed "
                                             "here with the compensation due. Report one from a "
                                             "tool in the register.")));
}

/* -------------------------------------------------------------------- loans */

static void
return_loan_confirmed (GtkWidget *view,
                       gint64     loan_id)
{
  AsDatabase *db = g_object_get_data (G_OBJECT (view), "database");
  g_autoptr(GError) error = NULL;

  if (!as_library_store_return (db, loan_id, NULL, &error))
    as_gui_show_error (view, _("The return was not recorded"), error);
}

static void
on_return_clicked_cb (AsListView *view)
{
  gint64 id = as_list_view_get_selected_id (view);

  if (id <= 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (view));
      return;
    }
  as_tools_ask (GTK_WIDGET (view), id, _("Record that the document came back today?"), NULL,
                _("_Returned"), return_loan_confirmed);
}

/* A loan must be chosen before it can be marked returned. */
static void
on_loan_selection_changed_cb (GtkWidget  *button,
                              AsListView *view)
{
  gtk_widget_set_sensitive (button, as_list_view_get_selected_id (view) > 0);
}

GtkWidget *
as_tools_loans_new (AsDatabase *db)
{
  AsListView *view = as_tools_create_list (db, &as_document_loans_list, _("No loans"),
                                           _("Documents lent from the library are listed here, "
                                             "the overdue ones marked. Lend one from the "
                                             "library."));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Mark _Returned…"));

  gtk_widget_set_tooltip_text (button, _("Record that the selected document came back today"));
  g_object_set_data_full (G_OBJECT (view), "database", g_object_ref (db), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_return_clicked_cb), view,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "selection-changed", G_CALLBACK (on_loan_selection_changed_cb),
                           button, G_CONNECT_SWAPPED);
  on_loan_selection_changed_cb (button, view);
  as_list_view_add_action (view, button);
  return GTK_WIDGET (view);
}

/* --------------------------------------------------------------- access log */

static void
update_access (GtkStack   *stack,
               AsDatabase *db)
{
  gtk_stack_set_visible_child_name (stack, as_tools_actor_has (db, AS_ACCESS_LOG_ROLES)
                                           ? "log" : "denied");
}

static void
on_actor_changed_cb (GtkStack   *stack,
                     AsDatabase *db)
{
  update_access (stack, db);
}

static GtkWidget *
create_denied_page (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("channel-secure-symbolic");
  GtkWidget *title = gtk_label_new (_("For managers only"));
  GtkWidget *text = gtk_label_new (_("The log of who opened, lent or returned confidential "
                                     "documents is shown to service supervisors, branch "
                                     "managers and the deputy general manager."));

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 48);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 50);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), text);
  return box;
}

GtkWidget *
as_tools_access_log_new (AsDatabase *db)
{
  GtkStack *stack = GTK_STACK (gtk_stack_new ());
  AsListView *view = as_tools_create_list (db, &as_document_access_list, _("No access yet"),
                                           _("Every opening, loan and return of a confidential "
                                             "document, and every refused attempt, is logged "
                                             "here with who and when."));

  gtk_stack_add_named (stack, GTK_WIDGET (view), "log");
  gtk_stack_add_named (stack, create_denied_page (), "denied");
  g_signal_connect_object (db, "actor-changed", G_CALLBACK (on_actor_changed_cb), stack,
                           G_CONNECT_SWAPPED);
  update_access (stack, db);
  return GTK_WIDGET (stack);
}
