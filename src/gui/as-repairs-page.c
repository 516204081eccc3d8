/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Repairs tab: the repair register with the selected repair in a detail
 * pane, the dispatch board, the maintenance contracts and the goods in/out
 * register. Everything shown comes from the stores and refreshes from the
 * database's change signal; the steps themselves are in
 * as-repairs-page-actions.c. */

#include <glib/gi18n.h>

#include "as-gui-util.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "as-repair-store.h"
#include "as-repairs-page-private.h"
#include "as-contract-store.h"

G_DEFINE_FINAL_TYPE (AsRepairsPage, as_repairs_page, AS_TYPE_PAGE)

/* Seconds between two refreshes of the time left before an arrival deadline. */
#define DEADLINE_TICK_SECONDS 30

/* ---------------------------------------------------------------- helpers */

static char *
format_duration (gint64 minutes)
{
  if (minutes < 60)
    /* Translators: a duration in working time, minutes only */
    return g_strdup_printf (_("%d min"), (int) minutes);
  /* Translators: a duration in working time: hours, then minutes on two digits */
  return g_strdup_printf (_("%d h %02d min"), (int) (minutes / 60), (int) (minutes % 60));
}

/* Whether @repair still waits for the technician's arrival. */
static gboolean
awaits_arrival (GHashTable *repair)
{
  const char *status = g_hash_table_lookup (repair, "status");

  if (g_hash_table_lookup (repair, "arrival_deadline") == NULL)
    return FALSE;
  if (g_strcmp0 (status, "received") == 0)
    return TRUE;
  return g_strcmp0 (status, "dispatched") == 0 &&
         g_hash_table_lookup (repair, "arrived_at") == NULL;
}

static void
ensure_calendar (AsRepairsPage *self)
{
  AsDatabase *db = as_page_get_database (AS_PAGE (self));

  if (self->calendar != NULL || db == NULL)
    return;
  self->calendar = as_calendar_load (db, NULL);
  if (self->calendar == NULL)
    self->calendar = as_calendar_new ();
}

/* Loads a repair for the pane or the board; NULL (and nothing shown) when it
 * is gone. */
static GHashTable *
load_repair (AsRepairsPage *self,
             gint64         id)
{
  AsDatabase *db = as_page_get_database (AS_PAGE (self));

  if (id <= 0 || db == NULL)
    return NULL;
  return as_repair_store_load (db, id, NULL);
}

static void
refresh_deadline (AsRepairsPage *self)
{
  g_autofree char *text = NULL;
  gboolean late = FALSE;

  if (self->detail_values != NULL)
    text = _as_repairs_page_describe_deadline (self, self->detail_values, &late);
  as_repair_detail_set_deadline (self->detail, text, late);
}

static void
refresh_detail (AsRepairsPage *self)
{
  AsDatabase *db = as_page_get_database (AS_PAGE (self));
  g_autoptr(GPtrArray) charges = NULL;
  g_autoptr(GPtrArray) events = NULL;
  const char *status;
  gboolean open;

  g_clear_pointer (&self->detail_values, g_hash_table_unref);
  self->detail_values = load_repair (self, self->detail_id);
  if (self->detail_values == NULL)
    {
      self->detail_id = 0;
      as_repair_detail_show_empty (self->detail, NULL);
      refresh_deadline (self);
      return;
    }
  charges = as_repair_store_list_charges (db, self->detail_id);
  events = as_repair_store_list_events (db, self->detail_id);
  status = g_hash_table_lookup (self->detail_values, "status");
  open = g_strcmp0 (status, "closed") != 0 && g_strcmp0 (status, "cancelled") != 0;
  as_repair_detail_show_repair (self->detail, self->detail_values, charges, events, open);
  refresh_deadline (self);
}

static void
refresh_board (AsRepairsPage *self)
{
  g_clear_pointer (&self->board_values, g_hash_table_unref);
  self->board_values = load_repair (self, self->board_id);
}

