/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The customer satisfaction survey form ("Encuesta de opinión del
 * cliente"): the repair the customer is called about, the technician rated
 * on attitude, skill, arrival time and keeping commitments at four levels
 * each (seed (25)), and the customer's comments, suggestions and complaint.
 * The survey store records it all in one transaction; a refusal is shown on
 * top of the form, which keeps everything typed. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-gui-util.h"
#include "as-labels.h"
#include "as-mnemonics.h"
#include "as-survey-store.h"
#include "as-surveys-form.h"

struct _AsSurveysForm
{
  GtkWindow        parent_instance;

  GtkLabel        *title_label;
  GtkButton       *cancel_button;
  GtkButton       *record_button;
  GtkWidget       *error_box;
  GtkLabel        *error_label;
  GtkGrid         *repair_grid;
  GtkGrid         *ratings_grid;
  GtkGrid         *text_grid;
  GtkTextView     *comments_view;
  GtkTextView     *suggestion_view;
  GtkTextView     *complaint_view;
  GtkCheckButton  *serious_check;
  GtkLabel        *remarks_note;
  GtkEntry        *taken_entry;
  GtkLabel        *recorded_by_label;

  AsDatabase      *db;
  gint64           repair_id;
  GtkToggleButton *levels[AS_SURVEY_N_CRITERIA][AS_SURVEY_N_LEVELS];
  GtkSizeGroup    *labels;
  int              n_repair_rows;
};

G_DEFINE_FINAL_TYPE (AsSurveysForm, as_surveys_form, GTK_TYPE_WINDOW)

enum { RECORDED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------- helpers */

static const char *
get (GHashTable *row,
     const char *column)
{
  const char *value = g_hash_table_lookup (row, column);

  return value != NULL ? value : "";
}

static char *
get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
show_error (AsSurveysForm *self,
            const char    *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->error_box, TRUE);
}

/* One line of the repair's summary: a dim label and a selectable value. */
static void
add_repair_row (AsSurveysForm *self,
                const char    *label_text,
                const char    *value)
{
  GtkWidget *label = gtk_label_new (label_text);
  GtkWidget *text = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 70);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_grid_attach (self->repair_grid, label, 0, self->n_repair_rows, 1, 1);
  gtk_grid_attach (self->repair_grid, text, 1, self->n_repair_rows, 1, 1);
  self->n_repair_rows++;
}

static char *
join_present (const char *first,
              const char *separator,
              const char *second)
{
  if (*first == '\0')
    return g_strdup (second);
  if (*second == '\0')
    return g_strdup (first);
  return g_strconcat (first, separator, second, NULL);
}

static void
fill_repair (AsSurveysForm *self,
             GHashTable    *repair)
{
  g_autofree char *completed = as_format_long_date (get (repair, "closed_at"));
  g_autofree char *number = g_strdup_printf ("%s · %s", get (repair, "id"), completed);
  g_autofree char *customer = join_present (get (repair, "customer_name"), " · ",
                                            get (repair, "customer_phone"));
  g_autofree char *model = join_present (get (repair, "model_code"), " ",
                                         get (repair, "model_name"));
  g_autofree char *product = join_present (model, " · ", get (repair, "serial"));
  const char *work = *get (repair, "work_done") ? get (repair, "work_done") : get (repair, "fault");

  /* Translators: the repair surveyed: its number and the day it was completed */
  add_repair_row (self, _("Repair"), number);
  add_repair_row (self, _("Customer"), customer);
  add_repair_row (self, _("Product"), product);
  add_repair_row (self, _("Technician"), *get (repair, "technician_name")
                                         ? get (repair, "technician_name") : _("Not recorded"));
  add_repair_row (self, _("Work done"), work);
}

/* One criterion: its label and four linked toggle buttons, one per level. */
static void
add_rating_row (AsSurveysForm *self,
                GHashTable    *mnemonics,
                guint          criterion)
{
  g_autofree char *mnemonic = as_mnemonics_add (mnemonics,
                                                as_survey_criterion_get_label (criterion));
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_add_css_class (box, "survey-levels");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  as_survey_criterion_get_label (criterion), -1);
  for (int level = 1; level <= AS_SURVEY_N_LEVELS; level++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (as_survey_level_get_label (level));

      gtk_widget_set_hexpand (button, TRUE);
      if (level > 1)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->levels[criterion][0]);
      self->levels[criterion][level - 1] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->levels[criterion][0]));
  gtk_size_group_add_widget (self->labels, label);
  gtk_grid_attach (self->ratings_grid, label, 0, (int) criterion, 1, 1);
  gtk_grid_attach (self->ratings_grid, box, 1, (int) criterion, 1, 1);
}

