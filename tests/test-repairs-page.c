/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Repairs tab in-process under Xvfb: it builds with its four lists,
 * the reception dialog saves a request that then shows in the register,
 * the detail pane shows the arrival deadline (and how late), and the step
 * buttons follow the repair's status and the role of the person using the
 * program; the goods in/out register lists the goods taken back; the daily
 * report dialog offers every daily document; only a branch manager signs
 * the branch daily report. Assertions are on what a person sees: labels,
 * visible and sensitive buttons, tooltips, the print menu, message dialogs. */

#include <locale.h>
#include <string.h>

#include "as-directory.h"
#include "as-list-view.h"
#include "as-record-picker.h"
#include "as-repair-detail.h"
#include "as-repair-request-dialog.h"
#include "as-repair-step-dialog.h"
#include "as-repair-store.h"
#include "as-repairs-page.h"
#include "as-reports.h"
#include "test-ui-util.h"
#include "test-util.h"

#define SUPERVISOR   1
#define RECEPTIONIST 2
#define TECHNICIAN   3
#define MANAGER      4
#define OTHER_MANAGER 5

static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro'), (2, 'Norte');"
  "INSERT INTO staff (id, name, roles, branch_id, certificate, certificate_expiry) VALUES"
  "  (1, 'Sara Supervisora', 4, 1, '', NULL),"
  "  (2, 'Rita Recepción', 1, 1, '', NULL),"
  "  (3, 'Tomás Técnico', 2, 1, 'CT-1', '2099-12-31'),"
  "  (4, 'Marga Gerente', 8, 1, '', NULL),"
  "  (5, 'Nuria Norte', 8, 2, '', NULL);"
  "INSERT INTO customers (id, name, address, phone, zone) VALUES"
  "  (1, 'Ana García', 'Calle Mayor 1, Madrid', '600111222', 'urban');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-100', 'Lavadora');"
  "INSERT INTO model_parts (id, model_id, name, warranty_months) VALUES"
  "  (1, 1, 'Motor', 60), (2, 1, 'Bomba de agua', 24);"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'SN-TEST-1', 1, 1, date('now', 'localtime', '-3 months'));";

typedef struct
{
  char          *dir;
  AsDatabase    *db;
  GtkWindow     *window;
  AsRepairsPage *page;
} Fixture;

/* ------------------------------------------------------------ the loop */

/* ------------------------------------------------------ the widget tree */

static GtkWidget *
shown_label (GtkWidget  *root,
             const char *text)
{
  return find_widget (root, is_shown_label_with, (gpointer) text);
}

/* The detail pane's button of @action. */
static GtkWidget *
step_button (Fixture    *fixture,
             const char *action)
{
  GtkWidget *detail = find_type (GTK_WIDGET (fixture->page), AS_TYPE_REPAIR_DETAIL);
  GtkWidget *button = find_widget (detail, has_action, (gpointer) action);

  if (button == NULL)
    g_error ("the detail pane has no button for %s", action);
  return button;
}

static gboolean
step_shown (Fixture    *fixture,
            const char *action)
{
  return gtk_widget_is_visible (step_button (fixture, action));
}

static gboolean
step_usable (Fixture    *fixture,
             const char *action)
{
  GtkWidget *button = step_button (fixture, action);

  return gtk_widget_is_visible (button) && gtk_widget_is_sensitive (button);
}

