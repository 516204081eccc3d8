/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Directory tab: the shared records (customers, staff, branches, product
 * models…) listed one entity at a time, picked from a sidebar, with Add,
 * Edit and Delete. Everything comes from the Directory's entity table, so a
 * new entity there appears here without code. */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-directory-page.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-list-view.h"
#include "as-record-editor.h"

typedef struct
{
  const AsEntity *entity;
  AsListView     *view;
  GtkWidget      *add_button;
  GtkWidget      *edit_button;
  GtkWidget      *delete_button;
} EntityView;

struct _AsDirectoryPage
{
  AsPage          parent_instance;

  GtkStack       *stack;

  GArray         *views;   /* EntityView, in the Directory's entity order */
};

G_DEFINE_FINAL_TYPE (AsDirectoryPage, as_directory_page, AS_TYPE_PAGE)

/* ---------------------------------------------------------------- helpers */

static EntityView *
get_visible_view (AsDirectoryPage *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);

  for (guint i = 0; self->views != NULL && i < self->views->len; i++)
    {
      EntityView *view = &g_array_index (self->views, EntityView, i);
      if (GTK_WIDGET (view->view) == child)
        return view;
    }
  return NULL;
}

static EntityView *
find_view (AsDirectoryPage *self,
           AsListView      *list_view)
{
  for (guint i = 0; i < self->views->len; i++)
    {
      EntityView *view = &g_array_index (self->views, EntityView, i);
      if (view->view == list_view)
        return view;
    }
  return NULL;
}

/* Returns: (transfer full) (nullable): why the person using the program may
 *   not change @entity's records, or %NULL when they may */
static char *
describe_denial (AsDatabase     *db,
                 const AsEntity *entity)
{
  g_autoptr(GError) error = NULL;

  if (as_staff_require (db, entity->editor_roles, _(entity->plural), &error))
    return NULL;
  return g_strdup (error->message);
}

/* Enables Add, Edit and Delete for the visible entity; the buttons of an
 * entity the person may not change say on hover who may. */
static void
update_actions (AsDirectoryPage *self)
{
  AsDatabase *db = as_page_get_database (AS_PAGE (self));
  EntityView *visible = get_visible_view (self);

  for (guint i = 0; db != NULL && i < self->views->len; i++)
    {
      EntityView *view = &g_array_index (self->views, EntityView, i);
      g_autofree char *denied = describe_denial (db, view->entity);

      gtk_widget_set_tooltip_text (view->add_button, denied ? denied : _("Add a record (Ctrl+N)"));
      gtk_widget_set_tooltip_text (view->edit_button,
                                   denied ? denied : _("Edit the selected record (Enter)"));
      gtk_widget_set_tooltip_text (view->delete_button,
                                   denied ? denied : _("Delete the selected record (Delete)"));
      gboolean selected;

      if (view != visible)
        continue;
      selected = as_list_view_get_selected_id (view->view) > 0;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.add", denied == NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.edit",
                                     denied == NULL && selected);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.delete",
                                     denied == NULL && selected);
    }
}

static void
open_editor (AsDirectoryPage *self,
             const AsEntity  *entity,
             gint64           id)
{
  AsDatabase *db = as_page_get_database (AS_PAGE (self));
  AsRecordEditor *editor = as_record_editor_new (as_gui_get_window (GTK_WIDGET (self)), db, entity,
                                                 id);

  /* The list reloads itself from the database's change signal. */
  gtk_window_present (GTK_WINDOW (editor));
}

static void
delete_record (AsDirectoryPage *self,
               const AsEntity  *entity,
               gint64           id,
               const char      *label)
{
  g_autoptr(GError) error = NULL;

  if (!as_directory_delete (as_page_get_database (AS_PAGE (self)), entity, id, &error))
    {
      g_autofree char *primary = g_strdup_printf (_("Could not delete “%s”"), label);
      as_gui_show_message (GTK_WIDGET (self), GTK_MESSAGE_ERROR, primary, error->message);
    }
}

/* ------------------------------------------------------------- callbacks */

