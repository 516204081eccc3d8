/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fields of the small form windows (AsRepairStepDialog, AsWarehouseForm):
 * one implementation of the labelled rows, their Alt+letter keys, reading the
 * values back and showing a refusal, so that every form behaves alike. */

#include <glib/gi18n.h>

#include "as-form-grid.h"
#include "as-labels.h"
#include "as-mnemonics.h"
#include "as-record-picker.h"
#include "as-repair-step-dialog.h"

/* ---------------------------------------------------------------- helpers */

static void
field_free (gpointer data)
{
  AsFormField *field = data;

  g_strfreev (field->codes);
  g_free (field);
}

static GtkWidget *
create_label (AsFormGrid      *form,
              const char      *label_text,
              const char      *mnemonic,
              AsFormFieldKind  kind,
              GtkWidget       *widget)
{
  GtkWidget *label = kind == AS_FORM_FIELD_INFO ? gtk_label_new (label_text)
                                                : gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "dim-label");
  if (kind == AS_FORM_FIELD_TEXT_VIEW)
    {
      gtk_widget_set_valign (label, GTK_ALIGN_START);
      gtk_widget_set_margin_top (label, 6);
    }
  else if (form->label_valign != GTK_ALIGN_FILL)
    gtk_widget_set_valign (label, form->label_valign);
  if (kind != AS_FORM_FIELD_INFO)
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  return label;
}

/* ------------------------------------------------------------ the window */

