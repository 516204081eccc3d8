/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The lists of the work areas. Sortable columns name an index that serves
 * their ORDER BY, so that sorting a million rows reads only one page. */

#include <glib/gi18n.h>

#include "as-lists.h"

#define N(array) G_N_ELEMENTS (array)

/* --------------------------------------------------------------- repairs */

static const AsListColumn repair_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 7 },
  { "received", N_("Received"), "t.received_at", "t.received_at", AS_COLUMN_DATE, 15 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 22 },
  { "model", N_("Product model"), "m.code", NULL, AS_COLUMN_TEXT, 9 },
  { "serial", N_("Serial number"), "t.serial", "t.serial", AS_COLUMN_TEXT, 13 },
  { "fault", N_("Fault"), "t.fault", NULL, AS_COLUMN_TEXT, 28 },
  { "category", N_("Service"), "t.category", "t.category, t.received_at", AS_COLUMN_CODE, 12 },
  { "status", N_("Status"), "t.status", "t.status, t.received_at", AS_COLUMN_CODE, 15 },
  { "technician", N_("Technician"), "coalesce(s.name, p.name)", NULL, AS_COLUMN_TEXT, 18 },
};

static const AsListFilter repair_filters[] = {
  { "open", N_("Open"), "t.status NOT IN ('closed', 'cancelled')" },
  { "unassigned", N_("Not dispatched"), "t.status = 'received'" },
  { "workshop", N_("In workshop"), "t.status = 'in_workshop'" },
  { "closed", N_("Closed"), "t.status = 'closed'" },
};

const AsListSpec as_repairs_list = {
  .name = "repairs", .table = "repair_orders",
  .from = "repair_orders t",
  .joins = "LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN product_models m ON m.id = t.model_id"
           " LEFT JOIN staff s ON s.id = t.technician_id"
           " LEFT JOIN providers p ON p.id = t.provider_id",
  .fts_table = "repair_fts",
  /* Late: past the promised date, or not yet arrived after the arrival deadline. */
  .flags_expr = "t.status NOT IN ('closed', 'cancelled') AND"
                " (t.promised_date < date('now', 'localtime')"
                "  OR (t.arrived_at IS NULL AND t.status IN ('received', 'dispatched')"
                "      AND t.arrival_deadline < strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')))",
  .columns = repair_columns, .n_columns = N (repair_columns),
  .filters = repair_filters, .n_filters = N (repair_filters),
  .default_sort = "received", .default_descending = TRUE,
};

/* ------------------------------------------------------------ complaints */

static const AsListColumn complaint_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 6 },
  { "received", N_("Received"), "t.received_at", "t.received_at", AS_COLUMN_DATE, 15 },
  { "kind", N_("Kind"), "t.kind", NULL, AS_COLUMN_CODE, 11 },
  { "channel", N_("Channel"), "t.channel", NULL, AS_COLUMN_CODE, 16 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 20 },
  { "subject", N_("Subject"), "t.subject", NULL, AS_COLUMN_TEXT, 30 },
  { "department", N_("Department"), "d.name", NULL, AS_COLUMN_TEXT, 16 },
  { "status", N_("Status"), "t.status", "t.status, t.received_at", AS_COLUMN_CODE, 10 },
  { "urgent", N_("Urgent"), "t.urgent", NULL, AS_COLUMN_BOOL, 5 },
};

static const AsListFilter complaint_filters[] = {
  { "open", N_("Open"), "t.status NOT IN ('answered')" },
  { "urgent", N_("Urgent"), "t.urgent = 1 AND t.status != 'answered'" },
  { "complaints", N_("Complaints only"), "t.kind = 'complaint'" },
};

const AsListSpec as_complaints_list = {
  .name = "complaints", .table = "complaints",
  .from = "complaints t",
  .joins = "LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN departments d ON d.id = t.department_id",
  .fts_table = "complaint_fts",
  .flags_expr = "t.status != 'answered' AND (t.urgent = 1"
                " OR t.due_at < strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))",
  .columns = complaint_columns, .n_columns = N (complaint_columns),
  .filters = complaint_filters, .n_filters = N (complaint_filters),
  .default_sort = "received", .default_descending = TRUE,
};

/* --------------------------------------------------------------- returns */

static const AsListColumn return_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 6 },
  { "requested", N_("Requested"), "t.requested_at", "t.requested_at", AS_COLUMN_DATE, 15 },
  { "kind", N_("Kind"), "t.kind", NULL, AS_COLUMN_CODE, 9 },
  { "serial", N_("Serial number"), "u.serial", NULL, AS_COLUMN_TEXT, 13 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 20 },
  { "reason", N_("Reason"), "t.reason", NULL, AS_COLUMN_TEXT, 28 },
  { "decision", N_("Decision"), "t.decision", NULL, AS_COLUMN_CODE, 10 },
  { "refund", N_("Refund"), "t.refund_cents", NULL, AS_COLUMN_MONEY, 9 },
};

