/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: a header bar with the tabs and the main menu, and one
 * page per work area. Its size and last tab are kept in GSettings. */

#include <glib/gi18n.h>

#include "as-area-page.h"
#include "as-care-section.h"
#include "as-complaints-section.h"
#include "as-dashboard-page.h"
#include "as-directory.h"
#include "as-directory-page.h"
#include "as-lists.h"
#include "as-repairs-page.h"
#include "as-returns-section.h"
#include "as-surveys-sections.h"
#include "as-tools-library.h"
#include "as-tools-person.h"
#include "as-tools-purchases.h"
#include "as-tools-register.h"
#include "as-tools-sections.h"
#include "as-warehouse-abc.h"
#include "as-warehouse-loaners.h"
#include "as-warehouse-parts.h"
#include "as-window.h"

struct _AsWindow
{
  GtkApplicationWindow parent_instance;

  GtkStack            *stack;
  GtkButton           *actor_button;
  GtkLabel            *actor_label;

  AsDatabase          *db;
  GSettings           *settings;
};

G_DEFINE_FINAL_TYPE (AsWindow, as_window, GTK_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_DATABASE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------- helpers */

static void
add_page (AsWindow   *self,
          AsPage     *page,
          const char *name,
          const char *title)
{
  as_page_set_database (page, self->db);
  gtk_stack_add_titled (self->stack, GTK_WIDGET (page), name, title);
}

/* Each area tab lists its sections here, in the order of its switcher. */

static AsPage *
build_complaints_page (void)
{
  AsAreaPage *page = as_area_page_new ();

  as_area_page_add_section (page, "complaints", _("Complaints and opinions"),
                            as_complaints_section_new);
  as_area_page_add_section (page, "returns", _("Returns and exchanges"), as_returns_section_new);
  as_area_page_add_section (page, "care", _("Customer care"), as_care_section_new);
  return AS_PAGE (page);
}

static AsPage *
build_warehouse_page (void)
{
  AsAreaPage *page = as_area_page_new ();

  as_area_page_add_section (page, "stock", _("Spare parts"), as_warehouse_parts_new);
  as_area_page_add_list (page, "movements", _("Stock movements"), &as_movements_list,
                         _("No stock movements"),
                         _("Receipts, issues, returns, adjustments and transfers are listed "
                           "here, each with the balance it left in its warehouse."));
  as_area_page_add_section (page, "abc", _("ABC analysis"), as_warehouse_abc_new);
  as_area_page_add_section (page, "loaners", _("Loaner units"), as_warehouse_loaners_new);
  return AS_PAGE (page);
}

static AsPage *
build_tools_page (void)
{
  AsAreaPage *page = as_area_page_new ();

  as_area_page_add_section (page, "tools", _("Tools register"), as_tools_register_new);
  as_area_page_add_section (page, "people", _("By person"), as_tools_person_new);
  as_area_page_add_section (page, "incidents", _("Incidents"), as_tools_incidents_new);
  as_area_page_add_section (page, "purchases", _("Purchase requests"), as_tools_purchases_new);
  as_area_page_add_section (page, "library", _("Library"), as_tools_library_new);
  as_area_page_add_section (page, "loans", _("Loans"), as_tools_loans_new);
  as_area_page_add_section (page, "access", _("Access log"), as_tools_access_log_new);
  return AS_PAGE (page);
}

static AsPage *
build_surveys_page (void)
{
  AsAreaPage *page = as_area_page_new ();

  as_area_page_add_section (page, "to-survey", _("To survey"), as_surveys_section_to_survey);
  as_area_page_add_section (page, "surveys", _("Satisfaction surveys"),
                            as_surveys_section_recorded);
  as_area_page_add_section (page, "technician-review", _("Technician review"),
                            as_surveys_section_technician_review);
  as_area_page_add_section (page, "department-review", _("Department review"),
                            as_surveys_section_department_review);
  return AS_PAGE (page);
}

static void
add_pages (AsWindow *self)
{
  add_page (self, AS_PAGE (as_dashboard_page_new ()), "dashboard", _("Dashboard"));
  add_page (self, build_complaints_page (), "complaints", _("Complaints"));
  add_page (self, AS_PAGE (as_repairs_page_new ()), "repairs", _("Repairs"));
  add_page (self, build_warehouse_page (), "warehouse", _("Warehouse"));
  add_page (self, build_tools_page (), "tools", _("Tools"));
  add_page (self, build_surveys_page (), "surveys", _("Surveys"));
  add_page (self, AS_PAGE (as_directory_page_new ()), "directory", _("Directory"));
}

/* --------------------------------------------------------------- actions */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  as_window_show_page (AS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkWidget *page = gtk_stack_get_visible_child (AS_WINDOW (widget)->stack);

  if (AS_IS_PAGE (page))
    as_page_focus_search (AS_PAGE (page));
}

/* Alt+1 … Alt+7 go to the tabs in order. They are application accelerators
 * rather than key bindings of the window, so that no focused widget (the
 * Directory's sidebar, a list) can swallow them. */
static void
set_page_accels (AsWindow *self)
{
  static const char *const pages[] = {
    "dashboard", "complaints", "repairs", "warehouse", "tools", "surveys", "directory"
  };
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (guint i = 0; app != NULL && i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *action = g_strdup_printf ("win.show-page::%s", pages[i]);
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);
      const char *accels[] = { accel, NULL };

      gtk_application_set_accels_for_action (app, action, accels);
    }
}