static gboolean
is_label (GtkWidget *widget,
          gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/* Whether the Print menu offers @item; items that do not apply are left out. */
static gboolean
print_offers (Fixture    *fixture,
              const char *item)
{
  GtkWidget *detail = find_type (GTK_WIDGET (fixture->page), AS_TYPE_REPAIR_DETAIL);
  GtkWidget *menu_button = find_type (detail, GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  GtkWidget *label = find_widget (GTK_WIDGET (popover), is_label, (gpointer) item);

  return gtk_widget_is_visible (menu_button) && label != NULL && gtk_widget_get_visible (label) &&
         gtk_widget_get_visible (gtk_widget_get_parent (label));
}

/* ---------------------------------------------------------------- data */

static gint64
receive (Fixture    *fixture,
         const char *category,
         const char *received_at)
{
  g_autoptr(GError) error = NULL;
  AsRepairRequest request = {
    .customer_id = 1, .model_id = 1, .fault = "No centrifuga", .channel = "phone",
    .category = category, .received_at = received_at,
  };
  gint64 id = as_repair_store_receive (fixture->db, &request, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  memset (fixture, 0, sizeof *fixture);
  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "repairs.db", data_set);
  as_database_set_actor (fixture->db, SUPERVISOR);

  fixture->page = as_repairs_page_new ();
  as_page_set_database (AS_PAGE (fixture->page), fixture->db);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 900);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  g_assert_true (wait_for (is_mapped, fixture->page, 5000));
  spin (50);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  close_dialogs ();
  gtk_window_destroy (fixture->window);
  spin (50);
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* --------------------------------------------------------------- tests */

static void
test_builds (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkStack *stack = GTK_STACK (find_id (page, "stack"));
  GtkWidget *new_button = find_widget (page, has_action, "repairs.new");

  /* Register, dispatch board and contracts, switched by a row of buttons. */
  g_assert_nonnull (gtk_stack_get_child_by_name (stack, "register"));
  g_assert_nonnull (gtk_stack_get_child_by_name (stack, "dispatch"));
  g_assert_nonnull (gtk_stack_get_child_by_name (stack, "contracts"));
  g_assert_nonnull (gtk_stack_get_child_by_name (stack, "goods"));
  g_assert_nonnull (find_type (page, GTK_TYPE_STACK_SWITCHER));
  g_assert_true (AS_IS_LIST_VIEW (gtk_stack_get_child_by_name (stack, "dispatch")));
  g_assert_true (wait_for_label (page, "Repair register"));
  g_assert_true (wait_for_label (page, "Dispatch board"));
  g_assert_true (wait_for_label (page, "Maintenance contracts"));
  g_assert_true (wait_for_label (page, "Goods in/out register"));

  /* An empty register says so; the pane asks for a repair. */
  g_assert_true (wait_for_label (page, "The repair register is empty"));
  g_assert_true (wait_for_label (page, "Select a repair"));
  g_assert_nonnull (new_button);
  g_assert_true (gtk_widget_is_sensitive (new_button));
  g_assert_nonnull (find_widget (page, has_action, "repairs.print-daily"));
  g_assert_cmpint (as_repairs_page_get_repair (fixture->page), ==, 0);

  /* Ctrl+F's hook puts the cursor in the register's search. */
  as_page_focus_search (AS_PAGE (fixture->page));
  spin (20);
  g_assert_true (GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (fixture->window))));
}

static AsRepairRequestDialog *
find_request_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (AS_IS_REPAIR_REQUEST_DIALOG (l->data))
      return l->data;
  return NULL;
}

static gboolean
request_dialog_gone (gpointer data)
{
  return find_request_dialog () == NULL;
}

static gboolean
drop_down_is (gpointer data)
{
  GtkDropDown *drop_down = data;
  GtkStringObject *item = gtk_drop_down_get_selected_item (drop_down);
  const char *wanted = g_object_get_data (G_OBJECT (drop_down), "wanted");

  return item != NULL && g_strcmp0 (gtk_string_object_get_string (item), wanted) == 0;
}

static void
set_fault (AsRepairRequestDialog *dialog,
           const char            *text)
{
  GtkWidget *view = find_id (GTK_WIDGET (dialog), "fault_view");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static char *
get_fault (AsRepairRequestDialog *dialog)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_id (GTK_WIDGET (dialog),
                                                                            "fault_view")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
has_count (gpointer data)
{
  AsListView *view = data;
  return g_list_model_get_n_items (G_LIST_MODEL (as_list_view_get_list (view))) ==
         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (view), "wanted"));
}