static void
build_ratings (AsSurveysForm *self)
{
  g_autoptr(GHashTable) mnemonics = g_hash_table_new (NULL, NULL);
  const char *reserved[] = {
    gtk_button_get_label (self->cancel_button), gtk_button_get_label (self->record_button),
    gtk_check_button_get_label (self->serious_check),
    _("C_omments"), _("Su_ggestions"), _("Com_plaint"), _("_Taken on"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (reserved); i++)
    as_mnemonics_reserve (mnemonics, reserved[i]);
  /* The labels of the ratings and of the texts line up in one column. */
  self->labels = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  for (int row = 0; row < 6; row++)
    {
      GtkWidget *label = gtk_grid_get_child_at (self->text_grid, 0, row);

      if (label != NULL)
        gtk_size_group_add_widget (self->labels, label);
    }
  for (guint c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    add_rating_row (self, mnemonics, c);
}

static int
get_rating (AsSurveysForm *self,
            guint          criterion)
{
  for (int level = 1; level <= AS_SURVEY_N_LEVELS; level++)
    if (gtk_toggle_button_get_active (self->levels[criterion][level - 1]))
      return level;
  return 0;
}

static void
show_recorder (AsSurveysForm *self,
               const char    *name)
{
  /* Translators: who records the survey, beside its date */
  g_autofree char *text = g_strdup_printf (_("Recorded by %s"), name);

  gtk_label_set_text (self->recorded_by_label, text);
}

static void
show_actor (AsSurveysForm *self)
{
  sqlite3_stmt *stmt = as_database_prepare (self->db, "SELECT name FROM staff WHERE id = ?1",
                                            NULL);
  g_autofree char *name = NULL;

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, as_database_get_actor (self->db));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  show_recorder (self, name ? name : _("nobody yet: choose who you are in the main menu"));
}

/* "2026-03-31 09:30" → "2026-03-31 09:30:00"; other text is left for the
 * store to refuse with its message. */
static char *
get_taken_at (AsSurveysForm *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->taken_entry))));

  if (strlen (text) == 16)
    return g_strconcat (text, ":00", NULL);
  return g_steal_pointer (&text);
}

/* --------------------------------------------------------------- actions */

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsSurveysForm *self = AS_SURVEYS_FORM (widget);
  g_autofree char *comments = get_text (self->comments_view);
  g_autofree char *suggestion = get_text (self->suggestion_view);
  g_autofree char *complaint = get_text (self->complaint_view);
  g_autofree char *taken_at = get_taken_at (self);
  g_autoptr(GError) error = NULL;
  AsSurveyAnswers answers = {
    .repair_id = self->repair_id, .comments = comments, .suggestion = suggestion,
    .complaint = complaint, .surveyed_at = taken_at,
    .complaint_serious = gtk_check_button_get_active (self->serious_check),
  };
  gint64 id, complaint_id = 0;

  if (self->repair_id == 0)
    return;
  for (guint c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    answers.ratings[c] = get_rating (self, c);
  id = as_survey_store_record (self->db, &answers, &complaint_id, &error);
  if (id == 0)
    {
      show_error (self, error ? error->message : _("The survey could not be recorded."));
      return;
    }
  g_signal_emit (self, signals[RECORDED], 0, id, complaint_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ------------------------------------------------------------- view mode */

/* What a recorded survey raised, for the note under the complaint. */
static char *
describe_remarks (GHashTable *survey)
{
  const char *complaint = get (survey, "complaint_id");
  const char *suggestion = get (survey, "suggestion_id");

  if (*complaint != '\0' && *suggestion != '\0')
    return g_strdup_printf (_("This survey raised complaint No. %s and suggestion No. %s, "
                              "handled in Complaints."), complaint, suggestion);
  if (*complaint != '\0')
    return g_strdup_printf (_("This survey raised complaint No. %s, handled in Complaints."),
                            complaint);
  if (*suggestion != '\0')
    return g_strdup_printf (_("This survey raised suggestion No. %s, handled in Complaints."),
                            suggestion);
  return g_strdup (_("This survey raised no complaint and no suggestion."));
}

static void
fill_survey (AsSurveysForm *self,
             GHashTable    *survey)
{
  g_autofree char *title = g_strdup_printf (_("Satisfaction Survey No. %s"), get (survey, "id"));
  g_autofree char *taken = g_strndup (get (survey, "surveyed_at"), 16);
  g_autofree char *remarks = describe_remarks (survey);

  gtk_label_set_text (self->title_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  for (guint c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    {
      gint64 level = as_row_get_int (survey, as_survey_criterion_get_column (c));

      if (level >= 1 && level <= AS_SURVEY_N_LEVELS)
        gtk_toggle_button_set_active (self->levels[c][level - 1], TRUE);
    }
  set_text (self->comments_view, get (survey, "comments"));
  set_text (self->suggestion_view, get (survey, "suggestion"));
  set_text (self->complaint_view, get (survey, "complaint_text"));
  gtk_check_button_set_active (self->serious_check, as_row_get_int (survey, "complaint_serious"));
  gtk_label_set_text (self->remarks_note, remarks);
  gtk_editable_set_text (GTK_EDITABLE (self->taken_entry), taken);
  show_recorder (self, *get (survey, "recorded_by_name") ? get (survey, "recorded_by_name")
                                                          : _("not recorded"));
}

/* Nothing of a recorded survey can change: only the level chosen stays
 * lit in each rating row, the fields only show their text, and the one
 * button closes the form. */
static void
make_read_only (AsSurveysForm *self)
{
  for (guint c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    for (guint l = 0; l < AS_SURVEY_N_LEVELS; l++)
      gtk_widget_set_sensitive (GTK_WIDGET (self->levels[c][l]),
                                gtk_toggle_button_get_active (self->levels[c][l]));
  gtk_text_view_set_editable (self->comments_view, FALSE);
  gtk_text_view_set_editable (self->suggestion_view, FALSE);
  gtk_text_view_set_editable (self->complaint_view, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->serious_check), FALSE);
  gtk_editable_set_editable (GTK_EDITABLE (self->taken_entry), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->record_button), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->cancel_button), _("Close (Escape)"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "survey.record", FALSE);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->cancel_button));
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
}

/* ------------------------------------------------------------- overrides */

static void
as_surveys_form_dispose (GObject *object)
{
  AsSurveysForm *self = AS_SURVEYS_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_SURVEYS_FORM);
  g_clear_object (&self->labels);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_surveys_form_parent_class)->dispose (object);
}

