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
  { "kind", N_("Kind"), "t.kind", "t.kind, t.received_at", AS_COLUMN_CODE, 10 },
  { "channel", N_("Channel"), "t.channel", NULL, AS_COLUMN_CODE, 9 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 16 },
  { "subject", N_("Subject"), "t.subject", NULL, AS_COLUMN_TEXT, 26 },
  { "department", N_("Department"), "d.name", NULL, AS_COLUMN_TEXT, 14 },
  { "due", N_("Answer due"), "t.due_at", NULL, AS_COLUMN_DATE, 15 },
  { "status", N_("Status"), "t.status", "t.status, t.received_at", AS_COLUMN_CODE, 10 },
  { "level", N_("Oversight"), "t.level", "t.level, t.received_at", AS_COLUMN_CODE, 14 },
  { "urgent", N_("Urgent"), "t.urgent", NULL, AS_COLUMN_BOOL, 5 },
};

/* Waiting: not yet answered (or answered, and reopened as not satisfied). */
#define COMPLAINT_WAITING "t.status IN ('open', 'in_progress')"
#define NOW_TEXT "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"

static const AsListFilter complaint_filters[] = {
  { "open", N_("Waiting for an answer"), COMPLAINT_WAITING },
  { "late", N_("Late answers"), COMPLAINT_WAITING " AND t.due_at < " NOW_TEXT },
  { "urgent", N_("Urgent"), "t.urgent = 1 AND " COMPLAINT_WAITING },
  { "priority", N_("Priority list"), "t.priority IS NOT NULL" },
  { "review", N_("Deputy GM review"),
    "t.level = 'deputy_gm' AND t.reviewed_at IS NULL" },
  { "case", N_("Case management"), "t.level = 'case_management' AND " COMPLAINT_WAITING },
  { "answered", N_("Customer to confirm"), "t.status = 'answered'" },
  { "complaints", N_("Complaints only"), "t.kind = 'complaint'" },
  { "suggestions", N_("Opinions and suggestions"), "t.kind IN ('opinion', 'suggestion')" },
};

const AsListSpec as_complaints_list = {
  .name = "complaints", .table = "complaints",
  .from = "complaints t",
  .joins = "LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN departments d ON d.id = t.department_id",
  .fts_table = "complaint_fts",
  /* Urgent, or late: still waiting past the time it was due. */
  .flags_expr = COMPLAINT_WAITING " AND (t.urgent = 1 OR t.due_at < " NOW_TEXT ")",
  .columns = complaint_columns, .n_columns = N (complaint_columns),
  .filters = complaint_filters, .n_filters = N (complaint_filters),
  .default_sort = "received", .default_descending = TRUE,
};

/* --------------------------------------------------------------- returns */

static const AsListColumn return_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 6 },
  { "requested", N_("Requested"), "t.requested_at", "t.requested_at", AS_COLUMN_DATE, 15 },
  { "kind", N_("Kind"), "t.kind", "t.kind, t.requested_at", AS_COLUMN_CODE, 9 },
  { "serial", N_("Serial number"), "u.serial", NULL, AS_COLUMN_TEXT, 13 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 20 },
  { "reason", N_("Reason"), "t.reason", NULL, AS_COLUMN_TEXT, 26 },
  /* Translators: days from the unit's sale to the request */
  { "days", N_("Days since sale"), "t.days_since_sale", NULL, AS_COLUMN_NUMBER, 6 },
  /* Translators: the request was outside the window and someone overrode it */
  { "override", N_("Override"), "t.override_by IS NOT NULL", NULL, AS_COLUMN_BOOL, 6 },
  { "decision", N_("Decision"), "t.decision", "t.decision, t.requested_at", AS_COLUMN_CODE, 10 },
  { "refund", N_("Refund"), "t.refund_cents", NULL, AS_COLUMN_MONEY, 9 },
};

static const AsListFilter return_filters[] = {
  { "pending", N_("Pending decision"), "t.decision = 'pending'" },
  { "override", N_("Outside the window (override)"), "t.override_by IS NOT NULL" },
  { "returns", N_("Returns only"), "t.kind = 'return'" },
  { "exchanges", N_("Exchanges only"), "t.kind = 'exchange'" },
};

const AsListSpec as_returns_list = {
  .name = "returns", .table = "returns",
  .from = "returns t",
  .joins = "LEFT JOIN units u ON u.id = t.unit_id"
           " LEFT JOIN customers c ON c.id = t.customer_id",
  .like_expr = "u.serial || ' ' || t.reason || ' ' || coalesce(c.name, '')",
  /* Waiting for a decision for more than five days. */
  .flags_expr = "t.decision = 'pending'"
                " AND t.requested_at < datetime('now', 'localtime', '-5 days')",
  .columns = return_columns, .n_columns = N (return_columns),
  .filters = return_filters, .n_filters = N (return_filters),
  .default_sort = "requested", .default_descending = TRUE,
};

/* ------------------------------------------------- customer-care programme */

static const AsListColumn followup_columns[] = {
  /* Translators: the day a follow-up call is due */
  { "due", N_("Due"), "t.due_date", "t.due_date", AS_COLUMN_DATE, 10 },
  { "repair", N_("Repair"), "t.repair_id", "t.repair_id", AS_COLUMN_NUMBER, 7 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 22 },
  { "phone", N_("Phone"), "c.phone", NULL, AS_COLUMN_TEXT, 15 },
  { "closed", N_("Completed"), "r.closed_at", NULL, AS_COLUMN_DATE, 15 },
  { "outcome", N_("Outcome"), "t.outcome", "t.outcome, t.due_date", AS_COLUMN_CODE, 17 },
  { "called", N_("Called"), "t.called_at", NULL, AS_COLUMN_DATE, 15 },
  { "caller", N_("Called by"), "s.name", NULL, AS_COLUMN_TEXT, 16 },
  { "notes", N_("Notes"), "t.notes", NULL, AS_COLUMN_TEXT, 24 },
};