/* Reception: a refused save keeps what was typed; the serial brings the
 * unit's warranty, model, customer and proposed category; the saved request
 * shows in the register and in the pane with its deadline. */
static void
test_reception (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  AsRepairRequestDialog *dialog;
  GtkWidget *error_box, *customer_picker, *model_picker, *category;
  AsListView *register_view = AS_LIST_VIEW (find_id (page, "register_view"));
  g_autofree char *fault = NULL;

  g_assert_true (gtk_widget_activate_action (page, "repairs.new", NULL));
  dialog = find_request_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (wait_for (is_mapped, dialog, 5000));
  /* The person receiving the call is the one using the program. */
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "Sara Supervisora"));

  /* Saved without a customer: refused in the dialog, the fault kept. */
  set_fault (dialog, "Hace ruido al centrifugar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "request.save", NULL));
  spin (50);
  error_box = find_id (GTK_WIDGET (dialog), "error_box");
  g_assert_true (gtk_widget_get_visible (error_box));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_id (GTK_WIDGET (dialog), "error_label"))), !=, "");
  g_assert_true (find_request_dialog () == dialog);
  fault = get_fault (dialog);
  g_assert_cmpstr (fault, ==, "Hace ruido al centrifugar");

  /* The serial: warranty per part, model, customer and category follow. */
  gtk_editable_set_text (GTK_EDITABLE (find_id (GTK_WIDGET (dialog), "serial_entry")), "SN-TEST-1");
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "sold on"));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "Bomba de agua"));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "No maintenance contract in force"));
  customer_picker = find_type (find_id (GTK_WIDGET (dialog), "customer_slot"), AS_TYPE_RECORD_PICKER);
  model_picker = find_type (find_id (GTK_WIDGET (dialog), "model_slot"), AS_TYPE_RECORD_PICKER);
  g_assert_cmpint (as_record_picker_get_id (AS_RECORD_PICKER (customer_picker)), ==, 1);
  g_assert_cmpint (as_record_picker_get_id (AS_RECORD_PICKER (model_picker)), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_id (GTK_WIDGET (dialog), "address_entry"))),
                   ==, "Calle Mayor 1, Madrid");
  category = find_id (GTK_WIDGET (dialog), "category_dropdown");
  g_object_set_data (G_OBJECT (category), "wanted", (gpointer) "Free (warranty)");
  g_assert_true (wait_for (drop_down_is, category, 2000));

  /* Saved: the dialog closes, the register lists it, the pane shows it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "request.save", NULL));
  g_assert_true (wait_for (request_dialog_gone, NULL, 2000));
  g_object_set_data (G_OBJECT (register_view), "wanted", GUINT_TO_POINTER (1));
  g_assert_true (wait_for (has_count, register_view, 3000));
  g_assert_true (wait_for_label (GTK_WIDGET (register_view), "SN-TEST-1"));
  g_assert_cmpint (as_repairs_page_get_repair (fixture->page), >, 0);
  g_assert_true (wait_for_label (page, "Hace ruido al centrifugar"));
  g_assert_true (wait_for_label (page, "Arrival due by"));
  g_assert_true (wait_for_label (page, " left"));
  g_assert_true (step_usable (fixture, "repairs.dispatch"));
}

/* A request received long ago and never visited is late, in red. */
static void
test_late_deadline (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 id = receive (fixture, "paid", "2020-01-06 09:00:00");
  GtkWidget *label;

  as_repairs_page_show_repair (fixture->page, id);
  g_assert_true (wait_for_label (GTK_WIDGET (fixture->page), "late by"));
  label = shown_label (GTK_WIDGET (fixture->page), "late by");
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  g_assert_true (wait_for_label (GTK_WIDGET (fixture->page), "Arrival was due by"));
}

typedef struct
{
  Fixture    *fixture;
  const char *action;
  gboolean    shown;
} StepQuery;

