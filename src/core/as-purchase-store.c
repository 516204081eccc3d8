/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Purchase requests for tools and test equipment: quotes and figures from
 * the after-sales department, the two approvals (finance and supervisor,
 * either order, never one's own request), a refusal that ends the request,
 * the order by purchasing and the receipt into the tools register. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-purchase-store.h"
#include "as-tool-sql-private.h"
#include "as-tool-store.h"
#include "as-validate.h"

#define MAX_QUANTITY 500

/* ---------------------------------------------------------------- helpers */

static GHashTable *
load_request (AsDatabase  *db,
              gint64       request_id,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *request = as_database_query_row (db, &local_error,
    "SELECT t.*, rq.name AS requester_name, fi.name AS finance_name,"
    " su.name AS supervisor_name, rf.name AS refused_name, od.name AS ordered_name,"
    " rc.name AS received_name, q.supplier, q.unit_price_cents"
    " FROM purchase_requests t"
    " LEFT JOIN staff rq ON rq.id = t.requested_by"
    " LEFT JOIN staff fi ON fi.id = t.finance_by"
    " LEFT JOIN staff su ON su.id = t.supervisor_by"
    " LEFT JOIN staff rf ON rf.id = t.refused_by"
    " LEFT JOIN staff od ON od.id = t.ordered_by"
    " LEFT JOIN staff rc ON rc.id = t.received_by"
    " LEFT JOIN purchase_quotes q ON q.id = t.quote_id"
    " WHERE t.id = ?1", "i", request_id);

  if (request != NULL)
    return request;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("There is no purchase request number %lld."), (long long) request_id);
  return NULL;
}

static gboolean
is_status (GHashTable *request,
           const char *status)
{
  return g_strcmp0 (as_row_get (request, "status"), status) == 0;
}

/* Why @request cannot take a step that needs @status, or NULL. */
static gboolean
check_status (GHashTable  *request,
              const char  *status,
              GError     **error)
{
  gint64 id = as_row_get_int (request, "id");

  if (is_status (request, status))
    return TRUE;
  if (is_status (request, "refused"))
    return AS_REFUSE (error, _("Purchase request %lld was refused: it is closed."),
                      (long long) id);
  if (is_status (request, "received"))
    return AS_REFUSE (error, _("Purchase request %lld has been received: it is closed."),
                      (long long) id);
  if (g_str_equal (status, "approved") && is_status (request, "pending"))
    return AS_REFUSE (error, _("Purchase request %lld needs the approval of both finance "
                               "and the supervisor before it is ordered."), (long long) id);
  if (g_str_equal (status, "pending"))
    return AS_REFUSE (error, _("Purchase request %lld is no longer waiting for approval."),
                      (long long) id);
  if (g_str_equal (status, "ordered"))
    return AS_REFUSE (error, _("Purchase request %lld has not been ordered yet."),
                      (long long) id);
  return AS_REFUSE (error, _("Purchase request %lld has already been ordered."),
                    (long long) id);
}

static gboolean
check_quotes (const AsPurchaseQuote  *quotes,
              guint                   n_quotes,
              GError                **error)
{
  if (n_quotes == 0)
    return AS_REFUSE (error, _("Add at least one quote: the supplier and its price."));
  for (guint i = 0; i < n_quotes; i++)
    {
      if (as_validate_is_blank (quotes[i].supplier))
        return AS_REFUSE (error, _("Quote %u: name the supplier."), i + 1);
      if (quotes[i].unit_price_cents <= 0)
        return AS_REFUSE (error, _("Quote %u: the price must be more than zero."), i + 1);
    }
  return TRUE;
}

static gboolean
insert_quotes (AsDatabase             *db,
               gint64                  request_id,
               const AsPurchaseQuote  *quotes,
               guint                   n_quotes,
               GError                **error)
{
  for (guint i = 0; i < n_quotes; i++)
    {
      g_autofree char *supplier = as_validate_strip (quotes[i].supplier);
      g_autofree char *note = as_validate_strip (quotes[i].note);

      if (!as_database_run (db, error,
                            "INSERT INTO purchase_quotes (request_id, supplier, unit_price_cents,"
                            " note) VALUES (?1, ?2, ?3, ?4)", "isis",
                            request_id, supplier, quotes[i].unit_price_cents, note))
        return FALSE;
    }
  as_database_notify_changed (db, "purchase_quotes");
  return TRUE;
}

/* ------------------------------------------------------------- reading */

