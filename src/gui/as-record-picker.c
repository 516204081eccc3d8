/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Chooses one record of a Directory entity: a button showing the chosen
 * record, whose popover searches the entity's paged list. Nothing is loaded
 * until the popover first opens, and then only the pages on screen, so a
 * picker over 200,000 customers costs what one over ten does. */

#include <glib/gi18n.h>

#include "as-record-list.h"
#include "as-record-picker.h"

struct _AsRecordPicker
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkMenuButton      *button;
  GtkLabel           *button_label;
  GtkButton          *clear_button;
  GtkPopover         *popover;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkLabel           *empty_label;

  AsDatabase         *db;
  const AsEntity     *entity;
  AsRecordList       *list;        /* created when the popover first opens */
  GtkSingleSelection *selection;
  gint64              id;
  gboolean            required;
};

G_DEFINE_FINAL_TYPE (AsRecordPicker, as_record_picker, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_ID, PROP_REQUIRED, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------- helpers */

static void
update_button (AsRecordPicker *self)
{
  g_autofree char *label = NULL;

  if (self->id > 0 && self->db != NULL && self->entity != NULL)
    label = as_directory_get_label (self->db, self->entity, self->id);
  if (self->id > 0 && (label == NULL || *label == '\0'))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, self->id);

      g_free (label);
      /* Translators: a chosen record that no longer exists; %s is its number */
      label = g_strdup_printf (_("Missing record no. %s"), number);
    }

  gtk_label_set_text (self->button_label, label ? label : _("Choose…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), label);
  if (label == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->button_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->button_label), "dim-label");
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), self->id > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), !self->required);
}

static void
update_empty_state (AsRecordPicker *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));

  if (n > 0)
    {
      /* Shows which row Enter in the search entry would take. */
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }
  gtk_label_set_text (self->empty_label, *search != '\0'
                      ? _("Nothing matches. Try other words.")
                      : _("There is nothing to choose from yet. Add records in the Directory."));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
pick_position (AsRecordPicker *self,
               guint           position)
{
  g_autoptr(AsRecord) record = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (record == NULL || as_record_get_id (record) <= 0)
    return;
  as_record_picker_set_id (self, as_record_get_id (record));
  gtk_popover_popdown (self->popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

/* ------------------------------------------------------------- callbacks */

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 AsRecordPicker           *self)
{
  const AsListSpec *spec = as_record_list_get_spec (self->list);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *first = gtk_label_new (NULL);
  GtkWidget *second = gtk_label_new (NULL);

  /* The first column is a short key (number, code, serial): keep it aligned. */
  gtk_label_set_xalign (GTK_LABEL (first), 0.0);
  gtk_label_set_width_chars (GTK_LABEL (first), CLAMP (spec->columns[0].width_chars, 4, 14));
  gtk_label_set_max_width_chars (GTK_LABEL (first), 14);
  gtk_label_set_ellipsize (GTK_LABEL (first), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (first, "dim-label");
  gtk_widget_add_css_class (first, "numeric");
  gtk_label_set_xalign (GTK_LABEL (second), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (second), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (second, TRUE);

  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  gtk_list_item_set_child (item, box);
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                AsRecordPicker           *self)
{
  AsRecord *record = gtk_list_item_get_item (item);
  GtkWidget *first = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *second = gtk_widget_get_next_sibling (first);
  const AsListSpec *spec = as_record_list_get_spec (self->list);
  const char *text = spec->n_columns > 1 ? as_record_get_value (record, 1) : NULL;

  gtk_label_set_text (GTK_LABEL (first), as_record_get_value (record, 0));
  gtk_label_set_text (GTK_LABEL (second), text ? text : "");
  /* Long names are cut to the popover's width; the tooltip shows them whole. */
  gtk_widget_set_tooltip_text (second, text);
}

static void
on_row_activate_cb (AsRecordPicker *self,
                    guint           position,
                    GtkListView    *view)
{
  pick_position (self, position);
}

static void
on_search_changed_cb (AsRecordPicker *self,
                      GtkSearchEntry *entry)
{
  as_record_list_set_search (self->list, gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_empty_state (self);
}

/* Enter in the search entry takes the best match, so typing a name and
 * pressing Enter is enough. */
static void
on_search_activate_cb (AsRecordPicker *self,
                       GtkSearchEntry *entry)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    pick_position (self, 0);
}

/* GtkSearchEntry takes Escape for itself; in a popover it must close it. */
static void
on_search_stop_cb (AsRecordPicker *self,
                   GtkSearchEntry *entry)
{
  gtk_popover_popdown (self->popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static gboolean
on_search_key_pressed_cb (AsRecordPicker        *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 0)
    return GDK_EVENT_PROPAGATE;
  gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
  return GDK_EVENT_STOP;
}

static void
on_list_items_changed_cb (AsRecordPicker *self)
{
  update_empty_state (self);
}

static void
ensure_list (AsRecordPicker *self)
{
  GtkListItemFactory *factory;

  if (self->list != NULL)
    return;
  self->list = as_record_list_new (self->db, self->entity->list);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
on_popover_visible_cb (AsRecordPicker *self,
                       GParamSpec     *pspec,
                       GtkPopover     *popover)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (popover)))
    return;
  ensure_list (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  as_record_list_set_search (self->list, NULL);
  update_empty_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_clear_clicked_cb (AsRecordPicker *self,
                     GtkButton      *button)
{
  as_record_picker_set_id (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

/* ---------------------------------------------------------------- building */

static GtkWidget *
build_popover_content (AsRecordPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search…"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the records"), -1);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (on_search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search",
                           G_CALLBACK (on_search_stop_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, NULL));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_row_activate_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  self->empty_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->empty_label, TRUE);
  gtk_label_set_max_width_chars (self->empty_label, 36);
  gtk_label_set_justify (self->empty_label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");

  /* A fixed size keeps the popover from jumping while the user types. */
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->stack), 380, 300);
  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_label), "empty");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  return box;
}

