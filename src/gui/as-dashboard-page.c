/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first tab. On an empty database it welcomes the person and offers to
 * create a demo database (in a worker thread with its own connection); once
 * there is data it shows cards counting what needs attention, each leading
 * to the tab where that work is done, and charts of the trends below them.
 * A change to a table marks the charts that read it; they are read again
 * only while the page is shown, in a worker thread with its own connection
 * so that a large file never holds up the window. */

#include <glib/gi18n.h>

#include "as-chart-view.h"
#include "as-dashboard.h"
#include "as-dashboard-charts.h"
#include "as-dashboard-page.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-demo.h"

#define DEMO_REPAIRS   5000
#define DEMO_SEED      1
#define N_CARDS        10
#define N_CARD_COLUMNS 5

typedef struct
{
  const char *title;        /* N_() */
  const char *description;  /* N_() */
  const char *page;         /* the tab the card leads to */
  AsFigure    figure;
  gboolean    alert;        /* a count above zero needs attention now */
} Card;

/* How each chart of as-dashboard-charts.c is drawn. */
typedef struct
{
  AsDashboardChart  chart;
  AsChartKind       kind;
  AsChartFormat     format;
  const char       *title;          /* N_() */
  const char       *y_title;        /* N_(), or NULL */
  const char       *empty;          /* N_(): what an empty chart says */
  const guint8     *colors;         /* palette index per series, or NULL for the default */
  guint             n_colors;
} ChartSpec;

/* The charts a worker reads, and what it found for each. */
typedef struct
{
  char      *path;
  gboolean   wanted[AS_N_DASHBOARD_CHARTS];
  GPtrArray *points[AS_N_DASHBOARD_CHARTS];
  GError    *errors[AS_N_DASHBOARD_CHARTS];
} ChartRead;

/* Progress of the demo generator, carried from the worker to the main loop. */
typedef struct
{
  GTask  *task;
  double  fraction;
} DemoProgress;

struct _AsDashboardPage
{
  AsPage          parent_instance;

  GtkStack       *stack;
  GtkLabel       *progress_label;
  GtkProgressBar *progress_bar;
  GtkButton      *cancel_button;
  GtkLabel       *date_label;
  GtkGrid        *card_grid;

  GtkFlowBox     *chart_box;

  GtkWidget      *card_buttons[N_CARDS];
  GtkLabel       *card_figures[N_CARDS];
  AsChartView    *chart_views[AS_N_DASHBOARD_CHARTS];
  gboolean        chart_dirty[AS_N_DASHBOARD_CHARTS];
  GCancellable   *charts_cancellable;  /* set while a worker reads charts */

  GCancellable   *demo_cancellable;  /* set while the demo is being generated */
  guint           refresh_id;
  gboolean        dirty;             /* the database changed while hidden */
};

G_DEFINE_FINAL_TYPE (AsDashboardPage, as_dashboard_page, AS_TYPE_PAGE)

