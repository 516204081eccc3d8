/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The preferences, one notebook page each:
 *   Company     the name and logo printed on documents (GSettings, written at once);
 *   Calendar    working hours, holidays and arrival deadlines;
 *   Fees        the fee schedule of paid and contract repairs;
 *   Promotions  warranty promotions by model and date of sale.
 * The last three live in the database, shared by every desk. Calendar and
 * Fees are written when the person presses Apply, all or nothing; a
 * promotion is stored when it is added. Errors show on the page itself. */

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "as-calendar.h"
#include "as-complaints-preferences.h"
#include "as-directory.h"
#include "as-preferences-window.h"
#include "as-promotions.h"
#include "as-record-picker.h"
#include "as-settings.h"
#include "as-validate.h"
#include "as-warehouse-preferences.h"

#define LOGO_KEY "company-logo"

typedef enum
{
  STATUS_ERROR,
  STATUS_PENDING,
  STATUS_DONE,
} StatusKind;

struct _AsPreferencesWindow
{
  GtkWindow             parent_instance;

  /* Company */
  GtkEntry             *name_entry;
  GtkImage             *logo_image;
  GtkLabel             *logo_label;
  GtkButton            *remove_button;

  /* Calendar */
  GtkGrid              *hours_grid;
  GtkCheckButton       *works[8];      /* by ISO weekday, [0] unused */
  GtkEntry             *opens[8];
  GtkEntry             *closes[8];
  GtkListBox           *holiday_list;
  GtkEntry             *holiday_date_entry;
  GtkEntry             *holiday_name_entry;
  GtkSpinButton        *urban_spin;
  GtkSpinButton        *suburban_spin;
  GtkWidget            *calendar_status;

  /* Fees */
  GtkSpinButton        *labour_spin;
  GtkSpinButton        *call_out_spin;
  GtkSpinButton        *transport_spin;
  GtkWidget            *fees_status;

  /* Promotions */
  GtkListBox           *promotion_list;
  GtkSizeGroup         *model_column;  /* line the rows up under the header */
  GtkSizeGroup         *from_column;
  GtkSizeGroup         *to_column;
  GtkSizeGroup         *extra_column;
  GtkSizeGroup         *button_column;
  GtkLabel             *model_label;
  GtkBox               *model_box;
  GtkWidget            *model_picker;
  GtkEntry             *promotion_name_entry;
  GtkEntry             *sold_from_entry;
  GtkEntry             *sold_to_entry;
  GtkSpinButton        *extra_months_spin;
  GtkWidget            *promotions_status;

  GSettings            *settings;
  AsDatabase           *db;
  AsCalendar           *calendar;      /* as edited, saved on Apply */
  gboolean              loading;       /* filling the pages: no "not saved" notice */
  GtkFileChooserNative *chooser;       /* while the person picks a logo */
};

static void on_day_changed_cb      (AsPreferencesWindow *self);
static void on_holiday_remove_cb   (AsPreferencesWindow *self,
                                    GtkButton           *button);
static void on_promotion_remove_cb (AsPreferencesWindow *self,
                                    GtkButton           *button);

G_DEFINE_FINAL_TYPE (AsPreferencesWindow, as_preferences_window, GTK_TYPE_WINDOW)

enum { PROP_0, PROP_SETTINGS, PROP_DATABASE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static const char *const weekday_names[8] = {
  NULL, N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
  N_("Saturday"), N_("Sunday"),
};

/* ---------------------------------------------------------------- helpers */

/* @status is a box holding an icon, hidden until there is something to
 * say, and a label (see the .ui). */
static void
show_status (GtkWidget  *status,
             StatusKind  kind,
             const char *message)
{
  GtkWidget *icon = gtk_widget_get_first_child (status);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  static const char *const icons[] = {
    [STATUS_ERROR] = "dialog-error-symbolic",
    [STATUS_PENDING] = "document-edit-symbolic",
    [STATUS_DONE] = "object-select-symbolic",
  };

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), icons[kind]);
  gtk_widget_set_visible (icon, TRUE);
  gtk_label_set_text (GTK_LABEL (label), message);
  for (GtkWidget *w = icon; w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (kind == STATUS_ERROR)
        gtk_widget_add_css_class (w, "error");
      else
        gtk_widget_remove_css_class (w, "error");
      if (kind == STATUS_PENDING)
        gtk_widget_add_css_class (w, "dim-label");
      else
        gtk_widget_remove_css_class (w, "dim-label");
    }
}

