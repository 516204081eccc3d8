/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one list widget of the program: a search entry, a filter, a column view
 * over an AsRecordList and an empty state. Sorting by a column header is
 * handed to SQL; the view never sorts rows itself. */

#include <glib/gi18n.h>

#include "as-export-dialog.h"
#include "as-list-view.h"
#include "as-lists.h"

struct _AsListView
{
  GtkWidget       parent_instance;

  GtkSearchEntry *search_entry;
  GtkDropDown    *filter_dropdown;
  GtkBox         *actions_box;
  GtkLabel       *count_label;
  GtkStack       *stack;
  GtkColumnView  *column_view;
  GtkLabel       *empty_title;
  GtkLabel       *empty_description;

  AsRecordList   *list;
  GtkSingleSelection *selection;
  const char     *probed_key;   /* set by a column sorter while probing */
  gint64          reselect_id;  /* the row selected when the list began to reload */
  guint           reselect_near;
  char           *empty_title_text;
  char           *empty_description_text;
  GtkWidget      *export_button;
  gboolean        exportable;
};

G_DEFINE_FINAL_TYPE (AsListView, as_list_view, GTK_TYPE_WIDGET)

enum { ACTIVATED, SELECTION_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------- helpers */

static void
update_state (AsListView *self)
{
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u record", "%'u records", n), n);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean narrowed = *search != '\0' || gtk_drop_down_get_selected (self->filter_dropdown) > 0;

  gtk_label_set_text (self->count_label, count);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.export", self->exportable && n > 0);
  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
  if (narrowed)
    {
      gtk_label_set_text (self->empty_title, _("Nothing matches"));
      gtk_label_set_text (self->empty_description,
                          _("Try other words, or clear the search and the filter."));
    }
  else
    {
      gtk_label_set_text (self->empty_title, self->empty_title_text ? self->empty_title_text
                                                                    : _("Nothing here yet"));
      gtk_label_set_text (self->empty_description,
                          self->empty_description_text ? self->empty_description_text : "");
    }
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  const AsListColumn *column = user_data;
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = column->kind == AS_COLUMN_NUMBER || column->kind == AS_COLUMN_MONEY;

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 3);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  AsListView *self = g_object_get_data (G_OBJECT (factory), "list-view");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column-index"));
  AsRecord *record = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = as_record_get_value (record, index);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, g_utf8_strlen (text, -1) > 24 ? text : NULL);
  if (as_record_get_flags (record) & AS_RECORD_FLAG_ATTENTION)
    gtk_widget_add_css_class (label, "attention");
  else
    gtk_widget_remove_css_class (label, "attention");
  if (as_record_get_flags (record) & AS_RECORD_FLAG_CARRIED_OVER)
    gtk_widget_add_css_class (label, "carried-over");
  else
    gtk_widget_remove_css_class (label, "carried-over");
  (void) self;
}

/* GTK 4.8 has no public way to ask a column view which column it sorts by.
 * Each column's sorter records its key when compared; comparing two probe
 * items through the view's sorter then tells the primary column, and the
 * sign of the answer tells the direction. */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GtkColumnViewColumn *column = user_data;
  AsListView *self = g_object_get_data (G_OBJECT (column), "list-view");

  self->probed_key = g_object_get_data (G_OBJECT (column), "column-key");
  return GTK_ORDERING_SMALLER;
}

static void
on_view_sorter_changed_cb (AsListView *self,
                           GtkSorterChange change,
                           GtkSorter  *sorter)
{
  g_autoptr(AsRecord) first = as_record_new (1, NULL, 0);
  g_autoptr(AsRecord) second = as_record_new (2, NULL, 0);
  GtkOrdering order;

  if (self->list == NULL)
    return;
  self->probed_key = NULL;
  order = gtk_sorter_compare (sorter, first, second);
  as_record_list_set_sort (self->list, self->probed_key, order == GTK_ORDERING_LARGER);
}

static void
add_column (AsListView         *self,
            const AsListColumn *spec_column,
            guint               index)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  int width_chars;

  g_object_set_data (G_OBJECT (factory), "list-view", self);
  g_object_set_data (G_OBJECT (factory), "column-index", GUINT_TO_POINTER (index));
  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), (gpointer) spec_column);
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), NULL);

  column = gtk_column_view_column_new (_(spec_column->title), factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  /* Wide enough for the heading, in the language shown, and the sort arrow. */
  width_chars = MAX (spec_column->width_chars, (int) g_utf8_strlen (_(spec_column->title), -1) + 2);
  gtk_column_view_column_set_fixed_width (column, width_chars * 8 + 16);
  if (spec_column->sort_expr != NULL)
    {
      GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, column, NULL));
      g_object_set_data (G_OBJECT (column), "list-view", self);
      g_object_set_data (G_OBJECT (column), "column-key", (gpointer) spec_column->key);
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
    }
  gtk_column_view_append_column (self->column_view, column);

  if (g_strcmp0 (spec_column->key, as_record_list_get_sort_key (self->list)) == 0)
    gtk_column_view_sort_by_column (self->column_view, column,
                                    as_record_list_get_sort_descending (self->list)
                                    ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  g_object_unref (column);
}

