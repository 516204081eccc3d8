/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The completed repairs still waiting for their customer satisfaction
 * survey. Seed (24): the day's repair register goes to the service
 * department the next day and every repair of it is surveyed, with no
 * sampling; so the clerk works day by day (the days on the left, with how
 * many repairs each still has), or down the whole list, oldest first. */

#include <glib/gi18n.h>

#include "as-gui-util.h"
#include "as-labels.h"
#include "as-lists.h"
#include "as-record.h"
#include "as-survey-store.h"
#include "as-surveys-due.h"
#include "as-surveys-form.h"

/* How long the note of the last survey recorded stays. */
#define NOTICE_SECONDS 12

struct _AsSurveysDue
{
  GtkWidget           parent_instance;

  GtkWidget          *notice_box;
  GtkLabel           *notice_label;
  GtkToggleButton    *all_button;
  GtkLabel           *total_label;
  GtkListView        *days_view;
  AsListView         *list_view;
  GtkWidget          *record_button;

  AsDatabase         *db;
  AsRecordList       *days;
  GtkSingleSelection *days_selection;
  gint64              day;          /* the day shown, 0 for every day */
  gboolean            syncing;      /* the selection is being set from code */
  guint               notice_timeout;
};

G_DEFINE_FINAL_TYPE (AsSurveysDue, as_surveys_due, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

/* "Today", "Yesterday" or "24 November 2026". */
static char *
format_day (const char *iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *today_text = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *yesterday_text = g_date_time_format (yesterday, "%Y-%m-%d");

  if (g_strcmp0 (iso, today_text) == 0)
    return g_strdup (_("Today"));
  if (g_strcmp0 (iso, yesterday_text) == 0)
    return g_strdup (_("Yesterday"));
  return as_format_long_date (iso);
}

static void
update_total (AsSurveysDue *self)
{
  g_autofree char *text = g_strdup_printf ("%'" G_GINT64_FORMAT,
                                           as_survey_store_count_due (self->db));

  gtk_label_set_text (self->total_label, text);
}

static void
update_actions (AsSurveysDue *self)
{
  gboolean selected = as_list_view_get_selected_id (self->list_view) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys-due.record", selected);
}

/* The days' row of @day, or GTK_INVALID_LIST_POSITION. Few rows: the days
 * with repairs still to survey. */
static guint
find_day (AsSurveysDue *self,
          gint64        day)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->days));

  for (guint i = 0; day != 0 && i < n; i++)
    {
      g_autoptr(AsRecord) record = g_list_model_get_item (G_LIST_MODEL (self->days), i);

      if (as_record_get_id (record) == day)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
sync_day_selection (AsSurveysDue *self)
{
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->days_selection, find_day (self, self->day));
  gtk_toggle_button_set_active (self->all_button, self->day == 0);
  self->syncing = FALSE;
}

static void
set_list (AsSurveysDue *self,
          gint64        day)
{
  AsListSpec *spec = day != 0 ? as_survey_due_list_new_for_day (day) : NULL;
  g_autoptr(AsRecordList) list = NULL;

  if (spec != NULL)
    {
      list = as_record_list_new (self->db, spec);
      /* The spec lives as long as its list. */
      g_object_set_data_full (G_OBJECT (list), "as-day-spec", spec,
                              (GDestroyNotify) as_survey_due_list_free);
    }
  else
    {
      day = 0;
      list = as_record_list_new (self->db, &as_survey_due_list);
    }
  self->day = day;
  as_list_view_set_list (self->list_view, list);
  sync_day_selection (self);
  update_actions (self);
}

/* The id of the row after @id among the first rows shown, or 0: the repair
 * to survey next, once @id has left the list. */
static gint64
find_next_id (AsSurveysDue *self,
              gint64        id)
{
  GListModel *model = G_LIST_MODEL (as_list_view_get_list (self->list_view));
  guint n = MIN (g_list_model_get_n_items (model), 2u * AS_RECORD_LIST_PAGE_SIZE);

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(AsRecord) record = g_list_model_get_item (model, i);

      if (as_record_get_id (record) == id)
        {
          g_autoptr(AsRecord) next = g_list_model_get_item (model, i + 1);
          return as_record_get_id (next);
        }
    }
  return 0;
}

static gboolean
on_notice_timeout_cb (gpointer user_data)
{
  AsSurveysDue *self = user_data;

  self->notice_timeout = 0;
  gtk_widget_set_visible (self->notice_box, FALSE);
  return G_SOURCE_REMOVE;
}