static gboolean
step_is (gpointer data)
{
  StepQuery *query = data;
  return step_shown (query->fixture, query->action) == query->shown;
}

static void
wait_for_step (Fixture    *fixture,
               const char *action,
               gboolean    shown)
{
  StepQuery query = { fixture, action, shown };

  if (!wait_for (step_is, &query, 3000))
    g_error ("%s should be %s", action, shown ? "shown" : "hidden");
}

/* The steps of a repair taken to the workshop follow its status, and the
 * supervisor's steps are shown to others insensitive, saying why. */
static void
test_steps_follow_status_and_role (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = receive (fixture, "free", NULL);
  GtkWidget *dispatch;

  as_repairs_page_show_repair (fixture->page, id);
  wait_for_step (fixture, "repairs.dispatch", TRUE);
  g_assert_true (step_usable (fixture, "repairs.dispatch"));
  g_assert_true (step_usable (fixture, "repairs.cancel"));
  g_assert_false (step_shown (fixture, "repairs.record-arrival"));
  g_assert_false (step_shown (fixture, "repairs.inspect"));
  g_assert_false (step_shown (fixture, "repairs.return-goods"));
  g_assert_false (step_shown (fixture, "repairs.quote-fee"));
  g_assert_true (print_offers (fixture, "Repair Card"));
  g_assert_false (print_offers (fixture, "Goods Receipt"));

  /* A receptionist sees Dispatch, insensitive, and why. */
  as_database_set_actor (fixture->db, RECEPTIONIST);
  spin (50);
  dispatch = step_button (fixture, "repairs.dispatch");
  g_assert_true (gtk_widget_is_visible (dispatch));
  g_assert_false (gtk_widget_is_sensitive (dispatch));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (dispatch), "supervisor"));
  as_database_set_actor (fixture->db, SUPERVISOR);
  spin (50);
  g_assert_true (step_usable (fixture, "repairs.dispatch"));

  /* Dispatched: the visit's steps. */
  g_assert_true (as_repair_store_dispatch (fixture->db, id, "Revisar el motor", TECHNICIAN, 0,
                                           "", "", &error));
  g_assert_no_error (error);
  wait_for_step (fixture, "repairs.dispatch", FALSE);
  g_assert_true (step_usable (fixture, "repairs.record-arrival"));
  g_assert_true (step_usable (fixture, "repairs.close-on-site"));
  g_assert_true (step_usable (fixture, "repairs.take-back"));
  g_assert_true (step_usable (fixture, "repairs.record-work"));
  g_assert_true (wait_for_label (GTK_WIDGET (fixture->page), "Tomás Técnico"));
  g_assert_true (as_repair_store_record_arrival (fixture->db, id, NULL, &error));
  wait_for_step (fixture, "repairs.record-arrival", FALSE);
  g_assert_null (shown_label (GTK_WIDGET (fixture->page), "Arrival due by"));

  /* In the workshop: the director inspects; the goods receipt applies. */
  g_assert_true (as_repair_store_take_back (fixture->db, id, &error));
  wait_for_step (fixture, "repairs.inspect", TRUE);
  g_assert_true (step_usable (fixture, "repairs.inspect"));
  g_assert_false (step_shown (fixture, "repairs.close-on-site"));
  g_assert_false (step_shown (fixture, "repairs.cancel"));
  g_assert_true (print_offers (fixture, "Goods Receipt"));
  as_database_set_actor (fixture->db, RECEPTIONIST);
  spin (50);
  g_assert_true (step_shown (fixture, "repairs.inspect"));
  g_assert_false (step_usable (fixture, "repairs.inspect"));
  as_database_set_actor (fixture->db, SUPERVISOR);

  /* Inspected, then returned: closed, only printing is left. */
  g_assert_true (as_repair_store_inspect (fixture->db, id, "Bien", &error));
  wait_for_step (fixture, "repairs.return-goods", TRUE);
  g_assert_false (step_shown (fixture, "repairs.inspect"));
  g_assert_false (step_shown (fixture, "repairs.record-work"));
  g_assert_true (as_repair_store_return_goods (fixture->db, id, "Ana García",
                                               AS_SETTLEMENT_ON_THE_SPOT, &error));
  g_assert_no_error (error);
  wait_for_step (fixture, "repairs.return-goods", FALSE);
  g_assert_false (step_shown (fixture, "repairs.escalate"));
  g_assert_false (step_shown (fixture, "repairs.add-part"));
  g_assert_true (print_offers (fixture, "Service Certificate"));
  g_assert_true (print_offers (fixture, "Goods Receipt"));
  g_assert_true (wait_for_label (GTK_WIDGET (fixture->page), "Closed"));
}

