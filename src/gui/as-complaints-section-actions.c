/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The handling steps of a contact (SPEC C3–C9): reassigning, escalating,
 * urgency and priority, the response deadline, the deputy general manager's
 * review, the answer and the customer's verdict, the responsible department
 * and staff member, rewards. Each opens a small form; the store checks it and
 * a refusal is shown in the form, which keeps what was typed. */

#include <glib/gi18n.h>

#include "as-complaint-store.h"
#include "as-complaints-figures.h"
#include "as-complaints-intake-dialog.h"
#include "as-complaints-section-private.h"
#include "as-directory.h"
#include "as-labels.h"
#include "as-repair-step-dialog.h"
#include "as-types.h"

#define MANAGERS (AS_MANAGER_ROLES | AS_ROLE_DEPUTY_GM)
#define HANDLERS (AS_ROLE_SERVICE_DEPT | MANAGERS)

/* ---------------------------------------------------------------- helpers */

static const char *
value (GHashTable *values,
       const char *key)
{
  const char *text = values ? g_hash_table_lookup (values, key) : NULL;

  return text && *text ? text : NULL;
}

static gboolean
is (GHashTable *values,
    const char *key,
    const char *code)
{
  return g_strcmp0 (value (values, key), code) == 0;
}

static gboolean
is_waiting (GHashTable *values)
{
  return is (values, "status", "open") || is (values, "status", "in_progress");
}

static gboolean
actor_holds (AsComplaintsSection *self,
             guint                roles)
{
  return (as_staff_get_roles (self->db, as_database_get_actor (self->db)) & roles) != 0;
}

/* Handling is for the service department, the managers, or the handler. */
static gboolean
actor_handles (AsComplaintsSection *self)
{
  gint64 actor = as_database_get_actor (self->db);
  const char *handler = value (self->detail_values, "handler_id");

  return actor_holds (self, HANDLERS) ||
         (handler != NULL && g_ascii_strtoll (handler, NULL, 10) == actor && actor != 0);
}

static char *
describe (GHashTable *values)
{
  /* Translators: a contact in a form's subtitle: its number and subject */
  return g_strdup_printf (_("No. %s · %s"), value (values, "id"), value (values, "subject"));
}

static AsRepairStepDialog *
new_step_dialog (AsComplaintsSection *self,
                 const char          *title,
                 const char          *accept_label,
                 GCallback            on_accepted)
{
  g_autofree char *subtitle = describe (self->detail_values);
  AsRepairStepDialog *dialog = as_repair_step_dialog_new (_as_complaints_section_get_window (self),
                                                          title, subtitle, accept_label);

  as_repair_step_dialog_set_target (dialog, self->detail_id);
  g_signal_connect_object (dialog, "accepted", on_accepted, self, 0);
  return dialog;
}

/* Closes @dialog after a step the store took, or shows why it was refused. */
static void
finish_step (AsRepairStepDialog  *dialog,
             gboolean             done,
             GError             **error)
{
  if (done)
    gtk_window_destroy (GTK_WINDOW (dialog));
  else
    as_repair_step_dialog_show_error (dialog, *error ? (*error)->message
                                                     : _("The step could not be recorded."));
}

static char *
now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d %H:%M:%S");
}

/* ---------------------------------------------------------- new, figures */

static void
on_intake_saved_cb (AsComplaintsSection      *self,
                    gint64                    id,
                    AsComplaintsIntakeDialog *dialog)
{
  as_complaints_section_show (self, id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsComplaintsIntakeDialog *dialog =
    as_complaints_intake_dialog_new (_as_complaints_section_get_window (self), self->db);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_intake_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
figures_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);

  gtk_window_present (as_complaints_figures_new (_as_complaints_section_get_window (self),
                                                 self->db));
}

/* --------------------------------------------------------------- assign */

static void
on_assign_accepted_cb (AsRepairStepDialog  *dialog,
                       AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = as_repair_step_dialog_get_text (dialog, "note");
  gint64 id = as_repair_step_dialog_get_target (dialog);
  gint64 department = as_repair_step_dialog_get_int (dialog, "department");
  gint64 handler = as_repair_step_dialog_get_int (dialog, "handler");

  finish_step (dialog, as_complaint_store_assign (self->db, id, department, handler, note, &error),
               &error);
}