/**
 * as_purchase_store_load:
 *
 * Returns: (transfer full) (nullable): the request, or %NULL with @error set
 */
GHashTable *
as_purchase_store_load (AsDatabase  *db,
                        gint64       request_id,
                        GError     **error)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  return load_request (db, request_id, error);
}

/**
 * as_purchase_store_list_quotes:
 *
 * Returns: (transfer full): the request's quotes, cheapest first
 */
GPtrArray *
as_purchase_store_list_quotes (AsDatabase *db,
                               gint64      request_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  return as_database_query_rows (db, NULL, 0,
                                 "SELECT id, supplier, unit_price_cents, note FROM purchase_quotes"
                                 " WHERE request_id = ?1 ORDER BY unit_price_cents, id",
                                 "i", request_id);
}

/**
 * as_purchase_store_list_tools:
 *
 * Returns: (transfer full): the tools received for the request, by tag
 */
GPtrArray *
as_purchase_store_list_tools (AsDatabase *db,
                              gint64      request_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  return as_database_query_rows (db, NULL, 0,
                                 "SELECT id, tag FROM tools WHERE purchase_request_id = ?1"
                                 " ORDER BY tag",
                                 "i", request_id);
}

/* ---------------------------------------------------------------- writes */

/**
 * as_purchase_store_create:
 * @justification: the figures that justify the purchase (use, repairs
 *   waiting for the tool, costs)
 * @quotes: (array length=n_quotes): one or more suppliers' prices of one item
 *
 * Returns: the new request's id, or 0 with @error set
 */
gint64
as_purchase_store_create (AsDatabase             *db,
                          const char             *description,
                          int                     quantity,
                          const char             *justification,
                          const AsPurchaseQuote  *quotes,
                          guint                   n_quotes,
                          GError                **error)
{
  g_autofree char *what = as_validate_strip (description);
  g_autofree char *why = as_validate_strip (justification);
  g_autofree char *now = as_database_now ();
  g_autofree char *details = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if (!_as_tool_require_actor (db, AS_PURCHASE_REQUESTER_ROLES,
                               _("Purchase requests are raised by the after-sales service "
                                 "department or a service supervisor."), error))
    return 0;
  if (*what == '\0')
    return AS_REFUSE (error, _("Describe the tool or equipment to buy."));
  if (quantity < 1 || quantity > MAX_QUANTITY)
    return AS_REFUSE (error, _("The quantity must be between 1 and %d."), MAX_QUANTITY);
  if (*why == '\0')
    return AS_REFUSE (error, _("Give the figures that justify the purchase."));
  if (!check_quotes (quotes, n_quotes, error) || !as_database_begin (db, error))
    return 0;
  if (!as_database_run (db, error,
                        "INSERT INTO purchase_requests (description, quantity, justification,"
                        " requested_by, requested_at) VALUES (?1, ?2, ?3, ?4, ?5)", "sisis",
                        what, (gint64) quantity, why, as_database_get_actor (db), now))
    return _as_tool_fail (db);
  id = as_database_last_insert_id (db);
  details = g_strdup_printf ("requested %d × %s, %u quotes", quantity, what, n_quotes);
  if (!insert_quotes (db, id, quotes, n_quotes, error) ||
      !_as_tool_finish (db, "purchase_requests", id, "insert", details, error))
    return _as_tool_fail (db);
  return id;
}

/* The acting person may give @approval to @request. */
static gboolean
check_approver (AsDatabase          *db,
                GHashTable          *request,
                AsPurchaseApproval   approval,
                GError             **error)
{
  gint64 actor = as_database_get_actor (db);
  gint64 id = as_row_get_int (request, "id");
  gboolean finance = approval == AS_PURCHASE_APPROVAL_FINANCE;
  const char *given = finance ? "finance_by" : "supervisor_by";
  const char *other = finance ? "supervisor_by" : "finance_by";

  if (!_as_tool_require_actor (db, finance ? AS_ROLE_FINANCE : AS_ROLE_SUPERVISOR,
                               finance ? _("Only finance gives the finance approval.")
                                       : _("Only a service supervisor gives the supervisor's "
                                           "approval."), error) ||
      !check_status (request, "pending", error))
    return FALSE;
  if (as_row_get_int (request, "requested_by") == actor)
    return AS_REFUSE (error, _("You raised purchase request %lld: somebody else must "
                               "approve it."), (long long) id);
  if (as_row_get (request, given) != NULL)
    return AS_REFUSE (error, finance ? _("Finance has already approved purchase request "
                                         "%lld.")
                                     : _("The supervisor has already approved purchase "
                                         "request %lld."), (long long) id);
  if (as_row_get_int (request, other) == actor)
    return AS_REFUSE (error, _("You have already approved purchase request %lld: the "
                               "second approval must come from somebody else."),
                      (long long) id);
  return TRUE;
}