/* A paid repair: no work before the customer accepts the quoted fee. */
static void
test_paid_fee (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = receive (fixture, "paid", NULL);
  GtkWidget *work;

  g_assert_true (as_repair_store_dispatch (fixture->db, id, "", TECHNICIAN, 0, "", "", &error));
  g_assert_no_error (error);
  as_repairs_page_show_repair (fixture->page, id);
  wait_for_step (fixture, "repairs.quote-fee", TRUE);
  work = step_button (fixture, "repairs.record-work");
  g_assert_true (gtk_widget_is_visible (work));
  g_assert_false (gtk_widget_is_sensitive (work));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (work), "fee"));
  g_assert_false (step_usable (fixture, "repairs.close-on-site"));
  g_assert_false (step_usable (fixture, "repairs.accept-fee"));

  g_assert_true (as_repair_store_quote_fee (fixture->db, id, 4500, &error));
  g_assert_true (wait_for_label (GTK_WIDGET (fixture->page), "not accepted yet"));
  g_assert_true (step_usable (fixture, "repairs.accept-fee"));
  g_assert_false (step_usable (fixture, "repairs.record-work"));

  g_assert_true (as_repair_store_accept_fee (fixture->db, id, &error));
  wait_for_step (fixture, "repairs.accept-fee", FALSE);
  g_assert_true (step_usable (fixture, "repairs.record-work"));
  g_assert_true (step_usable (fixture, "repairs.close-on-site"));

  /* Closed on site: no goods receipt to print. */
  g_assert_true (as_repair_store_close_on_site (fixture->db, id, "Ana García",
                                                AS_SETTLEMENT_INVOICE, &error));
  g_assert_no_error (error);
  wait_for_step (fixture, "repairs.close-on-site", FALSE);
  g_assert_true (print_offers (fixture, "Service Certificate"));
  g_assert_false (print_offers (fixture, "Goods Receipt"));
}

/* The dispatch board lists what waits for a technician, and forgets it once sent. */
static void
test_dispatch_board (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkStack *stack = GTK_STACK (find_id (GTK_WIDGET (fixture->page), "stack"));
  AsListView *board = AS_LIST_VIEW (gtk_stack_get_child_by_name (stack, "dispatch"));
  gint64 first = receive (fixture, "paid", NULL);

  receive (fixture, "free", NULL);
  gtk_stack_set_visible_child_name (stack, "dispatch");
  g_object_set_data (G_OBJECT (board), "wanted", GUINT_TO_POINTER (2));
  g_assert_true (wait_for (has_count, board, 3000));
  g_assert_true (wait_for_label (GTK_WIDGET (board), "Ana García"));

  g_assert_true (as_repair_store_dispatch (fixture->db, first, "", TECHNICIAN, 0, "", "", &error));
  g_object_set_data (G_OBJECT (board), "wanted", GUINT_TO_POINTER (1));
  g_assert_true (wait_for (has_count, board, 3000));
}

/* The goods in/out register lists the goods taken to the workshop, with
 * their dates in and out; an entry opens its repair in the register. */
