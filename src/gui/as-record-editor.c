/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form that adds or changes one Directory record. It is built from the
 * entity's field list, so every entity gets the same editor; the core
 * validates on save, and a refused save leaves the form open and untouched
 * with the reason shown on top. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-gui-util.h"
#include "as-labels.h"
#include "as-mnemonics.h"
#include "as-record-editor.h"
#include "as-record-picker.h"

typedef struct
{
  const AsField *field;
  GtkWidget     *widget;   /* the value widget: entry, text view, spin, check, drop-down,
                            * picker, or the grid of role check buttons */
} FieldRow;

struct _AsRecordEditor
{
  GtkWindow          parent_instance;

  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkButton         *cancel_button;
  GtkButton         *save_button;
  GtkWidget         *error_box;
  GtkImage          *error_icon;
  GtkLabel          *error_label;
  GtkScrolledWindow *scrolled;
  GtkGrid           *grid;

  AsDatabase        *db;
  const AsEntity    *entity;
  gint64             id;
  GArray            *rows;        /* FieldRow, in the entity's field order */
  GHashTable        *mnemonics;   /* lower-case letters already used, while building */
};

G_DEFINE_FINAL_TYPE (AsRecordEditor, as_record_editor, GTK_TYPE_WINDOW)

/* Pixels of form shown before it scrolls, to fit a 768-pixel-high screen. */
#define MAX_FORM_HEIGHT 560

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* --------------------------------------------------------- field widgets */

static GtkWidget *
create_entry (const AsField *field)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_widget_set_hexpand (entry, TRUE);
  switch (field->kind)
    {
    case AS_FIELD_PHONE:
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_PHONE);
      break;
    case AS_FIELD_EMAIL:
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_EMAIL);
      break;
    case AS_FIELD_DATE:
      /* Translators: the date format shown in empty date fields; keep the ISO order */
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
      gtk_widget_set_tooltip_text (entry, _("Write the date as 2026-03-31 or 31/03/2026."));
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
      gtk_widget_set_hexpand (entry, FALSE);
      gtk_widget_set_halign (entry, GTK_ALIGN_START);
      break;
    default:
      break;
    }
  return entry;
}

static GtkWidget *
create_text_view (GtkWidget **out_frame)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  /* Tab must leave the field, as in every other field of the form. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);

  *out_frame = gtk_frame_new (NULL);
  gtk_widget_set_hexpand (*out_frame, TRUE);
  gtk_frame_set_child (GTK_FRAME (*out_frame), scrolled);
  return view;
}

static GtkWidget *
create_spin_button (void)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100000, 1);
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 8);
  gtk_widget_set_halign (spin, GTK_ALIGN_START);
  /* GTK 4.8 has no activates-default on spin buttons; their text has. */
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_activates_default (GTK_TEXT (delegate), TRUE);
  return spin;
}

static GtkWidget *
create_drop_down (const AsField *field)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *drop_down;

  for (guint i = 0; field->choices != NULL && field->choices[i] != NULL; i++)
    gtk_string_list_append (labels, as_code_get_label (field->choices[i]));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_halign (drop_down, GTK_ALIGN_START);
  return drop_down;
}

static GtkWidget *
create_roles_grid (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  for (guint i = 0; i < AS_N_ROLES; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (as_role_get_label (1u << i));
      g_object_set_data (G_OBJECT (check), "role", GUINT_TO_POINTER (1u << i));
      gtk_grid_attach (GTK_GRID (grid), check, i % 3, i / 3, 1, 1);
    }
  return grid;
}

static GtkWidget *
create_picker (AsRecordEditor *self,
               const AsField  *field)
{
  const AsEntity *referenced = as_directory_find_entity (field->reference);
  GtkWidget *picker;

  g_assert (referenced != NULL);
  picker = as_record_picker_new (self->db, referenced);
  as_record_picker_set_required (AS_RECORD_PICKER (picker), field->required);
  gtk_widget_set_hexpand (picker, TRUE);
  return picker;
}

