/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A monthly performance review on screen: the technician review (the
 * customers' ratings per criterion, repairs done, arrival deadlines kept,
 * hours worked, complaints and returns attributed) or the department review
 * (complaints and returns attributed), for a month chosen from the last two
 * years, with its chart and a Print button for the same review on paper.
 * The rows are few (one per technician or department): the table holds
 * them all, read with as-review.h's indexed queries. */

#include <glib/gi18n.h>
#include <math.h>

#include "as-chart-view.h"
#include "as-document-review.h"
#include "as-labels.h"
#include "as-print.h"
#include "as-review.h"
#include "as-surveys-review.h"

#define N_MONTHS 24

typedef struct
{
  const char *title;     /* N_() */
  gboolean    numeric;
  gboolean    expand;
  int         width;     /* pixels, or -1 for the heading's */
} Column;

static const Column technician_columns[] = {
  { N_("Technician"), FALSE, TRUE, 190 },
  { N_("Branch"), FALSE, FALSE, 150 },
  { N_("Surveys"), TRUE, FALSE, -1 },
  { N_("Attitude"), TRUE, FALSE, -1 },
  { N_("Skill"), TRUE, FALSE, -1 },
  { N_("Arrival time"), TRUE, FALSE, -1 },
  { N_("Keeping commitments"), TRUE, FALSE, -1 },
  { N_("Average"), TRUE, FALSE, -1 },
  { N_("Repairs done"), TRUE, FALSE, -1 },
  { N_("Arrivals on time"), TRUE, FALSE, -1 },
  { N_("Deadlines kept"), TRUE, FALSE, -1 },
  { N_("Hours worked"), TRUE, FALSE, -1 },
  { N_("Complaints"), TRUE, FALSE, -1 },
  { N_("Returns"), TRUE, FALSE, -1 },
};

static const Column department_columns[] = {
  { N_("Department"), FALSE, TRUE, 240 },
  { N_("Complaints"), TRUE, FALSE, -1 },
  { N_("Serious"), TRUE, FALSE, -1 },
  { N_("Unanswered"), TRUE, FALSE, -1 },
  { N_("Returns"), TRUE, FALSE, -1 },
  { N_("Exchanges"), TRUE, FALSE, -1 },
  { N_("Refunds"), TRUE, FALSE, -1 },
};

struct _AsSurveysReview
{
  GtkWidget            parent_instance;

  GtkDropDown         *month_dropdown;
  GtkLabel            *summary_label;
  GtkColumnView       *table;
  GtkBox              *chart_box;

  AsDatabase          *db;
  AsSurveysReviewKind  kind;
  GStrv                months;       /* "YYYY-MM", the newest first */
  GPtrArray           *cells;        /* GStrv per row; the totals row last */
  GArray              *row_ids;      /* staff id per row, 0 for the totals */
  GtkStringList       *rows;         /* "0", "1"… indexes into cells */
  GtkSingleSelection  *selection;
  GtkWidget           *chart_view;
  GPtrArray           *data;         /* the AsTechnicianReview or AsDepartmentReview rows */
  AsTechnicianReview  *total;        /* of the technicians */
  GCancellable        *cancellable;  /* the read under way */
  guint                refresh_idle;
  gboolean             stale;        /* changed while not on screen, or while read */
};

G_DEFINE_FINAL_TYPE (AsSurveysReview, as_surveys_review, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static const Column *
get_columns (AsSurveysReview *self,
             guint           *n_columns)
{
  if (self->kind == AS_SURVEYS_REVIEW_TECHNICIANS)
    {
      *n_columns = G_N_ELEMENTS (technician_columns);
      return technician_columns;
    }
  *n_columns = G_N_ELEMENTS (department_columns);
  return department_columns;
}

static const char *
selected_month (AsSurveysReview *self)
{
  guint selected = gtk_drop_down_get_selected (self->month_dropdown);

  return selected < N_MONTHS ? self->months[selected] : self->months[0];
}

static char *
format_rating (double value,
               guint  n_surveys)
{
  return n_surveys > 0 ? g_strdup_printf ("%.2f", value) : g_strdup ("—");
}

static char *
format_minutes (gint64 minutes)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", minutes / 60, (int) (minutes % 60));
}