static void
as_surveys_form_class_init (AsSurveysFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_surveys_form_dispose;

  /**
   * AsSurveysForm::recorded:
   * @survey_id: the new survey
   * @complaint_id: the complaint it raised, or 0
   */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64,
                                    G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-surveys-form.ui");
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, title_label);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, record_button);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, repair_grid);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, ratings_grid);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, text_grid);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, comments_view);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, suggestion_view);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, complaint_view);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, serious_check);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, remarks_note);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, taken_entry);
  gtk_widget_class_bind_template_child (widget_class, AsSurveysForm, recorded_by_label);

  gtk_widget_class_install_action (widget_class, "survey.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "survey.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "survey.record", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "survey.record", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "survey.cancel", NULL);
}

static void
as_surveys_form_init (AsSurveysForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_ratings (self);
}

static AsSurveysForm *
create (GtkWindow  *parent,
        AsDatabase *db)
{
  AsSurveysForm *self = g_object_new (AS_TYPE_SURVEYS_FORM, "transient-for", parent, NULL);

  self->db = g_object_ref (db);
  return self;
}

/* ------------------------------------------------------------- public API */

/**
 * as_surveys_form_new_for_repair:
 * @parent: (nullable): the window the form belongs to
 *
 * Returns: (transfer none) (nullable): a new form, not yet shown; it is
 *   owned by GTK's list of toplevels and destroys itself when closed
 */
AsSurveysForm *
as_surveys_form_new_for_repair (GtkWindow   *parent,
                                AsDatabase  *db,
                                gint64       repair_id,
                                GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *taken = g_date_time_format (now, "%Y-%m-%d %H:%M");
  AsSurveysForm *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  repair = as_survey_store_load_repair (db, repair_id, error);
  if (repair == NULL)
    return NULL;
  if (g_hash_table_contains (repair, "survey_id"))
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("Repair %lld already has its satisfaction survey (No. %s): each repair "
                     "is surveyed once."), (long long) repair_id, get (repair, "survey_id"));
      return NULL;
    }
  self = create (parent, db);
  self->repair_id = repair_id;
  fill_repair (self, repair);
  gtk_editable_set_text (GTK_EDITABLE (self->taken_entry), taken);
  show_actor (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->levels[0][0]));
  return self;
}

/**
 * as_surveys_form_new_for_survey:
 *
 * Returns: (transfer none) (nullable): a form showing the survey, not yet
 *   shown, or %NULL with @error set for an unknown survey
 */
AsSurveysForm *
as_surveys_form_new_for_survey (GtkWindow   *parent,
                                AsDatabase  *db,
                                gint64       survey_id,
                                GError     **error)
{
  g_autoptr(GHashTable) survey = NULL;
  AsSurveysForm *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  survey = as_survey_store_load (db, survey_id, error);
  if (survey == NULL)
    return NULL;
  self = create (parent, db);
  g_hash_table_replace (survey, g_strdup ("id"), g_strdup (get (survey, "repair_id")));
  fill_repair (self, survey);
  g_hash_table_replace (survey, g_strdup ("id"), g_strdup_printf ("%lld", (long long) survey_id));
  fill_survey (self, survey);
  make_read_only (self);
  return self;
}

void
as_surveys_form_set_rating (AsSurveysForm *self,
                            guint          criterion,
                            int            level)
{
  g_return_if_fail (AS_IS_SURVEYS_FORM (self));
  g_return_if_fail (criterion < AS_SURVEY_N_CRITERIA);
  g_return_if_fail (level >= 1 && level <= AS_SURVEY_N_LEVELS);

  gtk_toggle_button_set_active (self->levels[criterion][level - 1], TRUE);
}