/**
 * as_purchase_store_approve:
 *
 * Records finance's or the supervisor's approval; the second one approves
 * the request.
 */
gboolean
as_purchase_store_approve (AsDatabase          *db,
                           gint64               request_id,
                           AsPurchaseApproval   approval,
                           GError             **error)
{
  g_autoptr(GHashTable) request = NULL;
  g_autofree char *now = as_database_now ();
  gboolean finance = approval == AS_PURCHASE_APPROVAL_FINANCE;
  gboolean both;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((request = load_request (db, request_id, error)) == NULL ||
      !check_approver (db, request, approval, error) || !as_database_begin (db, error))
    return FALSE;
  both = as_row_get (request, finance ? "supervisor_by" : "finance_by") != NULL;
  if (!as_database_run (db, error,
                        finance ? "UPDATE purchase_requests SET finance_by = ?2, finance_at = ?3,"
                                  " status = ?4 WHERE id = ?1"
                                : "UPDATE purchase_requests SET supervisor_by = ?2,"
                                  " supervisor_at = ?3, status = ?4 WHERE id = ?1",
                        "iiss", request_id, as_database_get_actor (db), now,
                        both ? "approved" : "pending"))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "purchase_requests", request_id, "update",
                          finance ? (both ? "finance approval; approved" : "finance approval")
                                  : (both ? "supervisor approval; approved"
                                          : "supervisor approval"), error);
}

gboolean
as_purchase_store_refuse (AsDatabase  *db,
                          gint64       request_id,
                          const char  *reason,
                          GError     **error)
{
  g_autoptr(GHashTable) request = NULL;
  g_autofree char *why = as_validate_strip (reason);
  g_autofree char *now = as_database_now ();
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!_as_tool_require_actor (db, AS_ROLE_FINANCE | AS_ROLE_SUPERVISOR,
                               _("Only finance or a service supervisor refuses a purchase "
                                 "request."), error) ||
      (request = load_request (db, request_id, error)) == NULL ||
      !check_status (request, "pending", error))
    return FALSE;
  if (as_row_get_int (request, "requested_by") == as_database_get_actor (db))
    return AS_REFUSE (error, _("You raised purchase request %lld: somebody else must "
                               "decide on it."), (long long) request_id);
  if (*why == '\0')
    return AS_REFUSE (error, _("Give the reason for the refusal."));
  if (!as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("refused: %s", why);
  if (!as_database_run (db, error,
                        "UPDATE purchase_requests SET status = 'refused', refused_by = ?2,"
                        " refused_at = ?3, refusal_reason = ?4 WHERE id = ?1", "iiss",
                        request_id, as_database_get_actor (db), now, why))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "purchase_requests", request_id, "update", details, error);
}

/* The quote ordered from: @quote_id of this request, or its cheapest. */
static gint64
resolve_quote (AsDatabase  *db,
               gint64       request_id,
               gint64       quote_id,
               GError     **error)
{
  g_autoptr(GHashTable) quote = NULL;

  if (quote_id > 0)
    quote = as_database_query_row (db, error, "SELECT id FROM purchase_quotes WHERE id = ?1"
                                   " AND request_id = ?2", "ii", quote_id, request_id);
  else
    quote = as_database_query_row (db, error, "SELECT id FROM purchase_quotes WHERE request_id = ?1"
                                   " ORDER BY unit_price_cents, id LIMIT 1", "i", request_id);
  if (quote == NULL)
    return error && *error ? 0 : AS_REFUSE (error, _("Choose one of the request's quotes."));
  return as_row_get_int (quote, "id");
}

gboolean
as_purchase_store_order (AsDatabase  *db,
                         gint64       request_id,
                         gint64       quote_id,
                         const char  *order_reference,
                         GError     **error)
{
  g_autoptr(GHashTable) request = NULL;
  g_autofree char *reference = as_validate_strip (order_reference);
  g_autofree char *now = as_database_now ();
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!_as_tool_require_actor (db, AS_ROLE_PURCHASING,
                               _("Only the purchasing department places orders."), error) ||
      (request = load_request (db, request_id, error)) == NULL ||
      !check_status (request, "approved", error) ||
      (quote_id = resolve_quote (db, request_id, quote_id, error)) == 0 ||
      !as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("ordered from quote %" G_GINT64_FORMAT ", reference “%s”",
                             quote_id, reference);
  if (!as_database_run (db, error,
                        "UPDATE purchase_requests SET status = 'ordered', quote_id = ?2,"
                        " order_reference = ?3, ordered_by = ?4, ordered_at = ?5 WHERE id = ?1",
                        "iisis", request_id, quote_id, reference, as_database_get_actor (db),
                        now))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "purchase_requests", request_id, "update", details, error);
}