static const AsListFilter followup_filters[] = {
  { "pending", N_("To call"), "t.outcome = 'pending'" },
  { "due", N_("To call, due by today"),
    "t.outcome = 'pending' AND t.due_date <= date('now', 'localtime')" },
  { "unsatisfied", N_("Not satisfied"), "t.outcome = 'unsatisfied'" },
};

const AsListSpec as_followups_list = {
  .name = "followups", .table = "followup_calls",
  .from = "followup_calls t",
  .joins = "LEFT JOIN repair_orders r ON r.id = t.repair_id"
           " LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN staff s ON s.id = t.caller_id",
  .like_expr = "coalesce(c.name, '') || ' ' || t.notes",
  .flags_expr = "t.outcome = 'pending' AND t.due_date < date('now', 'localtime')",
  .columns = followup_columns, .n_columns = N (followup_columns),
  .filters = followup_filters, .n_filters = N (followup_filters),
  .default_sort = "due", .default_descending = TRUE,
};

static const AsListColumn visit_columns[] = {
  { "planned", N_("Planned"), "t.planned_date", "t.planned_date", AS_COLUMN_DATE, 10 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 24 },
  { "staff", N_("Visited by"), "s.name", NULL, AS_COLUMN_TEXT, 18 },
  { "purpose", N_("Purpose"), "t.purpose", NULL, AS_COLUMN_TEXT, 22 },
  { "visited", N_("Visited on"), "t.visited_on", NULL, AS_COLUMN_DATE, 10 },
  { "notes", N_("Notes"), "t.notes", NULL, AS_COLUMN_TEXT, 28 },
};

static const AsListFilter visit_filters[] = {
  { "open", N_("To visit"), "t.visited_on IS NULL" },
  { "done", N_("Visited"), "t.visited_on IS NOT NULL" },
};

const AsListSpec as_visits_list = {
  .name = "customer_visits", .table = "customer_visits",
  .from = "customer_visits t",
  .joins = "LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN staff s ON s.id = t.staff_id",
  .like_expr = "coalesce(c.name, '') || ' ' || t.purpose || ' ' || t.notes",
  .flags_expr = "t.visited_on IS NULL AND t.planned_date < date('now', 'localtime')",
  .columns = visit_columns, .n_columns = N (visit_columns),
  .filters = visit_filters, .n_filters = N (visit_filters),
  .default_sort = "planned", .default_descending = TRUE,
};

static const AsListColumn meeting_columns[] = {
  { "held", N_("Date"), "t.held_on", "t.held_on", AS_COLUMN_DATE, 10 },
  { "kind", N_("Kind"), "t.kind", "t.kind, t.held_on", AS_COLUMN_CODE, 9 },
  { "title", N_("Subject"), "t.title", NULL, AS_COLUMN_TEXT, 28 },
  { "place", N_("Place"), "t.place", NULL, AS_COLUMN_TEXT, 16 },
  { "attendees", N_("Attendees"), "t.attendees", NULL, AS_COLUMN_TEXT, 24 },
  { "minutes", N_("Minutes"), "t.minutes", NULL, AS_COLUMN_TEXT, 28 },
};

static const AsListFilter meeting_filters[] = {
  { "meetings", N_("Meetings"), "t.kind = 'meeting'" },
  { "seminars", N_("Seminars"), "t.kind = 'seminar'" },
};

const AsListSpec as_meetings_list = {
  .name = "committee_meetings", .table = "committee_meetings",
  .from = "committee_meetings t",
  .like_expr = "t.title || ' ' || t.place || ' ' || t.attendees || ' ' || t.minutes",
  .columns = meeting_columns, .n_columns = N (meeting_columns),
  .filters = meeting_filters, .n_filters = N (meeting_filters),
  .default_sort = "held", .default_descending = TRUE,
};

/* Mystery-shopper inspections, in two versions: the one with the inspector's
 * name is only given to the roles allowed to know it (see
 * as_care_store_inspections_list()); the other neither shows nor searches it. */
#define INSPECTION_COLUMNS(inspector_expr, inspector_kind) \
  { "on", N_("Date"), "t.inspected_on", "t.inspected_on", AS_COLUMN_DATE, 10 }, \
  { "branch", N_("Branch"), "b.name", NULL, AS_COLUMN_TEXT, 16 }, \
  { "subject", N_("Service inspected"), "t.subject", NULL, AS_COLUMN_TEXT, 24 }, \
  { "rating", N_("Rating"), "t.rating", "t.rating, t.inspected_on", AS_COLUMN_NUMBER, 5 }, \
  { "findings", N_("Findings"), "t.findings", NULL, AS_COLUMN_TEXT, 34 }, \
  { "inspector", N_("Inspector"), inspector_expr, NULL, inspector_kind, 16 },

static const AsListColumn inspection_columns[] = {
  INSPECTION_COLUMNS ("s.name", AS_COLUMN_TEXT)
};

static const AsListColumn inspection_hidden_columns[] = {
  INSPECTION_COLUMNS ("'hidden'", AS_COLUMN_CODE)
};

static const AsListFilter inspection_filters[] = {
  { "poor", N_("Poor or fair rating"), "t.rating <= 2" },
};

const AsListSpec as_inspections_list = {
  .name = "mystery_inspections", .table = "mystery_inspections",
  .from = "mystery_inspections t",
  .joins = "LEFT JOIN branches b ON b.id = t.branch_id"
           " LEFT JOIN staff s ON s.id = t.inspector_id",
  .like_expr = "t.subject || ' ' || t.findings || ' ' || coalesce(b.name, '')"
               " || ' ' || coalesce(s.name, '')",
  .flags_expr = "t.rating <= 1",
  .columns = inspection_columns, .n_columns = N (inspection_columns),
  .filters = inspection_filters, .n_filters = N (inspection_filters),
  .default_sort = "on", .default_descending = TRUE,
};

const AsListSpec as_inspections_hidden_list = {
  .name = "mystery_inspections", .table = "mystery_inspections",
  .from = "mystery_inspections t",
  .joins = "LEFT JOIN branches b ON b.id = t.branch_id",
  .like_expr = "t.subject || ' ' || t.findings || ' ' || coalesce(b.name, '')",
  .flags_expr = "t.rating <= 1",
  .columns = inspection_hidden_columns, .n_columns = N (inspection_hidden_columns),
  .filters = inspection_filters, .n_filters = N (inspection_filters),
  .default_sort = "on", .default_descending = TRUE,
};

