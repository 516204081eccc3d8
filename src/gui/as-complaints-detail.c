/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The detail pane of the Complaints tab: who contacted us about what, where
 * it was routed, its oversight level, the answer and the customer's verdict,
 * the rewards and every move in its history. The pane only shows: the
 * section decides which steps apply and runs them. */

#include <glib/gi18n.h>

#include "as-complaints-detail.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-record-list.h"

struct _AsComplaintsDetail
{
  GtkWidget   parent_instance;

  GtkStack   *stack;
  GtkLabel   *number_label;
  GtkLabel   *status_label;
  GtkLabel   *kind_label;
  GtkLabel   *urgent_label;
  GtkLabel   *notice_label;
  GtkWidget  *due_box;
  GtkImage   *due_icon;
  GtkLabel   *due_label;
  GtkFlowBox *steps_box;
  GtkGrid    *info_grid;
  GtkWidget  *rewards_heading;
  GtkBox     *rewards_box;
  GtkBox     *history_box;

  int         info_rows;
};

G_DEFINE_FINAL_TYPE (AsComplaintsDetail, as_complaints_detail, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static const char *
code_label (GHashTable *values,
            const char *key)
{
  return as_gui_lookup (values, key) ? as_code_get_label (as_gui_lookup (values, key)) : NULL;
}

static GtkWidget *
create_caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  return label;
}

/* One line of the record; nothing for an empty value. */
static void
add_info (AsComplaintsDetail *self,
          const char         *title,
          const char         *value)
{
  as_gui_grid_add_info (self->info_grid, &self->info_rows, title, value);
}

static void
add_info_joined (AsComplaintsDetail *self,
                 const char         *title,
                 const char         *first,
                 const char         *second)
{
  as_gui_grid_add_info_joined (self->info_grid, &self->info_rows, title, first, second);
}

/* ------------------------------------------------------------ the record */

/* "Priority list: Legal proceedings · Deputy general manager", or NULL. */
static char *
describe_notice (GHashTable *values)
{
  g_autofree char *priority = NULL;
  const char *level = g_strcmp0 (as_gui_lookup (values, "level"), "service") != 0
                      ? code_label (values, "level") : NULL;

  if (as_gui_lookup (values, "priority"))
    /* Translators: %s is a priority matter, "Legal proceedings" */
    priority = g_strdup_printf (_("Priority list: %s"), code_label (values, "priority"));
  if (priority && level)
    return g_strdup_printf ("%s · %s", priority, level);
  return g_strdup (priority ? priority : level);
}

static void
show_header (AsComplaintsDetail *self,
             GHashTable         *values)
{
  /* Translators: a contact's number in the complaints register, "No. 1234" */
  g_autofree char *number = g_strdup_printf (_("No. %s"), as_gui_lookup (values, "id"));
  gboolean waiting = g_strcmp0 (as_gui_lookup (values, "status"), "open") == 0 ||
                     g_strcmp0 (as_gui_lookup (values, "status"), "in_progress") == 0;
  g_autofree char *notice = NULL;

  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->status_label, as_code_get_label (as_gui_lookup (values, "status")));
  gtk_label_set_text (self->kind_label, as_code_get_label (as_gui_lookup (values, "kind")));
  gtk_label_set_text (self->urgent_label, _("Urgent"));
  gtk_widget_set_visible (GTK_WIDGET (self->urgent_label),
                          g_strcmp0 (as_gui_lookup (values, "urgent"), "1") == 0 && waiting);
  notice = describe_notice (values);
  gtk_label_set_text (self->notice_label, notice ? notice : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice != NULL);
}

