/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Registration of a return or an exchange (SPEC RX1–RX3). As soon as the
 * unit is chosen, its model's return and exchange rules show, with the days
 * since the sale and whether the request is within the window; outside it,
 * the override reason is asked for, and kept with the clerk's name. */

#include <glib/gi18n.h>

#include "as-care-util.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-record-picker.h"
#include "as-return-dialog.h"
#include "as-return-store.h"

struct _AsReturnDialog
{
  GtkWindow       parent_instance;

  GtkWidget      *error_box;
  GtkLabel       *error_label;
  GtkGrid        *grid;
  GtkLabel       *unit_label;
  GtkBox         *unit_slot;
  GtkDropDown    *kind_dropdown;
  GtkLabel       *rules_label;
  GtkLabel       *window_label;
  GtkTextView    *reason_view;
  GtkCheckButton *warehouse_check;
  GtkCheckButton *transport_check;
  GtkCheckButton *finance_check;
  GtkCheckButton *production_check;
  GtkLabel       *department_label;
  GtkBox         *department_slot;
  GtkLabel       *responsible_label;
  GtkBox         *responsible_slot;
  GtkLabel       *override_label;
  GtkEntry       *override_entry;
  GtkLabel       *registered_label;

  AsDatabase     *db;
  AsRecordPicker *unit_picker;
  AsRecordPicker *department_picker;
  AsRecordPicker *responsible_picker;
};

G_DEFINE_FINAL_TYPE (AsReturnDialog, as_return_dialog, GTK_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *const kind_codes[] = { "return", "exchange", NULL };

/* ---------------------------------------------------------------- helpers */

static const char *
selected_kind (AsReturnDialog *self)
{
  return as_gui_selected_code (self->kind_dropdown, kind_codes);
}

static void
show_override (AsReturnDialog *self,
               gboolean        needed)
{
  gtk_widget_set_visible (GTK_WIDGET (self->override_label), needed);
  gtk_widget_set_visible (GTK_WIDGET (self->override_entry), needed);
}

static char *
describe_rules (const AsReturnRules *rules)
{
  g_autofree char *sold = NULL;
  GString *text = g_string_new (NULL);

  /* Translators: a unit's model and sale: "LV-7001 Lavadora, sold on 2026-10-01, 12 days ago" */
  sold = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, sold on %s, %d day ago",
                                       "%s, sold on %s, %d days ago",
                                       MAX (rules->days_since_sale, 0)),
                          rules->model_label, rules->sale_date, rules->days_since_sale);
  g_string_append (text, sold);
  g_string_append_c (text, '\n');
  /* Translators: the windows of a product model, in days */
  g_string_append_printf (text, _("Return within %d days of the sale; exchange within %d days."),
                          rules->return_days, rules->exchange_days);
  g_string_append_c (text, '\n');
  if (rules->conditions != NULL && *rules->conditions != '\0')
    g_string_append_printf (text, _("Conditions: %s"), rules->conditions);
  else
    g_string_append (text, _("No other conditions are set for this model (Directory, Product models)."));
  return g_string_free (text, FALSE);
}

static char *
describe_window (const AsReturnRules *rules,
                 const char          *kind,
                 gboolean            *in_window)
{
  int window = as_return_rules_window (rules, kind);
  gboolean exchange = g_str_equal (kind, "exchange");

  *in_window = as_return_rules_in_window (rules, kind);
  if (rules->days_since_sale < 0)
    return g_strdup (_("The unit’s sale date is in the future: correct it in the Directory."));
  if (*in_window)
    return g_strdup_printf (exchange
                            ? g_dngettext (GETTEXT_PACKAGE,
                                           "Within the exchange window: %d day left.",
                                           "Within the exchange window: %d days left.",
                                           window - rules->days_since_sale)
                            : g_dngettext (GETTEXT_PACKAGE,
                                           "Within the return window: %d day left.",
                                           "Within the return window: %d days left.",
                                           window - rules->days_since_sale),
                            window - rules->days_since_sale);
  return g_strdup_printf (exchange
                          ? g_dngettext (GETTEXT_PACKAGE,
                                         "Outside the exchange window by %d day: an override with "
                                         "its reason is needed.",
                                         "Outside the exchange window by %d days: an override "
                                         "with its reason is needed.",
                                         rules->days_since_sale - window)
                          : g_dngettext (GETTEXT_PACKAGE,
                                         "Outside the return window by %d day: an override with "
                                         "its reason is needed.",
                                         "Outside the return window by %d days: an override with "
                                         "its reason is needed.",
                                         rules->days_since_sale - window),
                          rules->days_since_sale - window);
}

