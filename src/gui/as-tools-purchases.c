/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The purchase requests section of the Tools tab: the requests with the
 * selected one in a detail pane (quotes, the two approvals, the order, the
 * tools received), and its steps: raise a request with its quotes and
 * figures, approve as finance or as the supervisor, refuse, order, receive. */

#include <glib/gi18n.h>

#include "as-labels.h"
#include "as-lists.h"
#include "as-purchase-store.h"
#include "as-tool-store.h"
#include "as-tools-detail.h"
#include "as-tools-purchases.h"
#include "as-tools-util.h"

#define N_QUOTE_ROWS 3

struct _AsToolsPurchases
{
  GtkWidget      parent_instance;

  GtkPaned      *paned;
  AsListView    *list_view;
  AsToolsDetail *detail;

  AsDatabase    *db;
  gint64         request_id;
  GHashTable    *request;   /* the request shown, or NULL */
  GPtrArray     *quotes;    /* its quotes, cheapest first */
  guint          refresh_idle;
};

G_DEFINE_FINAL_TYPE (AsToolsPurchases, as_tools_purchases, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static const char *
get (AsToolsPurchases *self,
     const char       *key)
{
  return as_gui_lookup (self->request, key);
}

static char *
describe_request (AsToolsPurchases *self)
{
  /* Translators: a purchase request's number and what it is for */
  return g_strdup_printf (_("No. %s · %s"), get (self, "id"), get (self, "description"));
}

/* "27/03/2026 · Ana García", or NULL when the step has not happened. */
static char *
describe_step (AsToolsPurchases *self,
               const char       *at_key,
               const char       *name_key)
{
  g_autofree char *at = as_gui_format_date (get (self, at_key));

  if (at == NULL)
    return NULL;
  return g_strdup_printf ("%s · %s", at, get (self, name_key) ? get (self, name_key) : "");
}

static char *
describe_money (gint64 cents)
{
  g_autofree char *raw = g_strdup_printf ("%" G_GINT64_FORMAT, cents);

  return as_tools_format_money (raw);
}

static void
show_approvals (AsToolsPurchases *self)
{
  g_autofree char *finance = describe_step (self, "finance_at", "finance_name");
  g_autofree char *supervisor = describe_step (self, "supervisor_at", "supervisor_name");
  g_autofree char *refused = describe_step (self, "refused_at", "refused_name");
  g_autofree char *ordered = describe_step (self, "ordered_at", "ordered_name");
  g_autofree char *received = describe_step (self, "received_at", "received_name");
  gboolean open = g_strcmp0 (get (self, "status"), "pending") == 0;

  as_tools_detail_add_info (self->detail, _("Finance approval"),
                            finance ? finance : open ? _("Waiting") : NULL);
  as_tools_detail_add_info (self->detail, _("Supervisor approval"),
                            supervisor ? supervisor : open ? _("Waiting") : NULL);
  as_tools_detail_add_info (self->detail, _("Refused"), refused);
  as_tools_detail_add_info (self->detail, _("Reason"), get (self, "refusal_reason"));
  as_tools_detail_add_info (self->detail, _("Ordered"), ordered);
  as_tools_detail_add_info (self->detail, _("Order reference"), get (self, "order_reference"));
  as_tools_detail_add_info (self->detail, _("Received"), received);
}

static void
show_quotes (AsToolsPurchases *self)
{
  gint64 quantity = as_tools_lookup_int (self->request, "quantity");
  gint64 chosen = as_tools_lookup_int (self->request, "quote_id");

  as_tools_detail_add_heading (self->detail, _("Quotes"));
  for (guint i = 0; i < self->quotes->len; i++)
    {
      GHashTable *quote = g_ptr_array_index (self->quotes, i);
      gint64 price = as_tools_lookup_int (quote, "unit_price_cents");
      g_autofree char *unit = describe_money (price);
      g_autofree char *total = describe_money (price * quantity);
      /* Translators: a supplier's quote: supplier, price of one item, total for the quantity */
      g_autofree char *head = g_strdup_printf (_("%s · %s each · %s in all"),
                                               as_gui_lookup (quote, "supplier"), unit, total);
      g_autofree char *marked = as_tools_lookup_int (quote, "id") == chosen
        /* Translators: %s is a quote; this one was ordered */
        ? g_strdup_printf (_("%s · ordered"), head) : g_strdup (head);

      as_tools_detail_add_entry (self->detail, marked, as_gui_lookup (quote, "note"), FALSE);
    }
}

static void
show_tools (AsToolsPurchases *self)
{
  g_autoptr(GPtrArray) tools = as_purchase_store_list_tools (self->db, self->request_id);
  g_autoptr(GString) tags = g_string_new (NULL);

  if (tools->len == 0)
    return;
  for (guint i = 0; i < tools->len; i++)
    g_string_append_printf (tags, "%s%s", i ? ", " : "",
                            as_gui_lookup (g_ptr_array_index (tools, i), "tag"));
  as_tools_detail_add_heading (self->detail, _("Entered in the tools register"));
  as_tools_detail_add_note (self->detail, tags->str);
}

static const char *
describe_waiting (AsToolsPurchases *self)
{
  const char *status = get (self, "status");

  if (g_strcmp0 (status, "pending") != 0)
    return g_strcmp0 (status, "approved") == 0 ? _("Waiting for purchasing") : NULL;
  if (get (self, "finance_by") == NULL && get (self, "supervisor_by") == NULL)
    return _("Waiting for both approvals");
  return get (self, "finance_by") == NULL ? _("Waiting for finance")
                                          : _("Waiting for the supervisor");
}

static void
show_request (AsToolsPurchases *self)
{
  g_autofree char *title = describe_request (self);
  g_autofree char *requested = describe_step (self, "requested_at", "requester_name");

  as_tools_detail_begin (self->detail, title, as_code_get_label (get (self, "status")),
                         describe_waiting (self));
  as_tools_detail_add_info (self->detail, _("Quantity"), get (self, "quantity"));
  as_tools_detail_add_info (self->detail, _("Requested"), requested);
  as_tools_detail_add_info (self->detail, _("Justification"), get (self, "justification"));
  show_approvals (self);
  show_quotes (self);
  show_tools (self);
}

static void
set_step (AsToolsPurchases *self,
          const char       *action,
          gboolean          applies,
          const char       *blocked,
          const char       *hint)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, applies && blocked == NULL);
  as_tools_detail_set_step (self->detail, action, applies, blocked ? blocked : hint);
}

