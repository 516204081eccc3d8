/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The customer-care programme (SPEC E1–E4), one page each, chosen in a
 * side bar: follow-up calls after service, visits to key customers, the
 * customer committee, mystery shopping and the suggestion-form collection
 * points. The mystery-shopping list is rebuilt when the person using the
 * program changes, so that only the roles allowed see who inspected. */

#include <glib/gi18n.h>

#include "as-care-call-dialog.h"
#include "as-care-collection-dialog.h"
#include "as-care-inspection-dialog.h"
#include "as-care-section.h"
#include "as-care-store.h"
#include "as-care-util.h"
#include "as-list-view.h"
#include "as-lists.h"
#include "as-record-editor.h"

/* Follow-up calls are scheduled for the repairs completed this many days back. */
#define FOLLOWUP_LOOKBACK_DAYS 60
/* Visits planned by the Plan command are set this many days ahead. */
#define VISIT_LEAD_DAYS 7

struct _AsCareSection
{
  GtkWidget   parent_instance;

  GtkStack   *stack;
  AsListView *calls_view;
  AsListView *visits_view;
  AsListView *meetings_view;
  AsListView *inspections_view;
  AsListView *points_view;
  AsListView *collections_view;

  AsDatabase *db;
};

G_DEFINE_FINAL_TYPE (AsCareSection, as_care_section, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static void
set_list (AsListView       *view,
          AsDatabase       *db,
          const AsListSpec *spec)
{
  g_autoptr(AsRecordList) list = as_record_list_new (db, spec);

  as_list_view_set_list (view, list);
}

static void
update_actions (AsCareSection *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean may_see = self->db != NULL && as_care_store_may_see_inspectors (self->db);

  gtk_widget_action_set_enabled (widget, "care.record-call",
                                 as_list_view_get_selected_id (self->calls_view) > 0);
  gtk_widget_action_set_enabled (widget, "care.edit-visit",
                                 as_list_view_get_selected_id (self->visits_view) > 0);
  gtk_widget_action_set_enabled (widget, "care.edit-meeting",
                                 as_list_view_get_selected_id (self->meetings_view) > 0);
  gtk_widget_action_set_enabled (widget, "care.open-inspection",
                                 as_list_view_get_selected_id (self->inspections_view) > 0);
  gtk_widget_action_set_enabled (widget, "care.add-inspection", may_see);
  gtk_widget_action_set_enabled (widget, "care.edit-point",
                                 as_list_view_get_selected_id (self->points_view) > 0);
  gtk_widget_action_set_enabled (widget, "care.record-collection",
                                 as_list_view_get_selected_id (self->points_view) > 0);
}

/* The inspections as the acting person may see them. */
static void
refresh_inspections (AsCareSection *self)
{
  AsRecordList *shown = as_list_view_get_list (self->inspections_view);
  const AsListSpec *spec = as_care_store_inspections_list (self->db);

  if (shown == NULL || as_record_list_get_spec (shown) != spec)
    set_list (self->inspections_view, self->db, spec);
  update_actions (self);
}

static void
add_button (AsListView *view,
            const char *label,
            const char *action,
            const char *tooltip,
            gboolean    suggested)
{
  as_list_view_add_action (view, as_gui_create_button (label, action, tooltip, suggested));
}

static void
open_editor (AsCareSection  *self,
             const AsEntity *entity,
             gint64          id)
{
  AsRecordEditor *editor = as_record_editor_new (as_gui_get_window (GTK_WIDGET (self)),
                                                 self->db, entity, id);

  gtk_window_present (GTK_WINDOW (editor));
}

static char *
days_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* ------------------------------------------------------------- callbacks */

static void
on_selection_changed_cb (AsCareSection *self)
{
  update_actions (self);
}

static void
on_activated_cb (AsListView    *view,
                 gint64         id,
                 AsCareSection *self)
{
  const char *action = view == self->calls_view ? "care.record-call"
                      : view == self->visits_view ? "care.edit-visit"
                      : view == self->meetings_view ? "care.edit-meeting"
                      : view == self->inspections_view ? "care.open-inspection"
                      : view == self->points_view ? "care.record-collection" : NULL;

  if (action != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
}

static void
on_database_changed_cb (AsCareSection *self,
                        const char    *table)
{
  if (g_str_equal (table, "staff"))
    refresh_inspections (self);
}

/* --------------------------------------------------------------- actions */

static void
schedule_calls_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AsCareSection *self = AS_CARE_SECTION (widget);
  g_autofree char *since = days_from_today (-FOLLOWUP_LOOKBACK_DAYS);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!as_care_store_schedule_followups (self->db, since, &n, &error))
    {
      as_gui_show_message (widget, GTK_MESSAGE_ERROR, _("The calls could not be scheduled"),
                             error->message);
      return;
    }
  if (n == 0)
    text = g_strdup_printf (_("No repair completed since %s is waiting for a follow-up call."),
                            since);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u follow-up call scheduled for the repairs completed "
                                         "since %s.",
                                         "%u follow-up calls scheduled for the repairs completed "
                                         "since %s.", n), n, since);
  as_gui_show_message (widget, GTK_MESSAGE_INFO, _("Follow-up calls"), text);
}