static void
mark_pending (AsPreferencesWindow *self,
              GtkWidget           *status)
{
  if (!self->loading)
    show_status (status, STATUS_PENDING, _("Not saved yet. Press Apply to keep the changes."));
}

static void
set_entry_error (GtkEntry *entry,
                 gboolean  error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

/* Removes the rows, leaving the placeholder. */
static void
clear_list_box (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static GtkWidget *
new_cell (const char *text,
          int         width_chars,
          gboolean    expand)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, text);
  if (width_chars > 0)
    {
      gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
      gtk_label_set_max_width_chars (GTK_LABEL (label), width_chars);
    }
  gtk_widget_set_hexpand (label, expand);
  return label;
}

static GtkWidget *
new_remove_button (const char *tooltip,
                   const char *accessible_label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return button;
}

static GtkWidget *
new_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* "8", "08", "8:30", "08:30" or "08.30" → minutes since midnight; "24:00" is
 * the end of the day. */
static gboolean
parse_time (const char *text,
            int        *minute)
{
  int hours = 0, minutes = 0, consumed = 0;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (sscanf (trimmed, "%2d%n", &hours, &consumed) != 1 || !g_ascii_isdigit (trimmed[0]))
    return FALSE;
  if (trimmed[consumed] == ':' || trimmed[consumed] == '.')
    {
      const char *rest = trimmed + consumed + 1;

      if (!g_ascii_isdigit (rest[0]) || !g_ascii_isdigit (rest[1]) || rest[2] != '\0')
        return FALSE;
      minutes = (rest[0] - '0') * 10 + (rest[1] - '0');
    }
  else if (trimmed[consumed] != '\0')
    return FALSE;
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes > 0))
    return FALSE;
  *minute = hours * 60 + minutes;
  return TRUE;
}

static char *
format_time (int minute)
{
  return g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
}

static gint64
spin_cents (GtkSpinButton *spin)
{
  gtk_spin_button_update (spin);
  return (gint64) llround (gtk_spin_button_get_value (spin) * 100.0);
}

/* --------------------------------------------------------------- calendar */

static void
update_day_sensitivity (AsPreferencesWindow *self,
                        int                  weekday)
{
  gboolean works = gtk_check_button_get_active (self->works[weekday]);

  gtk_widget_set_sensitive (GTK_WIDGET (self->opens[weekday]), works);
  gtk_widget_set_sensitive (GTK_WIDGET (self->closes[weekday]), works);
}

