/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The tools register section of the Tools tab: the list of tools and test
 * equipment with the selected one in a detail pane (holder, incidents,
 * history), and its steps: register, edit, check out, hand over, check in,
 * report a loss, damage or wear, record a change of condition. */

#include <glib/gi18n.h>

#include "as-labels.h"
#include "as-lists.h"
#include "as-tool-store.h"
#include "as-tools-detail.h"
#include "as-tools-register.h"
#include "as-tools-util.h"

struct _AsToolsRegister
{
  GtkWidget      parent_instance;

  GtkPaned      *paned;
  AsListView    *list_view;
  AsToolsDetail *detail;

  AsDatabase    *db;
  gint64         tool_id;
  GHashTable    *tool;      /* the tool shown, or NULL */
  guint          refresh_idle;
};

G_DEFINE_FINAL_TYPE (AsToolsRegister, as_tools_register, GTK_TYPE_WIDGET)

static const char *const entry_conditions[] = { "good", "worn", NULL };
static const char *const set_conditions[] = { "good", "worn", "damaged", NULL };
static const char *const incident_kinds[] = { "loss", "damage", "wear", NULL };

/* ---------------------------------------------------------------- helpers */

static const char *
get (AsToolsRegister *self,
     const char      *key)
{
  return as_gui_lookup (self->tool, key);
}

static char *
describe_tool (AsToolsRegister *self)
{
  return g_strdup_printf ("%s · %s", get (self, "tag"), get (self, "description"));
}

/* "Ana → Luis", "Ana", "" for a history entry's people. */
static char *
describe_people (GHashTable *event)
{
  const char *to = as_gui_lookup (event, "staff_name");
  const char *from = as_gui_lookup (event, "from_staff_name");

  if (from && to)
    /* Translators: a handover, from one person to another */
    return g_strdup_printf (_("%s → %s"), from, to);
  return g_strdup (to ? to : from ? from : "");
}

static void
show_incidents (AsToolsRegister *self)
{
  g_autoptr(GPtrArray) incidents = as_tool_store_list_incidents (self->db, self->tool_id);

  if (incidents->len == 0)
    return;
  as_tools_detail_add_heading (self->detail, _("Incidents"));
  for (guint i = 0; i < incidents->len; i++)
    {
      GHashTable *incident = g_ptr_array_index (incidents, i);
      g_autofree char *date = as_gui_format_date (as_gui_lookup (incident, "on_date"));
      g_autofree char *money = as_tools_format_money (as_gui_lookup (incident,
                                                                      "compensation_cents"));
      const char *kind = as_gui_lookup (incident, "kind");
      const char *person = as_gui_lookup (incident, "staff_name");
      g_autofree char *head = g_strdup_printf ("%s · %s%s%s", date, as_code_get_label (kind),
                                               person ? " · " : "", person ? person : "");
      g_autofree char *owed = g_strcmp0 (kind, "wear") == 0
        ? g_strdup (_("Normal wear: no compensation is due."))
        /* Translators: the amount owed for a lost or damaged tool */
        : g_strdup_printf (_("Compensation due: %s"), money);
      g_autofree char *body = as_gui_lookup (incident, "report")
        ? g_strdup_printf ("%s\n%s", as_gui_lookup (incident, "report"), owed)
        : g_strdup (owed);

      as_tools_detail_add_entry (self->detail, head, body,
                                 as_tools_lookup_int (incident, "compensation_cents") > 0);
    }
}

static void
show_history (AsToolsRegister *self)
{
  g_autoptr(GPtrArray) history = as_tool_store_list_history (self->db, self->tool_id);

  as_tools_detail_add_heading (self->detail, _("History"));
  for (guint i = 0; i < history->len; i++)
    {
      GHashTable *event = g_ptr_array_index (history, i);
      g_autofree char *date = as_gui_format_date (as_gui_lookup (event, "on_date"));
      g_autofree char *people = describe_people (event);
      const char *condition = as_gui_lookup (event, "condition");
      g_autofree char *head = g_strdup_printf ("%s · %s%s%s", date,
                                               as_code_get_label (as_gui_lookup (event, "kind")),
                                               *people ? " · " : "", people);
      g_autofree char *body = NULL;

      if (condition != NULL)
        body = g_strdup_printf ("%s%s%s", as_code_get_label (condition),
                                as_gui_lookup (event, "note") ? " · " : "",
                                as_gui_lookup (event, "note") ? as_gui_lookup (event, "note")
                                                                : "");
      as_tools_detail_add_entry (self->detail, head,
                                 body ? body : as_gui_lookup (event, "note"), FALSE);
    }
}