const AsListSpec as_returns_list = {
  .name = "returns", .table = "returns",
  .from = "returns t",
  .joins = "LEFT JOIN units u ON u.id = t.unit_id"
           " LEFT JOIN customers c ON c.id = t.customer_id",
  .like_expr = "u.serial || ' ' || t.reason || ' ' || coalesce(c.name, '')",
  .columns = return_columns, .n_columns = N (return_columns),
  .default_sort = "requested", .default_descending = TRUE,
};

/* ----------------------------------------------------------------- stock */

static const AsListColumn stock_columns[] = {
  { "part_no", N_("Part number"), "t.part_no", "t.part_no", AS_COLUMN_TEXT, 12 },
  { "name", N_("Name"), "t.name", "t.name", AS_COLUMN_TEXT, 26 },
  { "model", N_("Fits"), "m.code", NULL, AS_COLUMN_TEXT, 9 },
  { "stock", N_("In stock"), "(SELECT coalesce(sum(quantity), 0) FROM stock k WHERE k.part_id = t.id)",
    NULL, AS_COLUMN_NUMBER, 7 },
  { "reorder", N_("Reorder point"), "t.reorder_point", NULL, AS_COLUMN_NUMBER, 7 },
  { "cost", N_("Unit cost"), "t.unit_cost_cents", NULL, AS_COLUMN_MONEY, 9 },
  { "price", N_("List price"), "t.list_price_cents", NULL, AS_COLUMN_MONEY, 9 },
  { "supplier", N_("Supplier"), "t.supplier", NULL, AS_COLUMN_TEXT, 16 },
};

static const AsListFilter stock_filters[] = {
  { "reorder", N_("To reorder"),
    "(SELECT coalesce(sum(quantity), 0) FROM stock k WHERE k.part_id = t.id) <= t.reorder_point" },
};

const AsListSpec as_stock_list = {
  .name = "stock", .table = "spare_parts",
  .from = "spare_parts t",
  .joins = "LEFT JOIN product_models m ON m.id = t.model_id",
  .like_expr = "t.part_no || ' ' || t.name || ' ' || t.supplier",
  .flags_expr = "(SELECT coalesce(sum(quantity), 0) FROM stock k WHERE k.part_id = t.id)"
                " <= t.reorder_point",
  .columns = stock_columns, .n_columns = N (stock_columns),
  .filters = stock_filters, .n_filters = N (stock_filters),
  .default_sort = "part_no",
};

static const AsListColumn movement_columns[] = {
  { "at", N_("Date"), "t.at", "t.at", AS_COLUMN_DATE, 15 },
  { "part", N_("Part"), "p.part_no || ' ' || p.name", NULL, AS_COLUMN_TEXT, 26 },
  { "warehouse", N_("Warehouse"), "w.name", NULL, AS_COLUMN_TEXT, 16 },
  { "kind", N_("Movement"), "t.kind", NULL, AS_COLUMN_CODE, 11 },
  { "quantity", N_("Quantity"), "t.quantity", NULL, AS_COLUMN_NUMBER, 6 },
  { "balance", N_("Balance"), "t.balance", NULL, AS_COLUMN_NUMBER, 6 },
  { "repair", N_("Repair"), "t.repair_id", NULL, AS_COLUMN_NUMBER, 7 },
  { "staff", N_("By"), "s.name", NULL, AS_COLUMN_TEXT, 16 },
};

const AsListSpec as_movements_list = {
  .name = "movements", .table = "stock_movements",
  .from = "stock_movements t",
  .joins = "LEFT JOIN spare_parts p ON p.id = t.part_id"
           " LEFT JOIN warehouses w ON w.id = t.warehouse_id"
           " LEFT JOIN staff s ON s.id = t.staff_id",
  .like_expr = "p.part_no || ' ' || p.name",
  .columns = movement_columns, .n_columns = N (movement_columns),
  .default_sort = "at", .default_descending = TRUE,
};

/* ----------------------------------------------------------------- tools */

static const AsListColumn tool_columns[] = {
  { "tag", N_("Asset tag"), "t.tag", "t.tag", AS_COLUMN_TEXT, 10 },
  { "description", N_("Description"), "t.description", NULL, AS_COLUMN_TEXT, 28 },
  { "value", N_("Value"), "t.value_cents", NULL, AS_COLUMN_MONEY, 9 },
  { "purchased", N_("Purchased"), "t.purchase_date", NULL, AS_COLUMN_DATE, 10 },
  { "condition", N_("Condition"), "t.condition", NULL, AS_COLUMN_CODE, 9 },
  { "holder", N_("Held by"), "s.name", NULL, AS_COLUMN_TEXT, 20 },
};