static void
show_notice (AsSurveysDue *self,
             const char   *text)
{
  gtk_label_set_text (self->notice_label, text);
  gtk_widget_set_visible (self->notice_box, TRUE);
  g_clear_handle_id (&self->notice_timeout, g_source_remove);
  self->notice_timeout = g_timeout_add_seconds (NOTICE_SECONDS, on_notice_timeout_cb, self);
}

/* ------------------------------------------------------------- callbacks */

static void
on_recorded_cb (AsSurveysForm *form,
                gint64         survey_id,
                gint64         complaint_id,
                AsSurveysDue  *self)
{
  gint64 repair_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "repair-id"));
  gint64 next_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "next-id"));
  g_autofree char *text = NULL;

  if (complaint_id != 0)
    text = g_strdup_printf (_("The survey of repair %lld is recorded (No. %lld); its complaint "
                              "is registered in Complaints as No. %lld."), (long long) repair_id,
                            (long long) survey_id, (long long) complaint_id);
  else
    text = g_strdup_printf (_("The survey of repair %lld is recorded (No. %lld)."),
                            (long long) repair_id, (long long) survey_id);
  show_notice (self, text);
  update_total (self);
  if (next_id != 0)
    as_list_view_select_id (self->list_view, next_id);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
record_survey (AsSurveysDue *self,
               gint64        repair_id)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autoptr(GError) error = NULL;
  AsSurveysForm *form;

  if (!as_survey_store_may_record (self->db))
    {
      g_autofree char *roles = as_roles_to_string (AS_SURVEY_ROLES);
      g_autofree char *text = g_strdup_printf (_("Only these roles may record satisfaction "
                                                 "surveys: %s."), roles);
      as_gui_show_message (GTK_WIDGET (self), GTK_MESSAGE_ERROR, _("You cannot record surveys"),
                           text);
      return;
    }
  form = as_surveys_form_new_for_repair (parent, self->db, repair_id, &error);
  if (form == NULL)
    {
      as_gui_show_error (GTK_WIDGET (self), _("This repair cannot be surveyed"), error);
      return;
    }
  g_object_set_data (G_OBJECT (form), "repair-id", GSIZE_TO_POINTER ((gsize) repair_id));
  g_object_set_data (G_OBJECT (form), "next-id",
                     GSIZE_TO_POINTER ((gsize) find_next_id (self, repair_id)));
  g_signal_connect_object (form, "recorded", G_CALLBACK (on_recorded_cb), self, 0);
  gtk_window_present (GTK_WINDOW (form));
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsSurveysDue *self = AS_SURVEYS_DUE (widget);
  gint64 id = as_list_view_get_selected_id (self->list_view);

  if (id > 0)
    record_survey (self, id);
}

static void
on_list_activated_cb (AsSurveysDue *self,
                      gint64        id)
{
  record_survey (self, id);
}

static void
on_selection_changed_cb (AsSurveysDue *self)
{
  update_actions (self);
}

static void
on_all_toggled_cb (AsSurveysDue    *self,
                   GtkToggleButton *button)
{
  if (self->syncing)
    return;
  if (gtk_toggle_button_get_active (button))
    set_list (self, 0);
  else if (self->day == 0)
    sync_day_selection (self);  /* stays pressed while every day shows */
}

static void
on_day_selected_cb (AsSurveysDue *self)
{
  AsRecord *record;

  if (self->syncing)
    return;
  record = gtk_single_selection_get_selected_item (self->days_selection);
  set_list (self, record != NULL ? as_record_get_id (record) : 0);
}

/* The days were counted again: the day shown keeps its row, and once its
 * last repair is surveyed, every day shows. */
static void
on_days_changed_cb (AsSurveysDue *self)
{
  if (self->day != 0 && find_day (self, self->day) == GTK_INVALID_LIST_POSITION)
    set_list (self, 0);
  else
    sync_day_selection (self);
}

static void
on_database_changed_cb (AsSurveysDue *self,
                        const char   *table)
{
  if (g_str_equal (table, "repair_orders") || g_str_equal (table, "surveys"))
    update_total (self);
}

static void
on_day_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *day = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (day), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (day), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (day, TRUE);
  gtk_label_set_xalign (GTK_LABEL (count), 1.0);
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), day);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_item_set_child (item, box);
}