static void
refresh_contract (AsRepairsPage *self)
{
  AsDatabase *db = as_page_get_database (AS_PAGE (self));
  gint64 id = as_list_view_get_selected_id (self->contracts_view);

  g_clear_pointer (&self->contract_values, g_hash_table_unref);
  if (id > 0 && db != NULL)
    self->contract_values = as_contract_store_load (db, id, NULL);
}

static void
refresh_all (AsRepairsPage *self)
{
  refresh_detail (self);
  refresh_board (self);
  refresh_contract (self);
  _as_repairs_page_update_actions (self);
}

static void
set_empty_texts (AsRepairsPage *self)
{
  as_list_view_set_empty_text (self->register_view, _("The repair register is empty"),
                               _("Repair requests appear here as reception records them. "
                                 "Enter one with New Request (Ctrl+N)."));
  as_list_view_set_empty_text (self->dispatch_view, _("Every request is dispatched"),
                               _("Requests waiting for a technician appear here, the late ones "
                                 "and those of earlier days first."));
  as_list_view_set_empty_text (self->contracts_view, _("No maintenance contracts"),
                               _("Customers' maintenance contracts are listed here."));
  as_list_view_set_empty_text (self->goods_view, _("The goods in/out register is empty"),
                               _("Goods taken to the workshop are entered here with their "
                                 "goods receipt, and their date out once returned. "
                                 "Double-click an entry to see its repair."));
}

static void
add_tool_buttons (AsRepairsPage *self)
{
  as_list_view_add_action (self->dispatch_view,
                           as_gui_create_button (_("_Dispatch…"), "repairs.dispatch",
                                                 _("Assess the request and send a technician or a "
                                                   "service provider (Ctrl+D, or double-click)"),
                                                 FALSE));
  as_list_view_add_action (self->contracts_view,
                           as_gui_create_button (_("Print Expiry _Notice…"),
                                                 "repairs.contract-notice",
                                                 _("Print the maintenance expiry notice and record "
                                                   "that it was sent"), FALSE));
  as_list_view_add_action (self->contracts_view,
                           as_gui_create_button (_("_Renew…"), "repairs.contract-renew",
                                                 _("Record the renewal: a new contract from the "
                                                   "day after this one ends"), FALSE));
  as_list_view_add_action (self->contracts_view,
                           as_gui_create_button (_("Re_fuse…"), "repairs.contract-refuse",
                                                 _("Record that the customer declines the renewal"),
                                                 FALSE));
}

/* ------------------------------------------------------------- callbacks */

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  AsRepairsPage *self = user_data;

  self->refresh_idle = 0;
  refresh_all (self);
  return G_SOURCE_REMOVE;
}

/* A step writes several tables in one go: one refresh for all of them. */
static void
queue_refresh (AsRepairsPage *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_refresh_idle_cb, self, NULL);
}

static void
on_database_changed_cb (AsRepairsPage *self,
                        const char    *table,
                        AsDatabase    *db)
{
  if (g_strcmp0 (table, "working_hours") == 0 || g_strcmp0 (table, "holidays") == 0)
    g_clear_pointer (&self->calendar, as_calendar_free);
  if (g_str_has_prefix (table, "repair_") || g_strcmp0 (table, "contracts") == 0 ||
      g_strcmp0 (table, "staff") == 0 || g_strcmp0 (table, "customers") == 0 ||
      g_strcmp0 (table, "working_hours") == 0 || g_strcmp0 (table, "holidays") == 0 ||
      g_strcmp0 (table, "providers") == 0 || g_strcmp0 (table, "product_models") == 0)
    queue_refresh (self);
}

static void
on_actor_changed_cb (AsRepairsPage *self,
                     AsDatabase    *db)
{
  _as_repairs_page_update_actions (self);
}

/* A reload of the list forgets its selection: the pane keeps its repair
 * until another row is chosen. */
static void
on_register_selection_cb (AsRepairsPage *self,
                          AsListView    *view)
{
  gint64 id = as_list_view_get_selected_id (view);

  if (id <= 0 || id == self->detail_id)
    return;
  self->detail_id = id;
  refresh_detail (self);
  _as_repairs_page_update_actions (self);
}