static void
remove_columns (AsListView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->column_view, column);
    }
}

static void
fill_filters (AsListView *self)
{
  const AsListSpec *spec = as_record_list_get_spec (self->list);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("All"));
  for (guint i = 0; i < spec->n_filters; i++)
    gtk_string_list_append (labels, _(spec->filters[i].label));
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->filter_dropdown, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_dropdown), spec->n_filters > 0);
}

/* The list's title for its workbook: the title of the stack page (a tab or
 * a section) that holds it, nearest first. */
static char *
find_title (AsListView *self)
{
  GtkWidget *child = GTK_WIDGET (self);

  for (GtkWidget *parent = gtk_widget_get_parent (child); parent != NULL;
       child = parent, parent = gtk_widget_get_parent (parent))
    {
      const char *title;

      if (!GTK_IS_STACK (parent))
        continue;
      title = gtk_stack_page_get_title (gtk_stack_get_page (GTK_STACK (parent), child));
      if (title != NULL && *title != '\0')
        return g_strdup (title);
    }
  return g_strdup (as_record_list_get_spec (self->list)->name);
}

/* Exports what the list shows (its filter, search and sort) to a workbook. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsListView *self = AS_LIST_VIEW (widget);
  g_autofree char *title = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->list == NULL)
    return;
  title = find_title (self);
  as_export_dialog_choose_file (as_export_dialog_new_for_list (GTK_IS_WINDOW (root)
                                                               ? GTK_WINDOW (root) : NULL,
                                                               self->list, title));
}

/* ------------------------------------------------------------- callbacks */