static const Card cards[] = {
  { N_("Open repair requests"), N_("Received, dispatched or in the workshop"), "repairs",
    AS_FIGURE_OPEN_REPAIRS },
  { N_("Late repairs"), N_("Past the arrival deadline or the date promised to the customer"), "repairs",
    AS_FIGURE_LATE_REPAIRS, TRUE },
  { N_("Not yet dispatched"), N_("Waiting for a technician to be assigned"), "repairs",
    AS_FIGURE_UNDISPATCHED_REPAIRS },
  { N_("Contracts expiring"), N_("Active maintenance contracts ending within 30 days"), "repairs",
    AS_FIGURE_EXPIRING_CONTRACTS },
  { N_("Open complaints"), N_("Complaints and opinions not answered yet"), "complaints",
    AS_FIGURE_OPEN_COMPLAINTS },
  { N_("Urgent complaints"), N_("Urgent and not answered yet"), "complaints",
    AS_FIGURE_URGENT_COMPLAINTS, TRUE },
  { N_("Late answers"), N_("Contacts still waiting past the time their answer was due"),
    "complaints", AS_FIGURE_LATE_COMPLAINTS, TRUE },
  { N_("Parts to reorder"), N_("Stock at or below the reorder point"), "warehouse",
    AS_FIGURE_PARTS_TO_REORDER },
  { N_("Repairs to survey"), N_("Completed repairs still without their survey"),
    "surveys", AS_FIGURE_REPAIRS_TO_SURVEY },
  { N_("Loaners overdue"), N_("Loaner units not back by the date agreed with the customer"),
    "warehouse", AS_FIGURE_OVERDUE_LOANERS, TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (cards) == N_CARDS);

/* Late in red beside on time; a notice still to send in red. */
static const guint8 open_colors[] = { 0, 3 };
static const guint8 stock_colors[] = { 0, 1 };
static const guint8 notice_colors[] = { 3, 2 };

static const ChartSpec chart_specs[] = {
  { AS_DASHBOARD_CHART_OPEN_REPAIRS, AS_CHART_STACKED_BAR, AS_CHART_FORMAT_INTEGER,
    N_("Open repair requests"), N_("Requests"), N_("No repair request is open"),
    open_colors, G_N_ELEMENTS (open_colors) },
  { AS_DASHBOARD_CHART_REPAIRS_PER_MONTH, AS_CHART_STACKED_BAR, AS_CHART_FORMAT_INTEGER,
    N_("Repairs per month by service category"), N_("Repairs"),
    N_("No repairs in the last 12 months") },
  { AS_DASHBOARD_CHART_COMPLAINTS_BY_CHANNEL, AS_CHART_DONUT, AS_CHART_FORMAT_INTEGER,
    N_("Complaints and opinions by channel, last 12 months"), NULL,
    N_("No complaints or opinions in the last 12 months") },
  { AS_DASHBOARD_CHART_COMPLAINTS_BY_DEPARTMENT, AS_CHART_BAR, AS_CHART_FORMAT_INTEGER,
    N_("Complaints and opinions by department, last 12 months"), N_("Contacts"),
    N_("No complaints or opinions in the last 12 months") },
  { AS_DASHBOARD_CHART_SATISFACTION, AS_CHART_BAR, AS_CHART_FORMAT_DECIMAL,
    N_("Satisfaction per technician, last 30 days"), N_("Average rating (1–4)"),
    N_("No surveys in the last 30 days") },
  { AS_DASHBOARD_CHART_PARTS_TO_REORDER, AS_CHART_BAR, AS_CHART_FORMAT_INTEGER,
    N_("Parts to reorder, largest shortfall first"), N_("Units"),
    N_("No part is at or below its reorder point"), stock_colors, G_N_ELEMENTS (stock_colors) },
  { AS_DASHBOARD_CHART_CONTRACTS_EXPIRING, AS_CHART_STACKED_BAR, AS_CHART_FORMAT_INTEGER,
    N_("Maintenance contracts expiring"), N_("Contracts"),
    N_("No maintenance contract expires in the next six months"),
    notice_colors, G_N_ELEMENTS (notice_colors) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (chart_specs) == AS_N_DASHBOARD_CHARTS);


/* ---------------------------------------------------------------- helpers */

static GtkWidget *
new_card_label (const char *text,
                const char *style,
                const char *extra_style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, style);
  if (extra_style != NULL)
    gtk_widget_add_css_class (label, extra_style);
  return label;
}

static GtkWidget *
build_card (const Card *card,
            GtkLabel  **out_figure)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *figure = new_card_label ("—", "dashboard-figure", "numeric");

  gtk_box_append (GTK_BOX (box), figure);
  gtk_box_append (GTK_BOX (box), new_card_label (_(card->title), "heading", NULL));
  gtk_box_append (GTK_BOX (box), new_card_label (_(card->description), "dim-label", "caption"));
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_button_set_child (GTK_BUTTON (button), box);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "dashboard-card");
  /* The card's own background hides the flat button's hover colour. */
  gtk_widget_set_cursor_from_name (button, "pointer");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", card->page);

  *out_figure = GTK_LABEL (figure);
  return button;
}

static void
build_cards (AsDashboardPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      self->card_buttons[i] = build_card (&cards[i], &self->card_figures[i]);
      gtk_grid_attach (self->card_grid, self->card_buttons[i],
                       i % N_CARD_COLUMNS, i / N_CARD_COLUMNS, 1, 1);
    }
}