static void
test_goods_register (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkStack *stack = GTK_STACK (find_id (GTK_WIDGET (fixture->page), "stack"));
  AsListView *goods = AS_LIST_VIEW (gtk_stack_get_child_by_name (stack, "goods"));
  gint64 on_site = receive (fixture, "free", NULL);
  gint64 taken = receive (fixture, "free", NULL);

  gtk_stack_set_visible_child_name (stack, "goods");
  g_assert_true (wait_for_label (GTK_WIDGET (goods), "The goods in/out register is empty"));
  g_assert_true (as_repair_store_dispatch (fixture->db, on_site, "", TECHNICIAN, 0, "", "", &error));
  g_assert_true (as_repair_store_dispatch (fixture->db, taken, "", TECHNICIAN, 0, "", "", &error));
  g_assert_true (as_repair_store_close_on_site (fixture->db, on_site, "Ana García",
                                                AS_SETTLEMENT_ON_THE_SPOT, &error));
  g_assert_true (as_repair_store_take_back (fixture->db, taken, &error));
  g_assert_no_error (error);

  /* Only the goods taken back: one entry, still in the workshop. */
  g_object_set_data (G_OBJECT (goods), "wanted", GUINT_TO_POINTER (1));
  g_assert_true (wait_for (has_count, goods, 3000));
  g_assert_true (wait_for_label (GTK_WIDGET (goods), "Ana García"));
  g_assert_true (wait_for_label (GTK_WIDGET (goods), "Receipt No."));
  g_assert_true (wait_for_label (GTK_WIDGET (goods), "Date out"));
  g_assert_true (as_record_list_set_filter (as_list_view_get_list (goods), "returned"));
  g_object_set_data (G_OBJECT (goods), "wanted", GUINT_TO_POINTER (0));
  g_assert_true (wait_for (has_count, goods, 3000));
  g_assert_true (as_record_list_set_filter (as_list_view_get_list (goods), NULL));

  /* Double-click (or Enter): the repair in the register's detail pane. */
  g_signal_emit_by_name (goods, "activated", taken);
  spin (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "register");
  g_assert_cmpint (as_repairs_page_get_repair (fixture->page), ==, taken);
  wait_for_step (fixture, "repairs.inspect", TRUE);
}

static AsRepairStepDialog *
find_step_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (AS_IS_REPAIR_STEP_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static GtkMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
message_dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static char *
message_text (GtkMessageDialog *dialog)
{
  g_autofree char *primary = NULL, *secondary = NULL;

  g_object_get (dialog, "text", &primary, "secondary-text", &secondary, NULL);
  return g_strdup_printf ("%s %s", primary, secondary ? secondary : "");
}

/* The Print Daily Report dialog offers every daily document; the branch
 * report asks for the branch, the technician's for a technician. */
static void
test_print_daily_kinds (Fixture       *fixture,
                        gconstpointer  data)
{
  AsRepairStepDialog *dialog;
  GtkDropDown *kind;
  GListModel *items;
  GtkWidget *branch, *technician;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "repairs.print-daily",
                                             NULL));
  dialog = find_step_dialog ();
  g_assert_nonnull (dialog);
  kind = GTK_DROP_DOWN (as_repair_step_dialog_get_widget (dialog, "kind"));
  items = gtk_drop_down_get_model (kind);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items), 2), ==,
                   "Branch daily report");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items), 3), ==,
                   "Repair register");
  branch = as_repair_step_dialog_get_widget (dialog, "branch");
  technician = as_repair_step_dialog_get_widget (dialog, "technician");
  g_assert_false (gtk_widget_get_visible (branch));
  g_assert_true (gtk_widget_get_visible (technician));

  as_repair_step_dialog_set_choice (dialog, "kind", "branch-daily");
  g_assert_true (gtk_widget_get_visible (branch));
  g_assert_false (gtk_widget_get_visible (technician));
  /* A branch report without a branch is refused in the dialog. */
  as_record_picker_set_id (AS_RECORD_PICKER (branch), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.accept", NULL));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "choose the branch"));
  g_assert_true (find_step_dialog () == dialog);

  as_repair_step_dialog_set_choice (dialog, "kind", "day-register");
  g_assert_false (gtk_widget_get_visible (branch));
  g_assert_false (gtk_widget_get_visible (technician));
  g_assert_true (wait_for_label (GTK_WIDGET (dialog), "repair register received that day"));
}