static void
show_tool (AsToolsRegister *self)
{
  g_autofree char *value = as_tools_format_money (get (self, "value_cents"));
  g_autofree char *purchased = as_gui_format_date (get (self, "purchase_date"));
  g_autofree char *since = as_gui_format_date (get (self, "held_since"));
  g_autofree char *holder = NULL;
  g_autofree char *request = NULL;
  const char *condition = get (self, "condition");
  gboolean attention = g_strcmp0 (condition, "lost") == 0 || g_strcmp0 (condition, "damaged") == 0;

  if (get (self, "holder_name"))
    /* Translators: who holds a tool, and since when */
    holder = g_strdup_printf (_("%s, since %s"), get (self, "holder_name"), since ? since : "");
  if (get (self, "purchase_request_id"))
    /* Translators: the purchase request a tool was bought by, "No. 12" */
    request = g_strdup_printf (_("No. %s"), get (self, "purchase_request_id"));
  as_tools_detail_begin (self->detail, get (self, "tag"), as_code_get_label (condition),
                         attention ? _("Needs attention") : NULL);
  as_tools_detail_add_info (self->detail, _("Description"), get (self, "description"));
  as_tools_detail_add_info (self->detail, _("Held by"),
                            holder ? holder : g_strcmp0 (condition, "lost") == 0
                                              ? NULL : _("Nobody: in the store"));
  as_tools_detail_add_info (self->detail, _("Value"), value);
  as_tools_detail_add_info (self->detail, _("Purchased"), purchased);
  as_tools_detail_add_info (self->detail, _("Purchase request"), request);
  as_tools_detail_add_info (self->detail, _("Notes"), get (self, "notes"));
  show_incidents (self);
  show_history (self);
}

/* Enables @action when it applies and nothing blocks it; its button says
 * what it does, or why it cannot be used. */
static void
set_step (AsToolsRegister *self,
          const char      *action,
          gboolean         applies,
          const char      *blocked,
          const char      *hint)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, applies && blocked == NULL);
  as_tools_detail_set_step (self->detail, action, applies, blocked ? blocked : hint);
}

static void
update_actions (AsToolsRegister *self)
{
  gboolean keeper = as_tools_actor_has (self->db, AS_TOOL_KEEPER_ROLES);
  const char *blocked = keeper ? NULL : _("Only a service supervisor, a branch manager or the "
                                          "service department keeps the tools register.");
  const char *condition = get (self, "condition");
  gboolean shown = self->tool != NULL;
  gboolean held = get (self, "holder_id") != NULL;
  gboolean lost = g_strcmp0 (condition, "lost") == 0;
  gboolean damaged = g_strcmp0 (condition, "damaged") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tools.new", keeper);
  set_step (self, "tools.check-out", shown && !held && !lost,
            damaged ? _("The tool is damaged: record its repair first.") : blocked,
            _("Assign the tool to a staff member, with the date"));
  set_step (self, "tools.hand-over", held, blocked,
            _("The holder hands the tool over to another person, on a transfer"));
  set_step (self, "tools.check-in", held, blocked,
            _("The holder returns the tool to the store, with the date"));
  set_step (self, "tools.incident", shown && !lost, blocked,
            _("Report a loss, damage or normal wear, with the explanation and the compensation "
              "due"));
  set_step (self, "tools.condition", shown, blocked,
            lost ? _("Record that the lost tool was found, and its condition")
                 : _("Record a repair or another change of condition"));
  set_step (self, "tools.edit", shown, blocked,
            _("Correct the tag, description, value or purchase date"));
}

static void
refresh (AsToolsRegister *self)
{
  g_clear_pointer (&self->tool, g_hash_table_unref);
  if (self->tool_id > 0)
    self->tool = as_tool_store_load (self->db, self->tool_id, NULL);
  if (self->tool == NULL)
    {
      self->tool_id = 0;
      as_tools_detail_show_empty (self->detail, _("Select a tool to see who holds it, its "
                                                  "incidents and its whole history."));
    }
  else
    show_tool (self);
  update_actions (self);
}

