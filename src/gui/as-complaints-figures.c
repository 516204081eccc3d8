/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The monthly complaint figures: three tables of one month, read from the
 * store's aggregates (a few rows each), refreshed when complaints change. */

#include <glib/gi18n.h>

#include "as-chart-view.h"
#include "as-complaint-store.h"
#include "as-complaints-figures.h"
#include "as-gui-util.h"
#include "as-labels.h"

struct _AsComplaintsFigures
{
  GtkWindow   parent_instance;

  GtkLabel   *month_label;
  GtkStack   *stack;
  GtkGrid    *department_grid;
  GtkGrid    *staff_grid;
  GtkGrid    *hotline_grid;
  AsChart    *department_chart;
  GtkWidget  *department_chart_view;

  AsDatabase *db;
  int         year;
  int         month;
};

G_DEFINE_FINAL_TYPE (AsComplaintsFigures, as_complaints_figures, GTK_TYPE_WINDOW)

/* A table's columns: the row key read and its heading. */
typedef struct
{
  const char *key;
  const char *title;   /* NC_("figures", …) */
  gboolean    number;
} Column;

static const Column department_columns[] = {
  { "name", NC_("figures", "Department"), FALSE },
  { "total", NC_("figures", "Contacts"), TRUE },
  { "complaints", NC_("figures", "Complaints"), TRUE },
  { "escalated", NC_("figures", "Escalated"), TRUE },
  { "late", NC_("figures", "Late"), TRUE },
  { NULL },
};

static const Column staff_columns[] = {
  { "name", NC_("figures", "Staff member"), FALSE },
  { "department", NC_("figures", "Department"), FALSE },
  { "total", NC_("figures", "Contacts"), TRUE },
  { "complaints", NC_("figures", "Complaints"), TRUE },
  { "escalated", NC_("figures", "Escalated"), TRUE },
  { "late", NC_("figures", "Late"), TRUE },
  { NULL },
};

static const Column hotline_columns[] = {
  { "name", NC_("figures", "Accepted by"), FALSE },
  { "department", NC_("figures", "Department"), FALSE },
  { "accepted", NC_("figures", "Accepted"), TRUE },
  { "answered", NC_("figures", "Answered"), TRUE },
  { "waiting", NC_("figures", "Waiting"), TRUE },
  { "late", NC_("figures", "Late"), TRUE },
  { "not_satisfied", NC_("figures", "Not satisfied"), TRUE },
  { NULL },
};

/* ---------------------------------------------------------------- helpers */

static void
add_cell (GtkGrid    *grid,
          const char *text,
          int         column,
          int         row,
          gboolean    number,
          gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text ? text : "");

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1.0 : 0.0);
  gtk_widget_set_hexpand (label, column == 0);
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
fill_grid (GtkGrid      *grid,
           const Column *columns,
           GPtrArray    *rows,
           const GError *error)
{
  as_gui_clear_container (GTK_WIDGET (grid));
  if (rows == NULL || rows->len == 0)
    {
      add_cell (grid, error ? error->message : _("Nothing received this month."), 0, 0, FALSE,
                FALSE);
      return;
    }
  for (int c = 0; columns[c].key != NULL; c++)
    add_cell (grid, g_dpgettext2 (GETTEXT_PACKAGE, "figures", columns[c].title), c, 0,
              columns[c].number, TRUE);
  for (guint r = 0; r < rows->len; r++)
    for (int c = 0; columns[c].key != NULL; c++)
      add_cell (grid, g_hash_table_lookup (rows->pdata[r], columns[c].key), c, r + 1,
                columns[c].number, FALSE);
}

