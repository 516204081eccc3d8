/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The complaints register (SPEC C1–C10): every contact in a paged list whose
 * filters give the priority list, late answers, the deputy general manager's
 * reviews and case management; the selected contact in a detail pane. What
 * is shown comes from the store and refreshes on the database's change
 * signal; the steps are in as-complaints-section-actions.c. */

#include <glib/gi18n.h>

#include "as-complaint-store.h"
#include "as-complaints-section-private.h"
#include "as-gui-util.h"
#include "as-lists.h"
#include "as-record-list.h"

G_DEFINE_FINAL_TYPE (AsComplaintsSection, as_complaints_section, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static void
refresh_detail (AsComplaintsSection *self)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) rewards = NULL;

  g_clear_pointer (&self->detail_values, g_hash_table_unref);
  if (self->detail_id > 0)
    self->detail_values = as_complaint_store_load (self->db, self->detail_id, NULL);
  if (self->detail_values == NULL)
    {
      self->detail_id = 0;
      as_complaints_detail_show_empty (self->detail);
      return;
    }
  history = as_complaint_store_list_history (self->db, self->detail_id);
  rewards = as_complaint_store_list_rewards (self->db, self->detail_id);
  as_complaints_detail_show (self->detail, self->detail_values, history, rewards);
}

/* ------------------------------------------------------------- callbacks */

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  AsComplaintsSection *self = user_data;

  self->refresh_idle = 0;
  _as_complaints_section_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (AsComplaintsSection *self,
                        const char          *table,
                        AsDatabase          *db)
{
  if (g_str_has_prefix (table, "complaint") || g_strcmp0 (table, "staff") == 0 ||
      g_strcmp0 (table, "customers") == 0 || g_strcmp0 (table, "departments") == 0)
    if (self->refresh_idle == 0)
      self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_refresh_idle_cb, self, NULL);
}

static void
on_actor_changed_cb (AsComplaintsSection *self,
                     AsDatabase          *db)
{
  _as_complaints_section_update_actions (self);
}

/* A reload of the list forgets its selection: the pane keeps its contact
 * until another row is chosen. */
static void
on_selection_cb (AsComplaintsSection *self,
                 AsListView          *view)
{
  gint64 id = as_list_view_get_selected_id (view);

  if (id <= 0 || id == self->detail_id)
    return;
  self->detail_id = id;
  refresh_detail (self);
  _as_complaints_section_update_actions (self);
}

/* ------------------------------------------------------------- overrides */

static void
as_complaints_section_dispose (GObject *object)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_COMPLAINTS_SECTION);
  G_OBJECT_CLASS (as_complaints_section_parent_class)->dispose (object);
}

static void
as_complaints_section_finalize (GObject *object)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (object);

  g_clear_pointer (&self->detail_values, g_hash_table_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_complaints_section_parent_class)->finalize (object);
}

static void
as_complaints_section_class_init (AsComplaintsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_complaints_section_dispose;
  object_class->finalize = as_complaints_section_finalize;

  g_type_ensure (AS_TYPE_LIST_VIEW);
  g_type_ensure (AS_TYPE_COMPLAINTS_DETAIL);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-complaints-section.ui");
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsSection, paned);
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsSection, list_view);
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsSection, detail);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  _as_complaints_section_install_actions (widget_class);
}

static void
as_complaints_section_init (AsComplaintsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  as_list_view_add_action (self->list_view,
                           as_gui_create_button (_("_Figures…"), "complaints.figures",
                                                 _("Contacts per department and per staff member, "
                                                   "and the hotline's counter-supervision report"),
                                                 FALSE));
  as_list_view_add_action (self->list_view,
                           as_gui_create_button (_("_New Contact…"), "complaints.new",
                                                 _("Register a call, letter, e-mail, visit or "
                                                   "suggestion form (Ctrl+N)"), TRUE));
  g_signal_connect_object (self->list_view, "selection-changed", G_CALLBACK (on_selection_cb),
                           self, G_CONNECT_SWAPPED);
  as_complaints_detail_show_empty (self->detail);
}

/* ----------------------------------------------------------- private API */

GtkWindow *
_as_complaints_section_get_window (AsComplaintsSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_as_complaints_section_refresh (AsComplaintsSection *self)
{
  refresh_detail (self);
  _as_complaints_section_update_actions (self);
}

/* ------------------------------------------------------------- public API */

/**
 * as_complaints_section_new:
 *
 * Returns: (transfer floating): the section, an AsSectionFactory
 */
GtkWidget *
as_complaints_section_new (AsDatabase *db)
{
  AsComplaintsSection *self;
  g_autoptr(AsRecordList) list = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_COMPLAINTS_SECTION, NULL);
  self->db = g_object_ref (db);
  list = as_record_list_new (db, &as_complaints_list);
  as_list_view_set_list (self->list_view, list);
  as_list_view_set_empty_text (self->list_view, _("No contacts registered"),
                               _("Every call, letter, e-mail, visit and suggestion form is "
                                 "registered here. Register one with New Contact (Ctrl+N)."));
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "actor-changed", G_CALLBACK (on_actor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _as_complaints_section_update_actions (self);
  return GTK_WIDGET (self);
}

/* Shows @complaint_id in the detail pane, selected in the list when shown. */
void
as_complaints_section_show (AsComplaintsSection *self,
                            gint64               complaint_id)
{
  g_return_if_fail (AS_IS_COMPLAINTS_SECTION (self));

  self->detail_id = complaint_id;
  as_list_view_select_id (self->list_view, complaint_id);
  _as_complaints_section_refresh (self);
}

gint64
as_complaints_section_get_selected (AsComplaintsSection *self)
{
  g_return_val_if_fail (AS_IS_COMPLAINTS_SECTION (self), 0);
  return self->detail_values != NULL ? self->detail_id : 0;
}