/* Why the acting person cannot give an approval or refuse, or NULL. */
static const char *
approval_blocked (AsToolsPurchases *self,
                  guint             role,
                  const char       *other_key)
{
  gint64 actor = as_database_get_actor (self->db);

  if (!as_tools_actor_has (self->db, role))
    return role == AS_ROLE_FINANCE ? _("Only finance gives this approval.")
                                   : _("Only a service supervisor gives this approval.");
  if (as_tools_lookup_int (self->request, "requested_by") == actor)
    return _("You raised this request: somebody else must decide on it.");
  if (other_key != NULL && as_tools_lookup_int (self->request, other_key) == actor)
    return _("You gave the other approval: the second must come from somebody else.");
  return NULL;
}

static void
update_actions (AsToolsPurchases *self)
{
  const char *status = get (self, "status");
  gboolean pending = g_strcmp0 (status, "pending") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "purchases.new",
                                 as_tools_actor_has (self->db, AS_PURCHASE_REQUESTER_ROLES));
  set_step (self, "purchases.approve-finance", pending && get (self, "finance_by") == NULL,
            approval_blocked (self, AS_ROLE_FINANCE, "supervisor_by"),
            _("Approve the purchase for finance"));
  set_step (self, "purchases.approve-supervisor", pending && get (self, "supervisor_by") == NULL,
            approval_blocked (self, AS_ROLE_SUPERVISOR, "finance_by"),
            _("Approve the purchase as the service supervisor"));
  set_step (self, "purchases.refuse", pending,
            as_tools_actor_has (self->db, AS_ROLE_FINANCE)
              ? approval_blocked (self, AS_ROLE_FINANCE, NULL)
              : approval_blocked (self, AS_ROLE_SUPERVISOR, NULL),
            _("Refuse the request, with the reason: it ends here"));
  set_step (self, "purchases.order", pending || g_strcmp0 (status, "approved") == 0,
            pending ? _("Both finance and the supervisor must approve it first.")
                    : as_tools_actor_has (self->db, AS_ROLE_PURCHASING)
                      ? NULL : _("Only the purchasing department places orders."),
            _("Order from one of the quotes"));
  set_step (self, "purchases.receive", g_strcmp0 (status, "ordered") == 0,
            as_tools_actor_has (self->db, AS_PURCHASE_RECEIVER_ROLES)
              ? NULL : _("Purchasing, the service department or a supervisor receives the "
                         "items."),
            _("Receive the items: each enters the tools register with its tag"));
}