static const AsListColumn point_columns[] = {
  { "place", N_("Place"), "t.place", "t.place", AS_COLUMN_TEXT, 32 },
  { "address", N_("Address"), "t.address", NULL, AS_COLUMN_TEXT, 24 },
  { "branch", N_("Branch"), "b.name", NULL, AS_COLUMN_TEXT, 14 },
  { "active", N_("Active"), "t.active", NULL, AS_COLUMN_BOOL, 5 },
  { "last", N_("Last collected"),
    "(SELECT max(k.collected_on) FROM suggestion_collections k WHERE k.point_id = t.id)",
    NULL, AS_COLUMN_DATE, 10 },
  { "forms", N_("Forms collected"),
    "(SELECT coalesce(sum(k.forms), 0) FROM suggestion_collections k WHERE k.point_id = t.id)",
    NULL, AS_COLUMN_NUMBER, 7 },
};

static const AsListFilter point_filters[] = {
  { "active", N_("Active"), "t.active = 1" },
};

const AsListSpec as_suggestion_points_list = {
  .name = "suggestion_points", .table = "suggestion_points",
  .from = "suggestion_points t",
  /* The empty join makes a new collection reload the list (its totals). */
  .joins = "LEFT JOIN branches b ON b.id = t.branch_id"
           " LEFT JOIN suggestion_collections k0 ON 0",
  .like_expr = "t.place || ' ' || t.address",
  .columns = point_columns, .n_columns = N (point_columns),
  .filters = point_filters, .n_filters = N (point_filters),
  .default_sort = "place",
};

static const AsListColumn collection_columns[] = {
  /* Translators: the day suggestion forms were collected */
  { "on", N_("Collected on"), "t.collected_on", "t.collected_on", AS_COLUMN_DATE, 10 },
  { "place", N_("Place"), "p.place", NULL, AS_COLUMN_TEXT, 32 },
  { "forms", N_("Forms"), "t.forms", NULL, AS_COLUMN_NUMBER, 6 },
  { "staff", N_("Collected by"), "s.name", NULL, AS_COLUMN_TEXT, 18 },
};

const AsListSpec as_suggestion_collections_list = {
  .name = "suggestion_collections", .table = "suggestion_collections",
  .from = "suggestion_collections t",
  .joins = "LEFT JOIN suggestion_points p ON p.id = t.point_id"
           " LEFT JOIN staff s ON s.id = t.collected_by",
  .like_expr = "coalesce(p.place, '')",
  .columns = collection_columns, .n_columns = N (collection_columns),
  .default_sort = "on", .default_descending = TRUE,
};

/* ----------------------------------------------------------------- stock */

#define PART_IN_STOCK "(SELECT coalesce(sum(quantity), 0) FROM stock k WHERE k.part_id = t.id)"

static const AsListColumn stock_columns[] = {
  { "part_no", N_("Part number"), "t.part_no", "t.part_no", AS_COLUMN_TEXT, 12 },
  { "name", N_("Name"), "t.name", "t.name", AS_COLUMN_TEXT, 26 },
  { "model", N_("Fits"),
    "(SELECT group_concat(code, ', ') FROM (SELECT m.code FROM spare_part_models pm"
    " JOIN product_models m ON m.id = pm.model_id WHERE pm.part_id = t.id ORDER BY m.code))",
    NULL, AS_COLUMN_TEXT, 12 },
  { "stock", N_("In stock"), PART_IN_STOCK, NULL, AS_COLUMN_NUMBER, 7 },
  /* Translators: the ABC class column of the spare parts */
  { "abc", N_("ABC"), "t.abc_class", "t.consumption_cents", AS_COLUMN_TEXT, 4 },
  { "reorder", N_("Reorder point"), "t.reorder_point", NULL, AS_COLUMN_NUMBER, 7 },
  { "reorder_qty", N_("Reorder quantity"), "t.reorder_qty", NULL, AS_COLUMN_NUMBER, 7 },
  /* Translators: consumption value of the last 12 months */
  { "consumption", N_("Used (12 months)"), "t.consumption_cents", "t.consumption_cents",
    AS_COLUMN_MONEY, 10 },
  { "cost", N_("Unit cost"), "t.unit_cost_cents", NULL, AS_COLUMN_MONEY, 9 },
  { "price", N_("List price"), "t.list_price_cents", NULL, AS_COLUMN_MONEY, 9 },
  { "supplier", N_("Supplier"), "t.supplier", NULL, AS_COLUMN_TEXT, 16 },
};

/* "To reorder" is the Dashboard's AS_FIGURE_PARTS_TO_REORDER: the stock of
 * every warehouse at or below the part's reorder point. */
static const AsListFilter stock_filters[] = {
  { "reorder", N_("To reorder"), PART_IN_STOCK " <= t.reorder_point" },
  { "class_a", N_("Class A"), "t.abc_class = 'A'" },
  { "class_b", N_("Class B"), "t.abc_class = 'B'" },
  { "class_c", N_("Class C"), "t.abc_class = 'C'" },
};

const AsListSpec as_stock_list = {
  .name = "stock", .table = "spare_parts",
  .from = "spare_parts t",
  .like_expr = "t.part_no || ' ' || t.name || ' ' || t.supplier",
  .flags_expr = PART_IN_STOCK " <= t.reorder_point",
  .columns = stock_columns, .n_columns = N (stock_columns),
  .filters = stock_filters, .n_filters = N (stock_filters),
  .default_sort = "part_no",
};

