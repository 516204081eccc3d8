/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Purchase requests for tools: raised with quotes and figures by the
 * after-sales department; the two-approval rule (finance and supervisor,
 * either order, never one's own request, never both by one person); a
 * refusal that ends the request; ordering only after both approvals; the
 * receipt that enters every item in the register in one transaction. */

#include <locale.h>

#include "as-purchase-store.h"
#include "test-tool-fixture.h"

static const char *const purchase_tables[] = {
  "purchase_requests", "purchase_quotes", "tools", "tool_history", "audit_log", NULL
};

static gint64
raise_request (Fixture *fixture,
               int      quantity)
{
  g_autoptr(GError) error = NULL;
  AsPurchaseQuote quotes[] = {
    { "Suministros Técnicos SL", 24500, "Entrega en 10 días" },
    { "Electro Norte", 21990, NULL },
  };
  gint64 id = as_purchase_store_create (fixture->db, "Pinza amperimétrica", quantity,
                                        "32 avisos de aire acondicionado el último trimestre; "
                                        "2 pinzas para 9 técnicos", quotes,
                                        G_N_ELEMENTS (quotes), &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static char *
status_of (Fixture *fixture,
           gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT status FROM purchase_requests WHERE id = %"
                                          G_GINT64_FORMAT, id);
  return tool_text (fixture, sql);
}

static void
assert_status (Fixture    *fixture,
               gint64      id,
               const char *expected)
{
  g_autofree char *status = status_of (fixture, id);

  g_assert_cmpstr (status, ==, expected);
}

static void
approve (Fixture            *fixture,
         gint64              id,
         gint64              actor,
         AsPurchaseApproval  approval)
{
  g_autoptr(GError) error = NULL;

  as_database_set_actor (fixture->db, actor);
  g_assert_true (as_purchase_store_approve (fixture->db, id, approval, &error));
  g_assert_no_error (error);
}

/* A step refused with @code leaves every table as it was. */
static void
assert_approval_refused (Fixture            *fixture,
                         gint64              id,
                         gint64              actor,
                         AsPurchaseApproval  approval,
                         int                 code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = tool_snapshot (fixture, purchase_tables);
  g_autofree char *after = NULL;

  as_database_set_actor (fixture->db, actor);
  g_assert_false (as_purchase_store_approve (fixture->db, id, approval, &error));
  g_assert_error (error, AS_DATABASE_ERROR, code);
  after = tool_snapshot (fixture, purchase_tables);
  g_assert_cmpstr (before, ==, after);
}

static void
assert_order_refused (Fixture *fixture,
                      gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = tool_snapshot (fixture, purchase_tables);
  g_autofree char *after = NULL;

  as_database_set_actor (fixture->db, PURCHASING);
  g_assert_false (as_purchase_store_order (fixture->db, id, 0, "PO-1", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  after = tool_snapshot (fixture, purchase_tables);
  g_assert_cmpstr (before, ==, after);
}

/* ------------------------------------------------------------------ tests */

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsPurchaseQuote bad = { "  ", 100, NULL };
  AsPurchaseQuote free_quote = { "Regalos SA", 0, NULL };
  gint64 id = raise_request (fixture, 2);
  g_autoptr(GPtrArray) quotes = as_purchase_store_list_quotes (fixture->db, id);

  assert_status (fixture, id, "pending");
  g_assert_cmpuint (quotes->len, ==, 2);
  /* Cheapest first. */
  g_assert_cmpstr (g_hash_table_lookup (g_ptr_array_index (quotes, 0), "supplier"), ==,
                   "Electro Norte");

  /* At least one quote, each with its supplier and a price; figures required. */
  g_assert_cmpint (as_purchase_store_create (fixture->db, "Osciloscopio", 1, "Figures", NULL, 0,
                                             &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_purchase_store_create (fixture->db, "Osciloscopio", 1, "Figures", &bad, 1,
                                             &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_purchase_store_create (fixture->db, "Osciloscopio", 1, "Figures",
                                             &free_quote, 1, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_purchase_store_create (fixture->db, "Osciloscopio", 1, " ", &bad, 1,
                                             &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* Raised by the after-sales department or a supervisor, not by a technician. */
  as_database_set_actor (fixture->db, TECHNICIAN);
  g_assert_cmpint (as_purchase_store_create (fixture->db, "Osciloscopio", 1, "Figures",
                                             &free_quote, 1, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM purchase_requests"), ==, 1);
}

static void
test_two_approvals_either_order (Fixture       *fixture,
                                 gconstpointer  data)
{
  gint64 first = raise_request (fixture, 1);
  gint64 second = raise_request (fixture, 1);

  /* Finance first, then the supervisor. */
  approve (fixture, first, FINANCE, AS_PURCHASE_APPROVAL_FINANCE);
  assert_status (fixture, first, "pending");
  assert_order_refused (fixture, first);
  approve (fixture, first, SUPERVISOR, AS_PURCHASE_APPROVAL_SUPERVISOR);
  assert_status (fixture, first, "approved");

  /* The supervisor first, then finance. */
  approve (fixture, second, SUPERVISOR, AS_PURCHASE_APPROVAL_SUPERVISOR);
  assert_status (fixture, second, "pending");
  assert_order_refused (fixture, second);
  approve (fixture, second, FINANCE, AS_PURCHASE_APPROVAL_FINANCE);
  assert_status (fixture, second, "approved");

  /* No approval twice. */
  assert_approval_refused (fixture, second, SUPERVISOR_2, AS_PURCHASE_APPROVAL_SUPERVISOR,
                           AS_DATABASE_ERROR_INVALID);
}

static void
test_approval_refusals (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 own, id;

  /* The supervisor who raised a request cannot approve it. */
  as_database_set_actor (fixture->db, SUPERVISOR);
  own = raise_request (fixture, 1);
  assert_approval_refused (fixture, own, SUPERVISOR, AS_PURCHASE_APPROVAL_SUPERVISOR,
                           AS_DATABASE_ERROR_INVALID);
  approve (fixture, own, SUPERVISOR_2, AS_PURCHASE_APPROVAL_SUPERVISOR);

  /* Roles: finance's approval by finance, the supervisor's by a supervisor. */
  as_database_set_actor (fixture->db, SERVICE);
  id = raise_request (fixture, 1);
  assert_approval_refused (fixture, id, SUPERVISOR, AS_PURCHASE_APPROVAL_FINANCE,
                           AS_DATABASE_ERROR_PERMISSION);
  assert_approval_refused (fixture, id, FINANCE, AS_PURCHASE_APPROVAL_SUPERVISOR,
                           AS_DATABASE_ERROR_PERMISSION);
  assert_approval_refused (fixture, id, SERVICE, AS_PURCHASE_APPROVAL_FINANCE,
                           AS_DATABASE_ERROR_PERMISSION);

  /* One person holding both roles gives one of the two approvals, not both. */
  approve (fixture, id, FINANCE_SUPERVISOR, AS_PURCHASE_APPROVAL_FINANCE);
  assert_approval_refused (fixture, id, FINANCE_SUPERVISOR, AS_PURCHASE_APPROVAL_SUPERVISOR,
                           AS_DATABASE_ERROR_INVALID);
  assert_status (fixture, id, "pending");
}

static void
test_refusal_ends_it (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gint64 id = raise_request (fixture, 1);

  approve (fixture, id, FINANCE, AS_PURCHASE_APPROVAL_FINANCE);
  /* A refusal needs its reason, and is not the requester's to give. */
  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_false (as_purchase_store_refuse (fixture->db, id, "  ", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, PURCHASING);
  g_assert_false (as_purchase_store_refuse (fixture->db, id, "No", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  assert_status (fixture, id, "pending");

  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_true (as_purchase_store_refuse (fixture->db, id, "Se reparan las existentes", &error));
  g_assert_no_error (error);
  assert_status (fixture, id, "refused");
  reason = tool_text (fixture, "SELECT refusal_reason FROM purchase_requests");
  g_assert_cmpstr (reason, ==, "Se reparan las existentes");

  /* Nothing moves it any more. */
  assert_approval_refused (fixture, id, SUPERVISOR_2, AS_PURCHASE_APPROVAL_SUPERVISOR,
                           AS_DATABASE_ERROR_INVALID);
  assert_order_refused (fixture, id);
  as_database_set_actor (fixture->db, SUPERVISOR_2);
  g_assert_false (as_purchase_store_refuse (fixture->db, id, "Otra vez", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_order_and_receive (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *const short_tags[] = { "HE-0100", NULL };
  const char *const twice[] = { "HE-0100", "he-0100", NULL };
  const char *const taken[] = { "HE-0100", "HE-0001", NULL };
  const char *const tags[] = { "HE-0100", "HE-0101", NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) received = NULL;
  gint64 id = raise_request (fixture, 2);

  g_assert_true (as_database_exec (fixture->db, "INSERT INTO tools (tag, description)"
                                                " VALUES ('HE-0001', 'Taladro')", NULL));
  approve (fixture, id, SUPERVISOR, AS_PURCHASE_APPROVAL_SUPERVISOR);
  approve (fixture, id, FINANCE, AS_PURCHASE_APPROVAL_FINANCE);

  /* Only purchasing orders; then, by default, from the cheapest quote. */
  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_false (as_purchase_store_order (fixture->db, id, 0, "PO-1", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (fixture->db, PURCHASING);
  g_assert_true (as_purchase_store_order (fixture->db, id, 0, "PO-2026-17", &error));
  g_assert_no_error (error);
  assert_status (fixture, id, "ordered");

  /* One tag per item, each new: otherwise nothing enters the register. */
  before = tool_snapshot (fixture, purchase_tables);
  g_assert_false (as_purchase_store_receive (fixture->db, id, short_tags, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_purchase_store_receive (fixture->db, id, twice, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_purchase_store_receive (fixture->db, id, taken, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  after = tool_snapshot (fixture, purchase_tables);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (as_purchase_store_receive (fixture->db, id, tags, NULL, &error));
  g_assert_no_error (error);
  assert_status (fixture, id, "received");
  received = as_purchase_store_list_tools (fixture->db, id);
  g_assert_cmpuint (received->len, ==, 2);
  /* Valued at the price ordered, in the store, each with its registration. */
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM tools WHERE purchase_request_id = 1"
                                        " AND value_cents = 21990 AND holder_id IS NULL"
                                        " AND description = 'Pinza amperimétrica'"), ==, 2);
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM tool_history h JOIN tools t"
                                        " ON t.id = h.tool_id WHERE t.purchase_request_id = 1"
                                        " AND h.kind = 'registered'"), ==, 2);
  g_assert_false (as_purchase_store_receive (fixture->db, id, tags, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

/* A failure half-way through the receipt leaves nothing behind: the
 * database refuses the second item, after the first was written. */
static void
test_receive_is_atomic (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *const tags[] = { "HE-0200", "HE-0201", NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = raise_request (fixture, 2);

  approve (fixture, id, SUPERVISOR, AS_PURCHASE_APPROVAL_SUPERVISOR);
  approve (fixture, id, FINANCE, AS_PURCHASE_APPROVAL_FINANCE);
  as_database_set_actor (fixture->db, PURCHASING);
  g_assert_true (as_purchase_store_order (fixture->db, id, 0, "PO-3", &error));
  g_assert_true (as_database_exec (fixture->db,
                                   "CREATE TEMP TRIGGER refuse_second BEFORE INSERT ON tools"
                                   " WHEN new.tag = 'HE-0201' BEGIN"
                                   " SELECT RAISE (ABORT, 'disk full'); END;", NULL));
  before = tool_snapshot (fixture, purchase_tables);
  g_assert_false (as_purchase_store_receive (fixture->db, id, tags, NULL, &error));
  g_assert_nonnull (error);
  after = tool_snapshot (fixture, purchase_tables);
  g_assert_cmpstr (before, ==, after);
  assert_status (fixture, id, "ordered");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, tool_fixture_setup, func, as_test_db_teardown)
  ADD ("/purchase-store/create", test_create);
  ADD ("/purchase-store/two-approvals-either-order", test_two_approvals_either_order);
  ADD ("/purchase-store/approval-refusals", test_approval_refusals);
  ADD ("/purchase-store/refusal-ends-it", test_refusal_ends_it);
  ADD ("/purchase-store/order-and-receive", test_order_and_receive);
  ADD ("/purchase-store/receive-is-atomic", test_receive_is_atomic);
#undef ADD

  return g_test_run ();
}
