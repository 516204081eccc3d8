/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reception of a repair request (SPEC M1–M3): who calls, where, which unit
 * and what fails. While the receptionist types the serial number, the unit's
 * warranty shows part by part with its promotion and maintenance contract,
 * and the service category they give is proposed. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-directory.h"
#include "as-gui-util.h"
#include "as-labels.h"
#include "as-record-list.h"
#include "as-record-picker.h"
#include "as-repair-request-dialog.h"
#include "as-repair-store.h"
#include "as-warranty.h"

/* How long typing must pause before the serial number is looked up. */
#define SERIAL_DELAY_MS 300

struct _AsRepairRequestDialog
{
  GtkWindow          parent_instance;

  GtkButton         *cancel_button;
  GtkButton         *save_button;
  GtkWidget         *error_box;
  GtkLabel          *error_label;
  GtkGrid           *grid;
  GtkLabel          *customer_label;
  GtkBox            *customer_slot;
  GtkEntry          *address_entry;
  GtkEntry          *phone_entry;
  GtkDropDown       *zone_dropdown;
  GtkEntry          *serial_entry;
  GtkLabel          *model_label;
  GtkBox            *model_slot;
  GtkTextView       *fault_view;
  GtkDropDown       *channel_dropdown;
  GtkDropDown       *category_dropdown;
  GtkLabel          *category_hint;
  GtkEntry          *promised_entry;
  GtkLabel          *received_by_label;
  GtkLabel          *unit_label;
  GtkLabel          *promotion_label;
  GtkLabel          *contract_label;
  GtkGrid           *parts_grid;

  AsDatabase        *db;
  AsRecordPicker    *customer_picker;
  AsRecordPicker    *model_picker;
  guint              serial_timeout;
  char              *proposed_category;
  gboolean           category_touched;   /* the receptionist chose the category */
  gboolean           proposing;          /* the dialog itself is choosing it */
};

G_DEFINE_FINAL_TYPE (AsRepairRequestDialog, as_repair_request_dialog, GTK_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *const zone_codes[] = { "urban", "suburban", NULL };
static const char *const channel_codes[] = { "phone", "hotline", "email", "letter", "visit", NULL };
static const char *const category_codes[] = { "free", "contract", "paid", "internal", NULL };

/* ---------------------------------------------------------------- helpers */

static void
select_code (GtkDropDown       *drop_down,
             const char *const *codes,
             const char        *code)
{
  for (guint i = 0; code != NULL && codes[i] != NULL; i++)
    if (g_str_equal (codes[i], code))
      gtk_drop_down_set_selected (drop_down, i);
}

static char *
get_trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static char *
get_fault (AsRepairRequestDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->fault_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
show_received_by (AsRepairRequestDialog *self)
{
  gint64 actor = as_database_get_actor (self->db);
  g_autofree char *name = NULL;

  if (actor > 0)
    name = as_directory_get_label (self->db, as_directory_find_entity ("staff"), actor);
  gtk_label_set_text (self->received_by_label,
                      name && *name ? name : _("Nobody yet: choose who you are in the main menu"));
}

/* ------------------------------------------------------------- warranty */

static void
clear_parts (AsRepairRequestDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->parts_grid))) != NULL)
    gtk_grid_remove (self->parts_grid, child);
}

static void
add_part_cell (AsRepairRequestDialog *self,
               const char            *text,
               int                    column,
               int                    row,
               const char            *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 1 ? 1.0 : 0.0);
  if (column == 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
      gtk_widget_set_tooltip_text (label, text);
      gtk_widget_set_hexpand (label, TRUE);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (self->parts_grid, label, column, row, 1, 1);
}

static void
show_parts (AsRepairRequestDialog *self,
            AsWarrantyReport      *report)
{
  clear_parts (self);
  add_part_cell (self, _("Part"), 0, 0, "heading");
  add_part_cell (self, _("Months"), 1, 0, "heading");
  add_part_cell (self, _("Expires"), 2, 0, "heading");
  add_part_cell (self, _("In warranty"), 3, 0, "heading");
  for (guint i = 0; report->parts != NULL && i < report->parts->len; i++)
    {
      AsPartWarranty *part = g_ptr_array_index (report->parts, i);
      g_autofree char *months = g_strdup_printf ("%d", part->warranty_months);
      g_autofree char *expires = as_record_list_format_value (AS_COLUMN_DATE, part->expires);

      add_part_cell (self, part->name, 0, i + 1, NULL);
      add_part_cell (self, months, 1, i + 1, "numeric");
      add_part_cell (self, expires, 2, i + 1, "numeric");
      add_part_cell (self, part->in_warranty ? _("Yes") : _("No"), 3, i + 1,
                     part->in_warranty ? "success" : "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->parts_grid),
                          report->parts != NULL && report->parts->len > 0);
}

static void
show_unit (AsRepairRequestDialog *self,
           AsWarrantyReport      *report)
{
  g_autofree char *model = as_directory_get_label (self->db,
                                                   as_directory_find_entity ("product_models"),
                                                   report->model_id);
  g_autofree char *sold = as_record_list_format_value (AS_COLUMN_DATE, report->sale_date);
  g_autofree char *unit = NULL;
  g_autofree char *promotion = NULL;
  g_autofree char *contract = NULL;

  /* Translators: a unit's model and the day it was sold */
  unit = g_strdup_printf (_("%s, sold on %s"), model ? model : "", sold ? sold : "");
  gtk_label_set_text (self->unit_label, unit);
  gtk_widget_remove_css_class (GTK_WIDGET (self->unit_label), "dim-label");

  if (report->promotion != NULL)
    /* Translators: a warranty promotion's name and the months it adds */
    promotion = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Promotion: %s (%d more month)",
                                              "Promotion: %s (%d more months)",
                                              report->promotion_months),
                                 report->promotion, report->promotion_months);
  gtk_label_set_text (self->promotion_label, promotion ? promotion : _("No warranty promotion"));
  gtk_widget_set_visible (GTK_WIDGET (self->promotion_label), TRUE);

  if (report->contract_id > 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, report->contract_id);
      g_autofree char *end = as_record_list_format_value (AS_COLUMN_DATE, report->contract_end);
      /* Translators: a maintenance contract's number and its last day */
      contract = g_strdup_printf (_("Maintenance contract no. %s, in force until %s"), number, end);
    }
  gtk_label_set_text (self->contract_label,
                      contract ? contract : _("No maintenance contract in force"));
  gtk_widget_set_visible (GTK_WIDGET (self->contract_label), TRUE);
  show_parts (self, report);
}

