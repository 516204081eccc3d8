/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The small form of one step of a repair: the assessment and technician of a
 * dispatch, the customer's signature on closing, a fee, the work done… The
 * caller builds the fields; the store checks them on ::accepted, and a
 * refusal is shown on top of the form, which stays open and untouched. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-directory.h"
#include "as-labels.h"
#include "as-mnemonics.h"
#include "as-record-picker.h"
#include "as-repair-step-dialog.h"

typedef enum
{
  FIELD_ENTRY,
  FIELD_MONEY,
  FIELD_TEXT_VIEW,
  FIELD_SPIN,
  FIELD_CHECK,
  FIELD_PICKER,
  FIELD_CHOICE,
} FieldKind;

typedef struct
{
  FieldKind  kind;
  GtkWidget *widget;     /* the value widget */
  GtkWidget *label;      /* NULL for check buttons */
  GtkWidget *outer;      /* what sits in the grid */
  GStrv      codes;      /* FIELD_CHOICE */
} Field;

struct _AsRepairStepDialog
{
  GtkWindow   parent_instance;

  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkButton  *cancel_button;
  GtkButton  *accept_button;
  GtkWidget  *error_box;
  GtkLabel   *error_label;
  GtkLabel   *intro_label;
  GtkGrid    *grid;

  GHashTable *fields;     /* key → Field */
  GHashTable *mnemonics;  /* letters already used */
  int         n_rows;
  GtkWidget  *first_field;  /* takes the focus when the dialog shows */
  gint64      target;
};

G_DEFINE_FINAL_TYPE (AsRepairStepDialog, as_repair_step_dialog, GTK_TYPE_WINDOW)

enum { ACCEPTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------- helpers */

static void
field_free (gpointer data)
{
  Field *field = data;

  g_strfreev (field->codes);
  g_free (field);
}

static Field *
lookup (AsRepairStepDialog *self,
        const char         *key)
{
  Field *field = g_hash_table_lookup (self->fields, key);

  if (field == NULL)
    g_critical ("The step dialog has no field “%s”", key);
  return field;
}

static Field *
add_row (AsRepairStepDialog *self,
         const char         *key,
         const char         *label_text,
         FieldKind           kind,
         GtkWidget          *widget,
         GtkWidget          *outer)
{
  Field *field = g_new0 (Field, 1);
  g_autofree char *mnemonic = as_mnemonics_add (self->mnemonics, label_text);

  field->kind = kind;
  field->widget = widget;
  field->outer = outer ? outer : widget;
  if (kind == FIELD_CHECK)
    {
      gtk_check_button_set_label (GTK_CHECK_BUTTON (widget), mnemonic);
      gtk_check_button_set_use_underline (GTK_CHECK_BUTTON (widget), TRUE);
    }
  else
    {
      field->label = gtk_label_new_with_mnemonic (mnemonic);
      gtk_label_set_xalign (GTK_LABEL (field->label), 1.0);
      gtk_widget_add_css_class (field->label, "dim-label");
      if (kind == FIELD_TEXT_VIEW)
        {
          gtk_widget_set_valign (field->label, GTK_ALIGN_START);
          gtk_widget_set_margin_top (field->label, 6);
        }
      gtk_label_set_mnemonic_widget (GTK_LABEL (field->label), widget);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      field->label, NULL, -1);
      gtk_grid_attach (self->grid, field->label, 0, self->n_rows, 1, 1);
    }
  gtk_grid_attach (self->grid, field->outer, 1, self->n_rows, 1, 1);
  self->n_rows++;
  if (self->first_field == NULL)
    self->first_field = widget;
  g_hash_table_replace (self->fields, g_strdup (key), field);
  return field;
}

static GtkWidget *
create_entry (const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 36);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
  return entry;
}

/* --------------------------------------------------------------- actions */

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsRepairStepDialog *self = AS_REPAIR_STEP_DIALOG (widget);

  /* Takes in numbers typed but not yet confirmed with Enter or Tab. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SPIN_BUTTON (child))
      gtk_spin_button_update (GTK_SPIN_BUTTON (child));
  g_signal_emit (self, signals[ACCEPTED], 0);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* ------------------------------------------------------------- overrides */