const AsListSpec as_tools_list = {
  .name = "tools", .table = "tools",
  .from = "tools t",
  .joins = "LEFT JOIN staff s ON s.id = t.holder_id",
  .like_expr = "t.tag || ' ' || t.description || ' ' || coalesce(s.name, '')",
  .columns = tool_columns, .n_columns = N (tool_columns),
  .default_sort = "tag",
};

/* --------------------------------------------------------------- surveys */

static const AsListColumn survey_columns[] = {
  { "at", N_("Surveyed"), "t.surveyed_at", "t.surveyed_at", AS_COLUMN_DATE, 15 },
  { "repair", N_("Repair"), "t.repair_id", NULL, AS_COLUMN_NUMBER, 7 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 20 },
  { "technician", N_("Technician"), "s.name", NULL, AS_COLUMN_TEXT, 18 },
  { "attitude", N_("Attitude"), "t.attitude", NULL, AS_COLUMN_NUMBER, 5 },
  { "skill", N_("Skill"), "t.skill", NULL, AS_COLUMN_NUMBER, 5 },
  { "arrival", N_("Arrival"), "t.arrival", NULL, AS_COLUMN_NUMBER, 5 },
  { "commitment", N_("Commitments"), "t.commitment", NULL, AS_COLUMN_NUMBER, 5 },
  { "comments", N_("Comments"), "t.comments", NULL, AS_COLUMN_TEXT, 24 },
};

const AsListSpec as_surveys_list = {
  .name = "surveys", .table = "surveys",
  .from = "surveys t",
  .joins = "LEFT JOIN repair_orders r ON r.id = t.repair_id"
           " LEFT JOIN customers c ON c.id = r.customer_id"
           " LEFT JOIN staff s ON s.id = r.technician_id",
  .like_expr = "t.comments",
  .columns = survey_columns, .n_columns = N (survey_columns),
  .default_sort = "at", .default_descending = TRUE,
};

/* ------------------------------------------------------------- contracts */

static const AsListColumn contract_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 6 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 22 },
  { "units", N_("Units"), "(SELECT count(*) FROM contract_units u WHERE u.contract_id = t.id)",
    NULL, AS_COLUMN_NUMBER, 5 },
  { "start", N_("Start"), "t.start_date", NULL, AS_COLUMN_DATE, 10 },
  { "end", N_("End"), "t.end_date", "t.end_date", AS_COLUMN_DATE, 10 },
  { "fee", N_("Fee"), "t.fee_cents", NULL, AS_COLUMN_MONEY, 9 },
  { "status", N_("Status"), "t.status", NULL, AS_COLUMN_CODE, 9 },
};

static const AsListFilter contract_filters[] = {
  { "expiring", N_("Expiring within 30 days"),
    "t.status = 'active' AND t.renewal IS NULL AND t.end_date BETWEEN date('now', 'localtime')"
    " AND date('now', 'localtime', '+30 days')" },
};

const AsListSpec as_contracts_list = {
  .name = "contracts", .table = "contracts",
  .from = "contracts t",
  .joins = "LEFT JOIN customers c ON c.id = t.customer_id",
  .like_expr = "c.name",
  .columns = contract_columns, .n_columns = N (contract_columns),
  .filters = contract_filters, .n_filters = N (contract_filters),
  .default_sort = "end",
};

/* ------------------------------------------------------------- audit log */

static const AsListColumn audit_columns[] = {
  { "at", N_("When"), "t.at", "t.at", AS_COLUMN_DATE, 15 },
  { "who", N_("Who"), "s.name", NULL, AS_COLUMN_TEXT, 18 },
  { "table", N_("Record"), "t.table_name", NULL, AS_COLUMN_TEXT, 14 },
  { "row", N_("No."), "t.row_id", NULL, AS_COLUMN_NUMBER, 6 },
  { "action", N_("Change"), "t.action", NULL, AS_COLUMN_TEXT, 8 },
  { "details", N_("Details"), "t.details", NULL, AS_COLUMN_TEXT, 40 },
};

const AsListSpec as_audit_list = {
  .name = "audit", .table = "audit_log",
  .from = "audit_log t",
  .joins = "LEFT JOIN staff s ON s.id = t.actor_id",
  .like_expr = "t.table_name || ' ' || t.details",
  .columns = audit_columns, .n_columns = N (audit_columns),
  .default_sort = "at", .default_descending = TRUE,
};

/* ---------------------------------------------------------- dispatch board */