static void
build_button (AsRecordPicker *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");

  self->button_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->button_label, 0.0);
  gtk_label_set_ellipsize (self->button_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (self->button_label, 12);
  gtk_widget_set_hexpand (GTK_WIDGET (self->button_label), TRUE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->button_label));
  gtk_box_append (GTK_BOX (content), arrow);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, build_popover_content (self));
  g_signal_connect_object (self->popover, "notify::visible", G_CALLBACK (on_popover_visible_cb),
                           self, G_CONNECT_SWAPPED);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->button, content);
  /* GtkMenuButton centres its child in boxes of its own; a chooser reads
   * from the start, with the arrow at the end, like GtkDropDown. */
  for (GtkWidget *w = content; w != NULL && w != GTK_WIDGET (self->button);
       w = gtk_widget_get_parent (w))
    {
      gtk_widget_set_halign (w, GTK_ALIGN_FILL);
      gtk_widget_set_hexpand (w, TRUE);
    }
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_widget_set_hexpand (GTK_WIDGET (self->button), TRUE);
}

static void
build_clear_button (AsRecordPicker *self)
{
  self->clear_button = GTK_BUTTON (gtk_button_new_from_icon_name ("edit-clear-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->clear_button), _("Clear the choice"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Clear the choice"), -1);
  g_signal_connect_object (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked_cb), self,
                           G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------- overrides */

static gboolean
as_record_picker_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (AS_RECORD_PICKER (widget)->button));
}

/* A mnemonic on the field's label opens the choices at once. */
static gboolean
as_record_picker_mnemonic_activate (GtkWidget *widget,
                                    gboolean   group_cycling)
{
  AsRecordPicker *self = AS_RECORD_PICKER (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->button));
  if (!group_cycling)
    gtk_menu_button_popup (self->button);
  return TRUE;
}

static void
as_record_picker_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AsRecordPicker *self = AS_RECORD_PICKER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_record_picker_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AsRecordPicker *self = AS_RECORD_PICKER (object);

  switch (prop_id)
    {
    case PROP_ID:
      as_record_picker_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_REQUIRED:
      as_record_picker_set_required (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_record_picker_dispose (GObject *object)
{
  AsRecordPicker *self = AS_RECORD_PICKER (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_record_picker_parent_class)->dispose (object);
}

static void
as_record_picker_class_init (AsRecordPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = as_record_picker_get_property;
  object_class->set_property = as_record_picker_set_property;
  object_class->dispose = as_record_picker_dispose;
  widget_class->grab_focus = as_record_picker_grab_focus;
  widget_class->mnemonic_activate = as_record_picker_mnemonic_activate;

  /**
   * AsRecordPicker:id:
   *
   * The chosen record, or 0 when none is chosen.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * AsRecordPicker:required:
   *
   * Whether a record must be chosen; optional pickers offer a clear button.
   */
  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "asrecordpicker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
as_record_picker_init (AsRecordPicker *self)
{
  build_button (self);
  build_clear_button (self);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->box, "linked");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->button));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->clear_button));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  update_button (self);
}

/* ------------------------------------------------------------- public API */

/**
 * as_record_picker_new:
 * @entity: (transfer none): the entity whose records are offered
 *
 * Returns: (transfer floating): a picker with no record chosen
 */
GtkWidget *
as_record_picker_new (AsDatabase     *db,
                      const AsEntity *entity)
{
  AsRecordPicker *self;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  self = g_object_new (AS_TYPE_RECORD_PICKER, NULL);
  self->db = g_object_ref (db);
  self->entity = entity;
  return GTK_WIDGET (self);
}

/* Returns: the chosen record's id, or 0 when none is chosen */
gint64
as_record_picker_get_id (AsRecordPicker *self)
{
  g_return_val_if_fail (AS_IS_RECORD_PICKER (self), 0);
  return self->id;
}

void
as_record_picker_set_id (AsRecordPicker *self,
                         gint64          id)
{
  g_return_if_fail (AS_IS_RECORD_PICKER (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gboolean
as_record_picker_get_required (AsRecordPicker *self)
{
  g_return_val_if_fail (AS_IS_RECORD_PICKER (self), FALSE);
  return self->required;
}

void
as_record_picker_set_required (AsRecordPicker *self,
                               gboolean        required)
{
  g_return_if_fail (AS_IS_RECORD_PICKER (self));

  required = !!required;
  if (self->required == required)
    return;
  self->required = required;
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIRED]);
}