/* One tag per item, each new in the register and in the list. */
static gboolean
check_tags (AsDatabase         *db,
            GHashTable         *request,
            const char *const  *tags,
            GError            **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 quantity = as_row_get_int (request, "quantity");
  guint n = tags ? g_strv_length ((char **) tags) : 0;

  if (n != quantity)
    return AS_REFUSE (error, _("Enter one fixed-asset tag for each of the %lld items "
                               "received."), (long long) quantity);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *tag = as_validate_strip (tags[i]);
      g_autofree char *key = g_utf8_casefold (tag, -1);
      g_autoptr(GHashTable) other = NULL;

      if (*tag == '\0')
        return AS_REFUSE (error, _("Item %u has no fixed-asset tag."), i + 1);
      if (!g_hash_table_add (seen, g_steal_pointer (&key)))
        return AS_REFUSE (error, _("The tag %s is entered twice."), tag);
      other = as_database_query_row (db, error, "SELECT id FROM tools WHERE tag = ?1", "s", tag);
      if (other != NULL)
        return AS_REFUSE (error, _("Another tool already has the asset tag %s."), tag);
      if (error && *error)
        return FALSE;
    }
  return TRUE;
}

static gboolean
register_items (AsDatabase         *db,
                GHashTable         *request,
                const char *const  *tags,
                const char         *date,
                GError            **error)
{
  g_autofree char *now = as_database_now ();
  gint64 request_id = as_row_get_int (request, "id");

  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *tag = as_validate_strip (tags[i]);

      if (!as_database_run (db, error,
                            "INSERT INTO tools (tag, description, value_cents, purchase_date,"
                            " condition, purchase_request_id) VALUES (?1, ?2, ?3, ?4, 'good', ?5)",
                            "ssisi", tag, as_row_get (request, "description"),
                            as_row_get_int (request, "unit_price_cents"), date, request_id) ||
          !as_database_run (db, error,
                            "INSERT INTO tool_history (tool_id, on_date, kind, recorded_by,"
                            " recorded_at) VALUES (?1, ?2, 'registered', ?3, ?4)", "isrs",
                            as_database_last_insert_id (db), date, as_database_get_actor (db), now))
        return FALSE;
    }
  as_database_notify_changed (db, "tools");
  as_database_notify_changed (db, "tool_history");
  return TRUE;
}

/**
 * as_purchase_store_receive:
 * @tags: (array zero-terminated=1): the fixed-asset tags of the items received
 * @date: (nullable): the day they arrived; %NULL for today
 *
 * Every item enters the tools register, in the store, valued at the price
 * of the quote ordered from; all of them or none.
 */
gboolean
as_purchase_store_receive (AsDatabase         *db,
                           gint64              request_id,
                           const char *const  *tags,
                           const char         *date_text,
                           GError            **error)
{
  g_autoptr(GHashTable) request = NULL;
  g_autofree char *date = NULL;
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!_as_tool_require_actor (db, AS_PURCHASE_RECEIVER_ROLES,
                               _("Purchasing, the service department or a service supervisor "
                                 "receives the items ordered."), error) ||
      (request = load_request (db, request_id, error)) == NULL ||
      !check_status (request, "ordered", error) ||
      !_as_tool_store_check_date (date_text, &date, _("the receipt"), error))
    return FALSE;
  if (strncmp (date, as_row_get (request, "ordered_at"), 10) < 0)
    return AS_REFUSE (error, _("The items cannot arrive before they were ordered."));
  if (!check_tags (db, request, tags, error) || !as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("received %u items on %s", g_strv_length ((char **) tags), date);
  if (!register_items (db, request, tags, date, error) ||
      !as_database_run (db, error,
                        "UPDATE purchase_requests SET status = 'received', received_by = ?2,"
                        " received_at = ?3 WHERE id = ?1", "irs",
                        request_id, as_database_get_actor (db), date))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "purchase_requests", request_id, "update", details, error);
}