static void
reset_warranty (AsRepairRequestDialog *self,
                const char            *message)
{
  gtk_label_set_text (self->unit_label, message);
  gtk_widget_add_css_class (GTK_WIDGET (self->unit_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->promotion_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->contract_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->parts_grid), FALSE);
  clear_parts (self);
}

static void
update_category_hint (AsRepairRequestDialog *self)
{
  const char *chosen = as_gui_selected_code (self->category_dropdown, category_codes);
  g_autofree char *hint = NULL;

  if (self->proposed_category != NULL && !g_str_equal (chosen, self->proposed_category))
    /* Translators: %s is a service category, such as "Free (warranty)" */
    hint = g_strdup_printf (_("Proposed: %s"), as_code_get_label (self->proposed_category));
  gtk_label_set_text (self->category_hint, hint ? hint : "");
}

static void
propose_category (AsRepairRequestDialog *self,
                  const char            *category)
{
  g_free (self->proposed_category);
  self->proposed_category = g_strdup (category);
  if (category != NULL && !self->category_touched)
    {
      self->proposing = TRUE;
      select_code (self->category_dropdown, category_codes, category);
      self->proposing = FALSE;
    }
  update_category_hint (self);
}

static void
check_serial (AsRepairRequestDialog *self)
{
  g_autofree char *serial = get_trimmed (GTK_EDITABLE (self->serial_entry));
  g_autoptr(AsWarrantyReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (*serial == '\0')
    {
      reset_warranty (self, _("Type the unit's serial number to see its warranty, part by part."));
      propose_category (self, NULL);
      return;
    }
  report = as_warranty_check (self->db, serial, NULL, &error);
  if (report == NULL)
    {
      reset_warranty (self, error->message);
      return;
    }
  if (report->unit_id == 0)
    reset_warranty (self, _("No unit sold with this serial number is on record: the service is "
                            "proposed as paid. Choose the product model."));
  else
    {
      show_unit (self, report);
      if (report->model_id > 0)
        as_record_picker_set_id (self->model_picker, report->model_id);
      if (report->customer_id > 0 && as_record_picker_get_id (self->customer_picker) == 0)
        as_record_picker_set_id (self->customer_picker, report->customer_id);
    }
  propose_category (self, report->proposed_category);
}

/* ------------------------------------------------------------- callbacks */

static gboolean
on_serial_timeout_cb (gpointer user_data)
{
  AsRepairRequestDialog *self = user_data;

  self->serial_timeout = 0;
  check_serial (self);
  return G_SOURCE_REMOVE;
}

static void
on_serial_changed_cb (AsRepairRequestDialog *self,
                      GtkEditable           *editable)
{
  g_clear_handle_id (&self->serial_timeout, g_source_remove);
  self->serial_timeout = g_timeout_add (SERIAL_DELAY_MS, on_serial_timeout_cb, self);
}

static void
on_category_selected_cb (AsRepairRequestDialog *self,
                         GParamSpec            *pspec,
                         GtkDropDown           *drop_down)
{
  if (!self->proposing)
    self->category_touched = TRUE;
  update_category_hint (self);
}

/* The customer's address, phone and zone fill in, and stay editable. */
static void
on_customer_changed_cb (AsRepairRequestDialog *self,
                        GParamSpec            *pspec,
                        AsRecordPicker        *picker)
{
  gint64 id = as_record_picker_get_id (picker);
  g_autoptr(GHashTable) values = NULL;
  const char *text;

  if (id == 0)
    return;
  values = as_directory_load (self->db, as_directory_find_entity ("customers"), id, NULL);
  if (values == NULL)
    return;
  text = g_hash_table_lookup (values, "address");
  gtk_editable_set_text (GTK_EDITABLE (self->address_entry), text ? text : "");
  text = g_hash_table_lookup (values, "phone");
  gtk_editable_set_text (GTK_EDITABLE (self->phone_entry), text ? text : "");
  select_code (self->zone_dropdown, zone_codes, g_hash_table_lookup (values, "zone"));
}

/* --------------------------------------------------------------- actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsRepairRequestDialog *self = AS_REPAIR_REQUEST_DIALOG (widget);
  g_autofree char *serial = get_trimmed (GTK_EDITABLE (self->serial_entry));
  g_autofree char *fault = get_fault (self);
  g_autofree char *promised = get_trimmed (GTK_EDITABLE (self->promised_entry));
  g_autoptr(GError) error = NULL;
  AsRepairRequest request = { 0 };
  gint64 id;

  request.customer_id = as_record_picker_get_id (self->customer_picker);
  request.address = gtk_editable_get_text (GTK_EDITABLE (self->address_entry));
  request.phone = gtk_editable_get_text (GTK_EDITABLE (self->phone_entry));
  request.zone = as_gui_selected_code (self->zone_dropdown, zone_codes);
  request.model_id = as_record_picker_get_id (self->model_picker);
  request.serial = serial;
  request.fault = fault;
  request.channel = as_gui_selected_code (self->channel_dropdown, channel_codes);
  request.category = as_gui_selected_code (self->category_dropdown, category_codes);
  request.promised_date = *promised != '\0' ? promised : NULL;

  id = as_repair_store_receive (self->db, &request, &error);
  if (id <= 0)
    {
      as_gui_show_form_error (self->error_box, self->error_label, GTK_WIDGET (self->grid),
                              error ? error->message : _("The request could not be saved."));
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---------------------------------------------------------------- building */

static AsRecordPicker *
add_picker (AsRepairRequestDialog *self,
            GtkBox                *slot,
            GtkLabel              *label,
            const char            *entity_name)
{
  GtkWidget *picker = as_record_picker_new (self->db, as_directory_find_entity (entity_name));

  as_record_picker_set_required (AS_RECORD_PICKER (picker), TRUE);
  gtk_widget_set_hexpand (picker, TRUE);
  gtk_box_append (slot, picker);
  gtk_label_set_mnemonic_widget (label, picker);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE,
                                  -1);
  return AS_RECORD_PICKER (picker);
}