static AsRepairStepDialog *
new_tool_dialog (AsToolsRegister *self,
                 const char      *title,
                 const char      *accept_label,
                 GCallback        on_accepted)
{
  g_autofree char *subtitle = self->tool ? describe_tool (self) : NULL;

  return as_tools_new_dialog (GTK_WIDGET (self), self->tool_id, title, subtitle, accept_label,
                              on_accepted);
}

/* ----------------------------------------------------------- registration */

static gboolean
read_info (AsRepairStepDialog *dialog,
           AsToolInfo         *info,
           char              **strings)
{
  if (!as_repair_step_dialog_get_money (dialog, "value", &info->value_cents))
    return FALSE;
  strings[0] = as_repair_step_dialog_get_text (dialog, "tag");
  strings[1] = as_repair_step_dialog_get_text (dialog, "description");
  strings[2] = as_repair_step_dialog_get_text (dialog, "purchased");
  strings[3] = as_repair_step_dialog_get_text (dialog, "notes");
  info->tag = strings[0];
  info->description = strings[1];
  info->purchase_date = strings[2];
  info->notes = strings[3];
  info->condition = as_repair_step_dialog_get_choice (dialog, "condition");
  return TRUE;
}

static void
on_register_accepted_cb (AsRepairStepDialog *dialog,
                         AsToolsRegister    *self)
{
  g_autoptr(GError) error = NULL;
  char *strings[4] = { NULL };
  AsToolInfo info = { 0 };
  gint64 id = as_repair_step_dialog_get_target (dialog);
  gboolean done;

  if (!read_info (dialog, &info, strings))
    return;
  if (id == 0)
    {
      id = as_tool_store_register (self->db, &info, &error);
      done = id > 0;
    }
  else
    done = as_tool_store_update (self->db, id, &info, &error);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_free (strings[i]);
  if (done)
    {
      self->tool_id = id;
      as_list_view_select_id (self->list_view, id);
      refresh (self);
    }
  as_tools_finish_dialog (dialog, done, error);
}

static void
open_tool_form (AsToolsRegister *self,
                gboolean         editing)
{
  g_autofree char *today = as_tools_today ();
  AsRepairStepDialog *dialog;

  if (editing)
    dialog = new_tool_dialog (self, _("Edit Tool"), _("_Save"),
                              G_CALLBACK (on_register_accepted_cb));
  else
    dialog = as_tools_new_dialog (GTK_WIDGET (self), 0, _("Register a Tool"), NULL,
                                  _("_Register"), G_CALLBACK (on_register_accepted_cb));
  as_repair_step_dialog_add_entry (dialog, "tag", _("Fixed-asset tag"),
                                   editing ? get (self, "tag") : NULL);
  as_repair_step_dialog_add_entry (dialog, "description", _("Description"),
                                   editing ? get (self, "description") : NULL);
  as_repair_step_dialog_add_money (dialog, "value", _("Value"),
                                   editing ? as_tools_lookup_int (self->tool, "value_cents") : -1);
  as_repair_step_dialog_add_date (dialog, "purchased", _("Purchase date"),
                                  editing ? get (self, "purchase_date") : today);
  if (!editing)
    as_repair_step_dialog_add_choice (dialog, "condition", _("Condition"), entry_conditions, NULL,
                                      "good");
  as_repair_step_dialog_add_entry (dialog, "notes", _("Notes"), editing ? get (self, "notes")
                                                                        : NULL);
  if (!editing)
    as_repair_step_dialog_add_note (dialog, _("Tools and test equipment are fixed assets: the "
                                              "tool enters the store, and is then checked out "
                                              "to the person who will keep it."));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_tool_form (AS_TOOLS_REGISTER (widget), FALSE);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_tool_form (AS_TOOLS_REGISTER (widget), TRUE);
}

/* ------------------------------------------------------------- assignment */