static void
refresh (AsToolsPurchases *self)
{
  g_clear_pointer (&self->request, g_hash_table_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  if (self->request_id > 0)
    self->request = as_purchase_store_load (self->db, self->request_id, NULL);
  if (self->request == NULL)
    {
      self->request_id = 0;
      as_tools_detail_show_empty (self->detail, _("Select a purchase request to see its quotes, "
                                                  "its approvals and what became of it."));
    }
  else
    {
      self->quotes = as_purchase_store_list_quotes (self->db, self->request_id);
      show_request (self);
    }
  update_actions (self);
}

static AsRepairStepDialog *
new_request_dialog (AsToolsPurchases *self,
                    const char       *title,
                    const char       *accept_label,
                    GCallback         on_accepted)
{
  g_autofree char *subtitle = describe_request (self);

  return as_tools_new_dialog (GTK_WIDGET (self), self->request_id, title, subtitle, accept_label,
                              on_accepted);
}

/* ------------------------------------------------------------ a new request */

/* The quotes typed: rows with a supplier or a price; FALSE (shown in the
 * dialog) when a price cannot be read. */
static gboolean
read_quotes (AsRepairStepDialog *dialog,
             GArray             *quotes,
             GPtrArray          *strings)
{
  for (guint i = 0; i < N_QUOTE_ROWS; i++)
    {
      g_autofree char *supplier_key = g_strdup_printf ("supplier%u", i);
      g_autofree char *price_key = g_strdup_printf ("price%u", i);
      char *supplier = as_repair_step_dialog_get_text (dialog, supplier_key);
      g_autofree char *price = as_repair_step_dialog_get_text (dialog, price_key);
      AsPurchaseQuote quote = { supplier, 0, NULL };

      g_ptr_array_add (strings, supplier);
      if (*supplier == '\0' && *price == '\0')
        continue;
      if (!as_repair_step_dialog_get_money (dialog, price_key, &quote.unit_price_cents))
        return FALSE;
      g_array_append_val (quotes, quote);
    }
  return TRUE;
}

static void
on_new_accepted_cb (AsRepairStepDialog *dialog,
                    AsToolsPurchases   *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) quotes = g_array_new (FALSE, FALSE, sizeof (AsPurchaseQuote));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *description = as_repair_step_dialog_get_text (dialog, "description");
  g_autofree char *justification = as_repair_step_dialog_get_text (dialog, "justification");
  gint64 id;

  if (!read_quotes (dialog, quotes, strings))
    return;
  id = as_purchase_store_create (self->db, description,
                                 (int) as_repair_step_dialog_get_int (dialog, "quantity"),
                                 justification, (AsPurchaseQuote *) quotes->data, quotes->len,
                                 &error);
  if (id > 0)
    {
      self->request_id = id;
      as_list_view_select_id (self->list_view, id);
      refresh (self);
    }
  as_tools_finish_dialog (dialog, id > 0, error);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  AsRepairStepDialog *dialog = as_tools_new_dialog (widget, 0, _("New Purchase Request"), NULL,
                                                    _("_Submit"), G_CALLBACK (on_new_accepted_cb));

  as_repair_step_dialog_set_intro (dialog, _("Tools and test equipment are bought after finance "
                                             "and the service supervisor have both approved the "
                                             "request; then purchasing orders them."));
  as_repair_step_dialog_add_entry (dialog, "description", _("Tool or equipment"), NULL);
  as_repair_step_dialog_add_spin (dialog, "quantity", _("Quantity"), 1, 500, 1);
  as_repair_step_dialog_add_text_view (dialog, "justification", _("Figures that justify it"),
                                       NULL);
  for (guint i = 0; i < N_QUOTE_ROWS; i++)
    {
      g_autofree char *supplier_key = g_strdup_printf ("supplier%u", i);
      g_autofree char *price_key = g_strdup_printf ("price%u", i);
      /* Translators: %u is the quote's number: 1, 2, 3 */
      g_autofree char *supplier_label = g_strdup_printf (_("Supplier %u"), i + 1);
      /* Translators: %u is the quote's number: the price of one item in that quote */
      g_autofree char *price_label = g_strdup_printf (_("Unit price %u"), i + 1);

      as_repair_step_dialog_add_entry (dialog, supplier_key, supplier_label, NULL);
      as_repair_step_dialog_add_money (dialog, price_key, price_label, -1);
    }
  as_repair_step_dialog_add_note (dialog, _("At least one quote; leave the other rows empty. "
                                            "The figures are the statistics behind the request: "
                                            "how often the tool is needed, repairs waiting, "
                                            "costs."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* -------------------------------------------------------------- approvals */

static void
run_approval (GtkWidget          *widget,
              gint64              id,
              AsPurchaseApproval  approval)
{
  AsToolsPurchases *self = AS_TOOLS_PURCHASES (widget);
  g_autoptr(GError) error = NULL;

  if (!as_purchase_store_approve (self->db, id, approval, &error))
    as_gui_show_error (widget, _("The approval was not recorded"), error);
}

static void
approve_finance_confirmed (GtkWidget *widget,
                           gint64     id)
{
  run_approval (widget, id, AS_PURCHASE_APPROVAL_FINANCE);
}

static void
approve_supervisor_confirmed (GtkWidget *widget,
                              gint64     id)
{
  run_approval (widget, id, AS_PURCHASE_APPROVAL_SUPERVISOR);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AsToolsPurchases *self = AS_TOOLS_PURCHASES (widget);
  gboolean finance = g_str_equal (action_name, "purchases.approve-finance");
  g_autofree char *request = describe_request (self);
  g_autofree char *primary = NULL;

  primary = finance
    /* Translators: %s is a purchase request, "No. 12 · Pinza amperimétrica" */
    ? g_strdup_printf (_("Approve %s for finance?"), request)
    /* Translators: %s is a purchase request, "No. 12 · Pinza amperimétrica" */
    : g_strdup_printf (_("Approve %s as the supervisor?"), request);
  as_tools_ask (widget, self->request_id, primary,
                _("Purchasing orders it once both finance and the supervisor have approved it."),
                _("_Approve"), finance ? approve_finance_confirmed : approve_supervisor_confirmed);
}

static void
on_refuse_accepted_cb (AsRepairStepDialog *dialog,
                       AsToolsPurchases   *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = as_repair_step_dialog_get_text (dialog, "reason");
  gboolean done = as_purchase_store_refuse (self->db, as_repair_step_dialog_get_target (dialog),
                                            reason, &error);

  as_tools_finish_dialog (dialog, done, error);
}

static void
refuse_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsToolsPurchases *self = AS_TOOLS_PURCHASES (widget);
  AsRepairStepDialog *dialog = new_request_dialog (self, _("Refuse Purchase Request"),
                                                   _("Re_fuse"),
                                                   G_CALLBACK (on_refuse_accepted_cb));

  as_repair_step_dialog_add_text_view (dialog, "reason", _("Reason"), NULL);
  as_repair_step_dialog_add_note (dialog, _("A refused request is closed: the department raises "
                                            "a new one if the need remains."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ----------------------------------------------------------------- order */

static void
on_order_accepted_cb (AsRepairStepDialog *dialog,
                      AsToolsPurchases   *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = as_repair_step_dialog_get_text (dialog, "reference");
  const char *quote = as_repair_step_dialog_get_choice (dialog, "quote");
  gboolean done = as_purchase_store_order (self->db, as_repair_step_dialog_get_target (dialog),
                                           quote ? g_ascii_strtoll (quote, NULL, 10) : 0,
                                           reference, &error);

  as_tools_finish_dialog (dialog, done, error);
}

static void
order_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AsToolsPurchases *self = AS_TOOLS_PURCHASES (widget);
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  AsRepairStepDialog *dialog = new_request_dialog (self, _("Order"), _("_Order"),
                                                   G_CALLBACK (on_order_accepted_cb));

  for (guint i = 0; self->quotes != NULL && i < self->quotes->len; i++)
    {
      GHashTable *quote = g_ptr_array_index (self->quotes, i);
      g_autofree char *unit = describe_money (as_tools_lookup_int (quote, "unit_price_cents"));

      g_ptr_array_add (codes, g_strdup (as_gui_lookup (quote, "id")));
      g_ptr_array_add (labels, g_strdup_printf ("%s · %s", as_gui_lookup (quote, "supplier"),
                                                unit));
    }
  g_ptr_array_add (codes, NULL);
  g_ptr_array_add (labels, NULL);
  as_repair_step_dialog_add_choice (dialog, "quote", _("Quote"),
                                    (const char *const *) codes->pdata,
                                    (const char *const *) labels->pdata, NULL);
  as_repair_step_dialog_add_entry (dialog, "reference", _("Order reference"), NULL);
  as_repair_step_dialog_add_note (dialog, _("The cheapest quote comes first."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --------------------------------------------------------------- receipt */

static void
on_receive_accepted_cb (AsRepairStepDialog *dialog,
                        AsToolsPurchases   *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = as_repair_step_dialog_get_text (dialog, "tags");
  g_autofree char *date = as_repair_step_dialog_get_text (dialog, "date");
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean done;

  /* One tag a line; blank lines do not count. */
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (tags, g_strdup (lines[i]));
  g_ptr_array_add (tags, NULL);
  done = as_purchase_store_receive (self->db, as_repair_step_dialog_get_target (dialog),
                                    (const char *const *) tags->pdata, date, &error);
  as_tools_finish_dialog (dialog, done, error);
}

static void
receive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AsToolsPurchases *self = AS_TOOLS_PURCHASES (widget);
  gint64 quantity = as_tools_lookup_int (self->request, "quantity");
  g_auto(GStrv) suggested = as_tool_store_suggest_tags (self->db, (guint) quantity);
  g_autofree char *tags = g_strjoinv ("\n", suggested);
  g_autofree char *today = as_tools_today ();
  g_autofree char *intro = NULL;
  AsRepairStepDialog *dialog = new_request_dialog (self, _("Receive Items"),
                                                   _("_Enter in the Register"),
                                                   G_CALLBACK (on_receive_accepted_cb));

  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The item enters the tools register, in the store, "
                                        "with its fixed-asset tag.",
                                        "The %d items enter the tools register, in the store, "
                                        "each with its fixed-asset tag.", quantity),
                           (int) quantity);
  as_repair_step_dialog_set_intro (dialog, intro);
  as_repair_step_dialog_add_text_view (dialog, "tags", _("Tags, one a line"), tags);
  as_repair_step_dialog_add_date (dialog, "date", _("Received on"), today);
  as_repair_step_dialog_add_note (dialog, _("The tags proposed follow the register's last one; "
                                            "change them to those on the labels."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------- callbacks */

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  AsToolsPurchases *self = user_data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (AsToolsPurchases *self,
                        const char       *table,
                        AsDatabase       *db)
{
  if ((g_str_has_prefix (table, "purchase_") || g_strcmp0 (table, "tools") == 0 ||
       g_strcmp0 (table, "staff") == 0) && self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_refresh_idle_cb, self, NULL);
}

static void
on_actor_changed_cb (AsToolsPurchases *self,
                     AsDatabase       *db)
{
  update_actions (self);
}

static void
on_selection_cb (AsToolsPurchases *self,
                 AsListView       *view)
{
  gint64 id = as_list_view_get_selected_id (view);

  if (id <= 0 || id == self->request_id)
    return;
  self->request_id = id;
  refresh (self);
}

/* ------------------------------------------------------------- overrides */

static void
as_tools_purchases_dispose (GObject *object)
{
  AsToolsPurchases *self = AS_TOOLS_PURCHASES (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_TOOLS_PURCHASES);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_tools_purchases_parent_class)->dispose (object);
}

static void
as_tools_purchases_finalize (GObject *object)
{
  AsToolsPurchases *self = AS_TOOLS_PURCHASES (object);

  g_clear_pointer (&self->request, g_hash_table_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  G_OBJECT_CLASS (as_tools_purchases_parent_class)->finalize (object);
}

static void
as_tools_purchases_class_init (AsToolsPurchasesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_tools_purchases_dispose;
  object_class->finalize = as_tools_purchases_finalize;

  g_type_ensure (AS_TYPE_LIST_VIEW);
  g_type_ensure (AS_TYPE_TOOLS_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-tools-purchases.ui");
  gtk_widget_class_bind_template_child (widget_class, AsToolsPurchases, paned);
  gtk_widget_class_bind_template_child (widget_class, AsToolsPurchases, list_view);
  gtk_widget_class_bind_template_child (widget_class, AsToolsPurchases, detail);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "purchases.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "purchases.approve-finance", NULL,
                                   approve_action);
  gtk_widget_class_install_action (widget_class, "purchases.approve-supervisor", NULL,
                                   approve_action);
  gtk_widget_class_install_action (widget_class, "purchases.refuse", NULL, refuse_action);
  gtk_widget_class_install_action (widget_class, "purchases.order", NULL, order_action);
  gtk_widget_class_install_action (widget_class, "purchases.receive", NULL, receive_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "purchases.new", NULL);
}

static void
add_steps (AsToolsPurchases *self)
{
  as_list_view_add_action (self->list_view,
                           as_gui_create_button (_("_New Request…"), "purchases.new",
                                                 _("Request the purchase of tools or test "
                                                   "equipment, with quotes (Ctrl+N)"), FALSE));
  as_tools_detail_add_step (self->detail, _("Approve for _Finance…"),
                            "purchases.approve-finance");
  as_tools_detail_add_step (self->detail, _("Approve as _Supervisor…"),
                            "purchases.approve-supervisor");
  as_tools_detail_add_step (self->detail, _("Re_fuse…"), "purchases.refuse");
  as_tools_detail_add_step (self->detail, _("_Order…"), "purchases.order");
  as_tools_detail_add_step (self->detail, _("Re_ceive Items…"), "purchases.receive");
}

static void
as_tools_purchases_init (AsToolsPurchases *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_steps (self);
  g_signal_connect_object (self->list_view, "selection-changed", G_CALLBACK (on_selection_cb),
                           self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------- public API */

/**
 * as_tools_purchases_new:
 *
 * Returns: (transfer floating): the purchase requests section for @db
 */
GtkWidget *
as_tools_purchases_new (AsDatabase *db)
{
  AsToolsPurchases *self = g_object_new (AS_TYPE_TOOLS_PURCHASES, NULL);
  g_autoptr(AsRecordList) list = as_record_list_new (db, &as_purchase_requests_list);

  self->db = g_object_ref (db);
  as_list_view_set_list (self->list_view, list);
  as_list_view_set_empty_text (self->list_view, _("No purchase requests"),
                               _("The after-sales department requests tools and test equipment "
                                 "here, with quotes and the figures that justify them "
                                 "(Ctrl+N)."));
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "actor-changed", G_CALLBACK (on_actor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self);
  return GTK_WIDGET (self);
}