static const AsListColumn movement_columns[] = {
  { "at", N_("Date"), "t.at", "t.at", AS_COLUMN_DATE, 15 },
  { "part", N_("Part"), "p.part_no || ' ' || p.name", NULL, AS_COLUMN_TEXT, 26 },
  { "warehouse", N_("Warehouse"), "w.name", NULL, AS_COLUMN_TEXT, 16 },
  { "kind", N_("Movement"), "t.kind", "t.kind, t.at", AS_COLUMN_CODE, 11 },
  { "quantity", N_("Quantity"), "t.quantity", NULL, AS_COLUMN_NUMBER, 6 },
  { "balance", N_("Balance"), "t.balance", NULL, AS_COLUMN_NUMBER, 6 },
  { "repair", N_("Repair"), "t.repair_id", NULL, AS_COLUMN_NUMBER, 7 },
  { "reason", N_("Reason"), "t.reason", NULL, AS_COLUMN_TEXT, 20 },
  { "staff", N_("By"), "s.name", NULL, AS_COLUMN_TEXT, 16 },
};

static const AsListFilter movement_filters[] = {
  { "receipts", N_("Receipts"), "t.kind = 'receipt'" },
  { "issues", N_("Issues and returns"), "t.kind IN ('issue', 'return')" },
  { "adjustments", N_("Adjustments"), "t.kind = 'adjustment'" },
  { "transfers", N_("Transfers"), "t.kind IN ('transfer-in', 'transfer-out')" },
};

const AsListSpec as_movements_list = {
  .name = "movements", .table = "stock_movements",
  .from = "stock_movements t",
  .joins = "LEFT JOIN spare_parts p ON p.id = t.part_id"
           " LEFT JOIN warehouses w ON w.id = t.warehouse_id"
           " LEFT JOIN staff s ON s.id = t.staff_id",
  /* A part number or name (a part's own movements, in its detail pane, are
   * searched by their reason). The parts that match are found once in the
   * small catalogue, an uncorrelated IN rather than a lookup per movement,
   * and the count reads the (part_id, at) index alone: a movement of one of
   * them yields the pattern itself, which LIKE matches for any text without
   * % _ or \. */
  .like_expr = "CASE WHEN t.part_id IN (SELECT sp.id FROM spare_parts sp"
               " WHERE sp.part_no || ' ' || sp.name LIKE ?3 ESCAPE '\\') THEN ?3"
               " ELSE '' END",
  .columns = movement_columns, .n_columns = N (movement_columns),
  .filters = movement_filters, .n_filters = N (movement_filters),
  .default_sort = "at", .default_descending = TRUE,
};

/* The movement filters for one part: "+" keeps SQLite on the part's own
 * (part_id, at) index rather than walking every part's movements of a kind. */
static const AsListFilter part_movement_filters[] = {
  { "receipts", N_("Receipts"), "+t.kind = 'receipt'" },
  { "issues", N_("Issues and returns"), "+t.kind IN ('issue', 'return')" },
  { "adjustments", N_("Adjustments"), "+t.kind = 'adjustment'" },
  { "transfers", N_("Transfers"), "+t.kind IN ('transfer-in', 'transfer-out')" },
};

/* The movements of one part, for its detail pane: as_stock_store_new_part_movements()
 * copies this spec with the base narrowed to that part (bound to ?4). */
static const AsListColumn part_movement_columns[] = {
  { "at", N_("Date"), "t.at", "t.at", AS_COLUMN_DATE, 15 },
  { "warehouse", N_("Warehouse"), "w.name", NULL, AS_COLUMN_TEXT, 14 },
  { "kind", N_("Movement"), "t.kind", NULL, AS_COLUMN_CODE, 10 },
  { "quantity", N_("Quantity"), "t.quantity", NULL, AS_COLUMN_NUMBER, 6 },
  { "balance", N_("Balance"), "t.balance", NULL, AS_COLUMN_NUMBER, 6 },
  { "repair", N_("Repair"), "t.repair_id", NULL, AS_COLUMN_NUMBER, 7 },
  { "reason", N_("Reason"), "t.reason", NULL, AS_COLUMN_TEXT, 16 },
  { "staff", N_("By"), "s.name", NULL, AS_COLUMN_TEXT, 14 },
};

const AsListSpec as_part_movements_list = {
  .name = "part-movements", .table = "stock_movements",
  .from = "stock_movements t",
  .joins = "LEFT JOIN warehouses w ON w.id = t.warehouse_id"
           " LEFT JOIN staff s ON s.id = t.staff_id",
  .like_expr = "t.reason",
  .columns = part_movement_columns, .n_columns = N (part_movement_columns),
  .filters = part_movement_filters, .n_filters = N (part_movement_filters),
  .default_sort = "at", .default_descending = TRUE,
};

/* Open repairs, to issue parts or lend a loaner to. */
static const AsListColumn warehouse_repair_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 7 },
  { "summary", N_("Repair"),
    "coalesce(c.name, '') || ' · ' || coalesce(m.code, '') || ' ' || t.serial", NULL,
    AS_COLUMN_TEXT, 30 },
  { "status", N_("Status"), "t.status", NULL, AS_COLUMN_CODE, 12 },
};

const AsListSpec as_warehouse_repairs_list = {
  .name = "warehouse-repairs", .table = "repair_orders",
  .from = "(SELECT * FROM repair_orders WHERE status IN"
          " ('received', 'dispatched', 'in_workshop', 'ready')) t",
  .joins = "LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN product_models m ON m.id = t.model_id",
  .like_expr = "t.id || ' ' || coalesce(c.name, '') || ' ' || t.serial",
  .columns = warehouse_repair_columns, .n_columns = N (warehouse_repair_columns),
  .default_sort = "id", .default_descending = TRUE,
};

/* ---------------------------------------------------------- loaner units */

#define LOANER_OUT "(SELECT l.id FROM loaner_loans l WHERE l.loaner_id = t.id AND l.returned_at IS NULL)"
#define LOANER_OVERDUE \
  "EXISTS (SELECT 1 FROM loaner_loans l WHERE l.loaner_id = t.id AND l.returned_at IS NULL" \
  " AND l.due_date < date('now', 'localtime'))"