static void
set_attention (GtkWidget *widget,
               gboolean   attention)
{
  if (attention)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

static void
update_card (AsDashboardPage *self,
             guint            index,
             AsDatabase      *db)
{
  gint64 count = as_dashboard_count (db, cards[index].figure);
  g_autofree char *text = NULL;
  gboolean attention = cards[index].alert && count > 0;

  /* A failed query has already been logged; a dash says "unknown", not zero. */
  text = count < 0 ? g_strdup ("—") : g_strdup_printf ("%'" G_GINT64_FORMAT, count);
  gtk_label_set_text (self->card_figures[index], text);
  set_attention (self->card_buttons[index], attention);
  set_attention (GTK_WIDGET (self->card_figures[index]), attention);
}

/* Each chart in a card of its own; the flow box puts as many side by side
 * as the width allows. */
static void
build_charts (AsDashboardPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (chart_specs); i++)
    {
      GtkWidget *view = as_chart_view_new (NULL);
      GtkWidget *child;

      gtk_widget_set_size_request (view, -1, 300);
      gtk_widget_add_css_class (view, "dashboard-chart");
      gtk_flow_box_append (self->chart_box, view);
      /* The chart takes the focus itself (for its menu); its box need not. */
      child = gtk_widget_get_parent (view);
      gtk_widget_set_focusable (child, FALSE);
      self->chart_views[chart_specs[i].chart] = AS_CHART_VIEW (view);
      self->chart_dirty[chart_specs[i].chart] = TRUE;
    }
}

static AsChart *
new_chart (const ChartSpec *spec)
{
  AsChart *chart = as_chart_new (spec->kind, _(spec->title));

  as_chart_set_format (chart, spec->format);
  as_chart_set_axis_titles (chart, NULL, spec->y_title != NULL ? _(spec->y_title) : NULL);
  as_chart_set_empty_text (chart, _(spec->empty));
  return chart;
}

static void
fill_chart (AsChart         *chart,
            const ChartSpec *spec,
            GPtrArray       *points)
{
  for (guint i = 0; i < points->len; i++)
    {
      const AsDashboardPoint *point = g_ptr_array_index (points, i);
      guint series = as_chart_ensure_series (chart, point->series);

      as_chart_add_value (chart, series, as_chart_ensure_category (chart, point->category),
                          point->value);
    }
  for (guint s = 0; s < MIN (spec->n_colors, as_chart_get_n_series (chart)); s++)
    as_chart_set_series_color (chart, s, spec->colors[s]);
}

/* Shows what was read, or says where the chart would be why it is not. */
static void
show_chart (AsDashboardPage *self,
            const ChartSpec *spec,
            GPtrArray       *points,
            const GError    *error)
{
  g_autoptr(AsChart) chart = new_chart (spec);

  if (points != NULL)
    fill_chart (chart, spec, points);
  else
    {
      g_autofree char *text = g_strdup_printf (_("The chart could not be read: %s"),
                                               error != NULL ? error->message : "");

      as_chart_set_empty_text (chart, text);
    }
  as_chart_view_set_chart (self->chart_views[spec->chart], chart);
}

static void
chart_read_free (gpointer data)
{
  ChartRead *read = data;

  for (guint i = 0; i < AS_N_DASHBOARD_CHARTS; i++)
    {
      g_clear_pointer (&read->points[i], g_ptr_array_unref);
      g_clear_error (&read->errors[i]);
    }
  g_free (read->path);
  g_free (read);
}

/* Any thread: reads the charts wanted from @db. */
static void
read_charts (AsDatabase   *db,
             ChartRead    *read,
             GCancellable *cancellable)
{
  for (guint i = 0; i < AS_N_DASHBOARD_CHARTS; i++)
    if (read->wanted[i] && !g_cancellable_is_cancelled (cancellable))
      read->points[i] = as_dashboard_chart_read (db, i, NULL, &read->errors[i]);
}

static void
show_charts (AsDashboardPage *self,
             ChartRead       *read,
             const GError    *error)
{
  for (guint i = 0; i < G_N_ELEMENTS (chart_specs); i++)
    {
      AsDashboardChart chart = chart_specs[i].chart;

      if (read->wanted[chart])
        show_chart (self, &chart_specs[i], read->points[chart],
                    error != NULL ? error : read->errors[chart]);
    }
}

/* Worker thread: its own connection, and nothing but the data it reads. */
static void
read_charts_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ChartRead *read = task_data;
  g_autoptr(AsDatabase) db = NULL;
  GError *error = NULL;

  db = as_database_open (read->path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  read_charts (db, read, cancellable);
  g_task_return_boolean (task, TRUE);
}

static void queue_refresh (AsDashboardPage *self);