static void
as_repair_step_dialog_show (GtkWidget *widget)
{
  AsRepairStepDialog *self = AS_REPAIR_STEP_DIALOG (widget);

  /* Before the window picks its first focusable widget, the Cancel button. */
  if (self->first_field != NULL)
    gtk_widget_grab_focus (self->first_field);
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
  AsRepairStepDialog *self = AS_REPAIR_STEP_DIALOG (object);

  g_hash_table_unref (self->fields);
  g_hash_table_unref (self->mnemonics);
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
  gtk_widget_class_bind_template_child (widget_class, AsRepairStepDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairStepDialog, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairStepDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AsRepairStepDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, AsRepairStepDialog, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsRepairStepDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairStepDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairStepDialog, grid);

  gtk_widget_class_install_action (widget_class, "step.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "step.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "step.accept", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "step.cancel", NULL);

  g_type_ensure (AS_TYPE_RECORD_PICKER);
}

static void
as_repair_step_dialog_init (AsRepairStepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, field_free);
  self->mnemonics = g_hash_table_new (NULL, NULL);
  as_mnemonics_reserve (self->mnemonics, gtk_button_get_label (self->cancel_button));
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
  g_autofree char *tooltip = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (title != NULL && accept_label != NULL, NULL);

  self = g_object_new (AS_TYPE_REPAIR_STEP_DIALOG, "transient-for", parent, NULL);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL && *subtitle != '\0');
  gtk_button_set_label (self->accept_button, accept_label);
  as_mnemonics_reserve (self->mnemonics, accept_label);
  tooltip = g_strdup_printf ("%s (Ctrl+S)", _("Confirm"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->accept_button), tooltip);
  return self;
}

/* A few lines above the form: what the step is about. */
void
as_repair_step_dialog_set_intro (AsRepairStepDialog *self,
                                 const char         *text)
{
  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));

  gtk_label_set_text (self->intro_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->intro_label), text != NULL && *text != '\0');
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
  return add_row (self, key, label, FIELD_ENTRY, create_entry (text), NULL)->widget;
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
  return add_row (self, key, label, FIELD_ENTRY, entry, NULL)->widget;
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
  return add_row (self, key, label, FIELD_MONEY, entry, NULL)->widget;
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
  return add_row (self, key, label, FIELD_TEXT_VIEW, view, frame)->widget;
}

GtkWidget *
as_repair_step_dialog_add_spin (AsRepairStepDialog *self,
                                const char         *key,
                                const char         *label,
                                int                 min,
                                int                 max,
                                int                 value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 1);
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 8);
  gtk_widget_set_halign (spin, GTK_ALIGN_START);
  /* GTK 4.8 has no activates-default on spin buttons; their text has. */
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_activates_default (GTK_TEXT (delegate), TRUE);
  return add_row (self, key, label, FIELD_SPIN, spin, NULL)->widget;
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
  return add_row (self, key, label, FIELD_CHECK, check, NULL)->widget;
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
  return add_row (self, key, label, FIELD_PICKER, picker, NULL)->widget;
}

GtkWidget *
as_repair_step_dialog_add_choice (AsRepairStepDialog *self,
                                  const char         *key,
                                  const char         *label,
                                  const char *const  *codes,
                                  const char *const  *labels,
                                  const char         *selected)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkWidget *drop_down;
  Field *field;

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);
  g_return_val_if_fail (codes != NULL, NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (strings, labels ? labels[i] : as_code_get_label (codes[i]));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&strings)), NULL);
  gtk_widget_set_halign (drop_down, GTK_ALIGN_START);
  field = add_row (self, key, label, FIELD_CHOICE, drop_down, NULL);
  field->codes = g_strdupv ((char **) codes);
  as_repair_step_dialog_set_choice (self, key, selected);
  return drop_down;
}

/* A line of explanation under the fields. */
void
as_repair_step_dialog_add_note (AsRepairStepDialog *self,
                                const char         *text)
{
  GtkWidget *note = gtk_label_new (text);

  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));

  gtk_label_set_xalign (GTK_LABEL (note), 0.0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 56);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  gtk_grid_attach (self->grid, note, 1, self->n_rows++, 1, 1);
}