static GtkEntry *
new_time_entry (const char *accessible_format,
                const char *day)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *name = g_strdup_printf (accessible_format, day);

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 5);
  gtk_entry_set_max_length (GTK_ENTRY (entry), 5);
  /* Translators: the format of a time typed in an entry */
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("HH:MM"));
  gtk_widget_set_tooltip_text (entry, _("A time as HH:MM, for example 08:30; 24:00 is midnight."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return GTK_ENTRY (entry);
}

static void
build_day_rows (AsPreferencesWindow *self)
{
  for (int weekday = 1; weekday <= 7; weekday++)
    {
      const char *day = _(weekday_names[weekday]);
      GtkWidget *label = gtk_label_new (day);
      g_autofree char *works_name = g_strdup_printf (_("Works on %s"), day);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      self->works[weekday] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Works")));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->works[weekday]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, works_name, -1);
      /* Translators: %s is a weekday; the accessible name of a time entry */
      self->opens[weekday] = new_time_entry (_("Opening time on %s"), day);
      /* Translators: %s is a weekday; the accessible name of a time entry */
      self->closes[weekday] = new_time_entry (_("Closing time on %s"), day);

      gtk_grid_attach (self->hours_grid, label, 0, weekday, 1, 1);
      gtk_grid_attach (self->hours_grid, GTK_WIDGET (self->works[weekday]), 1, weekday, 1, 1);
      gtk_grid_attach (self->hours_grid, GTK_WIDGET (self->opens[weekday]), 2, weekday, 1, 1);
      gtk_grid_attach (self->hours_grid, GTK_WIDGET (self->closes[weekday]), 3, weekday, 1, 1);

      g_signal_connect_object (self->works[weekday], "toggled", G_CALLBACK (on_day_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->opens[weekday], "changed", G_CALLBACK (on_day_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->closes[weekday], "changed", G_CALLBACK (on_day_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
}

static void
show_days (AsPreferencesWindow *self)
{
  for (int weekday = 1; weekday <= 7; weekday++)
    {
      int start = 8 * 60, end = 18 * 60;
      gboolean works = as_calendar_get_day (self->calendar, weekday, &start, &end);
      g_autofree char *opens = NULL;
      g_autofree char *closes = NULL;

      /* A day off offers the usual hours, ready for when it is ticked. */
      if (!works)
        {
          start = 8 * 60;
          end = 18 * 60;
        }
      opens = format_time (start);
      closes = format_time (end);
      gtk_check_button_set_active (self->works[weekday], works);
      gtk_editable_set_text (GTK_EDITABLE (self->opens[weekday]), opens);
      gtk_editable_set_text (GTK_EDITABLE (self->closes[weekday]), closes);
      update_day_sensitivity (self, weekday);
    }
}

static GtkWidget *
new_holiday_row (const char *date,
                 const char *name,
                 gpointer    self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *date_label = new_cell (date, 10, FALSE);
  g_autofree char *remove_name = g_strdup_printf (_("Remove the holiday of %s"), date);
  GtkWidget *button = new_remove_button (_("Remove this holiday"), remove_name);

  gtk_widget_add_css_class (date_label, "numeric");
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 4);
  gtk_widget_set_margin_top (box, 2);
  gtk_widget_set_margin_bottom (box, 2);
  gtk_box_append (GTK_BOX (box), date_label);
  gtk_box_append (GTK_BOX (box), new_cell (name, 0, TRUE));
  gtk_box_append (GTK_BOX (box), button);
  g_object_set_data_full (G_OBJECT (button), "date", g_strdup (date), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_holiday_remove_cb), self,
                           G_CONNECT_SWAPPED);
  return box;
}

static void
show_holidays (AsPreferencesWindow *self)
{
  g_autoptr(GPtrArray) holidays = as_calendar_list_holidays (self->calendar);

  clear_list_box (self->holiday_list);
  for (guint i = 0; i < holidays->len; i++)
    {
      char **pair = g_ptr_array_index (holidays, i);
      gtk_list_box_append (self->holiday_list, new_holiday_row (pair[0], pair[1], self));
    }
}

/* Reads the weekday rows into the calendar; FALSE after showing what is wrong. */
static gboolean
read_days (AsPreferencesWindow *self)
{
  for (int weekday = 1; weekday <= 7; weekday++)
    {
      GtkEntry *entries[] = { self->opens[weekday], self->closes[weekday] };
      int minutes[2];

      set_entry_error (entries[0], FALSE);
      set_entry_error (entries[1], FALSE);
      if (!gtk_check_button_get_active (self->works[weekday]))
        {
          as_calendar_set_day (self->calendar, weekday, 0, 0);
          continue;
        }
      for (guint i = 0; i < 2; i++)
        if (!parse_time (gtk_editable_get_text (GTK_EDITABLE (entries[i])), &minutes[i]))
          {
            g_autofree char *message =
              /* Translators: %1$s is a weekday, %2$s what was typed */
              g_strdup_printf (_("%1$s: “%2$s” is not a time. "
                                 "Write it as HH:MM, for example 08:30."),
                               _(weekday_names[weekday]),
                               gtk_editable_get_text (GTK_EDITABLE (entries[i])));
            set_entry_error (entries[i], TRUE);
            gtk_widget_grab_focus (GTK_WIDGET (entries[i]));
            show_status (self->calendar_status, STATUS_ERROR, message);
            return FALSE;
          }
      if (minutes[0] >= minutes[1])
        {
          g_autofree char *opens = format_time (minutes[0]);
          g_autofree char *closes = format_time (minutes[1]);
          g_autofree char *message =
            /* Translators: %1$s is a weekday, %2$s and %3$s are times (HH:MM) */
            g_strdup_printf (_("%1$s: the closing time (%3$s) must be later than "
                               "the opening time (%2$s)."),
                             _(weekday_names[weekday]), opens, closes);

          set_entry_error (entries[1], TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (entries[1]));
          show_status (self->calendar_status, STATUS_ERROR, message);
          return FALSE;
        }
      as_calendar_set_day (self->calendar, weekday, minutes[0], minutes[1]);
    }
  return TRUE;
}

/* The working hours, holidays and arrival deadlines, in one transaction. */
static gboolean
save_calendar (AsPreferencesWindow  *self,
               GError              **error)
{
  const char *keys[] = { AS_SETTING_URBAN_HOURS, AS_SETTING_SUBURBAN_HOURS };
  gint64 values[2];

  gtk_spin_button_update (self->urban_spin);
  gtk_spin_button_update (self->suburban_spin);
  values[0] = gtk_spin_button_get_value_as_int (self->urban_spin);
  values[1] = gtk_spin_button_get_value_as_int (self->suburban_spin);

  if (!as_database_begin (self->db, error))
    return FALSE;
  if (!as_calendar_save (self->calendar, self->db, error) ||
      !as_settings_set_ints (self->db, keys, values, G_N_ELEMENTS (keys), error) ||
      !as_database_commit (self->db, error))
    {
      as_database_rollback (self->db);
      return FALSE;
    }
  return TRUE;
}

static void
load_calendar (AsPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  self->calendar = as_calendar_load (self->db, &error);
  if (self->calendar == NULL)
    {
      self->calendar = as_calendar_new ();
      show_status (self->calendar_status, STATUS_ERROR, error->message);
    }
  show_days (self);
  show_holidays (self);
  gtk_spin_button_set_value (self->urban_spin,
                             as_settings_get_int (self->db, AS_SETTING_URBAN_HOURS, 6));
  gtk_spin_button_set_value (self->suburban_spin,
                             as_settings_get_int (self->db, AS_SETTING_SUBURBAN_HOURS, 7));
}

/* ------------------------------------------------------------------- fees */

static void
load_fees (AsPreferencesWindow *self)
{
  gtk_spin_button_set_value (self->labour_spin,
                             as_settings_get_int (self->db, AS_SETTING_LABOUR_PER_HOUR, 0) / 100.0);
  gtk_spin_button_set_value (self->call_out_spin,
                             as_settings_get_int (self->db, AS_SETTING_CALL_OUT, 0) / 100.0);
  gtk_spin_button_set_value (self->transport_spin,
                             as_settings_get_int (self->db, AS_SETTING_TRANSPORT, 0) / 100.0);
}

/* ------------------------------------------------------------- promotions */

static GtkWidget *
new_promotion_row (AsPreferencesWindow *self,
                   const AsPromotion   *promotion)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *months = g_strdup_printf (g_dngettext (NULL, "+%d month", "+%d months",
                                                          promotion->extra_months),
                                             promotion->extra_months);
  g_autofree char *remove_name = g_strdup_printf (_("Remove the promotion “%s”"),
                                                  promotion->name);
  GtkWidget *months_label = new_cell (months, 10, FALSE);
  GtkWidget *button = new_remove_button (_("Remove this promotion"), remove_name);
  GtkWidget *from = new_cell (promotion->sold_from, 10, FALSE);
  GtkWidget *to = new_cell (promotion->sold_to, 10, FALSE);
  GtkWidget *model = new_cell (promotion->model_label, 24, FALSE);

  gtk_label_set_xalign (GTK_LABEL (months_label), 1.0);
  gtk_widget_add_css_class (from, "numeric");
  gtk_widget_add_css_class (to, "numeric");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 4);
  gtk_widget_set_margin_top (box, 2);
  gtk_widget_set_margin_bottom (box, 2);
  gtk_box_append (GTK_BOX (box), model);
  gtk_box_append (GTK_BOX (box), new_cell (promotion->name, 0, TRUE));
  gtk_box_append (GTK_BOX (box), from);
  gtk_box_append (GTK_BOX (box), to);
  gtk_box_append (GTK_BOX (box), months_label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_size_group_add_widget (self->model_column, model);
  gtk_size_group_add_widget (self->from_column, from);
  gtk_size_group_add_widget (self->to_column, to);
  gtk_size_group_add_widget (self->extra_column, months_label);
  gtk_size_group_add_widget (self->button_column, button);
  g_object_set_data_full (G_OBJECT (button), "promotion-id",
                          g_memdup2 (&promotion->id, sizeof promotion->id), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_promotion_remove_cb), self,
                           G_CONNECT_SWAPPED);
  return box;
}

static void
load_promotions (AsPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) promotions = as_promotions_list (self->db, &error);

  clear_list_box (self->promotion_list);
  if (promotions == NULL)
    {
      show_status (self->promotions_status, STATUS_ERROR, error->message);
      return;
    }
  for (guint i = 0; i < promotions->len; i++)
    gtk_list_box_append (self->promotion_list,
                         new_promotion_row (self, g_ptr_array_index (promotions, i)));
}

static void
clear_promotion_form (AsPreferencesWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->promotion_name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->sold_from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->sold_to_entry), "");
  gtk_spin_button_set_value (self->extra_months_spin, 12);
}