static void
show_due (AsComplaintsDetail *self,
          GHashTable         *values)
{
  g_autofree char *due = as_gui_format_date (as_gui_lookup (values, "due_at"));
  g_autofree char *text = NULL;
  gboolean late = g_strcmp0 (as_gui_lookup (values, "late"), "1") == 0;
  gboolean waiting = g_strcmp0 (as_gui_lookup (values, "status"), "open") == 0 ||
                     g_strcmp0 (as_gui_lookup (values, "status"), "in_progress") == 0;

  gtk_widget_set_visible (self->due_box, waiting && due != NULL);
  if (!waiting || due == NULL)
    return;
  /* Translators: %s is the time the answer to the customer is due */
  text = late ? g_strdup_printf (_("The answer was due by %s: late"), due)
              /* Translators: %s is the time the answer to the customer is due */
              : g_strdup_printf (_("Answer due by %s"), due);
  gtk_label_set_text (self->due_label, text);
  if (late)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->due_icon), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->due_icon), "error");
    }
}

static void
show_contact (AsComplaintsDetail *self,
              GHashTable         *values)
{
  g_autofree char *received = as_gui_format_date (as_gui_lookup (values, "received_at"));
  g_autofree char *receiver = NULL;
  g_autofree char *model = NULL;
  g_autofree char *survey = NULL;
  g_autofree char *repeat = NULL;

  if (as_gui_lookup (values, "receiver_name") && as_gui_lookup (values, "receiver_department"))
    receiver = g_strdup_printf ("%s (%s)", as_gui_lookup (values, "receiver_name"),
                                as_gui_lookup (values, "receiver_department"));
  if (as_gui_lookup (values, "model_code"))
    model = g_strdup_printf ("%s %s", as_gui_lookup (values, "model_code"),
                             as_gui_lookup (values, "model_name") != NULL
                             ? as_gui_lookup (values, "model_name") : "");
  if (as_gui_lookup (values, "survey_id"))
    /* Translators: the satisfaction survey a complaint came from, "Survey no. 12" */
    survey = g_strdup_printf (_("Survey no. %s"), as_gui_lookup (values, "survey_id"));
  if (as_gui_lookup (values, "repeat_of"))
    /* Translators: an earlier complaint on the same matter, "No. 1234" */
    repeat = g_strdup_printf (_("No. %s"), as_gui_lookup (values, "repeat_of"));

  add_info (self, _("Subject"), as_gui_lookup (values, "subject"));
  add_info (self, _("Description"), as_gui_lookup (values, "description"));
  add_info (self, _("Customer"), as_gui_lookup (values, "customer_name"));
  add_info (self, _("Phone"), as_gui_lookup (values, "customer_phone"));
  add_info_joined (self, _("Product"), model, as_gui_lookup (values, "unit_serial"));
  add_info (self, _("Channel"), code_label (values, "channel"));
  add_info (self, _("From"), survey);
  add_info_joined (self, _("Received"), received,
                   receiver ? receiver : as_gui_lookup (values, "receiver_name"));
  add_info (self, _("Subject category"), code_label (values, "category"));
  add_info (self, _("Retailer"), as_gui_lookup (values, "retailer"));
  add_info (self, _("Repeats"), repeat);
}

static void
show_handling (AsComplaintsDetail *self,
               GHashTable         *values)
{
  g_autofree char *reviewed = as_gui_format_date (as_gui_lookup (values, "reviewed_at"));
  g_autofree char *answered = as_gui_format_date (as_gui_lookup (values, "answered_at"));
  g_autofree char *how = NULL;
  const char *verdict = NULL;

  if (answered != NULL)
    /* Translators: how and when the customer was answered, "Phone, 27/11/2026 10:00" */
    how = g_strdup_printf (_("%s, %s"), code_label (values, "answer_channel")
                                        ? code_label (values, "answer_channel") : "", answered);
  if (g_strcmp0 (as_gui_lookup (values, "satisfied"), "1") == 0)
    verdict = _("Satisfied");
  else if (g_strcmp0 (as_gui_lookup (values, "satisfied"), "0") == 0)
    verdict = _("Not satisfied");

  add_info (self, _("Department"), as_gui_lookup (values, "department_name"));
  add_info (self, _("Handler"), as_gui_lookup (values, "handler_name"));
  add_info (self, _("Oversight"), code_label (values, "level"));
  add_info_joined (self, _("Reviewed"), reviewed, as_gui_lookup (values, "reviewer_name"));
  add_info (self, _("Review"), as_gui_lookup (values, "review_notes"));
  add_info_joined (self, _("Answered"), how, as_gui_lookup (values, "answerer_name"));
  add_info (self, _("Answer"), as_gui_lookup (values, "answer"));
  add_info (self, _("Customer’s verdict"), verdict);
  add_info_joined (self, _("Responsible"), as_gui_lookup (values, "responsible_department_name"),
                   as_gui_lookup (values, "responsible_staff_name"));
}