static const AsListColumn loaner_columns[] = {
  /* Translators: a loaner unit's inventory number */
  { "tag", N_("Loaner No."), "t.tag", "t.tag", AS_COLUMN_TEXT, 9 },
  { "description", N_("Description"), "t.description", NULL, AS_COLUMN_TEXT, 24 },
  { "model", N_("Product model"), "m.code", NULL, AS_COLUMN_TEXT, 9 },
  { "serial", N_("Serial number"), "t.serial", NULL, AS_COLUMN_TEXT, 12 },
  { "warehouse", N_("Warehouse"), "w.name", NULL, AS_COLUMN_TEXT, 16 },
  { "condition", N_("Condition"), "t.condition", NULL, AS_COLUMN_CODE, 9 },
  { "status", N_("Availability"), "CASE WHEN l.id IS NOT NULL THEN 'lent' WHEN t.condition = 'retired'"
    " THEN 'retired' ELSE 'available' END", NULL, AS_COLUMN_CODE, 10 },
  { "customer", N_("Lent to"), "c.name", NULL, AS_COLUMN_TEXT, 20 },
  { "repair", N_("Repair"), "l.repair_id", NULL, AS_COLUMN_NUMBER, 7 },
  { "due", N_("Due back"), "l.due_date", NULL, AS_COLUMN_DATE, 10 },
};

static const AsListFilter loaner_filters[] = {
  { "available", N_("Available"), LOANER_OUT " IS NULL AND t.condition != 'retired'" },
  { "out", N_("Lent out"), LOANER_OUT " IS NOT NULL" },
  { "overdue", N_("Overdue"), LOANER_OVERDUE },
};

const AsListSpec as_loaners_list = {
  .name = "loaners", .table = "loaner_units",
  .from = "loaner_units t",
  .joins = "LEFT JOIN product_models m ON m.id = t.model_id"
           " LEFT JOIN warehouses w ON w.id = t.warehouse_id"
           " LEFT JOIN loaner_loans l ON l.loaner_id = t.id AND l.returned_at IS NULL"
           " LEFT JOIN customers c ON c.id = l.customer_id",
  .like_expr = "t.tag || ' ' || t.description || ' ' || t.serial || ' ' || coalesce(c.name, '')",
  .flags_expr = LOANER_OVERDUE,
  .columns = loaner_columns, .n_columns = N (loaner_columns),
  .filters = loaner_filters, .n_filters = N (loaner_filters),
  .default_sort = "tag",
};

#define LOANER_LOAN_OVERDUE "t.returned_at IS NULL AND t.due_date < date('now', 'localtime')"

static const AsListColumn loaner_loan_columns[] = {
  { "lent", N_("Lent on"), "t.lent_at", "t.lent_at", AS_COLUMN_DATE, 15 },
  { "tag", N_("Loaner No."), "u.tag", NULL, AS_COLUMN_TEXT, 9 },
  { "description", N_("Description"), "u.description", NULL, AS_COLUMN_TEXT, 20 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 20 },
  { "repair", N_("Repair"), "t.repair_id", "t.repair_id", AS_COLUMN_NUMBER, 7 },
  { "due", N_("Due back"), "t.due_date", NULL, AS_COLUMN_DATE, 10 },
  { "returned", N_("Returned on"), "t.returned_at", NULL, AS_COLUMN_DATE, 15 },
  { "condition", N_("Condition on return"), "t.return_condition", NULL, AS_COLUMN_CODE, 9 },
  { "staff", N_("By"), "s.name", NULL, AS_COLUMN_TEXT, 16 },
};

static const AsListFilter loaner_loan_filters[] = {
  { "out", N_("Not returned"), "t.returned_at IS NULL" },
  { "overdue", N_("Overdue"), LOANER_LOAN_OVERDUE },
};

const AsListSpec as_loans_list = {
  .name = "loans", .table = "loaner_loans",
  .from = "loaner_loans t",
  .joins = "LEFT JOIN loaner_units u ON u.id = t.loaner_id"
           " LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN staff s ON s.id = t.lent_by",
  .like_expr = "u.tag || ' ' || u.description || ' ' || coalesce(c.name, '')",
  .flags_expr = LOANER_LOAN_OVERDUE,
  .columns = loaner_loan_columns, .n_columns = N (loaner_loan_columns),
  .filters = loaner_loan_filters, .n_filters = N (loaner_loan_filters),
  .default_sort = "lent", .default_descending = TRUE,
};

/* ----------------------------------------------------------------- tools */

#define TODAY_SQL "date('now', 'localtime')"

static const AsListColumn tool_columns[] = {
  { "tag", N_("Asset tag"), "t.tag", "t.tag", AS_COLUMN_TEXT, 10 },
  { "description", N_("Description"), "t.description", "t.description", AS_COLUMN_TEXT, 28 },
  { "value", N_("Value"), "t.value_cents", NULL, AS_COLUMN_MONEY, 9 },
  { "purchased", N_("Purchased"), "t.purchase_date", "t.purchase_date", AS_COLUMN_DATE, 10 },
  { "condition", N_("Condition"), "t.condition", "t.condition, t.tag", AS_COLUMN_CODE, 9 },
  { "holder", N_("Held by"), "s.name", NULL, AS_COLUMN_TEXT, 20 },
  /* Translators: the day the present holder received the tool */
  { "since", N_("Held since"), "t.held_since", NULL, AS_COLUMN_DATE, 10 },
};

static const AsListFilter tool_filters[] = {
  { "store", N_("In the store"), "t.holder_id IS NULL AND t.condition <> 'lost'" },
  { "out", N_("Checked out"), "t.holder_id IS NOT NULL" },
  { "attention", N_("Lost or damaged"), "t.condition IN ('lost', 'damaged')" },
};

const AsListSpec as_tools_list = {
  .name = "tools", .table = "tools",
  .from = "tools t",
  .joins = "LEFT JOIN staff s ON s.id = t.holder_id",
  .like_expr = "t.tag || ' ' || t.description || ' ' || coalesce(s.name, '')",
  .flags_expr = "t.condition IN ('lost', 'damaged')",
  .columns = tool_columns, .n_columns = N (tool_columns),
  .filters = tool_filters, .n_filters = N (tool_filters),
  .default_sort = "tag",
};