/* ------------------------------------------------------------- callbacks */

static void
on_visible_page_cb (AsWindow   *self,
                    GParamSpec *pspec,
                    GtkStack   *stack)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  if (name != NULL)
    g_settings_set_string (self->settings, "last-page", name);
}

static void
on_database_changed_cb (AsWindow   *self,
                        const char *table)
{
  if (g_str_equal (table, "staff"))
    as_window_update_actor (self);
}

/* ------------------------------------------------------------- overrides */

static void
as_window_constructed (GObject *object)
{
  AsWindow *self = AS_WINDOW (object);
  g_autofree char *last_page = NULL;

  G_OBJECT_CLASS (as_window_parent_class)->constructed (object);

  add_pages (self);
  set_page_accels (self);
  last_page = g_settings_get_string (self->settings, "last-page");
  if (as_database_is_empty (self->db) || gtk_stack_get_child_by_name (self->stack, last_page) == NULL)
    as_window_show_page (self, "dashboard");
  else
    as_window_show_page (self, last_page);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (on_visible_page_cb),
                           self, G_CONNECT_SWAPPED);
  /* The first staff member may be added, or renamed, at any time. */
  g_signal_connect_object (self->db, "changed", G_CALLBACK (on_database_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->db, "actor-changed", G_CALLBACK (as_window_update_actor),
                           self, G_CONNECT_SWAPPED);
  as_window_update_actor (self);
}

static void
as_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  AsWindow *self = AS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AsWindow *self = AS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_window_dispose (GObject *object)
{
  AsWindow *self = AS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_window_parent_class)->dispose (object);
}

static void
as_window_class_init (AsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = as_window_constructed;
  object_class->set_property = as_window_set_property;
  object_class->get_property = as_window_get_property;
  object_class->dispose = as_window_dispose;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, AS_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AsWindow, actor_button);
  gtk_widget_class_bind_template_child (widget_class, AsWindow, actor_label);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);

  g_type_ensure (AS_TYPE_AREA_PAGE);
}

static void
as_window_init (AsWindow *self)
{
  self->settings = g_settings_new (AS_APP_ID);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

/* ------------------------------------------------------------- public API */

AsWindow *
as_window_new (AsApplication *app,
               AsDatabase    *db)
{
  return g_object_new (AS_TYPE_WINDOW, "application", app, "database", db, NULL);
}

/**
 * as_window_get_database:
 *
 * Returns: (transfer none): the database the window shows
 */
AsDatabase *
as_window_get_database (AsWindow *self)
{
  g_return_val_if_fail (AS_IS_WINDOW (self), NULL);
  return self->db;
}

void
as_window_show_page (AsWindow   *self,
                     const char *name)
{
  g_return_if_fail (AS_IS_WINDOW (self));

  if (gtk_stack_get_child_by_name (self->stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->stack, name);
}

const char *
as_window_get_page (AsWindow *self)
{
  g_return_val_if_fail (AS_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* Shows in the header bar who the program is acting for. */
void
as_window_update_actor (AsWindow *self)
{
  gint64 actor = as_database_get_actor (self->db);
  g_autofree char *name = NULL;

  g_return_if_fail (AS_IS_WINDOW (self));

  if (actor > 0)
    name = as_directory_get_label (self->db, as_directory_find_entity ("staff"), actor);
  gtk_label_set_text (self->actor_label, name && *name ? name : _("Who are you?"));
  gtk_widget_set_visible (GTK_WIDGET (self->actor_button), !as_database_is_empty (self->db));
}