static void
record_call_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AsCareSection *self = AS_CARE_SECTION (widget);
  gint64 id = as_list_view_get_selected_id (self->calls_view);

  if (id > 0)
    gtk_window_present (GTK_WINDOW (as_care_call_dialog_new (as_gui_get_window (widget),
                                                             self->db, id)));
}

static void
plan_visits_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AsCareSection *self = AS_CARE_SECTION (widget);
  g_autofree char *date = days_from_today (VISIT_LEAD_DAYS);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!as_care_store_plan_key_visits (self->db, date, &n, &error))
    {
      as_gui_show_message (widget, GTK_MESSAGE_ERROR, _("The visits could not be planned"),
                             error->message);
      return;
    }
  if (n == 0)
    text = g_strdup (_("No key customer is waiting for a visit to be planned. Key customers "
                       "are marked in the Directory, under Customers."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u visit to a key customer planned for %s. Open a "
                                         "visit to change its date or who makes it.",
                                         "%u visits to key customers planned for %s. Open a "
                                         "visit to change its date or who makes it.", n),
                            n, date);
  as_gui_show_message (widget, GTK_MESSAGE_INFO, _("Key-customer visits"), text);
}

static void
editor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsCareSection *self = AS_CARE_SECTION (widget);

  if (g_str_equal (action_name, "care.add-visit"))
    open_editor (self, as_care_visit_entity (), 0);
  else if (g_str_equal (action_name, "care.edit-visit"))
    open_editor (self, as_care_visit_entity (), as_list_view_get_selected_id (self->visits_view));
  else if (g_str_equal (action_name, "care.add-meeting"))
    open_editor (self, as_care_meeting_entity (), 0);
  else if (g_str_equal (action_name, "care.edit-meeting"))
    open_editor (self, as_care_meeting_entity (),
                 as_list_view_get_selected_id (self->meetings_view));
  else if (g_str_equal (action_name, "care.add-point"))
    open_editor (self, as_care_point_entity (), 0);
  else if (g_str_equal (action_name, "care.edit-point"))
    open_editor (self, as_care_point_entity (), as_list_view_get_selected_id (self->points_view));
}

static void
inspection_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AsCareSection *self = AS_CARE_SECTION (widget);
  gint64 id = g_str_equal (action_name, "care.open-inspection")
              ? as_list_view_get_selected_id (self->inspections_view) : 0;

  if (id == 0 && g_str_equal (action_name, "care.open-inspection"))
    return;
  gtk_window_present (GTK_WINDOW (as_care_inspection_dialog_new (as_gui_get_window (widget),
                                                                 self->db, id)));
}

static void
record_collection_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AsCareSection *self = AS_CARE_SECTION (widget);
  gint64 id = as_list_view_get_selected_id (self->points_view);

  if (id > 0)
    gtk_window_present (GTK_WINDOW (as_care_collection_dialog_new (as_gui_get_window (widget),
                                                                   self->db, id)));
}

/* ---------------------------------------------------------------- building */

static void
add_buttons (AsCareSection *self)
{
  add_button (self->calls_view, _("Record _Outcome…"), "care.record-call",
              _("Record how the selected call went"), FALSE);
  add_button (self->calls_view, _("_Schedule Calls"), "care.schedule-calls",
              _("Schedule a follow-up call for every repair completed in the last 60 days "
                "that has none"), TRUE);
  add_button (self->visits_view, _("_Edit…"), "care.edit-visit",
              _("Change the selected visit, or record it as made"), FALSE);
  add_button (self->visits_view, _("_Add…"), "care.add-visit", _("Plan a visit"), FALSE);
  add_button (self->visits_view, _("_Plan Visits"), "care.plan-visits",
              _("Plan a visit in a week to every key customer who has none to come"), TRUE);
  add_button (self->meetings_view, _("_Edit…"), "care.edit-meeting",
              _("Change the selected meeting or its minutes"), FALSE);
  add_button (self->meetings_view, _("_Add…"), "care.add-meeting",
              _("Record a meeting or seminar of the customer committee"), TRUE);
  add_button (self->inspections_view, _("_Open…"), "care.open-inspection",
              _("Show the selected inspection"), FALSE);
  add_button (self->inspections_view, _("_Add…"), "care.add-inspection",
              _("Record an inspection (service supervisors and the deputy general manager)"),
              TRUE);
  add_button (self->points_view, _("_Edit…"), "care.edit-point",
              _("Change the selected collection point"), FALSE);
  add_button (self->points_view, _("_Add…"), "care.add-point",
              _("Add a place where customers find suggestion forms"), FALSE);
  add_button (self->points_view, _("_Record Collection…"), "care.record-collection",
              _("Record the forms collected at the selected point"), TRUE);
}