static const AsListColumn tool_incident_columns[] = {
  { "date", N_("Date"), "t.on_date", "t.on_date", AS_COLUMN_DATE, 10 },
  { "tag", N_("Asset tag"), "o.tag", NULL, AS_COLUMN_TEXT, 10 },
  { "description", N_("Description"), "o.description", NULL, AS_COLUMN_TEXT, 22 },
  { "kind", N_("Incident"), "t.kind", "t.kind, t.on_date", AS_COLUMN_CODE, 12 },
  /* Translators: the staff member who held the tool and answers for it */
  { "person", N_("Person"), "s.name", NULL, AS_COLUMN_TEXT, 18 },
  /* Translators: the amount the person owes for a lost or damaged tool */
  { "compensation", N_("Compensation"), "t.compensation_cents", NULL, AS_COLUMN_MONEY, 10 },
  { "report", N_("Report"), "t.report", NULL, AS_COLUMN_TEXT, 30 },
};

static const AsListFilter tool_incident_filters[] = {
  { "owed", N_("Compensation due"), "t.compensation_cents > 0" },
  { "loss", N_("Losses"), "t.kind = 'loss'" },
  { "damage", N_("Damage"), "t.kind = 'damage'" },
  { "wear", N_("Normal wear"), "t.kind = 'wear'" },
};

const AsListSpec as_tool_incidents_list = {
  .name = "tool-incidents", .table = "tool_incidents",
  .from = "tool_incidents t",
  .joins = "LEFT JOIN tools o ON o.id = t.tool_id"
           " LEFT JOIN staff s ON s.id = t.staff_id",
  .like_expr = "coalesce(o.tag, '') || ' ' || coalesce(o.description, '') || ' '"
               " || coalesce(s.name, '') || ' ' || t.report",
  .flags_expr = "t.compensation_cents > 0",
  .columns = tool_incident_columns, .n_columns = N (tool_incident_columns),
  .filters = tool_incident_filters, .n_filters = N (tool_incident_filters),
  .default_sort = "date", .default_descending = TRUE,
};

static const AsListColumn purchase_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 6 },
  { "requested", N_("Requested"), "t.requested_at", "t.requested_at", AS_COLUMN_DATE, 15 },
  { "description", N_("Description"), "t.description", "t.description", AS_COLUMN_TEXT, 22 },
  /* Translators: a quantity, short column title */
  { "quantity", N_("Qty"), "t.quantity", NULL, AS_COLUMN_NUMBER, 4 },
  /* Translators: the lowest of the suppliers' prices of one item */
  { "best", N_("Best price"),
    "(SELECT min(unit_price_cents) FROM purchase_quotes q WHERE q.request_id = t.id)",
    NULL, AS_COLUMN_MONEY, 9 },
  /* Translators: who raised the purchase request */
  { "requester", N_("Requested by"), "r.name", NULL, AS_COLUMN_TEXT, 14 },
  /* Translators: short column title: finance has approved the request */
  { "finance", N_("Finance"), "t.finance_by IS NOT NULL", NULL, AS_COLUMN_BOOL, 6 },
  /* Translators: short column title: the supervisor has approved the request */
  { "supervisor", N_("Supervisor"), "t.supervisor_by IS NOT NULL", NULL, AS_COLUMN_BOOL, 6 },
  { "status", N_("Status"), "t.status", "t.status, t.requested_at", AS_COLUMN_CODE, 10 },
};

static const AsListFilter purchase_filters[] = {
  { "pending", N_("Waiting for approval"), "t.status = 'pending'" },
  { "approved", N_("To order"), "t.status = 'approved'" },
  { "ordered", N_("Ordered, not received"), "t.status = 'ordered'" },
  { "closed", N_("Received or refused"), "t.status IN ('received', 'refused')" },
};

const AsListSpec as_purchase_requests_list = {
  .name = "purchase-requests", .table = "purchase_requests",
  .from = "purchase_requests t",
  .joins = "LEFT JOIN staff r ON r.id = t.requested_by",
  .like_expr = "t.description || ' ' || coalesce(r.name, '') || ' ' || t.order_reference",
  /* Approved and waiting for purchasing to order. */
  .flags_expr = "t.status = 'approved'",
  .columns = purchase_columns, .n_columns = N (purchase_columns),
  .filters = purchase_filters, .n_filters = N (purchase_filters),
  .default_sort = "requested", .default_descending = TRUE,
};

/* -------------------------------------------------- documentation library */

/* A maintenance manual whose current version has not reached every branch (D3). */
#define DOCUMENT_NOT_EVERYWHERE \
  "(t.kind = 'maintenance_manual' AND (SELECT count(*) FROM branches) >" \
  " (SELECT count(*) FROM document_distribution d JOIN document_versions v" \
  "  ON v.id = d.version_id WHERE v.document_id = t.id AND v.is_current = 1))"

static const AsListColumn document_columns[] = {
  { "title", N_("Title"), "t.title", "as_fold (t.title)", AS_COLUMN_TEXT, 30 },
  { "kind", N_("Kind"), "t.kind", "t.kind, as_fold (t.title)", AS_COLUMN_CODE, 14 },
  /* Translators: the current version or edition of a document */
  { "version", N_("Version"), "v.version", NULL, AS_COLUMN_TEXT, 7 },
  { "released", N_("Released"), "v.released_on", NULL, AS_COLUMN_DATE, 10 },
  { "model", N_("Product model"), "m.code", NULL, AS_COLUMN_TEXT, 9 },
  { "custodian", N_("Custodian"), "s.name", NULL, AS_COLUMN_TEXT, 18 },
  /* Confidential ones first; the list appends the direction to each term,
   * so the order is set by the sign rather than by a DESC of its own. */
  { "confidential", N_("Confidential"), "t.confidential", "-t.confidential, as_fold (t.title)",
    AS_COLUMN_BOOL, 6 },
  /* Translators: short column title: the document is lent out now */
  { "out", N_("On loan"), "EXISTS (SELECT 1 FROM document_loans l WHERE l.document_id = t.id"
                          " AND l.returned_on IS NULL)", NULL, AS_COLUMN_BOOL, 6 },
};