/* Binds the template children of the AsFormGrid at @offset in the instance. */
void
as_form_grid_bind_template (GtkWidgetClass *widget_class,
                            gsize           offset)
{
  static const struct { const char *name; gsize offset; } children[] = {
    { "title_label", G_STRUCT_OFFSET (AsFormGrid, title_label) },
    { "subtitle_label", G_STRUCT_OFFSET (AsFormGrid, subtitle_label) },
    { "cancel_button", G_STRUCT_OFFSET (AsFormGrid, cancel_button) },
    { "accept_button", G_STRUCT_OFFSET (AsFormGrid, accept_button) },
    { "error_box", G_STRUCT_OFFSET (AsFormGrid, error_box) },
    { "error_label", G_STRUCT_OFFSET (AsFormGrid, error_label) },
    { "intro_label", G_STRUCT_OFFSET (AsFormGrid, intro_label) },
    { "grid", G_STRUCT_OFFSET (AsFormGrid, grid) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    gtk_widget_class_bind_template_child_full (widget_class, children[i].name, FALSE,
                                               offset + children[i].offset);
  g_type_ensure (AS_TYPE_RECORD_PICKER);
}

/* After gtk_widget_init_template(). @label_valign: how the labels sit
 * against their fields (GTK_ALIGN_FILL: GTK's default). */
void
as_form_grid_init (AsFormGrid *form,
                   GtkWidget  *window,
                   const char *what,
                   GtkAlign    label_valign)
{
  form->window = window;
  form->what = what;
  form->label_valign = label_valign;
  form->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, field_free);
  form->mnemonics = g_hash_table_new (NULL, NULL);
  as_mnemonics_reserve (form->mnemonics, gtk_button_get_label (form->cancel_button));
}

void
as_form_grid_finalize (AsFormGrid *form)
{
  g_clear_pointer (&form->fields, g_hash_table_unref);
  g_clear_pointer (&form->mnemonics, g_hash_table_unref);
}

void
as_form_grid_set_header (AsFormGrid *form,
                         const char *title,
                         const char *subtitle,
                         const char *accept_label)
{
  g_autofree char *tooltip = NULL;

  gtk_window_set_title (GTK_WINDOW (form->window), title);
  gtk_label_set_text (form->title_label, title);
  gtk_label_set_text (form->subtitle_label, subtitle ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (form->subtitle_label), subtitle != NULL && *subtitle != '\0');
  gtk_button_set_label (form->accept_button, accept_label);
  as_mnemonics_reserve (form->mnemonics, accept_label);
  tooltip = g_strdup_printf ("%s (Ctrl+S)", _("Confirm"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (form->accept_button), tooltip);
}

/* A few lines above the form: what it is about. */
void
as_form_grid_set_intro (AsFormGrid *form,
                        const char *text)
{
  gtk_label_set_text (form->intro_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (form->intro_label), text != NULL && *text != '\0');
}

/* Before the window picks its first focusable widget, the Cancel button. */
void
as_form_grid_focus_first (AsFormGrid *form)
{
  if (form->first_field != NULL)
    gtk_widget_grab_focus (form->first_field);
}

/* Takes in numbers typed but not yet confirmed with Enter or Tab. */
void
as_form_grid_update_spins (AsFormGrid *form)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (form->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SPIN_BUTTON (child))
      gtk_spin_button_update (GTK_SPIN_BUTTON (child));
}

/* ------------------------------------------------------------- the fields */

GtkWidget *
as_form_grid_create_entry (const char *text,
                           int         width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
  return entry;
}

/* @outer: (nullable): what sits in the grid when it is not @widget itself,
 *   such as the frame of a text view */
AsFormField *
as_form_grid_add_row (AsFormGrid      *form,
                      const char      *key,
                      const char      *label_text,
                      AsFormFieldKind  kind,
                      GtkWidget       *widget,
                      GtkWidget       *outer)
{
  AsFormField *field = g_new0 (AsFormField, 1);
  g_autofree char *mnemonic = as_mnemonics_add (form->mnemonics, label_text);

  field->kind = kind;
  field->widget = widget;
  field->outer = outer ? outer : widget;
  if (kind == AS_FORM_FIELD_CHECK)
    {
      gtk_check_button_set_label (GTK_CHECK_BUTTON (widget), mnemonic);
      gtk_check_button_set_use_underline (GTK_CHECK_BUTTON (widget), TRUE);
    }
  else
    {
      field->label = create_label (form, label_text, mnemonic, kind, widget);
      gtk_grid_attach (form->grid, field->label, 0, form->n_rows, 1, 1);
    }
  gtk_grid_attach (form->grid, field->outer, 1, form->n_rows, 1, 1);
  form->n_rows++;
  if (form->first_field == NULL && kind != AS_FORM_FIELD_INFO)
    form->first_field = widget;
  g_hash_table_replace (form->fields, g_strdup (key), field);
  return field;
}

GtkWidget *
as_form_grid_add_spin (AsFormGrid *form,
                       const char *key,
                       const char *label,
                       int         min,
                       int         max,
                       int         value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 1);
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 8);
  gtk_widget_set_halign (spin, GTK_ALIGN_START);
  /* GTK 4.8 has no activates-default on spin buttons; their text has. */
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_activates_default (GTK_TEXT (delegate), TRUE);
  return as_form_grid_add_row (form, key, label, AS_FORM_FIELD_SPIN, spin, NULL)->widget;
}

/* @labels: NULL to show each code's label from as_code_get_label() */
GtkWidget *
as_form_grid_add_choice (AsFormGrid        *form,
                         const char        *key,
                         const char        *label,
                         const char *const *codes,
                         const char *const *labels,
                         const char        *selected)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkWidget *drop_down;
  AsFormField *field;

  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (strings, labels ? labels[i] : as_code_get_label (codes[i]));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&strings)), NULL);
  gtk_widget_set_halign (drop_down, GTK_ALIGN_START);
  field = as_form_grid_add_row (form, key, label, AS_FORM_FIELD_CHOICE, drop_down, NULL);
  field->codes = g_strdupv ((char **) codes);
  as_form_grid_set_choice (form, key, selected);
  return drop_down;
}

/* A line of explanation under the fields. */
void
as_form_grid_add_note (AsFormGrid *form,
                       const char *text,
                       int         max_width_chars)
{
  GtkWidget *note = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (note), 0.0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (note), max_width_chars);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  gtk_grid_attach (form->grid, note, 1, form->n_rows++, 1, 1);
}