/* The departments' complaints, and how many of them were answered late. */
static void
fill_department_chart (AsComplaintsFigures *self,
                       GPtrArray           *rows)
{
  guint complaints, late;

  as_chart_clear (self->department_chart);
  complaints = as_chart_add_series (self->department_chart, C_("figures", "Complaints"));
  late = as_chart_add_series (self->department_chart, C_("figures", "Late"));
  for (guint r = 0; rows != NULL && r < rows->len; r++)
    {
      GHashTable *row = rows->pdata[r];
      guint category = as_chart_add_category (self->department_chart,
                                              g_hash_table_lookup (row, "name"));

      as_chart_set_value (self->department_chart, complaints, category,
                          as_row_get_int (row, "complaints"));
      as_chart_set_value (self->department_chart, late, category, as_row_get_int (row, "late"));
    }
  as_chart_view_update (AS_CHART_VIEW (self->department_chart_view));
  /* An empty month is already said by the table above. */
  gtk_widget_set_visible (self->department_chart_view, rows != NULL && rows->len > 0);
}

static void
refresh (AsComplaintsFigures *self)
{
  g_autofree char *month = g_strdup_printf ("%04d-%02d", self->year, self->month);
  g_autofree char *title = as_format_month (self->year, self->month);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) hotline = NULL;

  gtk_label_set_text (self->month_label, title);
  departments = as_complaint_store_count_by_department (self->db, month, &error);
  fill_grid (self->department_grid, department_columns, departments, error);
  fill_department_chart (self, departments);
  g_clear_error (&error);
  staff = as_complaint_store_count_by_staff (self->db, month, &error);
  fill_grid (self->staff_grid, staff_columns, staff, error);
  g_clear_error (&error);
  hotline = as_complaint_store_hotline_report (self->db, month, &error);
  fill_grid (self->hotline_grid, hotline_columns, hotline, error);
}

static void
move_month (AsComplaintsFigures *self,
            int                  delta)
{
  int index = self->year * 12 + (self->month - 1) + delta;

  as_complaints_figures_set_month (self, index / 12, index % 12 + 1);
}

/* ------------------------------------------------------------- callbacks */

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  move_month (AS_COMPLAINTS_FIGURES (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_month (AS_COMPLAINTS_FIGURES (widget), 1);
}

static void
on_database_changed_cb (AsComplaintsFigures *self,
                        const char          *table,
                        AsDatabase          *db)
{
  if (g_str_has_prefix (table, "complaint") || g_strcmp0 (table, "staff") == 0 ||
      g_strcmp0 (table, "departments") == 0)
    refresh (self);
}

/* ------------------------------------------------------------- overrides */

static void
as_complaints_figures_dispose (GObject *object)
{
  AsComplaintsFigures *self = AS_COMPLAINTS_FIGURES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_COMPLAINTS_FIGURES);
  g_clear_object (&self->department_chart);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_complaints_figures_parent_class)->dispose (object);
}

static void
as_complaints_figures_class_init (AsComplaintsFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_complaints_figures_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-complaints-figures.ui");
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsFigures, month_label);
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsFigures, stack);
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsFigures, department_grid);
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsFigures, staff_grid);
  gtk_widget_class_bind_template_child (widget_class, AsComplaintsFigures, hotline_grid);

  gtk_widget_class_install_action (widget_class, "figures.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "figures.next", NULL, next_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "figures.previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "figures.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
as_complaints_figures_init (AsComplaintsFigures *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->department_chart = as_chart_new (AS_CHART_BAR, _("Complaints by department"));
  as_chart_set_axis_titles (self->department_chart, NULL, C_("figures", "Complaints"));
  self->department_chart_view = as_chart_view_new (self->department_chart);
  gtk_widget_set_size_request (self->department_chart_view, -1, 280);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->department_grid))),
                  self->department_chart_view);
}

/* ------------------------------------------------------------- public API */

GtkWindow *
as_complaints_figures_new (GtkWindow  *parent,
                           AsDatabase *db)
{
  AsComplaintsFigures *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_COMPLAINTS_FIGURES, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  as_complaints_figures_set_month (self, g_date_time_get_year (now),
                                   g_date_time_get_month (now));
  return GTK_WINDOW (self);
}

void
as_complaints_figures_set_month (AsComplaintsFigures *self,
                                 int                  year,
                                 int                  month)
{
  g_return_if_fail (AS_IS_COMPLAINTS_FIGURES (self));
  g_return_if_fail (month >= 1 && month <= 12);

  self->year = year;
  self->month = month;
  refresh (self);
}