static const AsListFilter document_filters[] = {
  { "confidential", N_("Confidential"), "t.confidential = 1" },
  { "maintenance", N_("Maintenance manuals"), "t.kind = 'maintenance_manual'" },
  { "undistributed", N_("Not yet at every branch"), DOCUMENT_NOT_EVERYWHERE },
};

const AsListSpec as_documents_list = {
  .name = "documents", .table = "documents",
  .from = "documents t",
  .joins = "LEFT JOIN staff s ON s.id = t.custodian_id"
           " LEFT JOIN product_models m ON m.id = t.model_id"
           " LEFT JOIN document_versions v ON v.document_id = t.id AND v.is_current = 1",
  .like_expr = "t.title || ' ' || coalesce(m.code, '') || ' ' || coalesce(s.name, '')"
               " || ' ' || t.shelf",
  .flags_expr = DOCUMENT_NOT_EVERYWHERE,
  .columns = document_columns, .n_columns = N (document_columns),
  .filters = document_filters, .n_filters = N (document_filters),
  .default_sort = "title",
};

#define DOCUMENT_LOAN_OVERDUE "(t.returned_on IS NULL AND t.due_on < " TODAY_SQL ")"

static const AsListColumn document_loan_columns[] = {
  /* Translators: the day a document was lent */
  { "lent", N_("Date lent"), "t.lent_on", "t.lent_on", AS_COLUMN_DATE, 11 },
  { "document", N_("Document"), "d.title", NULL, AS_COLUMN_TEXT, 30 },
  { "borrower", N_("Borrower"), "s.name", NULL, AS_COLUMN_TEXT, 18 },
  /* Translators: the day a lent document is due back */
  { "due", N_("Due on"), "t.due_on", "t.due_on", AS_COLUMN_DATE, 11 },
  { "returned", N_("Date returned"), "t.returned_on", NULL, AS_COLUMN_DATE, 11 },
};

static const AsListFilter document_loan_filters[] = {
  { "out", N_("Still out"), "t.returned_on IS NULL" },
  { "overdue", N_("Past the due date"), DOCUMENT_LOAN_OVERDUE },
};

const AsListSpec as_document_loans_list = {
  .name = "document-loans", .table = "document_loans",
  .from = "document_loans t",
  .joins = "LEFT JOIN documents d ON d.id = t.document_id"
           " LEFT JOIN staff s ON s.id = t.borrower_id",
  .like_expr = "coalesce(d.title, '') || ' ' || coalesce(s.name, '')",
  .flags_expr = DOCUMENT_LOAN_OVERDUE,
  .columns = document_loan_columns, .n_columns = N (document_loan_columns),
  .filters = document_loan_filters, .n_filters = N (document_loan_filters),
  .default_sort = "lent", .default_descending = TRUE,
};

static const AsListColumn access_columns[] = {
  { "at", N_("When"), "t.at", "t.at", AS_COLUMN_DATE, 15 },
  { "who", N_("Who"), "s.name", NULL, AS_COLUMN_TEXT, 18 },
  { "action", N_("Access"), "t.action", NULL, AS_COLUMN_CODE, 14 },
  /* Translators: what a person who was denied access tried to do */
  { "attempt", N_("Attempted"), "t.attempt", NULL, AS_COLUMN_CODE, 10 },
  { "borrower", N_("Borrower"), "b.name", NULL, AS_COLUMN_TEXT, 18 },
  { "document", N_("Document"), "d.title", NULL, AS_COLUMN_TEXT, 30 },
};

static const AsListFilter access_filters[] = {
  { "denied", N_("Access denied"), "t.action = 'denied'" },
};

const AsListSpec as_document_access_list = {
  .name = "document-access", .table = "document_access_log",
  .from = "document_access_log t",
  .joins = "LEFT JOIN documents d ON d.id = t.document_id"
           " LEFT JOIN staff s ON s.id = t.staff_id"
           " LEFT JOIN staff b ON b.id = t.borrower_id",
  .like_expr = "coalesce(d.title, '') || ' ' || coalesce(s.name, '') || ' '"
               " || coalesce(b.name, '')",
  .flags_expr = "t.action = 'denied'",
  .columns = access_columns, .n_columns = N (access_columns),
  .filters = access_filters, .n_filters = N (access_filters),
  .default_sort = "at", .default_descending = TRUE,
};

/* --------------------------------------------------------------- surveys */

/* Any criterion rated below "satisfied"; the partial index surveys_low
 * (as-schema-surveys.c) has the same condition, so that the filter reads it. */
#define SURVEY_IS_LOW "(t.attitude <= 2 OR t.skill <= 2 OR t.arrival <= 2 OR t.commitment <= 2)"

static const AsListColumn survey_columns[] = {
  { "at", N_("Surveyed"), "t.surveyed_at", "t.surveyed_at", AS_COLUMN_DATE, 15 },
  { "repair", N_("Repair"), "t.repair_id", NULL, AS_COLUMN_NUMBER, 7 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 20 },
  { "technician", N_("Technician"), "coalesce(s.name, p.name)", NULL, AS_COLUMN_TEXT, 18 },
  /* Translators: survey ratings, 1 (very dissatisfied) to 4 (very satisfied) */
  { "attitude", N_("Attitude"), "t.attitude", NULL, AS_COLUMN_NUMBER, 5 },
  { "skill", N_("Skill"), "t.skill", NULL, AS_COLUMN_NUMBER, 5 },
  { "arrival", N_("Arrival"), "t.arrival", NULL, AS_COLUMN_NUMBER, 5 },
  { "commitment", N_("Commitments"), "t.commitment", NULL, AS_COLUMN_NUMBER, 5 },
  /* Translators: the Complaints record a survey raised, by number */
  { "complaint", N_("Complaint No."),
    "(SELECT group_concat(x.id, ', ') FROM complaints x WHERE x.survey_id = t.id"
    " AND x.kind = 'complaint')", NULL, AS_COLUMN_TEXT, 8 },
  { "comments", N_("Comments"), "t.comments", NULL, AS_COLUMN_TEXT, 22 },
  { "suggestion", N_("Suggestions"), "t.suggestion", NULL, AS_COLUMN_TEXT, 18 },
  { "recorded_by", N_("Recorded by"), "b.name", NULL, AS_COLUMN_TEXT, 14 },
};