/* -------------------------------------------------------------- rewards */

static void
show_rewards (AsComplaintsDetail *self,
              GPtrArray          *rewards)
{
  gboolean any = rewards != NULL && rewards->len > 0;

  as_gui_clear_container (GTK_WIDGET (self->rewards_box));
  gtk_widget_set_visible (self->rewards_heading, any);
  gtk_widget_set_visible (GTK_WIDGET (self->rewards_box), any);
  for (guint i = 0; any && i < rewards->len; i++)
    {
      GHashTable *reward = g_ptr_array_index (rewards, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *day = as_gui_format_date (as_gui_lookup (reward, "awarded_on"));
      g_autofree char *amount = as_gui_format_money (as_row_get_int (reward, "amount_cents"));
      /* Translators: a reward's date, who received it and who approved it */
      g_autofree char *head = g_strdup_printf (_("%s · to %s · approved by %s"), day,
                                               as_gui_lookup (reward, "recipient_name")
                                               ? as_gui_lookup (reward, "recipient_name") : "",
                                               as_gui_lookup (reward, "approver_name")
                                               ? as_gui_lookup (reward, "approver_name") : "");
      g_autofree char *what = g_strdup_printf ("%s (%s)", as_gui_lookup (reward, "what"), amount);

      gtk_box_append (GTK_BOX (box), create_caption (head));
      gtk_box_append (GTK_BOX (box), as_gui_create_value_label (what));
      gtk_box_append (self->rewards_box, box);
    }
}

/* -------------------------------------------------------------- history */

static const char *
action_label (const char *action)
{
  static const struct { const char *code; const char *label; } actions[] = {
    { "registered", N_("Registered") },
    { "assigned", N_("Reassigned") },
    { "escalated", N_("Escalated") },
    { "marked_urgent", N_("Marked urgent") },
    { "classified", N_("Urgency and priority changed") },
    { "due_changed", N_("Response deadline changed") },
    { "reviewed", N_("Reviewed by the deputy general manager") },
    { "answered", N_("Answer reported to the customer") },
    { "closed", N_("Customer satisfied: closed") },
    { "not_satisfied", N_("Customer not satisfied") },
    { "responsible", N_("Responsible named") },
    { "rewarded", N_("Reward approved") },
  };

  for (guint i = 0; action != NULL && i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (actions[i].code, action))
      return _(actions[i].label);
  return action ? action : "";
}

/* "Department: R&D · Handler: Pablo · Status: In progress · Oversight: …" */
static char *
describe_move (GHashTable *entry)
{
  GString *text = g_string_new (NULL);
  const char *parts[][2] = {
    { _("Department"), as_gui_lookup (entry, "department_name") },
    { _("Handler"), as_gui_lookup (entry, "handler_name") },
    { _("Status"), as_gui_lookup (entry, "status") != NULL
                   ? as_code_get_label (as_gui_lookup (entry, "status")) : NULL },
    { _("Oversight"),
      as_gui_lookup (entry, "level") ? as_code_get_label (as_gui_lookup (entry, "level")) : NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i][1] != NULL)
      /* Translators: one item of a history line, "Department: R&D" */
      g_string_append_printf (text, i && text->len ? " · %s: %s" : "%s: %s", parts[i][0],
                              parts[i][1]);
  return g_string_free (text, text->len == 0);
}

static GtkWidget *
create_history_row (GHashTable *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *at = as_gui_format_date (as_gui_lookup (entry, "at"));
  g_autofree char *move = describe_move (entry);
  const char *staff = as_gui_lookup (entry, "staff_name");
  const char *action = action_label (as_gui_lookup (entry, "action"));
  g_autofree char *head = staff ? g_strdup_printf ("%s · %s · %s", at ? at : "", action, staff)
                                : g_strdup_printf ("%s · %s", at ? at : "", action);

  gtk_box_append (GTK_BOX (box), create_caption (head));
  if (move != NULL)
    gtk_box_append (GTK_BOX (box), as_gui_create_value_label (move));
  if (as_gui_lookup (entry, "note"))
    gtk_box_append (GTK_BOX (box), as_gui_create_value_label (as_gui_lookup (entry, "note")));
  return box;
}

static void
show_history (AsComplaintsDetail *self,
              GPtrArray          *history)
{
  as_gui_clear_container (GTK_WIDGET (self->history_box));
  if (history == NULL || history->len == 0)
    {
      GtkWidget *none = create_caption (_("Nothing recorded yet."));

      gtk_box_append (self->history_box, none);
      return;
    }
  /* The newest move first: it is what people look for. */
  for (guint i = history->len; i > 0; i--)
    gtk_box_append (self->history_box, create_history_row (g_ptr_array_index (history, i - 1)));
}

/* ------------------------------------------------------------- overrides */

static void
as_complaints_detail_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), AS_TYPE_COMPLAINTS_DETAIL);
  G_OBJECT_CLASS (as_complaints_detail_parent_class)->dispose (object);
}