/* ------------------------------------------------------------- overrides */

static void
as_repair_request_dialog_dispose (GObject *object)
{
  AsRepairRequestDialog *self = AS_REPAIR_REQUEST_DIALOG (object);

  g_clear_handle_id (&self->serial_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_REPAIR_REQUEST_DIALOG);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_repair_request_dialog_parent_class)->dispose (object);
}

static void
as_repair_request_dialog_finalize (GObject *object)
{
  g_free (AS_REPAIR_REQUEST_DIALOG (object)->proposed_category);
  G_OBJECT_CLASS (as_repair_request_dialog_parent_class)->finalize (object);
}

static void
as_repair_request_dialog_class_init (AsRepairRequestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_repair_request_dialog_dispose;
  object_class->finalize = as_repair_request_dialog_finalize;

  /**
   * AsRepairRequestDialog::saved:
   * @id: the new repair's id
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/AfterSales/ui/as-repair-request-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, error_box);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, customer_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, customer_slot);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, address_entry);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, zone_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, serial_entry);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, model_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, model_slot);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, fault_view);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, category_hint);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, promised_entry);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, received_by_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, unit_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, promotion_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, contract_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairRequestDialog, parts_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_serial_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_category_selected_cb);

  gtk_widget_class_install_action (widget_class, "request.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "request.cancel", NULL, as_gui_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "request.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "request.cancel", NULL);
}

static void
as_repair_request_dialog_init (AsRepairRequestDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  as_gui_fill_codes (self->zone_dropdown, NULL, zone_codes);
  as_gui_fill_codes (self->channel_dropdown, NULL, channel_codes);
  self->proposing = TRUE;
  as_gui_fill_codes (self->category_dropdown, NULL, category_codes);
  /* Until a serial says otherwise, a repair is paid. */
  select_code (self->category_dropdown, category_codes, "paid");
  self->proposing = FALSE;
}

/* ------------------------------------------------------------- public API */

/**
 * as_repair_request_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 *
 * Returns: (transfer none): a new dialog, not yet shown; it is owned by GTK's
 *   list of toplevels and destroys itself when closed
 */
AsRepairRequestDialog *
as_repair_request_dialog_new (GtkWindow  *parent,
                              AsDatabase *db)
{
  AsRepairRequestDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  self = g_object_new (AS_TYPE_REPAIR_REQUEST_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->customer_picker = add_picker (self, self->customer_slot, self->customer_label, "customers");
  self->model_picker = add_picker (self, self->model_slot, self->model_label, "product_models");
  g_signal_connect_object (self->customer_picker, "notify::id",
                           G_CALLBACK (on_customer_changed_cb), self, G_CONNECT_SWAPPED);
  show_received_by (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->customer_picker));
  return self;
}