/* Returns: (transfer none) (nullable): the value widget of @key */
GtkWidget *
as_repair_step_dialog_get_widget (AsRepairStepDialog *self,
                                  const char         *key)
{
  Field *field;

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);

  field = lookup (self, key);
  return field ? field->widget : NULL;
}

/* Shows or hides a field with its label, such as the settlement of a paid repair. */
void
as_repair_step_dialog_set_visible (AsRepairStepDialog *self,
                                   const char         *key,
                                   gboolean            visible)
{
  Field *field;

  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));

  field = lookup (self, key);
  if (field == NULL)
    return;
  gtk_widget_set_visible (field->outer, visible);
  if (field->label != NULL)
    gtk_widget_set_visible (field->label, visible);
}

/* Returns: (transfer full): the text of an entry or a text view, trimmed */
char *
as_repair_step_dialog_get_text (AsRepairStepDialog *self,
                                const char         *key)
{
  Field *field;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  char *text;

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);

  field = lookup (self, key);
  if (field == NULL)
    return g_strdup ("");
  if (field->kind == FIELD_TEXT_VIEW)
    {
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  else if (GTK_IS_EDITABLE (field->widget))
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
  else
    text = g_strdup ("");
  return g_strstrip (text);
}

/* Returns: a picker's record id (0: none), a spin button's value or a check
 *   button's state (0 or 1) */
gint64
as_repair_step_dialog_get_int (AsRepairStepDialog *self,
                               const char         *key)
{
  Field *field;

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), 0);

  field = lookup (self, key);
  if (field == NULL)
    return 0;
  switch (field->kind)
    {
    case FIELD_PICKER:
      return as_record_picker_get_id (AS_RECORD_PICKER (field->widget));
    case FIELD_SPIN:
      gtk_spin_button_update (GTK_SPIN_BUTTON (field->widget));
      return gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->widget));
    case FIELD_CHECK:
      return gtk_check_button_get_active (GTK_CHECK_BUTTON (field->widget));
    default:
      return 0;
    }
}

/* Returns: (transfer none): the code chosen in a drop-down */
const char *
as_repair_step_dialog_get_choice (AsRepairStepDialog *self,
                                  const char         *key)
{
  Field *field;
  guint selected;

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), NULL);

  field = lookup (self, key);
  if (field == NULL || field->kind != FIELD_CHOICE)
    return NULL;
  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (field->widget));
  return selected < g_strv_length (field->codes) ? field->codes[selected] : NULL;
}

void
as_repair_step_dialog_set_choice (AsRepairStepDialog *self,
                                  const char         *key,
                                  const char         *code)
{
  Field *field;

  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));

  field = lookup (self, key);
  if (field == NULL || field->kind != FIELD_CHOICE || code == NULL)
    return;
  for (guint i = 0; field->codes[i] != NULL; i++)
    if (g_str_equal (field->codes[i], code))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (field->widget), i);
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
  Field *field;
  g_autofree char *message = NULL;

  g_return_val_if_fail (AS_IS_REPAIR_STEP_DIALOG (self), FALSE);

  field = lookup (self, key);
  if (field == NULL)
    return FALSE;
  if (as_money_parse (gtk_editable_get_text (GTK_EDITABLE (field->widget)), cents))
    {
      gtk_widget_remove_css_class (field->widget, "error");
      return TRUE;
    }
  /* Translators: %s is the field's label, such as "Fee" */
  message = g_strdup_printf (_("%s: write an amount such as 45.00."),
                             gtk_label_get_text (GTK_LABEL (field->label)));
  as_repair_step_dialog_show_error (self, message);
  gtk_widget_add_css_class (field->widget, "error");
  gtk_widget_grab_focus (field->widget);
  return FALSE;
}

/* Shows why the step was refused above the form; the form keeps what was typed. */
void
as_repair_step_dialog_show_error (AsRepairStepDialog *self,
                                  const char         *message)
{
  g_return_if_fail (AS_IS_REPAIR_STEP_DIALOG (self));

  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_box, TRUE);
  gtk_widget_error_bell (GTK_WIDGET (self));
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