/* The requests waiting for a technician (status 'received'). Those received
 * before today were not dispatched by the end of their day: they head the
 * list (M10), then the earliest arrival deadline. The base is a subquery on
 * repair_orders alone, which SQLite flattens, so that paging still reads the
 * base table only; "fresh" (received today) keeps the local date out of the
 * sort expression, whose terms are split at commas. */
#define DISPATCH_NOW "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"

static const AsListColumn dispatch_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 7 },
  { "received", N_("Received"), "t.received_at", "t.received_at", AS_COLUMN_DATE, 15 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 22 },
  { "zone", N_("Zone"), "t.zone", NULL, AS_COLUMN_CODE, 9 },
  { "model", N_("Product model"), "m.code", NULL, AS_COLUMN_TEXT, 9 },
  { "fault", N_("Fault"), "t.fault", NULL, AS_COLUMN_TEXT, 28 },
  { "deadline", N_("Arrival deadline"), "t.arrival_deadline",
    "t.fresh, t.arrival_deadline, t.received_at", AS_COLUMN_DATE, 15 },
};

static const AsListFilter dispatch_filters[] = {
  { "late", N_("Late"), "t.arrival_deadline < " DISPATCH_NOW },
  { "carried_over", N_("From earlier days"), "t.fresh = 0" },
};

const AsListSpec as_dispatch_list = {
  .name = "dispatch", .table = "repair_orders",
  .from = "(SELECT *, received_at >= date('now', 'localtime') AS fresh"
          " FROM repair_orders WHERE status = 'received') t",
  .joins = "LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN product_models m ON m.id = t.model_id",
  /* LIKE, not the full-text index: the list counts a search's matches from
   * the index alone, which knows nothing of the status; the requests waiting
   * for dispatch are few. */
  .like_expr = "coalesce(c.name, '') || ' ' || t.serial || ' ' || t.fault",
  .flags_expr = "(t.arrival_deadline < " DISPATCH_NOW ") | ((1 - t.fresh) << 1)",
  .columns = dispatch_columns, .n_columns = N (dispatch_columns),
  .filters = dispatch_filters, .n_filters = N (dispatch_filters),
  .default_sort = "deadline",
};

/* ------------------------------------------------- goods in/out register */

/* The goods taken to the workshop ("Libro de registro de entrada y salida
 * de mercancías del cliente"): one entry per customer goods receipt, whose
 * number is the repair's. As for the dispatch board, the base is a subquery
 * on repair_orders alone that SQLite flattens, so that counting and paging
 * read the partial index repair_orders_goods_in. */
static const AsListColumn goods_columns[] = {
  /* Translators: the number of the customer goods receipt */
  { "id", N_("Receipt No."), "t.id", "t.id", AS_COLUMN_NUMBER, 7 },
  /* Translators: the day the goods came into the workshop */
  { "in", N_("Date in"), "t.goods_in_at", "t.goods_in_at", AS_COLUMN_DATE, 15 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 22 },
  { "model", N_("Product model"), "m.code", NULL, AS_COLUMN_TEXT, 9 },
  { "serial", N_("Serial number"), "t.serial", "t.serial", AS_COLUMN_TEXT, 13 },
  /* Translators: the day the goods went back to the customer */
  { "out", N_("Date out"), "t.goods_out_at", NULL, AS_COLUMN_DATE, 15 },
  { "voided", N_("Receipt voided"), "t.receipt_voided_at IS NOT NULL", NULL, AS_COLUMN_BOOL, 7 },
  { "status", N_("Status"), "t.status", "t.status, t.received_at", AS_COLUMN_CODE, 15 },
};

static const AsListFilter goods_filters[] = {
  { "workshop", N_("In the workshop"), "t.goods_out_at IS NULL" },
  { "returned", N_("Returned"), "t.goods_out_at IS NOT NULL" },
};

const AsListSpec as_goods_register_list = {
  .name = "goods-register", .table = "repair_orders",
  .from = "(SELECT * FROM repair_orders WHERE handling = 'taken_back') t",
  .joins = "LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN product_models m ON m.id = t.model_id",
  /* LIKE, not the full-text index, whose count knows nothing of the handling. */
  .like_expr = "coalesce(c.name, '') || ' ' || t.serial || ' ' || coalesce(m.code, '')",
  /* Still in the workshop past the completion date promised. */
  .flags_expr = "t.goods_out_at IS NULL AND t.status NOT IN ('closed', 'cancelled')"
                " AND t.promised_date < date('now', 'localtime')",
  .columns = goods_columns, .n_columns = N (goods_columns),
  .filters = goods_filters, .n_filters = N (goods_filters),
  .default_sort = "in", .default_descending = TRUE,
};