static void
on_board_selection_cb (AsRepairsPage *self,
                       AsListView    *view)
{
  self->board_id = as_list_view_get_selected_id (view);
  refresh_board (self);
  _as_repairs_page_update_actions (self);
}

static void
on_board_activated_cb (AsRepairsPage *self,
                       gint64         id,
                       AsListView    *view)
{
  _as_repairs_page_open_dispatch (self, id);
}

/* An entry of the goods in/out register is a repair: shown in the register. */
static void
on_goods_activated_cb (AsRepairsPage *self,
                       gint64         id,
                       AsListView    *view)
{
  as_repairs_page_show_repair (self, id);
}

static void
on_contract_selection_cb (AsRepairsPage *self,
                          AsListView    *view)
{
  refresh_contract (self);
  _as_repairs_page_update_actions (self);
}

static void
on_visible_tab_cb (AsRepairsPage *self,
                   GParamSpec    *pspec,
                   GtkStack      *stack)
{
  _as_repairs_page_update_actions (self);
}

static gboolean
on_tick_cb (gpointer user_data)
{
  refresh_deadline (AS_REPAIRS_PAGE (user_data));
  return G_SOURCE_CONTINUE;
}

/* ------------------------------------------------------------- overrides */

static void
as_repairs_page_database_set (AsPage     *page,
                              AsDatabase *db)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (page);
  g_autoptr(AsRecordList) repairs = as_record_list_new (db, &as_repairs_list);
  g_autoptr(AsRecordList) board = as_record_list_new (db, &as_dispatch_list);
  g_autoptr(AsRecordList) contracts = as_record_list_new (db, &as_contracts_list);
  g_autoptr(AsRecordList) goods = as_record_list_new (db, &as_goods_register_list);

  as_list_view_set_list (self->register_view, repairs);
  as_list_view_set_list (self->dispatch_view, board);
  as_list_view_set_list (self->contracts_view, contracts);
  as_list_view_set_list (self->goods_view, goods);
  set_empty_texts (self);
  g_clear_pointer (&self->calendar, as_calendar_free);

  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "actor-changed", G_CALLBACK (on_actor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh_all (self);
}

static void
as_repairs_page_focus_search (AsPage *page)
{
  GtkWidget *view = gtk_stack_get_visible_child (AS_REPAIRS_PAGE (page)->stack);

  if (AS_IS_LIST_VIEW (view))
    as_list_view_focus_search (AS_LIST_VIEW (view));
  else
    as_list_view_focus_search (AS_REPAIRS_PAGE (page)->register_view);
}

static void
as_repairs_page_dispose (GObject *object)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_handle_id (&self->tick, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_REPAIRS_PAGE);
  G_OBJECT_CLASS (as_repairs_page_parent_class)->dispose (object);
}

static void
as_repairs_page_finalize (GObject *object)
{
  AsRepairsPage *self = AS_REPAIRS_PAGE (object);

  g_clear_pointer (&self->calendar, as_calendar_free);
  g_clear_pointer (&self->detail_values, g_hash_table_unref);
  g_clear_pointer (&self->board_values, g_hash_table_unref);
  g_clear_pointer (&self->contract_values, g_hash_table_unref);
  G_OBJECT_CLASS (as_repairs_page_parent_class)->finalize (object);
}

static void
as_repairs_page_class_init (AsRepairsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AsPageClass *page_class = AS_PAGE_CLASS (klass);

  object_class->dispose = as_repairs_page_dispose;
  object_class->finalize = as_repairs_page_finalize;
  page_class->database_set = as_repairs_page_database_set;
  page_class->focus_search = as_repairs_page_focus_search;

  g_type_ensure (AS_TYPE_LIST_VIEW);
  g_type_ensure (AS_TYPE_REPAIR_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-repairs-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AsRepairsPage, switcher);
  gtk_widget_class_bind_template_child (widget_class, AsRepairsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AsRepairsPage, paned);
  gtk_widget_class_bind_template_child (widget_class, AsRepairsPage, register_view);
  gtk_widget_class_bind_template_child (widget_class, AsRepairsPage, detail);
  gtk_widget_class_bind_template_child (widget_class, AsRepairsPage, dispatch_view);
  gtk_widget_class_bind_template_child (widget_class, AsRepairsPage, contracts_view);
  gtk_widget_class_bind_template_child (widget_class, AsRepairsPage, goods_view);
  gtk_widget_class_bind_template_child (widget_class, AsRepairsPage, sign_button);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_tab_cb);

  _as_repairs_page_install_actions (widget_class);
  _as_repairs_page_install_document_actions (widget_class);
}