static void
on_search_changed_cb (AsListView     *self,
                      GtkSearchEntry *entry)
{
  if (self->list != NULL)
    as_record_list_set_search (self->list, gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_state (self);
}

static void
on_filter_selected_cb (AsListView  *self,
                       GParamSpec  *pspec,
                       GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const AsListSpec *spec;

  if (self->list == NULL)
    return;
  spec = as_record_list_get_spec (self->list);
  as_record_list_set_filter (self->list, selected > 0 && selected <= spec->n_filters
                                         ? spec->filters[selected - 1].key : NULL);
  update_state (self);
}

static void
on_activate_cb (AsListView    *self,
                guint          position,
                GtkColumnView *view)
{
  g_autoptr(AsRecord) record = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (record != NULL && as_record_get_id (record) > 0)
    g_signal_emit (self, signals[ACTIVATED], 0, as_record_get_id (record));
}

static void
on_selection_changed_cb (AsListView *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* A reload (after any write) makes the selection forget its row; the row is
 * looked for again near where it was, so the person keeps their place. */
static void
on_items_changing_cb (AsListView *self)
{
  AsRecord *record = gtk_single_selection_get_selected_item (self->selection);

  self->reselect_id = record ? as_record_get_id (record) : 0;
  self->reselect_near = gtk_single_selection_get_selected (self->selection);
}

static gboolean
select_id_near (AsListView *self,
                gint64      id,
                guint       near)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  guint first = near > AS_RECORD_LIST_PAGE_SIZE ? near - AS_RECORD_LIST_PAGE_SIZE : 0;
  guint last = MIN (n, first + 2 * AS_RECORD_LIST_PAGE_SIZE);

  for (guint i = first; i < last; i++)
    {
      g_autoptr(AsRecord) record = g_list_model_get_item (G_LIST_MODEL (self->list), i);
      if (as_record_get_id (record) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_items_changed_cb (AsListView *self)
{
  if (self->reselect_id > 0 &&
      gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    select_id_near (self, self->reselect_id, self->reselect_near);
  self->reselect_id = 0;
  update_state (self);
}

/* ------------------------------------------------------------- overrides */

static void
as_list_view_dispose (GObject *object)
{
  AsListView *self = AS_LIST_VIEW (object);

  GtkWidget *child;

  /* Forget the list first: tearing down the columns changes the view's
   * sorter, which must not reach a list or widgets that are going away. */
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_LIST_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  G_OBJECT_CLASS (as_list_view_parent_class)->dispose (object);
}

static void
as_list_view_finalize (GObject *object)
{
  AsListView *self = AS_LIST_VIEW (object);

  g_free (self->empty_title_text);
  g_free (self->empty_description_text);
  G_OBJECT_CLASS (as_list_view_parent_class)->finalize (object);
}

static gboolean
as_list_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (AS_LIST_VIEW (widget)->column_view));
}

static void
as_list_view_class_init (AsListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_list_view_dispose;
  object_class->finalize = as_list_view_finalize;
  widget_class->grab_focus = as_list_view_grab_focus;

  /**
   * AsListView::activated:
   * @id: the id of the row activated by double-click or Enter
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * AsListView::selection-changed:
   *
   * Emitted when another row, or none, is selected.
   */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-list-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AsListView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AsListView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsListView, actions_box);
  gtk_widget_class_bind_template_child (widget_class, AsListView, count_label);
  gtk_widget_class_bind_template_child (widget_class, AsListView, stack);
  gtk_widget_class_bind_template_child (widget_class, AsListView, column_view);
  gtk_widget_class_bind_template_child (widget_class, AsListView, empty_title);
  gtk_widget_class_bind_template_child (widget_class, AsListView, empty_description);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_install_action (widget_class, "list.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "list.export", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "aslistview");
}

static void
as_list_view_init (AsListView *self)
{
  GtkWidget *export_button;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->exportable = TRUE;
  /* After the page's own buttons, in every list of the program. */
  export_button = self->export_button = gtk_button_new_from_icon_name ("x-office-spreadsheet-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export_button), "list.export");
  gtk_widget_set_valign (export_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (export_button, _("Export to Spreadsheet… (Ctrl+Shift+E)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (export_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Export to Spreadsheet…"), -1);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->actions_box))),
                  export_button);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------- public API */

/**
 * as_list_view_set_exportable:
 *
 * Lists that are only a way to choose something (who is using the program)
 * offer no export to a spreadsheet.
 */
void
as_list_view_set_exportable (AsListView *self,
                             gboolean    exportable)
{
  g_return_if_fail (AS_IS_LIST_VIEW (self));

  gtk_widget_set_visible (self->export_button, exportable);
  self->exportable = exportable;
  update_state (self);
}

GtkWidget *
as_list_view_new (void)
{
  return g_object_new (AS_TYPE_LIST_VIEW, NULL);
}

/**
 * as_list_view_set_list:
 * @list: (transfer none): the rows to show; its spec gives the columns
 */
void
as_list_view_set_list (AsListView   *self,
                       AsRecordList *list)
{
  const AsListSpec *spec;

  g_return_if_fail (AS_IS_LIST_VIEW (self));
  g_return_if_fail (AS_IS_RECORD_LIST (list));

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  remove_columns (self);
  self->list = g_object_ref (list);
  /* Before the selection's own handler, which forgets the selected row. */
  g_signal_connect_object (list, "items-changed", G_CALLBACK (on_items_changing_cb), self,
                           G_CONNECT_SWAPPED);
  g_clear_object (&self->selection);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (list)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  spec = as_record_list_get_spec (list);
  for (guint i = 0; i < spec->n_columns; i++)
    add_column (self, &spec->columns[i], i);
  fill_filters (self);
  g_signal_connect_object (list, "items-changed", G_CALLBACK (on_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  update_state (self);
}

/**
 * as_list_view_get_list:
 *
 * Returns: (transfer none) (nullable): the list shown
 */
AsRecordList *
as_list_view_get_list (AsListView *self)
{
  g_return_val_if_fail (AS_IS_LIST_VIEW (self), NULL);
  return self->list;
}

/* Returns: the id of the selected row, or 0 when none is selected. */
gint64
as_list_view_get_selected_id (AsListView *self)
{
  AsRecord *record;

  g_return_val_if_fail (AS_IS_LIST_VIEW (self), 0);

  if (self->selection == NULL)
    return 0;
  record = gtk_single_selection_get_selected_item (self->selection);
  return record ? as_record_get_id (record) : 0;
}

/* Puts a page's button (Add, Edit…) in the list's tool bar. */
void
as_list_view_add_action (AsListView *self,
                         GtkWidget  *widget)
{
  g_return_if_fail (AS_IS_LIST_VIEW (self));
  gtk_box_append (self->actions_box, widget);
}

void
as_list_view_set_empty_text (AsListView *self,
                             const char *title,
                             const char *description)
{
  g_return_if_fail (AS_IS_LIST_VIEW (self));

  g_free (self->empty_title_text);
  g_free (self->empty_description_text);
  self->empty_title_text = g_strdup (title);
  self->empty_description_text = g_strdup (description);
  update_state (self);
}

/**
 * as_list_view_select_id:
 *
 * Selects the row with @id when it is among the first rows shown, such as
 * a record just added under the default order.
 *
 * Returns: whether the row was found and selected
 */
gboolean
as_list_view_select_id (AsListView *self,
                        gint64      id)
{
  g_return_val_if_fail (AS_IS_LIST_VIEW (self), FALSE);

  return self->list != NULL && select_id_near (self, id, 0);
}

void
as_list_view_focus_search (AsListView *self)
{
  g_return_if_fail (AS_IS_LIST_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