/* ------------------------------------------------------------------ logo */

static void
show_no_logo (AsPreferencesWindow *self)
{
  gtk_image_clear (self->logo_image);
  gtk_widget_set_visible (GTK_WIDGET (self->logo_image), FALSE);
  gtk_label_set_text (self->logo_label, _("No logo"));
  gtk_widget_add_css_class (GTK_WIDGET (self->logo_label), "dim-label");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->logo_label), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), FALSE);
}

/* A logo moved or deleted since it was chosen is said so here, before a
 * document is printed without it. */
static void
show_logo (AsPreferencesWindow *self,
           const char          *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *display_path = g_filename_display_name (path);
  gboolean exists = g_file_test (path, G_FILE_TEST_IS_REGULAR);
  g_autofree char *tooltip = NULL;

  if (exists)
    gtk_image_set_from_file (self->logo_image, path);
  else
    gtk_image_set_from_icon_name (self->logo_image, "dialog-warning-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->logo_image), TRUE);

  tooltip = exists ? g_strdup (display_path)
                   : g_strdup_printf (_("“%s” cannot be found"), display_path);
  gtk_label_set_text (self->logo_label, name);
  gtk_widget_remove_css_class (GTK_WIDGET (self->logo_label), "dim-label");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->logo_label), tooltip);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), TRUE);
}