static void
as_complaints_detail_class_init (AsComplaintsDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_complaints_detail_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-complaints-detail.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, AsComplaintsDetail, name)
  BIND (stack);
  BIND (number_label);
  BIND (status_label);
  BIND (kind_label);
  BIND (urgent_label);
  BIND (notice_label);
  BIND (due_box);
  BIND (due_icon);
  BIND (due_label);
  BIND (steps_box);
  BIND (info_grid);
  BIND (rewards_heading);
  BIND (rewards_box);
  BIND (history_box);
#undef BIND
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ascomplaintsdetail");
}

static void
as_complaints_detail_init (AsComplaintsDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The buttons take the focus; the flow box's cells need not. */
  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    gtk_widget_set_focusable (cell, FALSE);

}

/* ------------------------------------------------------------- public API */

GtkWidget *
as_complaints_detail_new (void)
{
  return g_object_new (AS_TYPE_COMPLAINTS_DETAIL, NULL);
}

void
as_complaints_detail_show_empty (AsComplaintsDetail *self)
{
  g_return_if_fail (AS_IS_COMPLAINTS_DETAIL (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * as_complaints_detail_show:
 * @values: (transfer none): the contact, as as_complaint_store_load() gives it
 * @history: (transfer none) (nullable): its history, oldest first
 * @rewards: (transfer none) (nullable): its rewards
 */
void
as_complaints_detail_show (AsComplaintsDetail *self,
                           GHashTable         *values,
                           GPtrArray          *history,
                           GPtrArray          *rewards)
{
  g_return_if_fail (AS_IS_COMPLAINTS_DETAIL (self));
  g_return_if_fail (values != NULL);

  as_gui_clear_container (GTK_WIDGET (self->info_grid));
  self->info_rows = 0;
  show_header (self, values);
  show_due (self, values);
  show_contact (self, values);
  show_handling (self, values);
  show_rewards (self, rewards);
  show_history (self, history);
  gtk_stack_set_visible_child_name (self->stack, "complaint");
}

void
as_complaints_detail_set_step (AsComplaintsDetail *self,
                               const char         *action_name,
                               gboolean            visible,
                               const char         *tooltip)
{
  g_return_if_fail (AS_IS_COMPLAINTS_DETAIL (self));

  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (cell));

      if (!GTK_IS_ACTIONABLE (button) ||
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action_name) != 0)
        continue;
      /* A hidden button must not leave an empty cell behind. */
      gtk_widget_set_visible (cell, visible);
      if (tooltip != NULL)
        gtk_widget_set_tooltip_text (button, tooltip);
      return;
    }
  g_critical ("The complaints detail has no button for %s", action_name);
}
