/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The small form of one step of a repair: the assessment and technician of a
 * dispatch, the customer's signature on closing, a fee, the work done… The
 * caller builds the fields; the store checks them on ::accepted, and a
 * refusal is shown on top of the form, which stays open and untouched. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-directory.h"
#include "as-form-grid.h"
#include "as-gui-util.h"
#include "as-record-picker.h"
#include "as-repair-step-dialog.h"

struct _AsRepairStepDialog
{
  GtkWindow   parent_instance;

  AsFormGrid  form;
  gint64      target;
};

G_DEFINE_FINAL_TYPE (AsRepairStepDialog, as_repair_step_dialog, GTK_TYPE_WINDOW)

enum { ACCEPTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------- helpers */

static GtkWidget *
create_entry (const char *text)
{
  return as_form_grid_create_entry (text, 36);
}

/* --------------------------------------------------------------- actions */

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsRepairStepDialog *self = AS_REPAIR_STEP_DIALOG (widget);

  as_form_grid_update_spins (&self->form);
  g_signal_emit (self, signals[ACCEPTED], 0);
}

/* ------------------------------------------------------------- overrides */

static void
as_repair_step_dialog_show (GtkWidget *widget)
{
  as_form_grid_focus_first (&AS_REPAIR_STEP_DIALOG (widget)->form);
  GTK_WIDGET_CLASS (as_repair_step_dialog_parent_class)->show (widget);
}

static void
as_repair_step_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), AS_TYPE_REPAIR_STEP_DIALOG);
  G_OBJECT_CLASS (as_repair_step_dialog_parent_class)->dispose (object);
}

static void
as_repair_step_dialog_finalize (GObject *object)
{
  as_form_grid_finalize (&AS_REPAIR_STEP_DIALOG (object)->form);
  G_OBJECT_CLASS (as_repair_step_dialog_parent_class)->finalize (object);
}

static void
as_repair_step_dialog_class_init (AsRepairStepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_repair_step_dialog_dispose;
  object_class->finalize = as_repair_step_dialog_finalize;
  widget_class->show = as_repair_step_dialog_show;

  /**
   * AsRepairStepDialog::accepted:
   *
   * Emitted when the person confirms the form (the accept button, Enter in
   * a one-line field or Ctrl+S). The dialog stays open until the handler
   * closes it.
   */
  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-repair-step-dialog.ui");
  as_form_grid_bind_template (widget_class, G_STRUCT_OFFSET (AsRepairStepDialog, form));

  gtk_widget_class_install_action (widget_class, "step.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "step.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "step.accept", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "step.cancel", NULL);
}

static void
as_repair_step_dialog_init (AsRepairStepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  as_form_grid_init (&self->form, GTK_WIDGET (self), "step dialog", GTK_ALIGN_FILL);
}

/* ------------------------------------------------------------- public API */

/**
 * as_repair_step_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @subtitle: (nullable): what the step is about, such as "Repair no. 1234"
 * @accept_label: the accept button's label, with a mnemonic ("_Dispatch")
 *
 * Returns: (transfer none): a new dialog, not yet shown; it is owned by GTK's
 *   list of toplevels and destroys itself when cancelled
 */
AsRepairStepDialog *
as_repair_step_dialog_new (GtkWindow  *parent,
                           const char *title,
                           const char *subtitle,
                           const char *accept_label)
{
  AsRepairStepDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (title != NULL && accept_label != NULL, NULL);

  self = g_object_new (AS_TYPE_REPAIR_STEP_DIALOG, "transient-for", parent, NULL);
  as_form_grid_set_header (&self->form, title, subtitle, accept_label);
  return self;
}

/* A few lines above the form: what the step is about. */
void
as_repair_step_dialog_set_intro (AsRepairStepDialog *self,
                                 const char         *text)
{
  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));
  as_form_grid_set_intro (&self->form, text);
}

/* The record the step applies to (a repair, a contract), for the caller. */
void
as_repair_step_dialog_set_target (AsRepairStepDialog *self,
                                  gint64              id)
{
  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));
  self->target = id;
}

gint64
as_repair_step_dialog_get_target (AsRepairStepDialog *self)
{
  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), 0);
  return self->target;
}

GtkWidget *
as_repair_step_dialog_add_entry (AsRepairStepDialog *self,
                                 const char         *key,
                                 const char         *label,
                                 const char         *text)
{
  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_ENTRY, create_entry (text),
                               NULL)->widget;
}

GtkWidget *
as_repair_step_dialog_add_date (AsRepairStepDialog *self,
                                const char         *key,
                                const char         *label,
                                const char         *date)
{
  GtkWidget *entry;

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);

  entry = create_entry (date);
  /* Translators: the date format shown in empty date fields; keep the ISO order */
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_widget_set_hexpand (entry, FALSE);
  gtk_widget_set_halign (entry, GTK_ALIGN_START);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_ENTRY, entry, NULL)->widget;
}

GtkWidget *
as_repair_step_dialog_add_money (AsRepairStepDialog *self,
                                 const char         *key,
                                 const char         *label,
                                 gint64              cents)
{
  g_autofree char *text = NULL;
  GtkWidget *entry;

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);

  text = cents >= 0 ? as_money_format_entry (cents) : NULL;
  entry = create_entry (text);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "0.00");
  gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_widget_set_hexpand (entry, FALSE);
  gtk_widget_set_halign (entry, GTK_ALIGN_START);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_MONEY, entry, NULL)->widget;
}