static void
update_logo (AsPreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, LOGO_KEY);

  if (*path == '\0')
    show_no_logo (self);
  else
    show_logo (self, path);
}

static GtkFileFilter *
new_image_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  /* The printed documents draw the logo with Cairo, which reads PNG. */
  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "png");
  return filter;
}

/* ------------------------------------------------------------- callbacks */

static void
on_logo_changed_cb (AsPreferencesWindow *self,
                    const char          *key,
                    GSettings           *settings)
{
  update_logo (self);
}

static void
on_chooser_response_cb (AsPreferencesWindow  *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL)
    g_settings_set_string (self->settings, LOGO_KEY, path);
  g_clear_object (&self->chooser);
}

static void
on_choose_clicked_cb (AsPreferencesWindow *self,
                      GtkButton           *button)
{
  g_autoptr(GtkFileFilter) filter = new_image_filter ();
  g_autofree char *current = g_settings_get_string (self->settings, LOGO_KEY);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose the Company Logo"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (*current != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (current);
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), file, NULL);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_remove_clicked_cb (AsPreferencesWindow *self,
                      GtkButton           *button)
{
  g_settings_reset (self->settings, LOGO_KEY);
}

static void
on_day_changed_cb (AsPreferencesWindow *self)
{
  for (int weekday = 1; weekday <= 7; weekday++)
    {
      update_day_sensitivity (self, weekday);
      set_entry_error (self->opens[weekday], FALSE);
      set_entry_error (self->closes[weekday], FALSE);
    }
  mark_pending (self, self->calendar_status);
}