static void
on_charts_read_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  AsDashboardPage *self = AS_DASHBOARD_PAGE (source_object);
  ChartRead *read = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* Cancelled: the page is being destroyed, its charts with it. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->charts_cancellable);
  g_task_propagate_boolean (G_TASK (result), &error);
  show_charts (self, read, error);
  /* Tables that changed during the read: their charts are read again. */
  for (guint i = 0; i < AS_N_DASHBOARD_CHARTS; i++)
    if (self->chart_dirty[i] && gtk_widget_get_mapped (GTK_WIDGET (self)))
      {
        queue_refresh (self);
        break;
      }
}

/* A file that another connection cannot open as the same database (one
 * in memory) is read here, on the window's connection. */
static gboolean
can_read_apart (const char *path)
{
  return path != NULL && *path != '\0' && g_strcmp0 (path, ":memory:") != 0 &&
         !g_str_has_prefix (path, "file:");
}

/* Reads the charts whose tables changed; one worker at a time, the next
 * round starting when it is done. */
static void
update_charts (AsDashboardPage *self,
               AsDatabase      *db)
{
  g_autoptr(GTask) task = NULL;
  ChartRead *read;
  gboolean any = FALSE;

  if (self->charts_cancellable != NULL)
    return;
  read = g_new0 (ChartRead, 1);
  for (guint i = 0; i < AS_N_DASHBOARD_CHARTS; i++)
    {
      read->wanted[i] = self->chart_dirty[i];
      any |= self->chart_dirty[i];
      self->chart_dirty[i] = FALSE;
    }
  if (!any || !can_read_apart (as_database_get_path (db)))
    {
      read_charts (db, read, NULL);
      show_charts (self, read, NULL);
      chart_read_free (read);
      return;
    }
  read->path = g_strdup (as_database_get_path (db));
  self->charts_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->charts_cancellable, on_charts_read_cb, NULL);
  g_task_set_source_tag (task, update_charts);
  g_task_set_task_data (task, read, chart_read_free);
  g_task_run_in_thread (task, read_charts_thread);
}

static void
update_date (AsDashboardPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *text = as_format_long_date (today);

  gtk_label_set_text (self->date_label, text);
}

static void
update_summary (AsDashboardPage *self,
                AsDatabase      *db)
{
  update_date (self);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    update_card (self, i, db);
  update_charts (self, db);
}

/* Shows the welcome on an empty database and the cards otherwise; while the
 * demo is being written the progress stays in front. */