static void
set_empty_texts (AsCareSection *self)
{
  as_list_view_set_empty_text (self->calls_view, _("No follow-up calls"),
                               _("Schedule a call to every customer whose repair was completed "
                                 "with the Schedule Calls button."));
  as_list_view_set_empty_text (self->visits_view, _("No visits planned"),
                               _("Plan regular visits to key customers with the Plan Visits "
                                 "button, or add one."));
  as_list_view_set_empty_text (self->meetings_view, _("No meetings yet"),
                               _("Record the customer committee’s meetings and seminars, with "
                                 "their attendees and minutes, with the Add button."));
  as_list_view_set_empty_text (self->inspections_view, _("No inspections yet"),
                               _("Mystery-shopper inspections are recorded here by the service "
                                 "supervisors and the deputy general manager."));
  as_list_view_set_empty_text (self->points_view, _("No collection points"),
                               _("Add the places where customers find suggestion forms with the "
                                 "Add button."));
  as_list_view_set_empty_text (self->collections_view, _("No forms collected yet"),
                               _("Select a collection point and record the forms collected "
                                 "there."));
}

/* ------------------------------------------------------------- overrides */

static void
as_care_section_dispose (GObject *object)
{
  AsCareSection *self = AS_CARE_SECTION (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_CARE_SECTION);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_care_section_parent_class)->dispose (object);
}

static void
as_care_section_class_init (AsCareSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *const editor_actions[] = {
    "care.add-visit", "care.edit-visit", "care.add-meeting", "care.edit-meeting",
    "care.add-point", "care.edit-point",
  };

  object_class->dispose = as_care_section_dispose;

  g_type_ensure (AS_TYPE_LIST_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-care-section.ui");
  gtk_widget_class_bind_template_child (widget_class, AsCareSection, stack);
  gtk_widget_class_bind_template_child (widget_class, AsCareSection, calls_view);
  gtk_widget_class_bind_template_child (widget_class, AsCareSection, visits_view);
  gtk_widget_class_bind_template_child (widget_class, AsCareSection, meetings_view);
  gtk_widget_class_bind_template_child (widget_class, AsCareSection, inspections_view);
  gtk_widget_class_bind_template_child (widget_class, AsCareSection, points_view);
  gtk_widget_class_bind_template_child (widget_class, AsCareSection, collections_view);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);

  gtk_widget_class_install_action (widget_class, "care.schedule-calls", NULL,
                                   schedule_calls_action);
  gtk_widget_class_install_action (widget_class, "care.record-call", NULL, record_call_action);
  gtk_widget_class_install_action (widget_class, "care.plan-visits", NULL, plan_visits_action);
  for (guint i = 0; i < G_N_ELEMENTS (editor_actions); i++)
    gtk_widget_class_install_action (widget_class, editor_actions[i], NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "care.add-inspection", NULL, inspection_action);
  gtk_widget_class_install_action (widget_class, "care.open-inspection", NULL,
                                   inspection_action);
  gtk_widget_class_install_action (widget_class, "care.record-collection", NULL,
                                   record_collection_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
as_care_section_init (AsCareSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_buttons (self);
  set_empty_texts (self);
}

/* ------------------------------------------------------------- public API */

/**
 * as_care_section_new:
 *
 * Returns: (transfer floating): the section, showing @db's care programme
 */
GtkWidget *
as_care_section_new (AsDatabase *db)
{
  AsCareSection *self;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_CARE_SECTION, NULL);
  self->db = g_object_ref (db);
  set_list (self->calls_view, db, &as_followups_list);
  set_list (self->visits_view, db, &as_visits_list);
  set_list (self->meetings_view, db, &as_meetings_list);
  set_list (self->points_view, db, &as_suggestion_points_list);
  set_list (self->collections_view, db, &as_suggestion_collections_list);
  refresh_inspections (self);
  /* Who may see the inspectors changes with the person, and with their roles. */
  g_signal_connect_object (db, "actor-changed", G_CALLBACK (refresh_inspections), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