static void
on_calendar_changed_cb (AsPreferencesWindow *self)
{
  mark_pending (self, self->calendar_status);
}

static void
on_holiday_add_cb (AsPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->holiday_date_entry));
  g_autofree char *date = as_validate_date (text);

  if (date == NULL)
    {
      g_autofree char *message = *text == '\0'
        ? g_strdup (_("Enter the date of the holiday."))
        : g_strdup_printf (_("“%s” is not a date. Write it as 2026-12-25 or 25/12/2026."),
                           text);

      set_entry_error (self->holiday_date_entry, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->holiday_date_entry));
      show_status (self->calendar_status, STATUS_ERROR, message);
      return;
    }
  set_entry_error (self->holiday_date_entry, FALSE);
  as_calendar_add_holiday (self->calendar, date,
                           gtk_editable_get_text (GTK_EDITABLE (self->holiday_name_entry)));
  show_holidays (self);
  gtk_editable_set_text (GTK_EDITABLE (self->holiday_date_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->holiday_name_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->holiday_date_entry));
  mark_pending (self, self->calendar_status);
}

static void
on_holiday_remove_cb (AsPreferencesWindow *self,
                      GtkButton           *button)
{
  g_autofree char *date = g_strdup (g_object_get_data (G_OBJECT (button), "date"));

  as_calendar_remove_holiday (self->calendar, date);
  show_holidays (self);   /* destroys @button */
  gtk_widget_grab_focus (GTK_WIDGET (self->holiday_date_entry));
  mark_pending (self, self->calendar_status);
}

static void
on_calendar_apply_cb (AsPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!read_days (self))
    return;
  if (!save_calendar (self, &error))
    {
      show_status (self->calendar_status, STATUS_ERROR, error->message);
      return;
    }
  show_status (self->calendar_status, STATUS_DONE,
               _("Saved. New arrival deadlines count on these hours."));
}

static void
on_fees_changed_cb (AsPreferencesWindow *self)
{
  mark_pending (self, self->fees_status);
}

static void
on_fees_apply_cb (AsPreferencesWindow *self)
{
  const char *keys[] = { AS_SETTING_LABOUR_PER_HOUR, AS_SETTING_CALL_OUT, AS_SETTING_TRANSPORT };
  gint64 values[] = { spin_cents (self->labour_spin), spin_cents (self->call_out_spin),
                      spin_cents (self->transport_spin) };
  g_autoptr(GError) error = NULL;

  if (!as_settings_set_ints (self->db, keys, values, G_N_ELEMENTS (keys), &error))
    {
      show_status (self->fees_status, STATUS_ERROR, error->message);
      return;
    }
  show_status (self->fees_status, STATUS_DONE,
               _("Saved. Charge lines added from now on use these fees."));
}

static void
on_promotion_add_cb (AsPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  gtk_spin_button_update (self->extra_months_spin);
  id = as_promotions_add (self->db, as_record_picker_get_id (AS_RECORD_PICKER (self->model_picker)),
                          gtk_editable_get_text (GTK_EDITABLE (self->promotion_name_entry)),
                          gtk_editable_get_text (GTK_EDITABLE (self->sold_from_entry)),
                          gtk_editable_get_text (GTK_EDITABLE (self->sold_to_entry)),
                          gtk_spin_button_get_value_as_int (self->extra_months_spin), &error);
  if (id == 0)
    {
      show_status (self->promotions_status, STATUS_ERROR, error->message);
      return;
    }
  load_promotions (self);
  clear_promotion_form (self);
  show_status (self->promotions_status, STATUS_DONE, _("Promotion added."));
}

static void
on_promotion_remove_cb (AsPreferencesWindow *self,
                        GtkButton           *button)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "promotion-id");
  g_autoptr(GError) error = NULL;

  if (!as_promotions_remove (self->db, id, &error))
    {
      show_status (self->promotions_status, STATUS_ERROR, error->message);
      return;
    }
  load_promotions (self);   /* destroys @button */
  show_status (self->promotions_status, STATUS_DONE, _("Promotion removed."));
}

