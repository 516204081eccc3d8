/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The detail pane of the Repairs tab: the selected repair's register entry,
 * its arrival deadline in working time, its charge lines with their totals
 * and its history, with the buttons of the steps that apply. The pane only
 * shows: the page decides what applies and runs the steps. */

#include <glib/gi18n.h>

#include "as-gui-util.h"
#include "as-labels.h"
#include "as-record-list.h"
#include "as-repair-detail.h"

struct _AsRepairDetail
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkLabel      *empty_label;
  GtkLabel      *number_label;
  GtkLabel      *status_label;
  GtkLabel      *category_label;
  GtkLabel      *escalated_label;
  GtkWidget     *deadline_box;
  GtkImage      *deadline_icon;
  GtkLabel      *deadline_label;
  GtkFlowBox    *steps_box;
  GtkWidget     *print_button;
  GtkGrid       *info_grid;
  GtkGrid       *charges_grid;
  GtkLabel      *totals_label;
  GtkBox        *events_box;

  int            info_rows;
};

G_DEFINE_FINAL_TYPE (AsRepairDetail, as_repair_detail, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

/* One line of the record; nothing for an empty value. */
static void
add_info (AsRepairDetail *self,
          const char     *title,
          const char     *value)
{
  as_gui_grid_add_info (self->info_grid, &self->info_rows, title, value);
}

static void
add_info_joined (AsRepairDetail *self,
                 const char     *title,
                 const char     *first,
                 const char     *second)
{
  as_gui_grid_add_info_joined (self->info_grid, &self->info_rows, title, first, second);
}

/* ------------------------------------------------------------ the entry */

static void
show_header (AsRepairDetail *self,
             GHashTable     *values)
{
  /* Translators: a repair's number in the register, "No. 1234" */
  g_autofree char *number = g_strdup_printf (_("No. %s"), as_gui_lookup (values, "id"));

  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->status_label, as_code_get_label (as_gui_lookup (values, "status")));
  gtk_label_set_text (self->category_label, as_code_get_label (as_gui_lookup (values, "category")));
  gtk_widget_set_visible (GTK_WIDGET (self->escalated_label),
                          as_gui_lookup (values, "escalated_at") != NULL);
}

static void
show_people (AsRepairDetail *self,
             GHashTable     *values)
{
  g_autofree char *received = as_gui_format_date (as_gui_lookup (values, "received_at"));
  g_autofree char *dispatched = as_gui_format_date (as_gui_lookup (values, "dispatched_at"));
  g_autofree char *arrived = as_gui_format_date (as_gui_lookup (values, "arrived_at"));
  const char *assignee = as_gui_lookup (values, "technician_name");

  if (assignee == NULL)
    assignee = as_gui_lookup (values, "provider_name");
  add_info_joined (self, _("Received"), received, as_gui_lookup (values, "receiver_name"));
  add_info (self, _("Channel"), as_gui_lookup (values, "channel")
                                ? as_code_get_label (as_gui_lookup (values, "channel")) : NULL);
  add_info (self, _("Assessment"), as_gui_lookup (values, "assessment"));
  add_info (self,
            as_gui_lookup (values, "provider_name") && !as_gui_lookup (values, "technician_name")
            ? _("Service provider") : _("Technician"), assignee);
  add_info_joined (self, _("Dispatched"), dispatched, as_gui_lookup (values, "dispatcher_name"));
  add_info (self, _("Tools to bring"), as_gui_lookup (values, "bring_tools"));
  add_info (self, _("Parts to bring"), as_gui_lookup (values, "bring_parts"));
  add_info (self, _("Arrived"), arrived);
}