/* Creates the value widget of @field; @out_outer is what goes in the grid. */
static GtkWidget *
create_field_widget (AsRecordEditor *self,
                     const AsField  *field,
                     GtkWidget     **out_outer)
{
  GtkWidget *widget;

  switch (field->kind)
    {
    case AS_FIELD_LONG_TEXT:
      return create_text_view (out_outer);
    case AS_FIELD_INTEGER:
      widget = create_spin_button ();
      break;
    case AS_FIELD_BOOL:
      widget = gtk_check_button_new ();
      break;
    case AS_FIELD_CHOICE:
      widget = create_drop_down (field);
      break;
    case AS_FIELD_REFERENCE:
      widget = create_picker (self, field);
      break;
    case AS_FIELD_ROLES:
      widget = create_roles_grid ();
      break;
    case AS_FIELD_TEXT:
    case AS_FIELD_PHONE:
    case AS_FIELD_EMAIL:
    case AS_FIELD_DATE:
    default:
      widget = create_entry (field);
      break;
    }
  *out_outer = widget;
  return widget;
}

/* ------------------------------------------------------- values in/out */

static void
set_roles (GtkWidget *grid,
           gint64     roles)
{
  for (GtkWidget *check = gtk_widget_get_first_child (grid); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    {
      guint role = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "role"));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), (roles & role) != 0);
    }
}

static gint64
get_roles (GtkWidget *grid)
{
  gint64 roles = 0;

  for (GtkWidget *check = gtk_widget_get_first_child (grid); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
      roles |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "role"));
  return roles;
}

static guint
find_choice (const AsField *field,
             const char    *code)
{
  for (guint i = 0; code != NULL && field->choices[i] != NULL; i++)
    if (g_str_equal (field->choices[i], code))
      return i;
  return 0;
}

/* Shows @value (as stored, or NULL for none) in the row's widget. */
static void
row_set_value (const FieldRow *row,
               const char     *value)
{
  gint64 number = value ? g_ascii_strtoll (value, NULL, 10) : 0;

  switch (row->field->kind)
    {
    case AS_FIELD_LONG_TEXT:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->widget)),
                                value ? value : "", -1);
      break;
    case AS_FIELD_INTEGER:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->widget), number);
      break;
    case AS_FIELD_BOOL:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (row->widget), number != 0);
      break;
    case AS_FIELD_CHOICE:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (row->widget), find_choice (row->field, value));
      break;
    case AS_FIELD_REFERENCE:
      as_record_picker_set_id (AS_RECORD_PICKER (row->widget), MAX (number, 0));
      break;
    case AS_FIELD_ROLES:
      set_roles (row->widget, number);
      break;
    default:
      gtk_editable_set_text (GTK_EDITABLE (row->widget), value ? value : "");
      break;
    }
}

/* Returns: (transfer full): the row's value as the core expects it typed */
static char *
row_get_value (const FieldRow *row)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gint64 id;

  switch (row->field->kind)
    {
    case AS_FIELD_LONG_TEXT:
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->widget));
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    case AS_FIELD_INTEGER:
      /* Takes in a number typed but not yet confirmed with Enter or Tab. */
      gtk_spin_button_update (GTK_SPIN_BUTTON (row->widget));
      return g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->widget)));
    case AS_FIELD_BOOL:
      return g_strdup (gtk_check_button_get_active (GTK_CHECK_BUTTON (row->widget)) ? "1" : "0");
    case AS_FIELD_CHOICE:
      return g_strdup (row->field->choices[gtk_drop_down_get_selected (GTK_DROP_DOWN (row->widget))]);
    case AS_FIELD_REFERENCE:
      id = as_record_picker_get_id (AS_RECORD_PICKER (row->widget));
      return id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, id) : g_strdup ("");
    case AS_FIELD_ROLES:
      return g_strdup_printf ("%" G_GINT64_FORMAT, get_roles (row->widget));
    default:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->widget)));
    }
}

static GHashTable *
collect_values (AsRecordEditor *self)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const FieldRow *row = &g_array_index (self->rows, FieldRow, i);
      g_hash_table_insert (values, (gpointer) row->field->column, row_get_value (row));
    }
  return values;
}


/* ----------------------------------------------------------------- form */

static GtkWidget *
create_field_label (AsRecordEditor *self,
                    const AsField  *field)
{
  g_autofree char *text = field->required ? g_strdup_printf ("%s *", _(field->label))
                                          : g_strdup (_(field->label));
  g_autofree char *mnemonic = as_mnemonics_add (self->mnemonics, text);
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "dim-label");
  /* Tall widgets read best with their label on their first line. */
  if (field->kind == AS_FIELD_LONG_TEXT || field->kind == AS_FIELD_ROLES)
    gtk_widget_set_valign (label, GTK_ALIGN_START);
  if (field->kind == AS_FIELD_LONG_TEXT || field->kind == AS_FIELD_ROLES)
    gtk_widget_set_margin_top (label, field->kind == AS_FIELD_LONG_TEXT ? 6 : 3);
  return label;
}

