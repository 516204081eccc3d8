/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which steps of the Repairs tab apply to the repair shown and to the person
 * using the program: a step that does not apply to the repair's status is
 * hidden; one that applies but cannot be taken yet (a role, a fee not yet
 * accepted) is shown insensitive, its tooltip saying why. */

#include <glib/gi18n.h>

#include "as-directory.h"
#include "as-repairs-page-private.h"

static AsDatabase *
get_db (AsRepairsPage *self)
{
  return as_page_get_database (AS_PAGE (self));
}

typedef struct
{
  AsRepairsPage *self;
  gboolean       supervisor;
  const char    *fee_refusal;    /* why work cannot start on a paid repair, or NULL */
} Context;

/* Enables @action when it applies and nothing blocks it; its button says
 * what it does, or why it cannot be used. */
static void
set_step (AsRepairsPage *self,
          const char    *action,
          gboolean       applies,
          const char    *blocked,
          const char    *hint)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, applies && blocked == NULL);
  as_repair_detail_set_step (self->detail, action, applies, blocked ? blocked : hint);
}

static const char *
fee_refusal (GHashTable *repair)
{
  if (!_as_is (repair, "category", "paid") || _as_get (repair, "fee_accepted_at") != NULL)
    return NULL;
  if (_as_get (repair, "fee_quoted_cents") == NULL)
    return _("A paid service: quote the fee and record the customer's acceptance first.");
  return _("A paid service: the customer has not accepted the quoted fee yet.");
}

static void
update_early_steps (Context    *context,
                    GHashTable *r)
{
  AsRepairsPage *self = context->self;
  gboolean received = _as_is (r, "status", "received");
  gboolean dispatched = _as_is (r, "status", "dispatched");
  gboolean workshop = _as_is (r, "status", "in_workshop");
  gboolean paid_open = _as_is (r, "category", "paid") && (received || dispatched || workshop);
  gboolean accepted = _as_get (r, "fee_accepted_at") != NULL;

  set_step (self, "repairs.dispatch", received,
            context->supervisor ? NULL : _("Only a service supervisor dispatches repairs."),
            _("Assess the request and send a technician or a service provider (Ctrl+D)"));
  set_step (self, "repairs.record-arrival", dispatched && _as_get (r, "arrived_at") == NULL, NULL,
            _("Record that the technician arrived at the customer's, now"));
  set_step (self, "repairs.quote-fee", paid_open && !accepted, NULL,
            _("Quote the fee of this paid service to the customer"));
  set_step (self, "repairs.accept-fee", paid_open && !accepted,
            _as_get (r, "fee_quoted_cents") ? NULL : _("Quote the fee first."),
            _("Record that the customer accepted the quoted fee"));
  set_step (self, "repairs.charge-fees", received || dispatched || workshop, NULL,
            _("Add labour, call-out and transport lines priced from the fee schedule"));
  set_step (self, "repairs.add-part", received || dispatched || workshop, NULL,
            _("Add a spare part used, charged with the service of its own warranty"));
  set_step (self, "repairs.issue-parts", received || dispatched || workshop, NULL,
            _("Issue spare parts from the warehouse's stock to this repair, with their charge line"));
}

static void
update_late_steps (Context    *context,
                   GHashTable *r)
{
  AsRepairsPage *self = context->self;
  gboolean received = _as_is (r, "status", "received");
  gboolean dispatched = _as_is (r, "status", "dispatched");
  gboolean workshop = _as_is (r, "status", "in_workshop");
  gboolean ready = _as_is (r, "status", "ready");
  gboolean open = received || dispatched || workshop || ready;

  set_step (self, "repairs.record-work", dispatched || workshop, context->fee_refusal,
            _("Record the work done and the time it took"));
  set_step (self, "repairs.close-on-site", dispatched, context->fee_refusal,
            _("The customer signs the service certificate on site; the entry is closed"));
  set_step (self, "repairs.take-back", dispatched, context->fee_refusal,
            _("Take the goods to the workshop: goods receipt, goods in/out register, repair card"));
  set_step (self, "repairs.inspect", workshop,
            context->supervisor ? NULL
                                : _("Only a service supervisor (the director) inspects repairs."),
            _("The director inspects the repair before the goods are returned"));
  set_step (self, "repairs.return-goods", ready, NULL,
            _("Return the goods: the customer signs the certificate, the receipt is voided"));
  set_step (self, "repairs.escalate", open && _as_get (r, "escalated_at") == NULL, NULL,
            _("Report to the service director that the repair cannot be done on schedule"));
  set_step (self, "repairs.cancel", received || dispatched, NULL,
            _("Cancel the request; the entry stays in the register"));
}

static void
update_print (AsRepairsPage *self,
              GHashTable    *r)
{
  gboolean printable = r != NULL && !_as_is (r, "status", "cancelled");
  gboolean open = printable && !_as_is (r, "status", "closed");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.print-card", printable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.print-certificate", printable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.print-receipt",
                                 printable && _as_is (r, "handling", "taken_back"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.remove-charge", open);
  as_repair_detail_set_print_visible (self->detail, printable);
}

static void
update_contract_actions (AsRepairsPage *self)
{
  GHashTable *c = self->contract_values;
  gboolean pending = c != NULL && _as_is (c, "status", "active") && _as_get (c, "renewal") == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.contract-notice", pending);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.contract-renew", pending);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.contract-refuse", pending);
}

/* ----------------------------------------------------------- private API */

/**
 * _as_repairs_page_get_current:
 * @id: (out): the repair's id
 *
 * Returns: (transfer none) (nullable): the repair the steps apply to: the
 *   one on the dispatch board when it is shown, else the detail pane's
 */
GHashTable *
_as_repairs_page_get_current (AsRepairsPage *self,
                              gint64        *id)
{
  const char *tab = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (tab, "dispatch") == 0)
    {
      *id = self->board_values ? self->board_id : 0;
      return self->board_values;
    }
  if (g_strcmp0 (tab, "register") == 0)
    {
      *id = self->detail_values ? self->detail_id : 0;
      return self->detail_values;
    }
  *id = 0;
  return NULL;
}

void
_as_repairs_page_update_actions (AsRepairsPage *self)
{
  gint64 id;
  GHashTable *repair = _as_repairs_page_get_current (self, &id);
  Context context = { self, _as_repairs_page_is_supervisor (self), fee_refusal (repair) };
  gboolean ready = get_db (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.new", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.print-daily", ready);
  update_early_steps (&context, repair);
  update_late_steps (&context, repair);
  update_print (self, repair);
  update_contract_actions (self);
  _as_repairs_page_update_document_actions (self);
}