static void
on_delete_response_cb (GtkDialog *dialog,
                       int        response,
                       gpointer   user_data)
{
  AsDirectoryPage *self = AS_DIRECTORY_PAGE (user_data);
  const AsEntity *entity = g_object_get_data (G_OBJECT (dialog), "entity");
  const gint64 *id = g_object_get_data (G_OBJECT (dialog), "id");
  const char *label = g_object_get_data (G_OBJECT (dialog), "label");

  if (response == GTK_RESPONSE_ACCEPT)
    delete_record (self, entity, *id, label);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_list_activated_cb (AsDirectoryPage *self,
                      gint64           id,
                      AsListView      *list_view)
{
  EntityView *view = find_view (self, list_view);

  /* Opens even for people who may not edit: the editor then only shows. */
  if (view != NULL)
    open_editor (self, view->entity, id);
}

static void
on_visible_entity_cb (AsDirectoryPage *self,
                      GParamSpec      *pspec,
                      GtkStack        *stack)
{
  update_actions (self);
}

static void
on_actor_changed_cb (AsDirectoryPage *self,
                     AsDatabase      *db)
{
  update_actions (self);
}

static void
on_database_changed_cb (AsDirectoryPage *self,
                        const char      *table_name,
                        AsDatabase      *db)
{
  /* Who may edit depends only on the staff's roles. */
  if (g_strcmp0 (table_name, "staff") == 0)
    update_actions (self);
}

/* --------------------------------------------------------------- actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  AsDirectoryPage *self = AS_DIRECTORY_PAGE (widget);
  EntityView *view = get_visible_view (self);

  if (view != NULL)
    open_editor (self, view->entity, 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsDirectoryPage *self = AS_DIRECTORY_PAGE (widget);
  EntityView *view = get_visible_view (self);
  gint64 id = view ? as_list_view_get_selected_id (view->view) : 0;

  if (id == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  open_editor (self, view->entity, id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsDirectoryPage *self = AS_DIRECTORY_PAGE (widget);
  EntityView *view = get_visible_view (self);
  gint64 id = view ? as_list_view_get_selected_id (view->view) : 0;
  g_autofree char *label = NULL;
  GtkWidget *dialog, *button;

  if (id == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  label = as_directory_get_label (as_page_get_database (AS_PAGE (self)), view->entity, id);
  dialog = gtk_message_dialog_new (as_gui_get_window (GTK_WIDGET (self)),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Delete “%s”?"), label);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("It is removed for good. A record that repairs, "
                                              "units or staff still use cannot be deleted."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  /* A stray Enter must not delete. */
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  g_object_set_data (G_OBJECT (dialog), "entity", (gpointer) view->entity);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "label", g_steal_pointer (&label), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------- building */

static GtkWidget *
create_tool_button (const char *icon_name,
                    const char *accessible_label,
                    const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return button;
}

static void
add_entity_view (AsDirectoryPage *self,
                 const AsEntity  *entity,
                 AsDatabase      *db)
{
  g_autoptr(AsRecordList) list = as_record_list_new (db, entity->list);
  EntityView view = { entity, AS_LIST_VIEW (as_list_view_new ()) };

  as_list_view_set_list (view.view, list);
  as_list_view_set_empty_text (view.view, _(entity->empty_title),
                               _(entity->empty_description));

  view.add_button = create_tool_button ("list-add-symbolic", _("Add"), "directory.add");
  view.edit_button = create_tool_button ("document-edit-symbolic", _("Edit"), "directory.edit");
  view.delete_button = create_tool_button ("user-trash-symbolic", _("Delete"),
                                           "directory.delete");
  gtk_widget_add_css_class (view.delete_button, "destructive-action");
  as_list_view_add_action (view.view, view.add_button);
  as_list_view_add_action (view.view, view.edit_button);
  as_list_view_add_action (view.view, view.delete_button);

  g_signal_connect_object (view.view, "activated", G_CALLBACK (on_list_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view.view, "selection-changed", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  g_array_append_val (self->views, view);
  gtk_stack_add_titled (self->stack, GTK_WIDGET (view.view), entity->name, _(entity->plural));
}

/* ------------------------------------------------------------- overrides */

static void
as_directory_page_database_set (AsPage     *page,
                                AsDatabase *db)
{
  AsDirectoryPage *self = AS_DIRECTORY_PAGE (page);
  guint n_entities;
  const AsEntity *entities = as_directory_get_entities (&n_entities);

  for (guint i = 0; i < n_entities; i++)
    add_entity_view (self, &entities[i], db);

  g_signal_connect_object (db, "actor-changed", G_CALLBACK (on_actor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}

static void
as_directory_page_focus_search (AsPage *page)
{
  EntityView *view = get_visible_view (AS_DIRECTORY_PAGE (page));

  if (view != NULL)
    as_list_view_focus_search (view->view);
}

static void
as_directory_page_dispose (GObject *object)
{
  AsDirectoryPage *self = AS_DIRECTORY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_DIRECTORY_PAGE);
  G_OBJECT_CLASS (as_directory_page_parent_class)->dispose (object);
}

static void
as_directory_page_finalize (GObject *object)
{
  g_array_unref (AS_DIRECTORY_PAGE (object)->views);
  G_OBJECT_CLASS (as_directory_page_parent_class)->finalize (object);
}

static void
as_directory_page_class_init (AsDirectoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AsPageClass *page_class = AS_PAGE_CLASS (klass);

  object_class->dispose = as_directory_page_dispose;
  object_class->finalize = as_directory_page_finalize;
  page_class->database_set = as_directory_page_database_set;
  page_class->focus_search = as_directory_page_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-directory-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AsDirectoryPage, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_entity_cb);

  gtk_widget_class_install_action (widget_class, "directory.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "directory.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "directory.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "directory.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "directory.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "directory.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "directory.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "directory.edit", NULL);
}

static void
as_directory_page_init (AsDirectoryPage *self)
{
  self->views = g_array_new (FALSE, TRUE, sizeof (EntityView));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------- public API */

AsDirectoryPage *
as_directory_page_new (void)
{
  return g_object_new (AS_TYPE_DIRECTORY_PAGE, NULL);
}

/**
 * as_directory_page_show_entity:
 * @entity_name: an entity's table name, such as "staff"
 *
 * Shows the list of @entity_name's records.
 */
void
as_directory_page_show_entity (AsDirectoryPage *self,
                               const char      *entity_name)
{
  g_return_if_fail (AS_IS_DIRECTORY_PAGE (self));
  g_return_if_fail (entity_name != NULL);

  if (gtk_stack_get_child_by_name (self->stack, entity_name) != NULL)
    gtk_stack_set_visible_child_name (self->stack, entity_name);
}