static void
show_work (AsRepairDetail *self,
           GHashTable     *values)
{
  g_autofree char *goods_in = as_gui_format_date (as_gui_lookup (values, "goods_in_at"));
  g_autofree char *goods_out = as_gui_format_date (as_gui_lookup (values, "goods_out_at"));
  g_autofree char *inspected = as_gui_format_date (as_gui_lookup (values, "inspected_at"));
  g_autofree char *signed_at = as_gui_format_date (as_gui_lookup (values, "signed_at"));
  g_autofree char *promised = as_gui_format_date (as_gui_lookup (values, "promised_date"));
  g_autofree char *minutes = NULL;
  g_autofree char *fee = NULL;
  g_autofree char *fee_text = NULL;
  gint64 labour = as_gui_lookup (values, "labour_minutes")
                  ? g_ascii_strtoll (as_gui_lookup (values, "labour_minutes"), NULL, 10) : 0;

  if (labour > 0)
    /* Translators: time spent on a repair; %d is minutes */
    minutes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", labour),
                               (int) labour);
  if (as_gui_lookup (values, "fee_quoted_cents"))
    {
      fee = as_gui_format_money (as_row_get_int (values, "fee_quoted_cents"));
      g_autofree char *accepted = as_gui_format_date (as_gui_lookup (values, "fee_accepted_at"));

      fee_text = accepted
                 /* Translators: a quoted fee, then when the customer accepted it */
                 ? g_strdup_printf (_("%s, accepted %s"), fee, accepted)
                 /* Translators: a quoted fee the customer has not accepted yet */
                 : g_strdup_printf (_("%s, not accepted yet"), fee);
    }
  add_info (self, _("Promised for"), promised);
  add_info (self, _("Handling"), as_gui_lookup (values, "handling")
                                 ? as_code_get_label (as_gui_lookup (values, "handling")) : NULL);
  add_info (self, _("Fee quoted"), fee_text);
  add_info (self, _("Goods in"), goods_in);
  add_info (self, _("Work done"), as_gui_lookup (values, "work_done"));
  add_info (self, _("Repair time"), minutes);
  add_info_joined (self, _("Inspected"), inspected, as_gui_lookup (values, "inspector_name"));
  add_info (self, _("Inspection"), as_gui_lookup (values, "inspection_notes"));
  add_info (self, _("Goods out"), goods_out);
  add_info_joined (self, _("Signed by"), as_gui_lookup (values, "signed_by"), signed_at);
  add_info (self, _("Escalated"), as_gui_lookup (values, "escalation_reason"));
}

static void
show_info (AsRepairDetail *self,
           GHashTable     *values)
{
  g_autofree char *model = NULL;
  const char *zone = as_gui_lookup (values, "zone");
  g_autofree char *address = NULL;

  as_gui_clear_container (GTK_WIDGET (self->info_grid));
  self->info_rows = 0;
  if (as_gui_lookup (values, "model_code") && as_gui_lookup (values, "model_name"))
    model = g_strdup_printf ("%s %s", as_gui_lookup (values, "model_code"),
                             as_gui_lookup (values, "model_name"));
  if (zone != NULL && as_gui_lookup (values, "address"))
    address = g_strdup_printf ("%s (%s)", as_gui_lookup (values, "address"),
                               as_code_get_label (zone));

  add_info (self, _("Customer"), as_gui_lookup (values, "customer_name"));
  add_info (self, _("Phone"), as_gui_lookup (values, "phone"));
  add_info (self, _("Address"), address ? address : as_gui_lookup (values, "address"));
  add_info (self, _("Product model"), model ? model : as_gui_lookup (values, "model_name"));
  add_info (self, _("Serial number"), as_gui_lookup (values, "serial"));
  add_info (self, _("Fault"), as_gui_lookup (values, "fault"));
  show_people (self, values);
  show_work (self, values);
}

/* -------------------------------------------------------------- charges */

static void
add_charge_cell (AsRepairDetail *self,
                 const char     *text,
                 int             column,
                 int             row,
                 gboolean        heading)
{
  GtkWidget *label = gtk_label_new (text);
  gboolean numeric = column >= 2;

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  if (column == 0)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_hexpand (label, TRUE);
    }
  gtk_widget_add_css_class (label, heading ? "dim-label" : "body");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->charges_grid, label, column, row, 1, 1);
}

