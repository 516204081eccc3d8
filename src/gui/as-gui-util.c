/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small pieces shared by the tabs, so that every tab shows its messages,
 * buttons and detail panes alike. */

#include <string.h>

#include "as-gui-util.h"
#include "as-record-list.h"
#include "as-labels.h"

/* Returns: (transfer none) (nullable): the window @widget sits in */
GtkWindow *
as_gui_get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A message with a Close button over @parent.
 * @secondary: (nullable): the details */
void
as_gui_message_dialog (GtkWindow      *parent,
                       GtkMessageType  type,
                       const char     *primary,
                       const char     *secondary)
{
  GtkWidget *dialog = gtk_message_dialog_new (parent,
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              type, GTK_BUTTONS_CLOSE, "%s", primary);

  if (secondary != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shows a store's refusal, in the person's language, over @parent.
 * @error: (nullable): its message is the details */
void
as_gui_error_dialog (GtkWindow    *parent,
                     const char   *primary,
                     const GError *error)
{
  as_gui_message_dialog (parent, GTK_MESSAGE_ERROR, primary, error ? error->message : NULL);
}

/* A message over @widget's window. */
void
as_gui_show_message (GtkWidget      *widget,
                     GtkMessageType  type,
                     const char     *primary,
                     const char     *secondary)
{
  as_gui_message_dialog (as_gui_get_window (widget), type, primary, secondary);
}

/* Shows a store's refusal, in the person's language, over @widget's window.
 * @error: (nullable): its message is the details */
void
as_gui_show_error (GtkWidget    *widget,
                   const char   *primary,
                   const GError *error)
{
  as_gui_error_dialog (as_gui_get_window (widget), primary, error);
}

/* The stores start a field's error with its label ("Reason: …"): the field
 * whose label matches is marked and gets the cursor; the others lose their
 * mark. */
static void
mark_field_in_error (GtkWidget  *root,
                     const char *message)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *target;
      g_autofree char *text = NULL;
      g_autofree char *prefix = NULL;

      mark_field_in_error (child, message);
      if (!GTK_IS_LABEL (child) ||
          (target = gtk_label_get_mnemonic_widget (GTK_LABEL (child))) == NULL)
        continue;
      text = g_strdup (gtk_label_get_text (GTK_LABEL (child)));
      if (g_str_has_suffix (text, " *"))
        text[strlen (text) - 2] = '\0';
      prefix = g_strdup_printf ("%s:", text);
      gtk_widget_remove_css_class (target, "error");
      if (g_str_has_prefix (message, prefix))
        {
          gtk_widget_add_css_class (target, "error");
          gtk_widget_grab_focus (target);
        }
    }
}

/* Shows a refusal in a form's error bar, and marks the field it names
 * among the labelled fields of @form.
 * @form: (nullable): the fields; NULL to mark none */
void
as_gui_show_form_error (GtkWidget  *error_box,
                        GtkLabel   *error_label,
                        GtkWidget  *form,
                        const char *message)
{
  gtk_label_set_text (error_label, message);
  gtk_widget_set_visible (error_box, TRUE);
  if (form != NULL)
    mark_field_in_error (form, message);
}

/* The Cancel or Close action of a dialog, for gtk_widget_class_install_action():
 * the dialog closes and nothing is saved. */
void
as_gui_close_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* A tool-bar button of a list: @label with a mnemonic, firing @action_name. */
GtkWidget *
as_gui_create_button (const char *label,
                      const char *action_name,
                      const char *tooltip,
                      gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_tooltip_text (button, tooltip);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

/* Shows the labels of @codes in @drop_down, after @none when not NULL
 * (an entry for no code at all). */
void
as_gui_fill_codes (GtkDropDown       *drop_down,
                   const char        *none,
                   const char *const *codes)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  if (none != NULL)
    gtk_string_list_append (labels, none);
  for (guint i = 0; codes[i] != NULL; i++)
    gtk_string_list_append (labels, as_code_get_label (codes[i]));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (labels));
}

/* Returns: the code chosen in a drop-down filled with @codes alone, or the
 *   first code when nothing is chosen */
const char *
as_gui_selected_code (GtkDropDown       *drop_down,
                      const char *const *codes)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  return selected < g_strv_length ((char **) codes) ? codes[selected] : codes[0];
}

/* Empties a grid or a box. */
void
as_gui_clear_container (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_GRID (container))
        gtk_grid_remove (GTK_GRID (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

/* Shows @text, or hides the label when there is none. */
void
as_gui_set_optional_label (GtkLabel   *label,
                           const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* A value of a detail pane: wrapped, and selectable to copy it. */
GtkWidget *
as_gui_create_value_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* A value of a row loaded by a store, NULL when absent or empty: nothing to show. */
const char *
as_gui_lookup (GHashTable *values,
               const char *key)
{
  const char *value = values ? g_hash_table_lookup (values, key) : NULL;

  return value && *value ? value : NULL;
}

/* A stored date or timestamp as the lists show it; NULL for none. */
char *
as_gui_format_date (const char *raw)
{
  return raw ? as_record_list_format_value (AS_COLUMN_DATE, raw) : NULL;
}

/* An amount in cents as the lists show money. */
char *
as_gui_format_money (gint64 cents)
{
  g_autofree char *raw = g_strdup_printf ("%" G_GINT64_FORMAT, cents);

  return as_record_list_format_value (AS_COLUMN_MONEY, raw);
}

/* One "title  value" line of a detail pane's grid at row *@n_rows, which
 * it advances; nothing for an empty value. */
void
as_gui_grid_add_info (GtkGrid    *grid,
                      int        *n_rows,
                      const char *title,
                      const char *value)
{
  GtkWidget *key;
  GtkWidget *label;

  if (value == NULL || *value == '\0')
    return;
  key = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (key), 0.0);
  gtk_widget_set_valign (key, GTK_ALIGN_START);
  gtk_widget_add_css_class (key, "dim-label");
  label = as_gui_create_value_label (value);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  key, NULL, -1);
  gtk_grid_attach (grid, key, 0, *n_rows, 1, 1);
  gtk_grid_attach (grid, label, 1, *n_rows, 1, 1);
  (*n_rows)++;
}

/* The same with two values, "first · second", or the one there is. */
void
as_gui_grid_add_info_joined (GtkGrid    *grid,
                             int        *n_rows,
                             const char *title,
                             const char *first,
                             const char *second)
{
  g_autofree char *joined = NULL;

  if (first && second)
    joined = g_strdup_printf ("%s · %s", first, second);
  as_gui_grid_add_info (grid, n_rows, title, joined ? joined : first ? first : second);
}