/* A check button carries its own label, to the right, as GNOME forms do. */
static void
add_bool_row (AsRecordEditor *self,
              const AsField  *field,
              GtkWidget      *check,
              int             line)
{
  g_autofree char *mnemonic = as_mnemonics_add (self->mnemonics, _(field->label));

  gtk_check_button_set_label (GTK_CHECK_BUTTON (check), mnemonic);
  gtk_check_button_set_use_underline (GTK_CHECK_BUTTON (check), TRUE);
  gtk_grid_attach (self->grid, check, 1, line, 1, 1);
}

static void
add_field_row (AsRecordEditor *self,
               const AsField  *field,
               int             line)
{
  GtkWidget *outer = NULL;
  GtkWidget *widget = create_field_widget (self, field, &outer);
  FieldRow row = { field, widget };

  if (field->kind == AS_FIELD_BOOL)
    add_bool_row (self, field, widget, line);
  else
    {
      GtkWidget *label = create_field_label (self, field);
      /* The roles grid takes no focus itself; its first role does. */
      GtkWidget *target = field->kind == AS_FIELD_ROLES ? gtk_widget_get_first_child (widget)
                                                        : widget;
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), target);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
      gtk_grid_attach (self->grid, label, 0, line, 1, 1);
      gtk_grid_attach (self->grid, outer, 1, line, 1, 1);
    }
  if (field->required)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE, -1);
  g_array_append_val (self->rows, row);
}

static void
add_required_note (AsRecordEditor *self,
                   int             line)
{
  GtkWidget *note = gtk_label_new (_("Fields marked with * are required."));

  gtk_label_set_xalign (GTK_LABEL (note), 0.0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_set_margin_top (note, 6);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  gtk_grid_attach (self->grid, note, 1, line, 1, 1);
}

/* The form scrolls only when it is taller than a screen can hold; otherwise
 * the window keeps it whole, and grows when the error shows on top instead
 * of hiding the last fields under a scroll bar. */
static void
fit_form_height (AsRecordEditor *self)
{
  int natural = 0;

  gtk_widget_measure (GTK_WIDGET (self->grid), GTK_ORIENTATION_VERTICAL, -1,
                      NULL, &natural, NULL, NULL);
  gtk_scrolled_window_set_min_content_height (self->scrolled, MIN (natural, MAX_FORM_HEIGHT));
}

static void
build_form (AsRecordEditor *self)
{
  gboolean any_required = FALSE;

  /* The header bar's buttons keep their own letters. */
  as_mnemonics_reserve (self->mnemonics, gtk_button_get_label (self->cancel_button));
  as_mnemonics_reserve (self->mnemonics, gtk_button_get_label (self->save_button));

  for (guint i = 0; i < self->entity->n_fields; i++)
    {
      add_field_row (self, &self->entity->fields[i], i);
      any_required |= self->entity->fields[i].required;
    }
  if (any_required)
    add_required_note (self, self->entity->n_fields);
  g_clear_pointer (&self->mnemonics, g_hash_table_unref);
  fit_form_height (self);
}

/* Shows @message above the form: in red for a refused save, plainly for a
 * notice such as why the record cannot be changed. */
static void
show_message (AsRecordEditor *self,
              const char     *message,
              gboolean        is_error)
{
  GtkWidget *widgets[] = { GTK_WIDGET (self->error_icon), GTK_WIDGET (self->error_label) };

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    if (is_error)
      gtk_widget_add_css_class (widgets[i], "error");
    else
      gtk_widget_remove_css_class (widgets[i], "error");
  gtk_image_set_from_icon_name (self->error_icon, is_error ? "dialog-error-symbolic"
                                                           : "dialog-information-symbolic");
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_box, TRUE);
}

/* The core starts a field's error with its label ("Phone: …"); that tells
 * which field to mark and put the cursor in. */
static void
mark_field_in_error (AsRecordEditor *self,
                     const char     *message)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      const FieldRow *row = &g_array_index (self->rows, FieldRow, i);
      g_autofree char *prefix = g_strdup_printf ("%s:", _(row->field->label));

      gtk_widget_remove_css_class (row->widget, "error");
      if (g_str_has_prefix (message, prefix))
        {
          gtk_widget_add_css_class (row->widget, "error");
          gtk_widget_grab_focus (row->widget);
        }
    }
}