/* Shows the chosen unit's rules and whether the request is in time. */
static void
update_rules (AsReturnDialog *self)
{
  gint64 unit_id = as_record_picker_get_id (self->unit_picker);
  g_autoptr(AsReturnRules) rules = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rules_text = NULL;
  g_autofree char *window_text = NULL;
  gboolean in_window = TRUE;

  gtk_widget_remove_css_class (GTK_WIDGET (self->window_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->window_label), "error");
  if (unit_id <= 0)
    {
      gtk_label_set_text (self->rules_label,
                          _("Choose the unit to see its model’s return and exchange rules."));
      gtk_label_set_text (self->window_label, "");
      show_override (self, FALSE);
      return;
    }
  rules = as_return_store_get_rules (self->db, unit_id, NULL, &error);
  if (rules == NULL)
    {
      gtk_label_set_text (self->rules_label, error->message);
      show_override (self, FALSE);
      return;
    }
  rules_text = describe_rules (rules);
  window_text = describe_window (rules, selected_kind (self), &in_window);
  gtk_label_set_text (self->rules_label, rules_text);
  gtk_label_set_text (self->window_label, window_text);
  gtk_widget_add_css_class (GTK_WIDGET (self->window_label), in_window ? "success" : "error");
  show_override (self, !in_window);
}

static guint
selected_departments (AsReturnDialog *self)
{
  return (gtk_check_button_get_active (self->warehouse_check) ? AS_RETURN_DEPT_WAREHOUSE : 0) |
         (gtk_check_button_get_active (self->transport_check) ? AS_RETURN_DEPT_TRANSPORT : 0) |
         (gtk_check_button_get_active (self->finance_check) ? AS_RETURN_DEPT_FINANCE : 0) |
         (gtk_check_button_get_active (self->production_check) ? AS_RETURN_DEPT_PRODUCTION : 0);
}

/* ------------------------------------------------------------- callbacks */

static void
on_kind_selected_cb (AsReturnDialog *self)
{
  if (self->unit_picker != NULL)
    update_rules (self);
}

/* --------------------------------------------------------------- actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsReturnDialog *self = AS_RETURN_DIALOG (widget);
  g_autofree char *reason = _as_care_get_text (GTK_WIDGET (self->reason_view));
  g_autofree char *override = _as_care_get_text (GTK_WIDGET (self->override_entry));
  g_autoptr(GError) error = NULL;
  AsReturnRequest request = {
    .unit_id = as_record_picker_get_id (self->unit_picker),
    .kind = selected_kind (self),
    .reason = reason,
    .departments = selected_departments (self),
    .department_id = as_record_picker_get_id (self->department_picker),
    .responsible_id = as_record_picker_get_id (self->responsible_picker),
    .override_reason = gtk_widget_get_visible (GTK_WIDGET (self->override_entry)) ? override
                                                                                  : NULL,
  };
  gint64 id = as_return_store_register (self->db, &request, &error);

  if (id <= 0)
    {
      as_gui_show_form_error (self->error_box, self->error_label, GTK_WIDGET (self->grid),
                              error ? error->message : _("The request could not be registered."));
      if (error != NULL && request.unit_id > 0 &&
          !gtk_widget_get_visible (GTK_WIDGET (self->override_entry)))
        update_rules (self);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ------------------------------------------------------------- overrides */

static void
as_return_dialog_dispose (GObject *object)
{
  AsReturnDialog *self = AS_RETURN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_RETURN_DIALOG);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_return_dialog_parent_class)->dispose (object);
}

static void
as_return_dialog_class_init (AsReturnDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_return_dialog_dispose;

  /**
   * AsReturnDialog::saved:
   * @id: the new request's id
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-return-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, unit_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, unit_slot);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, rules_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, window_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, reason_view);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, warehouse_check);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, transport_check);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, finance_check);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, production_check);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, department_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, department_slot);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, responsible_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, responsible_slot);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, override_label);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, override_entry);
  gtk_widget_class_bind_template_child (widget_class, AsReturnDialog, registered_label);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);

  gtk_widget_class_install_action (widget_class, "return.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "return.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "return.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "return.cancel", NULL);
}

static void
as_return_dialog_init (AsReturnDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  as_gui_fill_codes (self->kind_dropdown, NULL, kind_codes);
}

/* ------------------------------------------------------------- public API */

/**
 * as_return_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer none): a new dialog, not yet shown; it destroys itself
 *   when closed
 */
AsReturnDialog *
as_return_dialog_new (GtkWindow  *parent,
                      AsDatabase *db)
{
  AsReturnDialog *self;
  g_autofree char *actor = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_RETURN_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->unit_picker = AS_RECORD_PICKER (
    _as_care_add_picker (db, self->unit_slot, self->unit_label,
                         as_directory_find_entity ("units"), TRUE));
  self->department_picker = AS_RECORD_PICKER (
    _as_care_add_picker (db, self->department_slot, self->department_label,
                         as_directory_find_entity ("departments"), FALSE));
  self->responsible_picker = AS_RECORD_PICKER (
    _as_care_add_picker (db, self->responsible_slot, self->responsible_label,
                         as_directory_find_entity ("staff"), FALSE));
  g_signal_connect_object (self->unit_picker, "notify::id", G_CALLBACK (update_rules), self,
                           G_CONNECT_SWAPPED);
  actor = _as_care_actor_name (db);
  gtk_label_set_text (self->registered_label, actor);
  update_rules (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->unit_picker));
  return self;
}
