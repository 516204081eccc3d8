/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Warehouse tab's ABC analysis (SP2): every part with a consumption
 * value in the last 12 months as a Pareto chart (bars largest first,
 * coloured by class, and the cumulative share), with the count and value of
 * each class. The classes are those stored by as-abc.c; the stored classes
 * are brought up to date once a day when the section is first shown. */

#include <glib/gi18n.h>

#include "as-abc.h"
#include "as-chart.h"
#include "as-chart-view.h"
#include "as-record-list.h"
#include "as-warehouse-abc.h"
#include "as-warehouse-dialogs.h"

/* Every part with a value is drawn; a catalogue has thousands at most. */
#define MAX_PARTS 5000

struct _AsWarehouseAbc
{
  GtkWidget    parent_instance;

  GtkLabel    *summary_label;
  GtkStack    *stack;
  GtkBox      *chart_box;
  GtkLabel    *note_label;
  AsChartView *chart_view;

  AsDatabase  *db;
  AsChart     *chart;
  guint        refresh_idle;
};

G_DEFINE_FINAL_TYPE (AsWarehouseAbc, as_warehouse_abc, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static char *
format_cents (AsWarehouseAbc *self,
              gint64          cents)
{
  /* As the chart's axis shows money, in the user's locale. */
  return as_chart_format_value (self->chart, cents / 100.0);
}

static void
describe (AsWarehouseAbc *self,
          GPtrArray      *ranking)
{
  AsAbcThresholds t;
  gint64 value[3] = { 0, 0, 0 };
  guint count[3] = { 0, 0, 0 };
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *summary = NULL, *note = NULL;

  for (guint i = 0; i < ranking->len; i++)
    {
      GHashTable *row = g_ptr_array_index (ranking, i);
      const char *klass = g_hash_table_lookup (row, "abc_class");
      int k = klass ? CLAMP (klass[0] - 'A', 0, 2) : 2;

      count[k]++;
      value[k] += as_row_get_int (row, "consumption_cents");
    }
  a = format_cents (self, value[0]);
  b = format_cents (self, value[1]);
  c = format_cents (self, value[2]);
  /* Translators: the parts and consumption value of each ABC class */
  summary = g_strdup_printf (_("Class A: %u parts, %s · Class B: %u parts, %s · "
                               "Class C: %u parts used, %s"),
                             count[0], a, count[1], b, count[2], c);
  gtk_label_set_text (self->summary_label, summary);
  as_abc_get_thresholds (self->db, &t);
  note = g_strdup_printf (_("Consumption value: parts issued to repairs in the last 12 months, "
                            "less those returned, times the unit cost. A part is class A while "
                            "the parts above it make less than %d %% of the total, B while they "
                            "make less than %d %%; the rest, and parts not used, are C. The "
                            "thresholds are set in Preferences."),
                          t.a_percent, t.a_percent + t.b_percent);
  gtk_label_set_text (self->note_label, note);
}

static void
refresh (AsWarehouseAbc *self)
{
  g_autoptr(GPtrArray) ranking = as_abc_list_ranking (self->db, MAX_PARTS);
  AsAbcThresholds t;
  guint series;

  /* The bars' classes and the guide lines follow the thresholds of the settings. */
  as_abc_get_thresholds (self->db, &t);
  as_chart_set_pareto_limits (self->chart, t.a_percent, t.a_percent + t.b_percent);
  as_chart_clear (self->chart);
  series = as_chart_add_series (self->chart, _("Consumption value"));
  for (guint i = 0; i < ranking->len; i++)
    {
      GHashTable *row = g_ptr_array_index (ranking, i);
      guint category = as_chart_add_category (self->chart, g_hash_table_lookup (row, "part_no"));

      as_chart_set_value (self->chart, series, category,
                          as_row_get_int (row, "consumption_cents") / 100.0);
    }
  as_chart_view_update (self->chart_view);
  gtk_stack_set_visible_child_name (self->stack, ranking->len ? "chart" : "empty");
  describe (self, ranking);
}

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  AsWarehouseAbc *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (AsWarehouseAbc *self,
                        const char     *table,
                        AsDatabase     *db)
{
  if (self->refresh_idle == 0 && (g_str_equal (table, "spare_parts") ||
                                  g_str_equal (table, "settings")))
    self->refresh_idle = g_idle_add (on_refresh_idle_cb, self);
}

static void
recompute_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AsWarehouseAbc *self = AS_WAREHOUSE_ABC (widget);
  g_autoptr(GError) error = NULL;

  if (!as_abc_recompute (self->db, &error))
    as_gui_show_error (widget, _("The parts could not be classified"), error);
}

/* The 12 months move on: classify again on the first showing of a new day. */
static void
as_warehouse_abc_map (GtkWidget *widget)
{
  AsWarehouseAbc *self = AS_WAREHOUSE_ABC (widget);

  GTK_WIDGET_CLASS (as_warehouse_abc_parent_class)->map (widget);
  if (as_abc_is_stale (self->db))
    as_abc_recompute (self->db, NULL);
}

/* ------------------------------------------------------------- overrides */

static void
as_warehouse_abc_dispose (GObject *object)
{
  AsWarehouseAbc *self = AS_WAREHOUSE_ABC (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_object (&self->chart);
  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_WAREHOUSE_ABC);
  /* The template's top widget has no id: dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (as_warehouse_abc_parent_class)->dispose (object);
}

static void
as_warehouse_abc_class_init (AsWarehouseAbcClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_warehouse_abc_dispose;
  widget_class->map = as_warehouse_abc_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-warehouse-abc.ui");
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseAbc, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseAbc, stack);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseAbc, chart_box);
  gtk_widget_class_bind_template_child (widget_class, AsWarehouseAbc, note_label);
  gtk_widget_class_install_action (widget_class, "abc.recompute", NULL, recompute_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
as_warehouse_abc_init (AsWarehouseAbc *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->chart = as_chart_new (AS_CHART_PARETO, _("Consumption value by part, last 12 months"));
  as_chart_set_format (self->chart, AS_CHART_FORMAT_MONEY);
  as_chart_set_axis_titles (self->chart, _("Spare parts, largest first"), _("Consumption value"));
  self->chart_view = AS_CHART_VIEW (as_chart_view_new (self->chart));
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart_view), TRUE);
  gtk_box_append (self->chart_box, GTK_WIDGET (self->chart_view));
}

/**
 * as_warehouse_abc_new:
 *
 * Returns: (transfer full): the ABC analysis section; an AsSectionFactory
 */
GtkWidget *
as_warehouse_abc_new (AsDatabase *db)
{
  AsWarehouseAbc *self;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_WAREHOUSE_ABC, NULL);
  self->db = g_object_ref (db);
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
  return GTK_WIDGET (self);
}