static char **
technician_cells (const AsTechnicianReview *review)
{
  double percent = as_technician_review_on_time_percent (review);
  char **cells = g_new0 (char *, G_N_ELEMENTS (technician_columns) + 1);
  guint i = 0;

  cells[i++] = g_strdup (review->name);
  cells[i++] = g_strdup (review->branch_name);
  cells[i++] = g_strdup_printf ("%u", review->n_surveys);
  for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    cells[i++] = format_rating (review->averages[c], review->n_surveys);
  cells[i++] = format_rating (review->overall, review->n_surveys);
  cells[i++] = g_strdup_printf ("%u", review->repairs_done);
  cells[i++] = review->arrivals > 0
               /* Translators: arrivals on time out of all arrivals, "45 of 50" */
               ? g_strdup_printf (_("%u of %u"), review->arrivals_on_time, review->arrivals)
               : g_strdup ("—");
  cells[i++] = percent >= 0 ? g_strdup_printf ("%.0f %%", floor (percent + 0.5)) : g_strdup ("—");
  cells[i++] = format_minutes (review->minutes_worked);
  cells[i++] = g_strdup_printf ("%u", review->complaints);
  cells[i++] = g_strdup_printf ("%u", review->returns);
  g_assert (i == G_N_ELEMENTS (technician_columns));
  return cells;
}

static char **
department_cells (const AsDepartmentReview *review)
{
  char **cells = g_new0 (char *, 8);

  cells[0] = g_strdup (review->name);
  cells[1] = g_strdup_printf ("%u", review->complaints);
  cells[2] = g_strdup_printf ("%u", review->complaints_serious);
  cells[3] = g_strdup_printf ("%u", review->complaints_open);
  cells[4] = g_strdup_printf ("%u", review->returns);
  cells[5] = g_strdup_printf ("%u", review->exchanges);
  cells[6] = g_strdup_printf ("%.2f €", review->refund_cents / 100.0);
  return cells;
}

/* Rows are shown once all are in (show_rows()), so that the last one is
 * known to be the totals when the cells are bound. */
static void
add_row (AsSurveysReview *self,
         char           **cells,
         gint64           id)
{
  g_ptr_array_add (self->cells, cells);
  g_array_append_val (self->row_ids, id);
}

static void
show_rows (AsSurveysReview *self)
{
  g_autoptr(GPtrArray) indexes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->cells->len; i++)
    g_ptr_array_add (indexes, g_strdup_printf ("%u", i));
  g_ptr_array_add (indexes, NULL);
  gtk_string_list_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                          (const char *const *) indexes->pdata);
}

static void
show_chart (AsSurveysReview *self,
            AsChart         *chart)
{
  if (self->chart_view == NULL)
    {
      self->chart_view = as_chart_view_new (chart);
      gtk_widget_set_hexpand (self->chart_view, TRUE);
      gtk_widget_set_vexpand (self->chart_view, TRUE);
      gtk_box_append (self->chart_box, self->chart_view);
    }
  else
    as_chart_view_set_chart (AS_CHART_VIEW (self->chart_view), chart);
}

/* The customers' ratings of the technician selected, or of every one (the
 * totals row, or none selected). */
static void
update_rating_chart (AsSurveysReview *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);
  const AsTechnicianReview *review = self->total;
  g_autofree char *title = NULL;
  g_autoptr(AsChart) chart = NULL;

  if (self->data != NULL && selected < self->data->len)
    review = g_ptr_array_index (self->data, selected);
  if (review == NULL)
    return;
  title = review->staff_id != 0
          /* Translators: the chart of one technician's ratings in the month */
          ? g_strdup_printf (_("How customers rated %s"), review->name)
          : g_strdup (_("How customers rated the technicians"));
  chart = as_review_rating_chart_new (title, (guint (*)[AS_SURVEY_N_LEVELS]) review->ratings);
  show_chart (self, chart);
}