static void
on_day_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  AsRecord *record = gtk_list_item_get_item (item);
  GtkWidget *day = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *count = gtk_widget_get_next_sibling (day);
  g_autofree char *text = format_day (as_record_get_value (record, 0));
  /* Translators: the tooltip of a day in the list of repairs to survey */
  g_autofree char *tooltip = g_strdup_printf (_("%s: %s repairs completed still without a "
                                                "survey"), text, as_record_get_value (record, 1));

  gtk_label_set_text (GTK_LABEL (day), text);
  gtk_label_set_text (GTK_LABEL (count), as_record_get_value (record, 1));
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), tooltip);
  /* Seed (24): surveyed the next day; a day older than that is late. */
  if (as_record_get_flags (record) & AS_RECORD_FLAG_ATTENTION)
    gtk_widget_add_css_class (count, "error");
  else
    gtk_widget_remove_css_class (count, "error");
}

/* ---------------------------------------------------------------- building */

static void
build_days (AsSurveysDue *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->days = as_record_list_new (self->db, &as_survey_due_days_list);
  self->days_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->days)));
  gtk_single_selection_set_autoselect (self->days_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->days_selection, TRUE);
  gtk_single_selection_set_selected (self->days_selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect (factory, "setup", G_CALLBACK (on_day_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_day_bind_cb), NULL);
  gtk_list_view_set_factory (self->days_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->days_view, GTK_SELECTION_MODEL (self->days_selection));
  g_signal_connect_object (self->days_selection, "notify::selected",
                           G_CALLBACK (on_day_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->days, "items-changed", G_CALLBACK (on_days_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

static void
build_list (AsSurveysDue *self)
{
  self->record_button = gtk_button_new_with_mnemonic (_("_Record Survey…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->record_button), "surveys-due.record");
  gtk_widget_set_tooltip_text (self->record_button,
                               _("Record the customer satisfaction survey of the selected repair "
                                 "(Enter, or double-click)"));
  gtk_widget_add_css_class (self->record_button, "suggested-action");
  as_list_view_add_action (self->list_view, self->record_button);
  as_list_view_set_empty_text (self->list_view, _("Every completed repair has its survey"),
                               _("A repair appears here when it is completed, until its customer "
                                 "satisfaction survey is recorded."));
  set_list (self, 0);
}

/* ------------------------------------------------------------- overrides */

static void
as_surveys_due_dispose (GObject *object)
{
  AsSurveysDue *self = AS_SURVEYS_DUE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->notice_timeout, g_source_remove);
  if (self->days != NULL)
    g_signal_handlers_disconnect_by_data (self->days, self);
  if (self->days_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->days_selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_SURVEYS_DUE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->days_selection);
  g_clear_object (&self->days);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_surveys_due_parent_class)->dispose (object);
}

static gboolean
as_surveys_due_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (AS_SURVEYS_DUE (widget)->list_view));
}

static void
as_surveys_due_class_init (AsSurveysDueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_surveys_due_dispose;
  widget_class->grab_focus = as_surveys_due_grab_focus;

  g_type_ensure (AS_TYPE_LIST_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-surveys-due.ui");
  gtk_widget_class_bind_template_child (widget_class, AsSurveysDue, notice_box);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysDue, notice_label);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysDue, all_button);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysDue, total_label);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysDue, days_view);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysDue, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_all_toggled_cb);

  gtk_widget_class_install_action (widget_class, "surveys-due.record", NULL, record_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
as_surveys_due_init (AsSurveysDue *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------- public API */

GtkWidget *
as_surveys_due_new (AsDatabase *db)
{
  AsSurveysDue *self;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_SURVEYS_DUE, NULL);
  self->db = g_object_ref (db);
  build_days (self);
  build_list (self);
  update_total (self);
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

AsListView *
as_surveys_due_get_list_view (AsSurveysDue *self)
{
  g_return_val_if_fail (AS_IS_SURVEYS_DUE (self), NULL);
  return self->list_view;
}

void
as_surveys_due_show_day (AsSurveysDue *self,
                         gint64        day)
{
  g_return_if_fail (AS_IS_SURVEYS_DUE (self));
  set_list (self, day);
}

gint64
as_surveys_due_get_day (AsSurveysDue *self)
{
  g_return_val_if_fail (AS_IS_SURVEYS_DUE (self), 0);
  return self->day;
}