/* ----------------------------------------------------------- area pages */

static void
append_area_page (AsPreferencesWindow *self,
                  const char          *title,
                  GtkWidget           *page)
{
  GtkNotebook *notebook = GTK_NOTEBOOK (gtk_window_get_child (GTK_WINDOW (self)));

  gtk_notebook_append_page (notebook, page, gtk_label_new_with_mnemonic (title));
}

/* The settings of the other areas, each page built by its area from the
 * database; they save themselves. */
static void
add_area_pages (AsPreferencesWindow *self)
{
  (void) append_area_page;
  append_area_page (self, _("Co_mplaints"), as_complaints_preferences_new (self->db));
  append_area_page (self, _("_Warehouse"), as_warehouse_preferences_new (self->db));
}

/* ------------------------------------------------------------- overrides */

static void
as_preferences_window_constructed (GObject *object)
{
  AsPreferencesWindow *self = AS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (as_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "company-name", self->name_entry, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::" LOGO_KEY, G_CALLBACK (on_logo_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_logo (self);

  self->model_picker = as_record_picker_new (self->db, as_directory_find_entity ("product_models"));
  gtk_widget_set_hexpand (self->model_picker, TRUE);
  as_record_picker_set_required (AS_RECORD_PICKER (self->model_picker), TRUE);
  gtk_box_append (self->model_box, self->model_picker);
  gtk_label_set_mnemonic_widget (self->model_label, self->model_picker);

  self->loading = TRUE;
  build_day_rows (self);
  load_calendar (self);
  load_fees (self);
  load_promotions (self);
  self->loading = FALSE;
  add_area_pages (self);
}

static void
as_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AsPreferencesWindow *self = AS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AsPreferencesWindow *self = AS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_preferences_window_dispose (GObject *object)
{
  AsPreferencesWindow *self = AS_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_preferences_window_parent_class)->dispose (object);
}

static void
as_preferences_window_finalize (GObject *object)
{
  AsPreferencesWindow *self = AS_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->calendar, as_calendar_free);
  G_OBJECT_CLASS (as_preferences_window_parent_class)->finalize (object);
}

static void
as_preferences_window_class_init (AsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = as_preferences_window_constructed;
  object_class->set_property = as_preferences_window_set_property;
  object_class->get_property = as_preferences_window_get_property;
  object_class->dispose = as_preferences_window_dispose;
  object_class->finalize = as_preferences_window_finalize;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, AS_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-preferences-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, AsPreferencesWindow, name)
  BIND (name_entry);
  BIND (logo_image);
  BIND (logo_label);
  BIND (remove_button);
  BIND (hours_grid);
  BIND (holiday_list);
  BIND (holiday_date_entry);
  BIND (holiday_name_entry);
  BIND (urban_spin);
  BIND (suburban_spin);
  BIND (calendar_status);
  BIND (labour_spin);
  BIND (call_out_spin);
  BIND (transport_spin);
  BIND (fees_status);
  BIND (promotion_list);
  BIND (model_column);
  BIND (from_column);
  BIND (to_column);
  BIND (extra_column);
  BIND (button_column);
  BIND (model_label);
  BIND (model_box);
  BIND (promotion_name_entry);
  BIND (sold_from_entry);
  BIND (sold_to_entry);
  BIND (extra_months_spin);
  BIND (promotions_status);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_holiday_add_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_fees_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_fees_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_promotion_add_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
as_preferences_window_init (AsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (self->holiday_list, new_placeholder (_("No holidays")));
  gtk_list_box_set_placeholder (self->promotion_list,
                                new_placeholder (_("No promotions. Add one below.")));
}

/* ------------------------------------------------------------- public API */

/**
 * as_preferences_window_new:
 * @parent: (nullable): the main window
 * @settings: the application's settings, written as the person edits
 * @db: the database holding the calendar, fees and promotions
 *
 * Returns: (transfer none): a new window, not yet shown; it destroys itself
 *   when closed
 */
AsPreferencesWindow *
as_preferences_window_new (GtkWindow  *parent,
                           GSettings  *settings,
                           AsDatabase *db)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return g_object_new (AS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       "database", db,
                       NULL);
}