/* ------------------------------------------------------------- the values */

AsFormField *
as_form_grid_lookup (AsFormGrid *form,
                     const char *key)
{
  AsFormField *field = g_hash_table_lookup (form->fields, key);

  if (field == NULL)
    g_critical ("The %s has no field “%s”", form->what, key);
  return field;
}

/* Returns: (transfer none) (nullable): the value widget of @key */
GtkWidget *
as_form_grid_get_widget (AsFormGrid *form,
                         const char *key)
{
  AsFormField *field = as_form_grid_lookup (form, key);

  return field ? field->widget : NULL;
}

/* Shows or hides a field with its label. */
void
as_form_grid_set_visible (AsFormGrid *form,
                          const char *key,
                          gboolean    visible)
{
  AsFormField *field = as_form_grid_lookup (form, key);

  if (field == NULL)
    return;
  gtk_widget_set_visible (field->outer, visible);
  if (field->label != NULL)
    gtk_widget_set_visible (field->label, visible);
}

/* Returns: (transfer full): the text of an entry or a text view, trimmed */
char *
as_form_grid_get_text (AsFormGrid *form,
                       const char *key)
{
  AsFormField *field = as_form_grid_lookup (form, key);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  char *text;

  if (field == NULL)
    return g_strdup ("");
  if (field->kind == AS_FORM_FIELD_TEXT_VIEW)
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
as_form_grid_get_int (AsFormGrid *form,
                      const char *key)
{
  AsFormField *field = as_form_grid_lookup (form, key);

  if (field == NULL)
    return 0;
  if (field->kind == AS_FORM_FIELD_PICKER)
    return as_record_picker_get_id (AS_RECORD_PICKER (field->widget));
  if (GTK_IS_SPIN_BUTTON (field->widget))
    {
      gtk_spin_button_update (GTK_SPIN_BUTTON (field->widget));
      return gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->widget));
    }
  if (GTK_IS_CHECK_BUTTON (field->widget))
    return gtk_check_button_get_active (GTK_CHECK_BUTTON (field->widget));
  return 0;
}

/* Returns: (transfer none) (nullable): the code chosen in a drop-down */
const char *
as_form_grid_get_choice (AsFormGrid *form,
                         const char *key)
{
  AsFormField *field = as_form_grid_lookup (form, key);
  guint selected;

  if (field == NULL || field->kind != AS_FORM_FIELD_CHOICE)
    return NULL;
  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (field->widget));
  return selected < g_strv_length (field->codes) ? field->codes[selected] : NULL;
}

void
as_form_grid_set_choice (AsFormGrid *form,
                         const char *key,
                         const char *code)
{
  AsFormField *field = as_form_grid_lookup (form, key);

  if (field == NULL || field->kind != AS_FORM_FIELD_CHOICE || code == NULL)
    return;
  for (guint i = 0; field->codes[i] != NULL; i++)
    if (g_str_equal (field->codes[i], code))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (field->widget), i);
}

/* Reads an amount field. A blank or unreadable amount is reported in the
 * form, with the cursor put in the field.
 *
 * Returns: %TRUE with @cents set when the field holds an amount */
gboolean
as_form_grid_get_money (AsFormGrid *form,
                        const char *key,
                        gint64     *cents)
{
  AsFormField *field = as_form_grid_lookup (form, key);
  g_autofree char *message = NULL;

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
  as_form_grid_show_error (form, message);
  gtk_widget_add_css_class (field->widget, "error");
  gtk_widget_grab_focus (field->widget);
  return FALSE;
}

/* Shows why the form was refused above it; the form keeps what was typed. */
void
as_form_grid_show_error (AsFormGrid *form,
                         const char *message)
{
  gtk_label_set_text (form->error_label, message);
  gtk_widget_set_visible (form->error_box, TRUE);
  gtk_widget_error_bell (form->window);
}