/* Only a branch manager signs the branch daily report: for others the
 * action is insensitive and says why; a refusal (the day already signed)
 * is shown in a message dialog. */
static void
test_sign_branch_daily (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *button = find_widget (page, has_action, "repairs.sign-branch-daily");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(AsDailySummary) summary = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  AsRepairStepDialog *dialog;
  GtkMessageDialog *message;
  GtkWidget *branch;

  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "branch manager"));
  gtk_widget_activate_action (page, "repairs.sign-branch-daily", NULL);
  g_assert_null (find_step_dialog ());

  as_database_set_actor (fixture->db, MANAGER);
  spin (50);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "sign-off"));

  /* Signed for the manager's own branch, proposed by the dialog. */
  g_assert_true (gtk_widget_activate_action (page, "repairs.sign-branch-daily", NULL));
  dialog = find_step_dialog ();
  g_assert_nonnull (dialog);
  branch = as_repair_step_dialog_get_widget (dialog, "branch");
  g_assert_cmpint (as_record_picker_get_id (AS_RECORD_PICKER (branch)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.accept", NULL));
  g_assert_true (wait_for (message_dialog_shown, NULL, 3000));
  message = find_message_dialog ();
  text = message_text (message);
  g_assert_nonnull (strstr (text, "is signed"));
  gtk_window_destroy (GTK_WINDOW (message));
  spin (20);
  g_assert_null (find_step_dialog ());
  summary = as_reports_branch_daily (fixture->db, 1, today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (summary->signed_by, ==, MANAGER);
  g_assert_cmpstr (summary->signed_by_name, ==, "Marga Gerente");

  /* Signed again: refused in a message dialog; the form stays open. */
  g_assert_true (gtk_widget_activate_action (page, "repairs.sign-branch-daily", NULL));
  dialog = find_step_dialog ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.accept", NULL));
  g_assert_true (wait_for (message_dialog_shown, NULL, 3000));
  message = find_message_dialog ();
  g_free (text);
  text = message_text (message);
  g_assert_nonnull (strstr (text, "could not be signed"));
  g_assert_nonnull (strstr (text, "already signed"));
  gtk_window_destroy (GTK_WINDOW (message));

  /* Another branch's report: the store refuses it too. */
  branch = as_repair_step_dialog_get_widget (dialog, "branch");
  as_record_picker_set_id (AS_RECORD_PICKER (branch), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "step.accept", NULL));
  g_assert_true (wait_for (message_dialog_shown, NULL, 3000));
  g_free (text);
  text = message_text (find_message_dialog ());
  g_assert_nonnull (strstr (text, "not the manager of Norte"));
  g_assert_true (find_step_dialog () == dialog);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  home = init_test_display ();
  if (home == NULL)
    return 0;

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/repairs/builds", test_builds);
  ADD ("/ui/repairs/reception", test_reception);
  ADD ("/ui/repairs/late-deadline", test_late_deadline);
  ADD ("/ui/repairs/steps-follow-status-and-role", test_steps_follow_status_and_role);
  ADD ("/ui/repairs/paid-fee", test_paid_fee);
  ADD ("/ui/repairs/dispatch-board", test_dispatch_board);
  ADD ("/ui/repairs/goods-register", test_goods_register);
  ADD ("/ui/repairs/print-daily-kinds", test_print_daily_kinds);
  ADD ("/ui/repairs/sign-branch-daily", test_sign_branch_daily);
#undef ADD

  status = g_test_run ();
  as_test_remove_tree (home);
  return status;
}