static GtkWidget *
create_remove_button (gint64      charge_id,
                      const char *description)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  /* Translators: %s is a charge line's description */
  g_autofree char *label = g_strdup_printf (_("Remove “%s”"), description);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "repairs.remove-charge");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", charge_id);
  return button;
}

static void
show_totals (AsRepairDetail *self,
             gint64          total,
             gint64          customer_total)
{
  g_autofree char *all = as_gui_format_money (total);
  g_autofree char *customer = as_gui_format_money (customer_total);
  g_autofree char *text = NULL;

  /* Translators: the sum of a repair's charge lines, then the part the customer pays */
  text = g_strdup_printf (_("Total %s · charged to the customer %s"), all, customer);
  gtk_label_set_text (self->totals_label, text);
}

static void
show_charges (AsRepairDetail *self,
              GPtrArray      *charges,
              gboolean        can_remove)
{
  gint64 total = 0, customer_total = 0;

  as_gui_clear_container (GTK_WIDGET (self->charges_grid));
  if (charges == NULL || charges->len == 0)
    {
      gtk_label_set_text (self->totals_label, _("No charge lines yet."));
      gtk_widget_add_css_class (GTK_WIDGET (self->totals_label), "dim-label");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->totals_label), "dim-label");
  add_charge_cell (self, _("Description"), 0, 0, TRUE);
  add_charge_cell (self, _("Service"), 1, 0, TRUE);
  add_charge_cell (self, _("Qty"), 2, 0, TRUE);
  add_charge_cell (self, _("Total"), 3, 0, TRUE);
  for (guint i = 0; i < charges->len; i++)
    {
      GHashTable *line = g_ptr_array_index (charges, i);
      const char *total = as_gui_lookup (line, "total_cents");
      gint64 cents = total ? g_ascii_strtoll (total, NULL, 10) : 0;
      g_autofree char *money = as_gui_format_money (cents);
      const char *description = as_gui_lookup (line, "description") != NULL
                                ? as_gui_lookup (line, "description") : "";

      add_charge_cell (self, description, 0, i + 1, FALSE);
      add_charge_cell (self, as_code_get_label (as_gui_lookup (line, "category")), 1, i + 1, FALSE);
      add_charge_cell (self, as_gui_lookup (line, "quantity"), 2, i + 1, FALSE);
      add_charge_cell (self, money, 3, i + 1, FALSE);
      if (can_remove && as_gui_lookup (line, "id"))
        gtk_grid_attach (self->charges_grid,
                         create_remove_button (as_row_get_int (line, "id"), description),
                         4, i + 1, 1, 1);
      total += cents;
      if (g_strcmp0 (as_gui_lookup (line, "category"), "paid") == 0)
        customer_total += cents;
    }
  show_totals (self, total, customer_total);
}

/* -------------------------------------------------------------- history */

static GtkWidget *
create_event_row (GHashTable *event)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *at = as_gui_format_date (as_gui_lookup (event, "at"));
  const char *status = as_code_get_label (as_gui_lookup (event, "status"));
  const char *staff = as_gui_lookup (event, "staff_name");
  g_autofree char *head = NULL;
  GtkWidget *head_label, *note_label;

  head = staff ? g_strdup_printf ("%s · %s · %s", at ? at : "", status, staff)
               : g_strdup_printf ("%s · %s", at ? at : "", status);
  head_label = gtk_label_new (head);
  gtk_label_set_xalign (GTK_LABEL (head_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (head_label), TRUE);
  gtk_widget_add_css_class (head_label, "dim-label");
  gtk_widget_add_css_class (head_label, "caption");
  gtk_box_append (GTK_BOX (box), head_label);
  if (as_gui_lookup (event, "note"))
    {
      note_label = as_gui_create_value_label (as_gui_lookup (event, "note"));
      gtk_box_append (GTK_BOX (box), note_label);
    }
  return box;
}