static void
assign_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Assign Contact"), _("_Assign"),
                                                G_CALLBACK (on_assign_accepted_cb));

  as_repair_step_dialog_add_picker (dialog, "department", _("Department"), self->db,
                                    "departments");
  as_repair_step_dialog_add_picker (dialog, "handler", _("Handler"), self->db, "staff");
  as_repair_step_dialog_add_entry (dialog, "note", _("Why"), NULL);
  as_repair_step_dialog_add_note (dialog, _("Leave the department blank to keep it and only "
                                            "name the handler. Every move is kept in the "
                                            "history."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------- escalate */

static void
on_escalate_accepted_cb (AsRepairStepDialog  *dialog,
                         AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = as_repair_step_dialog_get_text (dialog, "reason");

  finish_step (dialog,
               as_complaint_store_escalate (self->db, as_repair_step_dialog_get_target (dialog),
                                            as_repair_step_dialog_get_choice (dialog, "level"),
                                            reason, &error), &error);
}

static void
escalate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  static const char *const all_levels[] = { "case_management", "deputy_gm", NULL };
  static const char *const top_level[] = { "deputy_gm", NULL };
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Escalate Contact"), _("_Escalate"),
                                                G_CALLBACK (on_escalate_accepted_cb));
  gboolean at_case = is (self->detail_values, "level", "case_management");

  as_repair_step_dialog_add_choice (dialog, "level", _("To"), at_case ? top_level : all_levels,
                                    NULL, at_case ? "deputy_gm" : "case_management");
  as_repair_step_dialog_add_text_view (dialog, "reason", _("Reason"), NULL);
  as_repair_step_dialog_add_note (dialog, _("A customer still not satisfied, or a repeated "
                                            "complaint, goes to case management; a serious "
                                            "matter to the deputy general manager."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------- classify */

static const char *const priority_codes[] = {
  "none", "major_product", "crisis", "media", "legal", NULL
};

static void
on_classify_accepted_cb (AsRepairStepDialog  *dialog,
                         AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;
  const char *priority = as_repair_step_dialog_get_choice (dialog, "priority");

  finish_step (dialog,
               as_complaint_store_classify (self->db, as_repair_step_dialog_get_target (dialog),
                                            as_repair_step_dialog_get_int (dialog, "urgent"),
                                            g_strcmp0 (priority, "none") == 0 ? NULL : priority,
                                            &error), &error);
}

static void
classify_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  const char *labels[G_N_ELEMENTS (priority_codes)] = { _("None") };
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Urgency and Priority"), _("_Save"),
                                                G_CALLBACK (on_classify_accepted_cb));

  for (guint i = 1; priority_codes[i] != NULL; i++)
    labels[i] = as_code_get_label (priority_codes[i]);
  as_repair_step_dialog_add_check (dialog, "urgent", _("_Urgent: shown at once on the Dashboard"),
                                   is (self->detail_values, "urgent", "1"));
  as_repair_step_dialog_add_choice (dialog, "priority", _("Priority matter"), priority_codes,
                                    labels, value (self->detail_values, "priority")
                                            ? value (self->detail_values, "priority") : "none");
  as_repair_step_dialog_add_note (dialog, _("Major product problems, crises, media exposure and "
                                            "legal proceedings go on the priority list."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------- deadline */

static void
on_deadline_accepted_cb (AsRepairStepDialog  *dialog,
                         AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = as_repair_step_dialog_get_text (dialog, "due");
  g_autofree char *reason = as_repair_step_dialog_get_text (dialog, "reason");

  finish_step (dialog, as_complaint_store_set_due (self->db,
                                                   as_repair_step_dialog_get_target (dialog),
                                                   due, reason, &error), &error);
}

static void
deadline_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Response Deadline"), _("_Change"),
                                                G_CALLBACK (on_deadline_accepted_cb));

  as_repair_step_dialog_add_entry (dialog, "due", _("Answer due by"),
                                   value (self->detail_values, "due_at"));
  as_repair_step_dialog_add_entry (dialog, "reason", _("Reason"), NULL);
  as_repair_step_dialog_add_note (dialog, _("Write the time as 2026-03-31 18:00:00."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --------------------------------------------------------------- review */

static void
on_review_accepted_cb (AsRepairStepDialog  *dialog,
                       AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = as_repair_step_dialog_get_text (dialog, "notes");

  finish_step (dialog, as_complaint_store_review (self->db,
                                                  as_repair_step_dialog_get_target (dialog),
                                                  notes, &error), &error);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Review Serious Complaint"),
                                                _("_Record Review"),
                                                G_CALLBACK (on_review_accepted_cb));

  as_repair_step_dialog_set_intro (dialog, value (self->detail_values, "description"));
  as_repair_step_dialog_add_text_view (dialog, "notes", _("Decision"), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --------------------------------------------------------------- answer */

static void
on_answer_accepted_cb (AsRepairStepDialog  *dialog,
                       AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *answer = as_repair_step_dialog_get_text (dialog, "answer");
  g_autofree char *when = as_repair_step_dialog_get_text (dialog, "when");

  finish_step (dialog,
               as_complaint_store_answer (self->db, as_repair_step_dialog_get_target (dialog),
                                          answer, as_repair_step_dialog_get_choice (dialog, "way"),
                                          when, &error), &error);
}

static void
answer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  static const char *const ways[] = { "phone", "writing", NULL };
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Answer the Customer"),
                                                _("_Record Answer"),
                                                G_CALLBACK (on_answer_accepted_cb));
  g_autofree char *now = now_text ();

  as_repair_step_dialog_add_text_view (dialog, "answer", _("Answer given"), NULL);
  as_repair_step_dialog_add_choice (dialog, "way", _("Reported"), ways, NULL, "phone");
  as_repair_step_dialog_add_entry (dialog, "when", _("On"), now);
  as_repair_step_dialog_add_note (dialog, _("Then record whether the customer is satisfied."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* -------------------------------------------------------------- verdict */

static void
on_satisfied_accepted_cb (AsRepairStepDialog  *dialog,
                          AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = as_repair_step_dialog_get_text (dialog, "note");

  finish_step (dialog, as_complaint_store_record_outcome (self->db,
                                                          as_repair_step_dialog_get_target (dialog),
                                                          TRUE, note, &error), &error);
}

static void
on_not_satisfied_accepted_cb (AsRepairStepDialog  *dialog,
                              AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = as_repair_step_dialog_get_text (dialog, "note");

  finish_step (dialog, as_complaint_store_record_outcome (self->db,
                                                          as_repair_step_dialog_get_target (dialog),
                                                          FALSE, note, &error), &error);
}

static void
satisfied_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Customer Satisfied"),
                                                _("_Close Contact"),
                                                G_CALLBACK (on_satisfied_accepted_cb));

  as_repair_step_dialog_set_intro (dialog, _("The customer accepts the answer. The contact "
                                             "closes and cannot change any more."));
  as_repair_step_dialog_add_entry (dialog, "note", _("Note"), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
not_satisfied_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Customer Not Satisfied"),
                                                _("_Reopen"),
                                                G_CALLBACK (on_not_satisfied_accepted_cb));

  as_repair_step_dialog_set_intro (dialog, _("The contact goes back in progress under case "
                                             "management, with a new response deadline."));
  as_repair_step_dialog_add_text_view (dialog, "note", _("What the customer said"), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------- responsible */

static void
on_responsible_accepted_cb (AsRepairStepDialog  *dialog,
                            AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;

  finish_step (dialog,
               as_complaint_store_set_responsible (self->db,
                                                   as_repair_step_dialog_get_target (dialog),
                                                   as_repair_step_dialog_get_int (dialog,
                                                                                  "department"),
                                                   as_repair_step_dialog_get_int (dialog, "staff"),
                                                   &error), &error);
}

static void
responsible_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Responsible for the Complaint"),
                                                _("_Save"),
                                                G_CALLBACK (on_responsible_accepted_cb));

  as_repair_step_dialog_add_picker (dialog, "staff", _("Staff member"), self->db, "staff");
  as_repair_step_dialog_add_picker (dialog, "department", _("Department"), self->db,
                                    "departments");
  as_repair_step_dialog_add_note (dialog, _("Complaints count in the monthly evaluation of the "
                                            "department and staff member named. Without a "
                                            "department, the staff member's own counts."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --------------------------------------------------------------- reward */

static void
on_reward_accepted_cb (AsRepairStepDialog  *dialog,
                       AsComplaintsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *what = as_repair_step_dialog_get_text (dialog, "what");
  g_autofree char *day = as_repair_step_dialog_get_text (dialog, "day");
  gint64 cents = 0;

  if (!as_repair_step_dialog_get_money (dialog, "amount", &cents))
    {
      as_repair_step_dialog_show_error (dialog, _("The amount is not a sum of money: write it as "
                                                  "25 or 25.50."));
      return;
    }
  finish_step (dialog,
               as_complaint_store_add_reward (self->db, as_repair_step_dialog_get_target (dialog),
                                              what, cents, day,
                                              as_repair_step_dialog_get_int (dialog, "recipient"),
                                              &error) != 0, &error);
}

static void
reward_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsComplaintsSection *self = AS_COMPLAINTS_SECTION (widget);
  AsRepairStepDialog *dialog = new_step_dialog (self, _("Reward a Valuable Comment"),
                                                _("_Approve Reward"),
                                                G_CALLBACK (on_reward_accepted_cb));
  g_autofree char *today = now_text ();

  today[10] = '\0';
  as_repair_step_dialog_add_entry (dialog, "what", _("Reward"), NULL);
  as_repair_step_dialog_add_money (dialog, "amount", _("Amount"), 0);
  as_repair_step_dialog_add_date (dialog, "day", _("Awarded on"), today);
  as_repair_step_dialog_add_picker (dialog, "recipient", _("To staff member"), self->db, "staff");
  as_repair_step_dialog_add_note (dialog, _("Leave the staff member blank to reward the "
                                            "customer. You approve the reward: nobody approves "
                                            "one to themselves."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------ what applies */

static void
set_step (AsComplaintsSection *self,
          const char          *action,
          gboolean             visible,
          gboolean             enabled,
          const char          *why_not)
{
  as_complaints_detail_set_step (self->detail, action, visible, enabled ? NULL : why_not);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, visible && enabled);
}

static void
update_review_steps (AsComplaintsSection *self,
                     GHashTable          *c)
{
  gboolean to_review = is (c, "level", "deputy_gm") && value (c, "reviewed_at") == NULL;

  set_step (self, "complaints.review", to_review, actor_holds (self, AS_ROLE_DEPUTY_GM),
            _("Only the deputy general manager reviews serious complaints."));
  set_step (self, "complaints.answer", is_waiting (c), actor_handles (self) && !to_review,
            to_review ? _("The deputy general manager reviews this serious complaint before "
                          "the customer is answered.")
                      : _("The service department, a manager or the handler answers."));
}

void
_as_complaints_section_update_actions (AsComplaintsSection *self)
{
  GHashTable *c = self->detail_values;
  gboolean waiting = c != NULL && is_waiting (c);
  gboolean answered = c != NULL && is (c, "status", "answered");
  const char *handlers_only = _("The service department, a manager or the handler does this.");
  const char *managers_only = _("Only a service supervisor, a branch manager or the deputy "
                                "general manager does this.");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.new", self->db != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.figures", self->db != NULL);
  if (c == NULL)
    {
      static const char *const steps[] = {
        "complaints.assign", "complaints.answer", "complaints.satisfied",
        "complaints.not-satisfied", "complaints.review", "complaints.escalate",
        "complaints.classify", "complaints.deadline", "complaints.responsible",
        "complaints.reward",
      };
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), steps[i], FALSE);
      return;
    }
  set_step (self, "complaints.assign", waiting, actor_handles (self), handlers_only);
  update_review_steps (self, c);
  set_step (self, "complaints.satisfied", answered, actor_handles (self), handlers_only);
  set_step (self, "complaints.not-satisfied", answered, actor_handles (self), handlers_only);
  set_step (self, "complaints.escalate", waiting && !is (c, "level", "deputy_gm"),
            actor_handles (self), handlers_only);
  set_step (self, "complaints.classify", waiting, actor_handles (self), handlers_only);
  set_step (self, "complaints.deadline", waiting, actor_holds (self, MANAGERS), managers_only);
  set_step (self, "complaints.responsible", TRUE, actor_holds (self, HANDLERS),
            _("The service department or a manager names who is responsible."));
  set_step (self, "complaints.reward", !is (c, "kind", "consultation"),
            actor_holds (self, MANAGERS), managers_only);
}

void
_as_complaints_section_install_actions (GtkWidgetClass *widget_class)
{
  static const struct { const char *name; GtkWidgetActionActivateFunc activate; } actions[] = {
    { "complaints.new", new_action },
    { "complaints.figures", figures_action },
    { "complaints.assign", assign_action },
    { "complaints.answer", answer_action },
    { "complaints.satisfied", satisfied_action },
    { "complaints.not-satisfied", not_satisfied_action },
    { "complaints.review", review_action },
    { "complaints.escalate", escalate_action },
    { "complaints.classify", classify_action },
    { "complaints.deadline", deadline_action },
    { "complaints.responsible", responsible_action },
    { "complaints.reward", reward_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, NULL, actions[i].activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "complaints.new", NULL);
}
