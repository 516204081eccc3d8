/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The per-person section of the Tools tab: the tools a staff member holds
 * now, what they owe for losses and damage, and every tool they have
 * received, handed over, returned, lost or damaged. */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-labels.h"
#include "as-record-picker.h"
#include "as-tool-store.h"
#include "as-tools-detail.h"
#include "as-tools-person.h"
#include "as-tools-util.h"

/* The events shown: a person's whole working life with tools fits. */
#define HISTORY_SHOWN 500

struct _AsToolsPerson
{
  GtkWidget       parent_instance;

  GtkBox         *box;
  GtkBox         *picker_box;
  GtkLabel       *picker_label;
  AsToolsDetail  *detail;
  AsRecordPicker *picker;

  AsDatabase     *db;
  guint           refresh_idle;
};

G_DEFINE_FINAL_TYPE (AsToolsPerson, as_tools_person, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static void
show_held (AsToolsPerson *self,
           GPtrArray     *held)
{
  as_tools_detail_add_heading (self->detail, _("Holds now"));
  if (held->len == 0)
    as_tools_detail_add_note (self->detail, _("No tools."));
  for (guint i = 0; i < held->len; i++)
    {
      GHashTable *tool = g_ptr_array_index (held, i);
      g_autofree char *since = as_gui_format_date (as_gui_lookup (tool, "held_since"));
      g_autofree char *value = as_tools_format_money (as_gui_lookup (tool, "value_cents"));
      const char *condition = as_gui_lookup (tool, "condition");
      g_autofree char *head = g_strdup_printf ("%s · %s · %s", as_gui_lookup (tool, "tag"),
                                               as_code_get_label (condition), value);
      /* Translators: a tool someone holds, and since when */
      g_autofree char *body = g_strdup_printf (_("%s, since %s"),
                                               as_gui_lookup (tool, "description"),
                                               since ? since : "");

      as_tools_detail_add_entry (self->detail, head, body,
                                 g_strcmp0 (condition, "damaged") == 0);
    }
}

static char *
describe_event (GHashTable *event)
{
  const char *to = as_gui_lookup (event, "staff_name");
  const char *from = as_gui_lookup (event, "from_staff_name");
  g_autofree char *date = as_gui_format_date (as_gui_lookup (event, "on_date"));
  const char *kind = as_code_get_label (as_gui_lookup (event, "kind"));

  if (from != NULL && to != NULL)
    /* Translators: date, "Handed over", tag, from one person to another */
    return g_strdup_printf (_("%s · %s · %s · %s → %s"), date, kind,
                            as_gui_lookup (event, "tag"), from, to);
  return g_strdup_printf ("%s · %s · %s", date, kind, as_gui_lookup (event, "tag"));
}

static void
show_history (AsToolsPerson *self,
              GPtrArray     *events)
{
  as_tools_detail_add_heading (self->detail, _("History"));
  if (events->len == 0)
    as_tools_detail_add_note (self->detail, _("Nothing recorded."));
  for (guint i = 0; i < events->len; i++)
    {
      GHashTable *event = g_ptr_array_index (events, i);
      g_autofree char *head = describe_event (event);
      const char *kind = as_gui_lookup (event, "kind");
      g_autofree char *body = as_gui_lookup (event, "note")
        ? g_strdup_printf ("%s\n%s", as_gui_lookup (event, "description"),
                           as_gui_lookup (event, "note"))
        : g_strdup (as_gui_lookup (event, "description"));

      as_tools_detail_add_entry (self->detail, head, body,
                                 g_strcmp0 (kind, "loss") == 0 || g_strcmp0 (kind, "damage") == 0);
    }
}

static void
refresh (AsToolsPerson *self)
{
  gint64 staff_id = as_record_picker_get_id (self->picker);
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *name = NULL;
  g_autofree char *status = NULL;
  g_autofree char *owed = NULL;
  g_autofree char *money = NULL;
  gint64 due;

  if (staff_id <= 0)
    {
      as_tools_detail_show_empty (self->detail, _("Choose a staff member to see the tools they "
                                                  "hold, what they owe, and every tool they have "
                                                  "held."));
      return;
    }
  name = as_directory_get_label (self->db, as_directory_find_entity ("staff"), staff_id);
  held = as_tool_store_list_held (self->db, staff_id);
  events = as_tool_store_list_person_history (self->db, staff_id, HISTORY_SHOWN);
  due = as_tool_store_get_compensation_due (self->db, staff_id);
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Holds %u tool", "Holds %u tools",
                                         held->len), held->len);
  money = g_strdup_printf ("%" G_GINT64_FORMAT, due);
  owed = as_tools_format_money (money);
  as_tools_detail_begin (self->detail, name, status,
                         /* Translators: compensation a person owes for lost or damaged tools */
                         due > 0 ? _("Owes compensation") : NULL);
  as_tools_detail_add_info (self->detail, _("Compensation due"),
                            due > 0 ? owed : _("Nothing owed"));
  show_held (self, held);
  show_history (self, events);
}

/* ------------------------------------------------------------- callbacks */

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  AsToolsPerson *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (AsToolsPerson *self,
                        const char    *table,
                        AsDatabase    *db)
{
  if ((g_str_has_prefix (table, "tool") || g_strcmp0 (table, "staff") == 0) &&
      self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_refresh_idle_cb, self, NULL);
}

static void
on_person_chosen_cb (AsToolsPerson *self)
{
  refresh (self);
}

/* ------------------------------------------------------------- overrides */

static void
as_tools_person_dispose (GObject *object)
{
  AsToolsPerson *self = AS_TOOLS_PERSON (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_TOOLS_PERSON);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_tools_person_parent_class)->dispose (object);
}

static void
as_tools_person_class_init (AsToolsPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_tools_person_dispose;

  g_type_ensure (AS_TYPE_TOOLS_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-tools-person.ui");
  gtk_widget_class_bind_template_child (widget_class, AsToolsPerson, box);
  gtk_widget_class_bind_template_child (widget_class, AsToolsPerson, picker_box);
  gtk_widget_class_bind_template_child (widget_class, AsToolsPerson, picker_label);
  gtk_widget_class_bind_template_child (widget_class, AsToolsPerson, detail);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
as_tools_person_init (AsToolsPerson *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------- public API */

/**
 * as_tools_person_new:
 *
 * Returns: (transfer floating): the per-person section for @db
 */
GtkWidget *
as_tools_person_new (AsDatabase *db)
{
  AsToolsPerson *self = g_object_new (AS_TYPE_TOOLS_PERSON, NULL);
  GtkWidget *picker = as_record_picker_new (db, as_directory_find_entity ("staff"));

  self->db = g_object_ref (db);
  self->picker = AS_RECORD_PICKER (picker);
  gtk_widget_set_size_request (picker, 320, -1);
  gtk_box_append (self->picker_box, picker);
  gtk_label_set_mnemonic_widget (self->picker_label, picker);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->picker_label, NULL, -1);
  g_signal_connect_object (picker, "notify::id", G_CALLBACK (on_person_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
  return GTK_WIDGET (self);
}