static void
fill_technicians (AsSurveysReview *self,
                  GPtrArray       *rows)
{
  g_autofree char *summary = NULL;
  char **total_cells;

  for (guint i = 0; i < rows->len; i++)
    {
      const AsTechnicianReview *review = g_ptr_array_index (rows, i);
      add_row (self, technician_cells (review), review->staff_id);
    }
  self->total = as_technician_review_total (rows);
  total_cells = technician_cells (self->total);
  add_row (self, total_cells, 0);
  /* Translators: the month at a glance: surveys, their average rating, repairs
   * closed and the share of arrival deadlines kept */
  summary = g_strdup_printf (_("Surveys: %u; average rating: %s; repairs done: %u; arrival "
                               "deadlines kept: %s"), self->total->n_surveys, total_cells[7],
                             self->total->repairs_done, total_cells[10]);
  gtk_label_set_text (self->summary_label, summary);
}

static void
fill_departments (AsSurveysReview *self,
                  GPtrArray       *rows)
{
  g_autoptr(AsDepartmentReview) total = NULL;
  g_autoptr(AsChart) chart = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      const AsDepartmentReview *review = g_ptr_array_index (rows, i);
      add_row (self, department_cells (review), review->department_id);
    }
  total = as_department_review_total (rows);
  add_row (self, department_cells (total), 0);
  /* Translators: the month at a glance in the department review */
  summary = g_strdup_printf (_("Complaints: %u (serious: %u); returns: %u; exchanges: %u"),
                             total->complaints, total->complaints_serious, total->returns,
                             total->exchanges);
  gtk_label_set_text (self->summary_label, summary);
  chart = as_review_department_chart_new (rows);
  show_chart (self, chart);
}

/* Shows the rows read for the month, or why they could not be read. */
static void
show_review (AsSurveysReview *self,
             GPtrArray       *rows,
             const GError    *error)
{
  gtk_string_list_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                          NULL);
  g_ptr_array_set_size (self->cells, 0);
  g_array_set_size (self->row_ids, 0);
  g_clear_pointer (&self->data, g_ptr_array_unref);
  g_clear_pointer (&self->total, as_technician_review_free);
  if (rows == NULL)
    {
      gtk_label_set_text (self->summary_label, error ? error->message : "");
      return;
    }
  self->data = g_ptr_array_ref (rows);
  if (self->kind == AS_SURVEYS_REVIEW_TECHNICIANS)
    fill_technicians (self, rows);
  else
    fill_departments (self, rows);
  show_rows (self);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (self->kind == AS_SURVEYS_REVIEW_TECHNICIANS)
    update_rating_chart (self);
}

/* ------------------------------------------------------------ reading */

typedef struct
{
  char                *path;
  char                *month;
  AsSurveysReviewKind  kind;
} ReviewRead;

static void
review_read_free (gpointer data)
{
  ReviewRead *read = data;

  g_free (read->path);
  g_free (read->month);
  g_free (read);
}

static GPtrArray *
read_rows (AsDatabase           *db,
           AsSurveysReviewKind   kind,
           const char           *month,
           GError              **error)
{
  if (kind == AS_SURVEYS_REVIEW_TECHNICIANS)
    return as_review_technicians (db, month, error);
  return as_review_departments (db, month, error);
}

