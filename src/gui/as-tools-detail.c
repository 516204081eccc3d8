/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The detail pane of the Tools tab's sections: a record's title and status,
 * the buttons of its steps, its facts and headed lists (history, quotes,
 * versions, loans). The section fills it from its store. */

#include <glib/gi18n.h>

#include "as-gui-util.h"
#include "as-tools-detail.h"

struct _AsToolsDetail
{
  GtkWidget    parent_instance;

  GtkStack    *stack;
  GtkLabel    *empty_label;
  GtkLabel    *title_label;
  GtkLabel    *status_label;
  GtkLabel    *badge_label;
  GtkFlowBox  *steps_box;
  GtkGrid     *info_grid;
  GtkBox      *sections_box;

  int          info_rows;
};

G_DEFINE_FINAL_TYPE (AsToolsDetail, as_tools_detail, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

/* ------------------------------------------------------------- overrides */

static void
as_tools_detail_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), AS_TYPE_TOOLS_DETAIL);
  G_OBJECT_CLASS (as_tools_detail_parent_class)->dispose (object);
}

static void
as_tools_detail_class_init (AsToolsDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_tools_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-tools-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, AsToolsDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, AsToolsDetail, empty_label);
  gtk_widget_class_bind_template_child (widget_class, AsToolsDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, AsToolsDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, AsToolsDetail, badge_label);
  gtk_widget_class_bind_template_child (widget_class, AsToolsDetail, steps_box);
  gtk_widget_class_bind_template_child (widget_class, AsToolsDetail, info_grid);
  gtk_widget_class_bind_template_child (widget_class, AsToolsDetail, sections_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "astoolsdetail");
}

static void
as_tools_detail_init (AsToolsDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------- public API */

GtkWidget *
as_tools_detail_new (void)
{
  return g_object_new (AS_TYPE_TOOLS_DETAIL, NULL);
}

void
as_tools_detail_show_empty (AsToolsDetail *self,
                            const char    *message)
{
  g_return_if_fail (AS_IS_TOOLS_DETAIL (self));

  gtk_label_set_text (self->empty_label, message ? message : "");
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
as_tools_detail_begin (AsToolsDetail *self,
                       const char    *title,
                       const char    *status,
                       const char    *badge)
{
  g_return_if_fail (AS_IS_TOOLS_DETAIL (self));

  gtk_label_set_text (self->title_label, title ? title : "");
  as_gui_set_optional_label (self->status_label, status);
  as_gui_set_optional_label (self->badge_label, badge);
  as_gui_clear_container (GTK_WIDGET (self->info_grid));
  as_gui_clear_container (GTK_WIDGET (self->sections_box));
  self->info_rows = 0;
  gtk_stack_set_visible_child_name (self->stack, "record");
}

/* One fact of the record; nothing for an empty value. */
void
as_tools_detail_add_info (AsToolsDetail *self,
                          const char    *key,
                          const char    *value)
{
  g_return_if_fail (AS_IS_TOOLS_DETAIL (self));
  as_gui_grid_add_info (self->info_grid, &self->info_rows, key, value);
}

void
as_tools_detail_add_heading (AsToolsDetail *self,
                             const char    *title)
{
  GtkWidget *label = gtk_label_new (title);

  g_return_if_fail (AS_IS_TOOLS_DETAIL (self));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_box_append (self->sections_box, label);
}

void
as_tools_detail_add_entry (AsToolsDetail *self,
                           const char    *head,
                           const char    *body,
                           gboolean       attention)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *head_label = gtk_label_new (head);

  g_return_if_fail (AS_IS_TOOLS_DETAIL (self));

  gtk_label_set_xalign (GTK_LABEL (head_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (head_label), TRUE);
  gtk_widget_add_css_class (head_label, attention ? "error" : "dim-label");
  gtk_widget_add_css_class (head_label, "caption");
  gtk_box_append (GTK_BOX (box), head_label);
  if (body != NULL && *body != '\0')
    gtk_box_append (GTK_BOX (box), as_gui_create_value_label (body));
  gtk_box_append (self->sections_box, box);
}

void
as_tools_detail_add_note (AsToolsDetail *self,
                          const char    *text)
{
  GtkWidget *label = gtk_label_new (text);

  g_return_if_fail (AS_IS_TOOLS_DETAIL (self));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->sections_box, label);
}

void
as_tools_detail_add_step (AsToolsDetail *self,
                          const char    *label,
                          const char    *action_name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  GtkWidget *cell;

  g_return_if_fail (AS_IS_TOOLS_DETAIL (self));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_flow_box_append (self->steps_box, button);
  cell = gtk_widget_get_parent (button);
  /* The buttons take the focus; the flow box's cells need not. */
  gtk_widget_set_focusable (cell, FALSE);
  gtk_widget_set_visible (cell, FALSE);
}

/* Shows or hides the button of @action_name; @tooltip says what it does or
 * why it cannot be used. */
void
as_tools_detail_set_step (AsToolsDetail *self,
                          const char    *action_name,
                          gboolean       visible,
                          const char    *tooltip)
{
  g_return_if_fail (AS_IS_TOOLS_DETAIL (self));

  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (cell));

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action_name) != 0)
        continue;
      gtk_widget_set_visible (cell, visible);
      gtk_widget_set_tooltip_text (button, tooltip);
      return;
    }
  g_critical ("The detail pane has no button for %s", action_name);
}