static const AsListFilter survey_filters[] = {
  { "low", N_("Rated below satisfied"), SURVEY_IS_LOW },
  { "complaint", N_("With a complaint"),
    "t.id IN (SELECT x.survey_id FROM complaints x WHERE x.survey_id IS NOT NULL"
    " AND x.kind = 'complaint')" },
};

const AsListSpec as_surveys_list = {
  .name = "surveys", .table = "surveys",
  .from = "surveys t",
  .joins = "LEFT JOIN repair_orders r ON r.id = t.repair_id"
           " LEFT JOIN customers c ON c.id = r.customer_id"
           " LEFT JOIN staff s ON s.id = r.technician_id"
           " LEFT JOIN providers p ON p.id = r.provider_id"
           " LEFT JOIN staff b ON b.id = t.recorded_by",
  /* The base table only: joining a million surveys for a search costs seconds. */
  .like_expr = "t.repair_id || ' ' || t.comments || ' ' || t.suggestion",
  .flags_expr = SURVEY_IS_LOW,
  .columns = survey_columns, .n_columns = N (survey_columns),
  .filters = survey_filters, .n_filters = N (survey_filters),
  .default_sort = "at", .default_descending = TRUE,
};

/* The completed repairs still without their survey (SPEC S1), oldest first:
 * the base is the partial index repair_orders_survey_due, kept by triggers,
 * so that counting and paging never read the other million repairs. */
#define SURVEY_DUE_TODAY "date('now', 'localtime')"

static const AsListColumn survey_due_columns[] = {
  /* Translators: when the repair was completed (closed) */
  { "closed", N_("Completed"), "t.closed_at", "t.closed_at", AS_COLUMN_DATE, 16 },
  { "id", N_("Repair"), "t.id", NULL, AS_COLUMN_NUMBER, 7 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 18 },
  { "phone", N_("Phone"), "t.phone", NULL, AS_COLUMN_TEXT, 11 },
  { "model", N_("Product model"), "m.code", NULL, AS_COLUMN_TEXT, 8 },
  { "technician", N_("Technician"), "coalesce(s.name, p.name)", NULL, AS_COLUMN_TEXT, 16 },
  { "category", N_("Service"), "t.category", NULL, AS_COLUMN_CODE, 10 },
  { "branch", N_("Branch"), "b.name", NULL, AS_COLUMN_TEXT, 10 },
  /* Translators: whole days since the repair was completed */
  { "waiting", N_("Days waiting"),
    "CAST(julianday(" SURVEY_DUE_TODAY ") - julianday(date(t.closed_at)) AS INTEGER)", NULL,
    AS_COLUMN_NUMBER, 5 },
};

static const AsListFilter survey_due_filters[] = {
  { "today", N_("Completed today"), "t.closed_at >= " SURVEY_DUE_TODAY },
  { "yesterday", N_("Completed yesterday"),
    "t.closed_at >= date('now', 'localtime', '-1 day') AND t.closed_at < " SURVEY_DUE_TODAY },
  { "late", N_("Waiting more than two days"),
    "t.closed_at < date('now', 'localtime', '-2 days')" },
};

const AsListSpec as_survey_due_list = {
  .name = "survey-due", .table = "repair_orders",
  .from = "(SELECT * FROM repair_orders WHERE survey_due = 1) t",
  .joins = "LEFT JOIN customers c ON c.id = t.customer_id"
           " LEFT JOIN product_models m ON m.id = t.model_id"
           " LEFT JOIN staff s ON s.id = t.technician_id"
           " LEFT JOIN providers p ON p.id = t.provider_id"
           " LEFT JOIN branches b ON b.id = t.branch_id",
  .like_expr = "t.id || ' ' || coalesce(c.name, '') || ' ' || t.phone || ' ' || t.serial"
               " || ' ' || coalesce(s.name, p.name, '')",
  /* Seed (24): the day's repairs are surveyed the next day; later is late. */
  .flags_expr = "t.closed_at < date('now', 'localtime', '-2 days')",
  .columns = survey_due_columns, .n_columns = N (survey_due_columns),
  .filters = survey_due_filters, .n_filters = N (survey_due_filters),
  .default_sort = "closed",
};

/* The days with completed repairs still to survey, and how many each; the
 * id is the day as a number, 20261127. */
static const AsListColumn survey_due_day_columns[] = {
  { "day", N_("Completed on"), "t.day", "t.id", AS_COLUMN_DATE, 10 },
  { "count", N_("To survey"), "t.n", NULL, AS_COLUMN_NUMBER, 5 },
};

const AsListSpec as_survey_due_days_list = {
  .name = "survey-due-days", .table = "repair_orders",
  .from = "(SELECT CAST(strftime('%Y%m%d', closed_at) AS INTEGER) AS id,"
          " date(closed_at) AS day, count(*) AS n"
          " FROM repair_orders WHERE survey_due = 1 GROUP BY 1) t",
  /* One day's row from its own range of repair_orders_survey_due: through
   * from, every row shown would group every repair waiting for its survey. */
  .row_from = "(SELECT ?1 AS id, d.day, count(*) AS n"
              " FROM (SELECT printf ('%04d-%02d-%02d', ?1 / 10000, ?1 / 100 % 100, ?1 % 100)"
              "  AS day) d"
              " JOIN repair_orders r ON r.survey_due = 1 AND r.closed_at >= d.day"
              "  AND r.closed_at < date (d.day, '+1 day')"
              " GROUP BY d.day) t",
  .like_expr = "t.day",
  .flags_expr = "t.day < date('now', 'localtime', '-2 days')",
  .columns = survey_due_day_columns, .n_columns = N (survey_due_day_columns),
  .default_sort = "day",
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