/* Worker thread: its own connection, and nothing but the rows it reads. */
static void
read_review_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ReviewRead *read = task_data;
  g_autoptr(AsDatabase) db = NULL;
  GError *error = NULL;
  GPtrArray *rows;

  db = as_database_open (read->path, &error);
  if (db == NULL || (rows = read_rows (db, read->kind, read->month, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

static void queue_refresh (AsSurveysReview *self);

static void
on_review_read_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  AsSurveysReview *self = AS_SURVEYS_REVIEW (source_object);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  /* Cancelled: the review is being destroyed. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->cancellable);
  rows = g_task_propagate_pointer (G_TASK (result), &error);
  show_review (self, rows, error);
  gtk_widget_set_sensitive (GTK_WIDGET (self->table), TRUE);
  /* Changed, or another month chosen, while it was read. */
  if (self->stale)
    queue_refresh (self);
}

/* A database that another connection cannot open as the same file (one in
 * memory) is read on the window's connection. */
static gboolean
can_read_apart (const char *path)
{
  return path != NULL && *path != '\0' && g_strcmp0 (path, ":memory:") != 0 &&
         !g_str_has_prefix (path, "file:");
}

/* A month of a million repairs takes a second or more to read: the rows
 * are read in a worker thread, one read at a time. */
static void
refresh (AsSurveysReview *self)
{
  const char *path = as_database_get_path (self->db);
  g_autoptr(GTask) task = NULL;
  ReviewRead *read;

  if (self->cancellable != NULL)
    {
      self->stale = TRUE;
      return;
    }
  if (!can_read_apart (path))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = read_rows (self->db, self->kind, selected_month (self), &error);

      show_review (self, rows, error);
      return;
    }
  read = g_new0 (ReviewRead, 1);
  read->path = g_strdup (path);
  read->month = g_strdup (selected_month (self));
  read->kind = self->kind;
  gtk_label_set_text (self->summary_label, _("Reading the month…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->table), FALSE);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_review_read_cb, NULL);
  g_task_set_source_tag (task, refresh);
  g_task_set_task_data (task, read, review_read_free);
  g_task_run_in_thread (task, read_review_thread);
}

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  AsSurveysReview *self = user_data;

  self->refresh_idle = 0;
  self->stale = FALSE;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
fill_months (AsSurveysReview *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int year = g_date_time_get_year (now), month = g_date_time_get_month (now);

  self->months = g_new0 (char *, N_MONTHS + 1);
  for (int i = 0; i < N_MONTHS; i++)
    {
      g_autofree char *label = as_format_month (year, month);

      self->months[i] = g_strdup_printf ("%04d-%02d", year, month);
      gtk_string_list_append (labels, label);
      if (--month == 0)
        {
          month = 12;
          year--;
        }
    }
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->month_dropdown, 0);
}

/* ------------------------------------------------------------- callbacks */

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  const Column *column = user_data;
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column->numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column->numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 AsSurveysReview          *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkStringObject *index = gtk_list_item_get_item (item);
  guint row = (guint) g_ascii_strtoull (gtk_string_object_get_string (index), NULL, 10);
  GtkWidget *label = gtk_list_item_get_child (item);
  PangoAttrList *bold = pango_attr_list_new ();

  if (row >= self->cells->len)
    return;
  gtk_label_set_text (GTK_LABEL (label), ((char **) g_ptr_array_index (self->cells, row))[column]);
  /* The totals row closes the table in bold. */
  if (row + 1 == self->cells->len)
    pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (label), bold);
  pango_attr_list_unref (bold);
}

/* A month of a million repairs takes a second or two to read: the review
 * is read when it is on screen, and again when it comes back after a change. */
static void
queue_refresh (AsSurveysReview *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (on_refresh_idle_cb, self);
}

static void
on_month_selected_cb (AsSurveysReview *self)
{
  if (self->months != NULL && self->db != NULL)
    queue_refresh (self);
}

static void
on_row_selected_cb (AsSurveysReview *self)
{
  if (self->kind == AS_SURVEYS_REVIEW_TECHNICIANS)
    update_rating_chart (self);
}

/* A write touches several tables: one refresh for all of them. */
static void
on_database_changed_cb (AsSurveysReview *self,
                        const char      *table)
{
  static const char *const watched[] = {
    "surveys", "repair_orders", "repair_events", "complaints", "returns", "staff",
    "departments", NULL
  };

  if (g_strv_contains (watched, table))
    queue_refresh (self);
}

/* --------------------------------------------------------------- actions */

static void
step_month (AsSurveysReview *self,
            int              delta)
{
  int selected = (int) gtk_drop_down_get_selected (self->month_dropdown) - delta;

  if (selected >= 0 && selected < N_MONTHS)
    gtk_drop_down_set_selected (self->month_dropdown, (guint) selected);
}

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  step_month (AS_SURVEYS_REVIEW (widget), -1);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  step_month (AS_SURVEYS_REVIEW (widget), 1);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AsSurveysReview *self = AS_SURVEYS_REVIEW (widget);
  g_autofree char *date = g_strconcat (selected_month (self), "-01", NULL);
  AsDocumentRequest request = {
    .kind = self->kind == AS_SURVEYS_REVIEW_TECHNICIANS ? AS_DOCUMENT_TECHNICIAN_REVIEW
                                                        : AS_DOCUMENT_DEPARTMENT_REVIEW,
    .date = date,
  };

  as_print_document (GTK_WINDOW (gtk_widget_get_root (widget)), self->db, &request);
}