GtkWidget *
as_repair_step_dialog_add_text_view (AsRepairStepDialog *self,
                                     const char         *key,
                                     const char         *label,
                                     const char         *text)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  /* Tab leaves the field, as in every other field of the form. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  if (text != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 80);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  gtk_widget_set_hexpand (frame, TRUE);
  gtk_widget_set_size_request (frame, 360, -1);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_TEXT_VIEW, view,
                               frame)->widget;
}

GtkWidget *
as_repair_step_dialog_add_spin (AsRepairStepDialog *self,
                                const char         *key,
                                const char         *label,
                                int                 min,
                                int                 max,
                                int                 value)
{
  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);
  return as_form_grid_add_spin (&self->form, key, label, min, max, value);
}

GtkWidget *
as_repair_step_dialog_add_check (AsRepairStepDialog *self,
                                 const char         *key,
                                 const char         *label,
                                 gboolean            active)
{
  GtkWidget *check = gtk_check_button_new ();

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_CHECK, check, NULL)->widget;
}

GtkWidget *
as_repair_step_dialog_add_picker (AsRepairStepDialog *self,
                                  const char         *key,
                                  const char         *label,
                                  AsDatabase         *db,
                                  const char         *entity_name)
{
  const AsEntity *entity = as_directory_find_entity (entity_name);
  GtkWidget *picker;

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  picker = as_record_picker_new (db, entity);
  gtk_widget_set_hexpand (picker, TRUE);
  return as_form_grid_add_row (&self->form, key, label, AS_FORM_FIELD_PICKER, picker,
                               NULL)->widget;
}

GtkWidget *
as_repair_step_dialog_add_choice (AsRepairStepDialog *self,
                                  const char         *key,
                                  const char         *label,
                                  const char *const  *codes,
                                  const char *const  *labels,
                                  const char         *selected)
{
  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);
  g_return_val_if_fail (codes != NULL, NULL);
  return as_form_grid_add_choice (&self->form, key, label, codes, labels, selected);
}

/* A line of explanation under the fields. */
void
as_repair_step_dialog_add_note (AsRepairStepDialog *self,
                                const char         *text)
{
  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));
  as_form_grid_add_note (&self->form, text, 56);
}

/* Returns: (transfer none) (nullable): the value widget of @key */
GtkWidget *
as_repair_step_dialog_get_widget (AsRepairStepDialog *self,
                                  const char         *key)
{
  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);
  return as_form_grid_get_widget (&self->form, key);
}

/* Shows or hides a field with its label, such as the settlement of a paid repair. */
void
as_repair_step_dialog_set_visible (AsRepairStepDialog *self,
                                   const char         *key,
                                   gboolean            visible)
{
  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));
  as_form_grid_set_visible (&self->form, key, visible);
}

/* Returns: (transfer full): the text of an entry or a text view, trimmed */
char *
as_repair_step_dialog_get_text (AsRepairStepDialog *self,
                                const char         *key)
{
  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);
  return as_form_grid_get_text (&self->form, key);
}

/* Returns: a picker's record id (0: none), a spin button's value or a check
 *   button's state (0 or 1) */
gint64
as_repair_step_dialog_get_int (AsRepairStepDialog *self,
                               const char         *key)
{
  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), 0);
  return as_form_grid_get_int (&self->form, key);
}

/* Returns: (transfer none): the code chosen in a drop-down */
const char *
as_repair_step_dialog_get_choice (AsRepairStepDialog *self,
                                  const char         *key)
{
  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);
  return as_form_grid_get_choice (&self->form, key);
}

void
as_repair_step_dialog_set_choice (AsRepairStepDialog *self,
                                  const char         *key,
                                  const char         *code)
{
  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));
  as_form_grid_set_choice (&self->form, key, code);
}

/**
 * as_repair_step_dialog_get_money:
 * @cents: (out): the amount
 *
 * Reads an amount field. A blank or unreadable amount is reported in the
 * dialog, with the cursor put in the field.
 *
 * Returns: %TRUE when the field holds an amount
 */
gboolean
as_repair_step_dialog_get_money (AsRepairStepDialog *self,
                                 const char         *key,
                                 gint64             *cents)
{
  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), FALSE);
  return as_form_grid_get_money (&self->form, key, cents);
}

/* Shows why the step was refused above the form; the form keeps what was typed. */
void
as_repair_step_dialog_show_error (AsRepairStepDialog *self,
                                  const char         *message)
{
  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));
  as_form_grid_show_error (&self->form, message);
}

/* Returns: %TRUE with @cents set when @text is an amount of zero or more */
gboolean
as_money_parse (const char *text,
                gint64     *cents)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *decimal = NULL;
  guint64 units = 0, fraction = 0;
  int n_fraction = 0;

  g_return_val_if_fail (cents != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  /* The last separator followed by one or two digits is the decimal one;
   * others group thousands. */
  for (const char *p = text; *p != '\0'; p++)
    if (*p == '.' || *p == ',')
      {
        size_t after = strspn (p + 1, "0123456789");
        if ((after == 1 || after == 2) && strpbrk (p + 1 + after, "0123456789") == NULL)
          decimal = p;
      }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 128 && g_ascii_isdigit (c))
        {
          if (decimal != NULL && p > decimal)
            {
              fraction = fraction * 10 + (c - '0');
              n_fraction++;
            }
          else
            g_string_append_c (digits, c);
        }
      else if (c != '.' && c != ',' && !g_unichar_isspace (c) && c != 0x20AC && c != '$')
        return FALSE;
    }
  if (digits->len == 0 && n_fraction == 0)
    return FALSE;
  if (digits->len > 15)
    return FALSE;
  units = digits->len ? g_ascii_strtoull (digits->str, NULL, 10) : 0;
  if (n_fraction == 1)
    fraction *= 10;
  *cents = (gint64) (units * 100 + fraction);
  return TRUE;
}

/* Returns: (transfer full): @cents as an amount to edit, "45.00" */
char *
as_money_format_entry (gint64 cents)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));
}
