/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first tab. On an empty database it welcomes the person and offers to
 * create a demo database (in a worker thread with its own connection); once
 * there is data it shows cards counting what needs attention, each leading
 * to the tab where that work is done. */

#include <glib/gi18n.h>

#include "as-dashboard.h"
#include "as-dashboard-page.h"
#include "as-labels.h"
#include "as-demo.h"

#define DEMO_REPAIRS   5000
#define DEMO_SEED      1
#define N_CARDS        8
#define N_CARD_COLUMNS 4

typedef struct
{
  const char *title;        /* N_() */
  const char *description;  /* N_() */
  const char *page;         /* the tab the card leads to */
  AsFigure    figure;
  gboolean    alert;        /* a count above zero needs attention now */
} Card;

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

  GtkWidget      *card_buttons[N_CARDS];
  GtkLabel       *card_figures[N_CARDS];

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
  { N_("Parts to reorder"), N_("Stock at or below the reorder point"), "warehouse",
    AS_FIGURE_PARTS_TO_REORDER },
  { N_("Repairs to survey"), N_("Completed repairs of the last 30 days without a survey"),
    "surveys", AS_FIGURE_REPAIRS_TO_SURVEY },
};

G_STATIC_ASSERT (G_N_ELEMENTS (cards) == N_CARDS);


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

static void
show_error (AsDashboardPage *self,
            const char      *primary,
            const GError    *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
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
    show_error (self, _("The demo database could not be created"), error);
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
  gtk_widget_class_bind_template_callback (widget_class, on_demo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
as_dashboard_page_init (AsDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_cards (self);
}

/* ------------------------------------------------------------- public API */

AsDashboardPage *
as_dashboard_page_new (void)
{
  return g_object_new (AS_TYPE_DASHBOARD_PAGE, NULL);
}