static void
as_repairs_page_init (AsRepairsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_tool_buttons (self);
  g_signal_connect_object (self->register_view, "selection-changed",
                           G_CALLBACK (on_register_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dispatch_view, "selection-changed",
                           G_CALLBACK (on_board_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dispatch_view, "activated",
                           G_CALLBACK (on_board_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->goods_view, "activated",
                           G_CALLBACK (on_goods_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->contracts_view, "selection-changed",
                           G_CALLBACK (on_contract_selection_cb), self, G_CONNECT_SWAPPED);
  self->tick = g_timeout_add_seconds (DEADLINE_TICK_SECONDS, on_tick_cb, self);
  as_repair_detail_show_empty (self->detail, NULL);
  _as_repairs_page_update_actions (self);
}

/* ----------------------------------------------------------- private API */

GtkWindow *
_as_repairs_page_get_window (AsRepairsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Shows a store's refusal, in the person's language, over @self's window. */
void
_as_repairs_page_show_error (AsRepairsPage *self,
                             const char    *primary,
                             const GError  *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (_as_repairs_page_get_window (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);

  if (error != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _as_repairs_page_describe_deadline:
 * @late: (out): whether the deadline has passed
 *
 * Returns: (transfer full) (nullable): the arrival deadline of @repair with
 *   the working time left ("3 h 20 min left") or how late it is, or %NULL
 *   when the technician has arrived or the request is closed
 */
char *
_as_repairs_page_describe_deadline (AsRepairsPage *self,
                                    GHashTable    *repair,
                                    gboolean      *late)
{
  g_autoptr(GDateTime) deadline = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = NULL;
  g_autofree char *duration = NULL;
  gint64 minutes;

  *late = FALSE;
  if (repair == NULL || !awaits_arrival (repair) ||
      (deadline = as_datetime_parse (g_hash_table_lookup (repair, "arrival_deadline"))) == NULL)
    return NULL;
  ensure_calendar (self);
  minutes = as_calendar_working_minutes (self->calendar, now, deadline);
  *late = g_date_time_compare (deadline, now) < 0;
  when = as_record_list_format_value (AS_COLUMN_DATE,
                                      g_hash_table_lookup (repair, "arrival_deadline"));
  duration = format_duration (ABS (minutes));
  if (*late && minutes == 0)
    /* Translators: %s is the arrival deadline, passed outside working hours */
    return g_strdup_printf (_("Arrival was due by %s: late"), when);
  if (*late)
    /* Translators: the arrival deadline, then how late it is in working time ("1 h 05 min") */
    return g_strdup_printf (_("Arrival was due by %s: late by %s"), when, duration);
  /* Translators: the arrival deadline, then the working time left ("3 h 20 min") */
  return g_strdup_printf (_("Arrival due by %s: %s left"), when, duration);
}

/* ------------------------------------------------------------- public API */

AsRepairsPage *
as_repairs_page_new (void)
{
  return g_object_new (AS_TYPE_REPAIRS_PAGE, NULL);
}

gint64
as_repairs_page_get_repair (AsRepairsPage *self)
{
  g_return_val_if_fail (AS_IS_REPAIRS_PAGE (self), 0);
  return self->detail_values != NULL ? self->detail_id : 0;
}

/* Shows @repair_id in the register's detail pane, with its steps. */
void
as_repairs_page_show_repair (AsRepairsPage *self,
                             gint64         repair_id)
{
  g_return_if_fail (AS_IS_REPAIRS_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "register");
  self->detail_id = repair_id;
  as_list_view_select_id (self->register_view, repair_id);
  refresh_detail (self);
  _as_repairs_page_update_actions (self);
}