static void
show_events (AsRepairDetail *self,
             GPtrArray      *events)
{
  as_gui_clear_container (GTK_WIDGET (self->events_box));
  if (events == NULL || events->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No steps recorded yet."));

      gtk_label_set_xalign (GTK_LABEL (none), 0.0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->events_box, none);
      return;
    }
  /* The newest step first: it is what people look for. */
  for (guint i = events ? events->len : 0; i > 0; i--)
    gtk_box_append (self->events_box, create_event_row (g_ptr_array_index (events, i - 1)));
}

/* ------------------------------------------------------------- overrides */

static void
as_repair_detail_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), AS_TYPE_REPAIR_DETAIL);
  G_OBJECT_CLASS (as_repair_detail_parent_class)->dispose (object);
}

static void
as_repair_detail_class_init (AsRepairDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_repair_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-repair-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, empty_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, number_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, category_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, escalated_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, deadline_box);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, deadline_icon);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, steps_box);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, print_button);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, info_grid);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, charges_grid);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, totals_label);
  gtk_widget_class_bind_template_child (widget_class, AsRepairDetail, events_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "asrepairdetail");
}

static void
as_repair_detail_init (AsRepairDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The buttons take the focus; the flow box's cells need not. */
  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    gtk_widget_set_focusable (cell, FALSE);
}

/* ------------------------------------------------------------- public API */

GtkWidget *
as_repair_detail_new (void)
{
  return g_object_new (AS_TYPE_REPAIR_DETAIL, NULL);
}

void
as_repair_detail_show_empty (AsRepairDetail *self,
                             const char     *message)
{
  g_return_if_fail (AS_IS_REPAIR_DETAIL (self));

  if (message != NULL)
    gtk_label_set_text (self->empty_label, message);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * as_repair_detail_show_repair:
 * @values: (transfer none): the repair, as as_repair_store_load() gives it
 * @charges: (transfer none) (nullable): its charge lines
 * @events: (transfer none) (nullable): its history, oldest first
 * @can_remove_charges: whether the lines offer a remove button
 */
void
as_repair_detail_show_repair (AsRepairDetail *self,
                              GHashTable     *values,
                              GPtrArray      *charges,
                              GPtrArray      *events,
                              gboolean        can_remove_charges)
{
  g_return_if_fail (AS_IS_REPAIR_DETAIL (self));
  g_return_if_fail (values != NULL);

  show_header (self, values);
  show_info (self, values);
  show_charges (self, charges, can_remove_charges);
  show_events (self, events);
  gtk_stack_set_visible_child_name (self->stack, "repair");
}

/* The arrival deadline in working time; red when it has passed. */
void
as_repair_detail_set_deadline (AsRepairDetail *self,
                               const char     *text,
                               gboolean        late)
{
  GtkWidget *widgets[2];

  g_return_if_fail (AS_IS_REPAIR_DETAIL (self));

  widgets[0] = GTK_WIDGET (self->deadline_label);
  widgets[1] = GTK_WIDGET (self->deadline_icon);
  gtk_widget_set_visible (self->deadline_box, text != NULL);
  gtk_label_set_text (self->deadline_label, text ? text : "");
  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    if (late)
      gtk_widget_add_css_class (widgets[i], "error");
    else
      gtk_widget_remove_css_class (widgets[i], "error");
}

void
as_repair_detail_set_step (AsRepairDetail *self,
                           const char     *action_name,
                           gboolean        visible,
                           const char     *tooltip)
{
  g_return_if_fail (AS_IS_REPAIR_DETAIL (self));

  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box)); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (cell));

      if (!GTK_IS_ACTIONABLE (button) ||
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action_name) != 0)
        continue;
      /* A hidden button must not leave an empty cell behind. */
      gtk_widget_set_visible (cell, visible);
      gtk_widget_set_tooltip_text (button, tooltip);
      return;
    }
  g_critical ("The repair detail has no button for %s", action_name);
}

void
as_repair_detail_set_print_visible (AsRepairDetail *self,
                                    gboolean        visible)
{
  g_return_if_fail (AS_IS_REPAIR_DETAIL (self));
  gtk_widget_set_visible (gtk_widget_get_parent (self->print_button), visible);
}