/* ---------------------------------------------------------------- building */

static void
build_table (AsSurveysReview *self)
{
  guint n_columns;
  const Column *columns = get_columns (self, &n_columns);

  for (guint i = 0; i < n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), (gpointer) &columns[i]);
      g_signal_connect_object (factory, "bind", G_CALLBACK (on_cell_bind_cb), self, 0);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->table, column);
      g_object_unref (column);
    }
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_row_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------- overrides */

static void
as_surveys_review_map (GtkWidget *widget)
{
  AsSurveysReview *self = AS_SURVEYS_REVIEW (widget);

  GTK_WIDGET_CLASS (as_surveys_review_parent_class)->map (widget);
  if (self->stale)
    queue_refresh (self);
}

static void
as_surveys_review_dispose (GObject *object)
{
  AsSurveysReview *self = AS_SURVEYS_REVIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_SURVEYS_REVIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_surveys_review_parent_class)->dispose (object);
}

static void
as_surveys_review_finalize (GObject *object)
{
  AsSurveysReview *self = AS_SURVEYS_REVIEW (object);

  g_strfreev (self->months);
  g_clear_pointer (&self->data, g_ptr_array_unref);
  g_clear_pointer (&self->total, as_technician_review_free);
  g_ptr_array_unref (self->cells);
  g_array_unref (self->row_ids);
  G_OBJECT_CLASS (as_surveys_review_parent_class)->finalize (object);
}

static void
as_surveys_review_class_init (AsSurveysReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_surveys_review_dispose;
  object_class->finalize = as_surveys_review_finalize;
  widget_class->map = as_surveys_review_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-surveys-review.ui");
  gtk_widget_class_bind_template_child (widget_class, AsSurveysReview, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysReview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysReview, table);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysReview, chart_box);
  gtk_widget_class_bind_template_callback (widget_class, on_month_selected_cb);

  gtk_widget_class_install_action (widget_class, "review.previous-month", NULL,
                                   previous_month_action);
  gtk_widget_class_install_action (widget_class, "review.next-month", NULL, next_month_action);
  gtk_widget_class_install_action (widget_class, "review.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "review.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "review.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "review.print", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
as_surveys_review_init (AsSurveysReview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->row_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = gtk_string_list_new (NULL);
}

/* ------------------------------------------------------------- public API */

GtkWidget *
as_surveys_review_new (AsDatabase          *db,
                       AsSurveysReviewKind  kind)
{
  AsSurveysReview *self;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_SURVEYS_REVIEW, NULL);
  self->db = g_object_ref (db);
  self->kind = kind;
  build_table (self);
  self->stale = TRUE;   /* read once shown */
  fill_months (self);
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

const char *
as_surveys_review_get_month (AsSurveysReview *self)
{
  g_return_val_if_fail (AS_IS_SURVEYS_REVIEW (self), NULL);
  return selected_month (self);
}

gboolean
as_surveys_review_set_month (AsSurveysReview *self,
                             const char      *month)
{
  g_return_val_if_fail (AS_IS_SURVEYS_REVIEW (self), FALSE);

  for (guint i = 0; month != NULL && i < N_MONTHS; i++)
    if (g_str_equal (self->months[i], month))
      {
        gtk_drop_down_set_selected (self->month_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

guint
as_surveys_review_get_n_rows (AsSurveysReview *self)
{
  g_return_val_if_fail (AS_IS_SURVEYS_REVIEW (self), 0);
  return self->cells->len;
}

const char *
as_surveys_review_get_cell (AsSurveysReview *self,
                            guint            row,
                            guint            column)
{
  char **cells;

  g_return_val_if_fail (AS_IS_SURVEYS_REVIEW (self), NULL);

  if (row >= self->cells->len)
    return NULL;
  cells = g_ptr_array_index (self->cells, row);
  return column < g_strv_length (cells) ? cells[column] : NULL;
}