static void
refresh (AsDashboardPage *self)
{
  AsDatabase *db = as_page_get_database (AS_PAGE (self));

  self->dirty = FALSE;
  if (db == NULL || self->demo_cancellable != NULL)
    return;
  if (as_database_is_empty (db))
    {
      gtk_stack_set_visible_child_name (self->stack, "welcome");
      return;
    }
  update_summary (self, db);
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  AsDashboardPage *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* A save or an import changes several tables in a row; one idle gathers
 * them, so the counts are taken once per burst. */
static void
queue_refresh (AsDashboardPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

/* ------------------------------------------------------------- demo data */

static void
demo_progress_free (gpointer data)
{
  DemoProgress *progress = data;

  g_object_unref (progress->task);
  g_free (progress);
}

/* Main loop: shows the fraction, unless this run has ended or was cancelled. */
static gboolean
show_demo_progress_cb (gpointer data)
{
  DemoProgress *progress = data;
  AsDashboardPage *self = g_task_get_source_object (progress->task);
  GCancellable *cancellable = g_task_get_cancellable (progress->task);

  if (self->demo_cancellable == cancellable && !g_cancellable_is_cancelled (cancellable))
    gtk_progress_bar_set_fraction (self->progress_bar, progress->fraction);
  return G_SOURCE_REMOVE;
}

/* Worker thread: hands the fraction to the main loop and touches nothing else. */
static void
on_demo_progress_cb (double   fraction,
                     gpointer user_data)
{
  GTask *task = user_data;
  DemoProgress *progress = g_new (DemoProgress, 1);

  progress->task = g_object_ref (task);
  progress->fraction = fraction;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              show_demo_progress_cb, progress, demo_progress_free);
}

/* Worker thread: its own connection, so the window's stays free to read. */
static void
generate_demo_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(AsDatabase) db = NULL;
  GError *error = NULL;

  db = as_database_open (path, &error);
  if (db == NULL ||
      !as_demo_generate (db, DEMO_REPAIRS, DEMO_SEED, on_demo_progress_cb, task,
                         cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_demo_done_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  AsDashboardPage *self = AS_DASHBOARD_PAGE (source_object);
  AsDatabase *db = as_page_get_database (AS_PAGE (self));
  g_autoptr(GError) error = NULL;
  gboolean done = g_task_propagate_boolean (G_TASK (result), &error);

  /* The page was closed while the worker finished its transaction. */
  if (db == NULL)
    return;

  g_clear_object (&self->demo_cancellable);
  if (done)
    as_database_notify_all_changed (db);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    as_gui_show_error (GTK_WIDGET (self), _("The demo database could not be created"), error);
  refresh (self);

  /* The demo brings its own staff: ask who is using the program, as at start-up. */
  if (done && as_database_get_actor (db) == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.choose-actor", NULL);
}

static void
start_demo (AsDashboardPage *self)
{
  AsDatabase *db = as_page_get_database (AS_PAGE (self));
  g_autoptr(GTask) task = NULL;
  g_autofree char *description = NULL;

  g_assert (self->demo_cancellable == NULL);

  self->demo_cancellable = g_cancellable_new ();
  description = g_strdup_printf (_("Inventing %'d repair orders with their customers, staff, "
                                   "spare parts, complaints and surveys."), DEMO_REPAIRS);
  gtk_label_set_text (self->progress_label, description);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));

  task = g_task_new (self, self->demo_cancellable, on_demo_done_cb, NULL);
  g_task_set_source_tag (task, start_demo);
  /* Report what really happened: a Cancel pressed after the commit must not
   * hide data that is now in the file. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, g_strdup (as_database_get_path (db)), g_free);
  g_task_run_in_thread (task, generate_demo_thread);
}

/* ------------------------------------------------------------- callbacks */

static void
on_demo_clicked_cb (AsDashboardPage *self,
                    GtkButton       *button)
{
  if (self->demo_cancellable == NULL && as_page_get_database (AS_PAGE (self)) != NULL)
    start_demo (self);
}

static void
on_cancel_clicked_cb (AsDashboardPage *self,
                      GtkButton       *button)
{
  if (self->demo_cancellable == NULL)
    return;
  g_cancellable_cancel (self->demo_cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  gtk_label_set_text (self->progress_label, _("Cancelling…"));
}

static void
on_database_changed_cb (AsDashboardPage *self,
                        const char      *table,
                        AsDatabase      *db)
{
  for (guint i = 0; i < AS_N_DASHBOARD_CHARTS; i++)
    if (as_dashboard_chart_reads (i, table))
      self->chart_dirty[i] = TRUE;
  /* Counting while hidden is wasted work; the page counts again when shown. */
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    queue_refresh (self);
}

/* ------------------------------------------------------------- overrides */

static void
as_dashboard_page_database_set (AsPage     *page,
                                AsDatabase *db)
{
  AsDashboardPage *self = AS_DASHBOARD_PAGE (page);

  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
}

static void
as_dashboard_page_map (GtkWidget *widget)
{
  AsDashboardPage *self = AS_DASHBOARD_PAGE (widget);

  GTK_WIDGET_CLASS (as_dashboard_page_parent_class)->map (widget);
  if (self->dirty)
    queue_refresh (self);
}

static void
as_dashboard_page_dispose (GObject *object)
{
  AsDashboardPage *self = AS_DASHBOARD_PAGE (object);

  /* The worker rolls back; its callback finds the page without a database. */
  if (self->demo_cancellable != NULL)
    g_cancellable_cancel (self->demo_cancellable);
  g_clear_object (&self->demo_cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->charts_cancellable != NULL)
    g_cancellable_cancel (self->charts_cancellable);
  g_clear_object (&self->charts_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_DASHBOARD_PAGE);
  G_OBJECT_CLASS (as_dashboard_page_parent_class)->dispose (object);
}

static void
as_dashboard_page_class_init (AsDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AsPageClass *page_class = AS_PAGE_CLASS (klass);

  object_class->dispose = as_dashboard_page_dispose;
  widget_class->map = as_dashboard_page_map;
  page_class->database_set = as_dashboard_page_database_set;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AsDashboardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AsDashboardPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, AsDashboardPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, AsDashboardPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AsDashboardPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, AsDashboardPage, card_grid);
  gtk_widget_class_bind_template_child (widget_class, AsDashboardPage, chart_box);
  gtk_widget_class_bind_template_callback (widget_class, on_demo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
as_dashboard_page_init (AsDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_cards (self);
  build_charts (self);
}

/* ------------------------------------------------------------- public API */

AsDashboardPage *
as_dashboard_page_new (void)
{
  return g_object_new (AS_TYPE_DASHBOARD_PAGE, NULL);
}