static void
on_check_out_accepted_cb (AsRepairStepDialog *dialog,
                          AsToolsRegister    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = as_repair_step_dialog_get_text (dialog, "date");
  g_autofree char *note = as_repair_step_dialog_get_text (dialog, "note");
  gboolean done = as_tool_store_check_out (self->db, as_repair_step_dialog_get_target (dialog),
                                           as_repair_step_dialog_get_int (dialog, "staff"), date,
                                           note, &error);

  as_tools_finish_dialog (dialog, done, error);
}

static void
check_out_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AsToolsRegister *self = AS_TOOLS_REGISTER (widget);
  g_autofree char *today = as_tools_today ();
  AsRepairStepDialog *dialog = new_tool_dialog (self, _("Check Out Tool"), _("Check _Out"),
                                                G_CALLBACK (on_check_out_accepted_cb));

  as_repair_step_dialog_add_picker (dialog, "staff", _("Assign to"), self->db, "staff");
  as_repair_step_dialog_add_date (dialog, "date", _("Date"), today);
  as_repair_step_dialog_add_entry (dialog, "note", _("Note"), NULL);
  as_repair_step_dialog_add_note (dialog, _("The person keeps the tool and answers for it until "
                                            "it is checked in or handed over. Tools are not for "
                                            "personal use."));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_hand_over_accepted_cb (AsRepairStepDialog *dialog,
                          AsToolsRegister    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = as_repair_step_dialog_get_text (dialog, "date");
  g_autofree char *note = as_repair_step_dialog_get_text (dialog, "note");
  gboolean done = as_tool_store_hand_over (self->db, as_repair_step_dialog_get_target (dialog),
                                           as_repair_step_dialog_get_int (dialog, "staff"), date,
                                           note, &error);

  as_tools_finish_dialog (dialog, done, error);
}