static void
load_defaults (AsRecordEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      const FieldRow *row = &g_array_index (self->rows, FieldRow, i);
      row_set_value (row, row->field->default_value);
    }
}

static gboolean
load_record (AsRecordEditor *self)
{
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GError) error = NULL;

  values = as_directory_load (self->db, self->entity, self->id, &error);
  if (values == NULL)
    {
      show_message (self, error->message, TRUE);
      return FALSE;
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      const FieldRow *row = &g_array_index (self->rows, FieldRow, i);
      row_set_value (row, g_hash_table_lookup (values, row->field->column));
    }
  return TRUE;
}

static void
update_title (AsRecordEditor *self)
{
  const char *title = _(self->id > 0 ? self->entity->edit_title : self->entity->new_title);
  g_autofree char *label = NULL;

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->title_label, title);
  if (self->id > 0)
    label = as_directory_get_label (self->db, self->entity, self->id);
  gtk_label_set_text (self->subtitle_label, label ? label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), label != NULL && *label != '\0');
}

/* People without an editor role may look at a record but not change it. */
static void
check_permission (AsRecordEditor *self)
{
  g_autofree char *roles = NULL;
  g_autofree char *message = NULL;

  if (as_directory_can_edit (self->db, self->entity))
    return;
  roles = as_roles_to_string (self->entity->editor_roles);
  /* The same words as the core's refusal, so one translation serves both. */
  message = g_strdup_printf (_("Only these roles may change %s: %s."),
                             _(self->entity->plural), roles);
  show_message (self, message, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
}

static void
focus_first_field (AsRecordEditor *self)
{
  if (self->rows->len > 0)
    gtk_widget_grab_focus (g_array_index (self->rows, FieldRow, 0).widget);
}

/* --------------------------------------------------------------- actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsRecordEditor *self = AS_RECORD_EDITOR (widget);
  g_autoptr(GHashTable) values = collect_values (self);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = as_directory_save (self->db, self->entity, self->id, values, &error);
  if (id == 0)
    {
      show_message (self, error->message, TRUE);
      mark_field_in_error (self, error->message);
      return;
    }
  self->id = id;
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ------------------------------------------------------------- overrides */

static void
as_record_editor_dispose (GObject *object)
{
  AsRecordEditor *self = AS_RECORD_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_RECORD_EDITOR);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_record_editor_parent_class)->dispose (object);
}

static void
as_record_editor_finalize (GObject *object)
{
  AsRecordEditor *self = AS_RECORD_EDITOR (object);

  g_array_unref (self->rows);
  g_clear_pointer (&self->mnemonics, g_hash_table_unref);
  G_OBJECT_CLASS (as_record_editor_parent_class)->finalize (object);
}

static void
as_record_editor_class_init (AsRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_record_editor_dispose;
  object_class->finalize = as_record_editor_finalize;

  /**
   * AsRecordEditor::saved:
   * @id: the id of the record written
   *
   * Emitted after the record was saved, just before the editor closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AsRecordEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, AsRecordEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, AsRecordEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AsRecordEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, AsRecordEditor, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsRecordEditor, error_icon);
  gtk_widget_class_bind_template_child (widget_class, AsRecordEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsRecordEditor, scrolled);
  gtk_widget_class_bind_template_child (widget_class, AsRecordEditor, grid);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);

  g_type_ensure (AS_TYPE_RECORD_PICKER);
}

static void
as_record_editor_init (AsRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_array_new (FALSE, TRUE, sizeof (FieldRow));
  self->mnemonics = g_hash_table_new (NULL, NULL);
}

/* ------------------------------------------------------------- public API */

/**
 * as_record_editor_new:
 * @parent: (nullable): the window the editor belongs to
 * @entity: (transfer none): the kind of record to edit
 * @id: the record to edit, or 0 to add one
 *
 * Returns: (transfer none): a new editor, not yet shown; it is owned by GTK's
 *   list of toplevels and destroys itself when closed
 */
AsRecordEditor *
as_record_editor_new (GtkWindow      *parent,
                      AsDatabase     *db,
                      const AsEntity *entity,
                      gint64          id)
{
  AsRecordEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entity != NULL, NULL);
  g_return_val_if_fail (id >= 0, NULL);

  self = g_object_new (AS_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->entity = entity;
  self->id = id;

  build_form (self);
  if (id == 0)
    load_defaults (self);
  else if (!load_record (self))
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
  update_title (self);
  check_permission (self);
  focus_first_field (self);
  return self;
}