static void
hand_over_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AsToolsRegister *self = AS_TOOLS_REGISTER (widget);
  g_autofree char *today = as_tools_today ();
  g_autofree char *intro = NULL;
  AsRepairStepDialog *dialog = new_tool_dialog (self, _("Hand Over Tool"), _("_Hand Over"),
                                                G_CALLBACK (on_hand_over_accepted_cb));

  /* Translators: %s is the person who holds the tool now */
  intro = g_strdup_printf (_("%s hands the tool over, for instance on a transfer."),
                           get (self, "holder_name"));
  as_repair_step_dialog_set_intro (dialog, intro);
  as_repair_step_dialog_add_picker (dialog, "staff", _("Hand over to"), self->db, "staff");
  as_repair_step_dialog_add_date (dialog, "date", _("Date"), today);
  as_repair_step_dialog_add_entry (dialog, "note", _("Reason"), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_check_in_accepted_cb (AsRepairStepDialog *dialog,
                         AsToolsRegister    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = as_repair_step_dialog_get_text (dialog, "date");
  g_autofree char *note = as_repair_step_dialog_get_text (dialog, "note");
  gboolean done = as_tool_store_check_in (self->db, as_repair_step_dialog_get_target (dialog),
                                          date, note, &error);

  as_tools_finish_dialog (dialog, done, error);
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AsToolsRegister *self = AS_TOOLS_REGISTER (widget);
  g_autofree char *today = as_tools_today ();
  g_autofree char *intro = NULL;
  AsRepairStepDialog *dialog = new_tool_dialog (self, _("Check In Tool"), _("Check _In"),
                                                G_CALLBACK (on_check_in_accepted_cb));

  /* Translators: %s is the person who returns the tool */
  intro = g_strdup_printf (_("%s returns the tool to the store."), get (self, "holder_name"));
  as_repair_step_dialog_set_intro (dialog, intro);
  as_repair_step_dialog_add_date (dialog, "date", _("Date"), today);
  as_repair_step_dialog_add_entry (dialog, "note", _("Note"), NULL);
  as_repair_step_dialog_add_note (dialog, _("If it comes back damaged, report the damage as an "
                                            "incident."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* -------------------------------------------------------------- incidents */

static void
on_incident_kind_cb (AsRepairStepDialog *dialog,
                     GParamSpec         *pspec,
                     GtkDropDown        *drop_down)
{
  gboolean wear = g_strcmp0 (as_repair_step_dialog_get_choice (dialog, "kind"), "wear") == 0;

  as_repair_step_dialog_set_visible (dialog, "compensation", !wear);
}

static AsToolIncidentKind
incident_kind (const char *code)
{
  if (g_strcmp0 (code, "damage") == 0)
    return AS_TOOL_INCIDENT_DAMAGE;
  if (g_strcmp0 (code, "wear") == 0)
    return AS_TOOL_INCIDENT_WEAR;
  return AS_TOOL_INCIDENT_LOSS;
}

static void
on_incident_accepted_cb (AsRepairStepDialog *dialog,
                         AsToolsRegister    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = as_repair_step_dialog_get_text (dialog, "date");
  g_autofree char *report = as_repair_step_dialog_get_text (dialog, "report");
  AsToolIncidentKind kind = incident_kind (as_repair_step_dialog_get_choice (dialog, "kind"));
  gint64 cents = 0, staff = 0;
  gboolean done;

  if (kind != AS_TOOL_INCIDENT_WEAR && !as_repair_step_dialog_get_money (dialog, "compensation",
                                                                         &cents))
    return;
  /* The person is asked for only when nobody holds the tool. */
  if (g_object_get_data (G_OBJECT (dialog), "asks-person") != NULL)
    staff = as_repair_step_dialog_get_int (dialog, "staff");
  done = as_tool_store_report_incident (self->db, as_repair_step_dialog_get_target (dialog), kind,
                                        staff, date, report, cents, &error) > 0;
  as_tools_finish_dialog (dialog, done, error);
}

static void
incident_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AsToolsRegister *self = AS_TOOLS_REGISTER (widget);
  g_autofree char *today = as_tools_today ();
  g_autofree char *intro = NULL;
  AsRepairStepDialog *dialog = new_tool_dialog (self, _("Report an Incident"), _("_Report"),
                                                G_CALLBACK (on_incident_accepted_cb));
  GtkWidget *kind;

  if (get (self, "holder_name"))
    /* Translators: %s is the person who holds the tool */
    intro = g_strdup_printf (_("The incident is charged to %s, who holds the tool."),
                             get (self, "holder_name"));
  as_repair_step_dialog_set_intro (dialog, intro);
  kind = as_repair_step_dialog_add_choice (dialog, "kind", _("Incident"), incident_kinds, NULL,
                                           "loss");
  as_repair_step_dialog_add_date (dialog, "date", _("Date"), today);
  if (!get (self, "holder_id"))
    {
      as_repair_step_dialog_add_picker (dialog, "staff", _("Person responsible"), self->db,
                                        "staff");
      g_object_set_data (G_OBJECT (dialog), "asks-person", GINT_TO_POINTER (TRUE));
    }
  as_repair_step_dialog_add_text_view (dialog, "report", _("Report"), NULL);
  as_repair_step_dialog_add_money (dialog, "compensation", _("Compensation due"),
                                   as_tools_lookup_int (self->tool, "value_cents"));
  as_repair_step_dialog_add_note (dialog, _("The report explains how the tool was lost or "
                                            "damaged. Normal wear is recorded without "
                                            "compensation; for a loss the tool's value is "
                                            "proposed."));
  g_signal_connect_object (kind, "notify::selected", G_CALLBACK (on_incident_kind_cb), dialog,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_condition_accepted_cb (AsRepairStepDialog *dialog,
                          AsToolsRegister    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = as_repair_step_dialog_get_text (dialog, "date");
  g_autofree char *note = as_repair_step_dialog_get_text (dialog, "note");
  gboolean done = as_tool_store_set_condition (self->db, as_repair_step_dialog_get_target (dialog),
                                               as_repair_step_dialog_get_choice (dialog,
                                                                                 "condition"),
                                               date, note, &error);

  as_tools_finish_dialog (dialog, done, error);
}

static void
condition_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AsToolsRegister *self = AS_TOOLS_REGISTER (widget);
  g_autofree char *today = as_tools_today ();
  AsRepairStepDialog *dialog = new_tool_dialog (self, _("Change Condition"), _("_Save"),
                                                G_CALLBACK (on_condition_accepted_cb));

  as_repair_step_dialog_add_choice (dialog, "condition", _("Condition"), set_conditions, NULL,
                                    "good");
  as_repair_step_dialog_add_date (dialog, "date", _("Date"), today);
  as_repair_step_dialog_add_entry (dialog, "note", _("Note"), NULL);
  as_repair_step_dialog_add_note (dialog, _("A loss or damage someone answers for is reported "
                                            "as an incident instead."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------- callbacks */

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  AsToolsRegister *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (AsToolsRegister *self,
                        const char      *table,
                        AsDatabase      *db)
{
  if (g_str_has_prefix (table, "tool") || g_strcmp0 (table, "staff") == 0)
    if (self->refresh_idle == 0)
      self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_refresh_idle_cb, self, NULL);
}

static void
on_actor_changed_cb (AsToolsRegister *self,
                     AsDatabase      *db)
{
  update_actions (self);
}

/* A reload forgets the selection: the pane keeps its tool until another is chosen. */
static void
on_selection_cb (AsToolsRegister *self,
                 AsListView      *view)
{
  gint64 id = as_list_view_get_selected_id (view);

  if (id <= 0 || id == self->tool_id)
    return;
  self->tool_id = id;
  refresh (self);
}

/* ------------------------------------------------------------- overrides */

static void
as_tools_register_dispose (GObject *object)
{
  AsToolsRegister *self = AS_TOOLS_REGISTER (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_TOOLS_REGISTER);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_tools_register_parent_class)->dispose (object);
}

static void
as_tools_register_finalize (GObject *object)
{
  g_clear_pointer (&AS_TOOLS_REGISTER (object)->tool, g_hash_table_unref);
  G_OBJECT_CLASS (as_tools_register_parent_class)->finalize (object);
}

static void
as_tools_register_class_init (AsToolsRegisterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_tools_register_dispose;
  object_class->finalize = as_tools_register_finalize;

  g_type_ensure (AS_TYPE_LIST_VIEW);
  g_type_ensure (AS_TYPE_TOOLS_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-tools-register.ui");
  gtk_widget_class_bind_template_child (widget_class, AsToolsRegister, paned);
  gtk_widget_class_bind_template_child (widget_class, AsToolsRegister, list_view);
  gtk_widget_class_bind_template_child (widget_class, AsToolsRegister, detail);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "tools.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "tools.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "tools.check-out", NULL, check_out_action);
  gtk_widget_class_install_action (widget_class, "tools.hand-over", NULL, hand_over_action);
  gtk_widget_class_install_action (widget_class, "tools.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "tools.incident", NULL, incident_action);
  gtk_widget_class_install_action (widget_class, "tools.condition", NULL, condition_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "tools.new",
                                       NULL);
}

static void
add_steps (AsToolsRegister *self)
{
  as_list_view_add_action (self->list_view,
                           as_gui_create_button (_("_Register Tool…"), "tools.new",
                                                 _("Enter a tool or piece of test equipment in "
                                                   "the register (Ctrl+N)"), FALSE));
  as_tools_detail_add_step (self->detail, _("Check _Out…"), "tools.check-out");
  as_tools_detail_add_step (self->detail, _("_Hand Over…"), "tools.hand-over");
  as_tools_detail_add_step (self->detail, _("Check _In…"), "tools.check-in");
  as_tools_detail_add_step (self->detail, _("Report _Incident…"), "tools.incident");
  as_tools_detail_add_step (self->detail, _("C_ondition…"), "tools.condition");
  as_tools_detail_add_step (self->detail, _("_Edit…"), "tools.edit");
}

static void
as_tools_register_init (AsToolsRegister *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_steps (self);
  g_signal_connect_object (self->list_view, "selection-changed", G_CALLBACK (on_selection_cb),
                           self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------- public API */

/**
 * as_tools_register_new:
 *
 * Returns: (transfer floating): the register section for @db
 */
GtkWidget *
as_tools_register_new (AsDatabase *db)
{
  AsToolsRegister *self = g_object_new (AS_TYPE_TOOLS_REGISTER, NULL);
  g_autoptr(AsRecordList) list = as_record_list_new (db, &as_tools_list);

  self->db = g_object_ref (db);
  as_list_view_set_list (self->list_view, list);
  as_list_view_set_empty_text (self->list_view, _("No tools registered"),
                               _("Register the tools and test equipment of the service "
                                 "(Ctrl+N); then check each out to the person who keeps it."));
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "actor-changed", G_CALLBACK (on_actor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
  return GTK_WIDGET (self);
}
