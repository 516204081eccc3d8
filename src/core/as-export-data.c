/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the monthly workbook reads: one table per area and the figures of its
 * summary, as SQL over one month. Every month condition names a column with
 * an index, so that a month of a million-repair database reads only its own
 * rows. The performance reviews come from as-review.c; the workbook itself
 * is written by src/export/. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-export-data.h"

#define N(array) G_N_ELEMENTS (array)

/* Whether a value is known: NULL when the repair has no deadline or no arrival yet. */
#define DEADLINE_KEPT "CASE WHEN t.arrived_at IS NULL OR t.arrival_deadline IS NULL THEN NULL" \
                      " ELSE t.arrived_at <= t.arrival_deadline END"
#define IN_MONTH(column) column " >= ?1 AND " column " < ?2"

/* --------------------------------------------------------------- repairs */

static const AsExportColumn repair_columns[] = {
  { N_("No."), "t.id", AS_EXPORT_NUMBER },
  { N_("Received"), "t.received_at", AS_EXPORT_DATE },
  { N_("Branch"), "b.name", AS_EXPORT_TEXT },
  { N_("Customer"), "c.name", AS_EXPORT_TEXT },
  { N_("Phone"), "t.phone", AS_EXPORT_TEXT },
  { N_("Zone"), "t.zone", AS_EXPORT_CODE },
  { N_("Product model"), "m.code", AS_EXPORT_TEXT },
  { N_("Serial number"), "t.serial", AS_EXPORT_TEXT },
  { N_("Fault"), "t.fault", AS_EXPORT_TEXT },
  { N_("Channel"), "t.channel", AS_EXPORT_CODE },
  { N_("Service"), "t.category", AS_EXPORT_CODE },
  { N_("Status"), "t.status", AS_EXPORT_CODE },
  { N_("Technician"), "coalesce(s.name, p.name)", AS_EXPORT_TEXT },
  { N_("Arrival deadline"), "t.arrival_deadline", AS_EXPORT_DATE },
  { N_("Arrived"), "t.arrived_at", AS_EXPORT_DATE },
  { N_("Deadline kept"), DEADLINE_KEPT, AS_EXPORT_BOOL },
  { N_("Handling"), "t.handling", AS_EXPORT_CODE },
  /* Translators: the date the repair was promised for */
  { N_("Promised"), "t.promised_date", AS_EXPORT_DATE },
  { N_("Closed"), "t.closed_at", AS_EXPORT_DATE },
  { N_("Labour hours"), "t.labour_minutes / 60.0", AS_EXPORT_DECIMAL },
  { N_("Amount invoiced"), "i.total_cents", AS_EXPORT_MONEY },
};

static const AsExportTable repairs_sheet = {
  .name = N_("Repairs"),
  .columns = repair_columns, .n_columns = N (repair_columns),
  .from = "repair_orders t"
          " LEFT JOIN branches b ON b.id = t.branch_id"
          " LEFT JOIN customers c ON c.id = t.customer_id"
          " LEFT JOIN product_models m ON m.id = t.model_id"
          " LEFT JOIN staff s ON s.id = t.technician_id"
          " LEFT JOIN providers p ON p.id = t.provider_id"
          " LEFT JOIN invoice_requests i ON i.repair_id = t.id",
  .where = IN_MONTH ("t.received_at"),
  .order_by = "t.received_at, t.id",
};

/* ------------------------------------------------------------ complaints */

static const AsExportColumn complaint_columns[] = {
  { N_("No."), "t.id", AS_EXPORT_NUMBER },
  { N_("Received"), "t.received_at", AS_EXPORT_DATE },
  { N_("Kind"), "t.kind", AS_EXPORT_CODE },
  { N_("Channel"), "t.channel", AS_EXPORT_CODE },
  { N_("Customer"), "c.name", AS_EXPORT_TEXT },
  { N_("Subject"), "t.subject", AS_EXPORT_TEXT },
  { N_("Urgent"), "t.urgent", AS_EXPORT_BOOL },
  { N_("Priority"), "t.priority", AS_EXPORT_CODE, "complaints.priority" },
  { N_("Department"), "d.name", AS_EXPORT_TEXT },
  { N_("Handled by"), "h.name", AS_EXPORT_TEXT },
  { N_("Level"), "t.level", AS_EXPORT_CODE, "complaints.level" },
  { N_("Status"), "t.status", AS_EXPORT_CODE },
  /* Translators: the date by which an answer is due */
  { N_("Answer due"), "t.due_at", AS_EXPORT_DATE },
  { N_("Answered"), "t.answered_at", AS_EXPORT_DATE },
  { N_("Customer satisfied"), "t.satisfied", AS_EXPORT_BOOL, "complaints.satisfied" },
  { N_("Responsible department"),
    "(SELECT name FROM departments WHERE id = t.responsible_department_id)", AS_EXPORT_TEXT,
    "complaints.responsible_department_id" },
  { N_("Responsible person"),
    "(SELECT name FROM staff WHERE id = t.responsible_staff_id)", AS_EXPORT_TEXT,
    "complaints.responsible_staff_id" },
};

static const AsExportTable complaints_sheet = {
  .name = N_("Complaints"),
  .columns = complaint_columns, .n_columns = N (complaint_columns),
  .from = "complaints t"
          " LEFT JOIN customers c ON c.id = t.customer_id"
          " LEFT JOIN departments d ON d.id = t.department_id"
          " LEFT JOIN staff h ON h.id = t.handler_id",
  .where = IN_MONTH ("t.received_at"),
  .order_by = "t.received_at, t.id",
};

/* --------------------------------------------------------------- returns */

static const AsExportColumn return_columns[] = {
  { N_("No."), "t.id", AS_EXPORT_NUMBER },
  { N_("Requested"), "t.requested_at", AS_EXPORT_DATE },
  { N_("Kind"), "t.kind", AS_EXPORT_CODE },
  { N_("Serial number"), "u.serial", AS_EXPORT_TEXT },
  { N_("Product model"), "m.code", AS_EXPORT_TEXT },
  { N_("Customer"), "c.name", AS_EXPORT_TEXT },
  { N_("Reason"), "t.reason", AS_EXPORT_TEXT },
  { N_("Department"), "d.name", AS_EXPORT_TEXT },
  { N_("Responsible person"), "(SELECT name FROM staff WHERE id = t.responsible_id)",
    AS_EXPORT_TEXT, "returns.responsible_id" },
  { N_("Decision"), "t.decision", AS_EXPORT_CODE },
  /* Translators: the date of the decision on a return */
  { N_("Decided"), "t.decided_at", AS_EXPORT_DATE, "returns.decided_at" },
  { N_("Refund"), "t.refund_cents", AS_EXPORT_MONEY },
};

static const AsExportTable returns_sheet = {
  .name = N_("Returns and exchanges"),
  .columns = return_columns, .n_columns = N (return_columns),
  .from = "returns t"
          " LEFT JOIN units u ON u.id = t.unit_id"
          " LEFT JOIN product_models m ON m.id = u.model_id"
          " LEFT JOIN customers c ON c.id = t.customer_id"
          " LEFT JOIN departments d ON d.id = t.department_id",
  .where = IN_MONTH ("t.requested_at"),
  .order_by = "t.requested_at, t.id",
};

/* ------------------------------------------------------- stock movements */

static const AsExportColumn movement_columns[] = {
  { N_("Date"), "t.at", AS_EXPORT_DATE },
  { N_("Part number"), "p.part_no", AS_EXPORT_TEXT },
  { N_("Part"), "p.name", AS_EXPORT_TEXT },
  { N_("ABC class"), "p.abc_class", AS_EXPORT_TEXT, "spare_parts.abc_class" },
  { N_("Warehouse"), "w.name", AS_EXPORT_TEXT },
  { N_("Movement"), "t.kind", AS_EXPORT_CODE },
  { N_("Quantity"), "t.quantity", AS_EXPORT_NUMBER },
  { N_("Balance"), "t.balance", AS_EXPORT_NUMBER },
  { N_("Unit cost"), "p.unit_cost_cents", AS_EXPORT_MONEY },
  { N_("Value"), "t.quantity * p.unit_cost_cents", AS_EXPORT_MONEY },
  { N_("Repair"), "t.repair_id", AS_EXPORT_NUMBER },
  { N_("Reason"), "t.reason", AS_EXPORT_TEXT },
  { N_("By"), "s.name", AS_EXPORT_TEXT },
};

static const AsExportTable movements_sheet = {
  .name = N_("Stock movements"),
  .columns = movement_columns, .n_columns = N (movement_columns),
  .from = "stock_movements t"
          " LEFT JOIN spare_parts p ON p.id = t.part_id"
          " LEFT JOIN warehouses w ON w.id = t.warehouse_id"
          " LEFT JOIN staff s ON s.id = t.staff_id",
  .where = IN_MONTH ("t.at"),
  .order_by = "t.at, t.id",
};

/* ----------------------------------------------------------------- tools */

/* The register as it stands on the day of the export. */
static const AsExportColumn tool_columns[] = {
  { N_("Asset tag"), "t.tag", AS_EXPORT_TEXT },
  { N_("Description"), "t.description", AS_EXPORT_TEXT },
  { N_("Value"), "t.value_cents", AS_EXPORT_MONEY },
  { N_("Purchased"), "t.purchase_date", AS_EXPORT_DATE },
  { N_("Condition"), "t.condition", AS_EXPORT_CODE },
  { N_("Held by"), "s.name", AS_EXPORT_TEXT },
  /* Translators: the day the holder received the tool */
  { N_("Held since"), "t.held_since", AS_EXPORT_DATE, "tools.held_since" },
};

static const AsExportTable tools_sheet = {
  .name = N_("Tools"),
  .columns = tool_columns, .n_columns = N (tool_columns),
  .from = "tools t LEFT JOIN staff s ON s.id = t.holder_id",
  .order_by = "t.tag",
};

/* Losses, damage and wear reported in the month, with the compensation due. */
static const AsExportColumn tool_incident_columns[] = {
  { N_("Date"), "t.on_date", AS_EXPORT_DATE },
  { N_("Asset tag"), "o.tag", AS_EXPORT_TEXT },
  { N_("Description"), "o.description", AS_EXPORT_TEXT },
  { N_("Kind"), "t.kind", AS_EXPORT_CODE },
  { N_("Held by"), "s.name", AS_EXPORT_TEXT },
  { N_("Report"), "t.report", AS_EXPORT_TEXT },
  { N_("Compensation"), "t.compensation_cents", AS_EXPORT_MONEY },
};

static const AsExportTable tool_incidents_sheet = {
  .name = N_("Tool incidents"),
  .columns = tool_incident_columns, .n_columns = N (tool_incident_columns),
  .from = "tool_incidents t"
          " LEFT JOIN tools o ON o.id = t.tool_id"
          " LEFT JOIN staff s ON s.id = t.staff_id",
  .where = IN_MONTH ("t.on_date"),
  .order_by = "t.on_date, t.id",
  .needs = "tool_incidents",
};

/* --------------------------------------------------------------- surveys */

static const AsExportColumn survey_columns[] = {
  { N_("Surveyed"), "t.surveyed_at", AS_EXPORT_DATE },
  { N_("Repair"), "t.repair_id", AS_EXPORT_NUMBER },
  { N_("Customer"), "c.name", AS_EXPORT_TEXT },
  { N_("Technician"), "s.name", AS_EXPORT_TEXT },
  { N_("Attitude"), "t.attitude", AS_EXPORT_NUMBER },
  { N_("Skill"), "t.skill", AS_EXPORT_NUMBER },
  { N_("Arrival"), "t.arrival", AS_EXPORT_NUMBER },
  { N_("Commitments"), "t.commitment", AS_EXPORT_NUMBER },
  { N_("Average"), "(t.attitude + t.skill + t.arrival + t.commitment) / 4.0", AS_EXPORT_DECIMAL },
  { N_("Comments"), "t.comments", AS_EXPORT_TEXT },
  { N_("Suggestion"), "t.suggestion", AS_EXPORT_TEXT, "surveys.suggestion" },
};

static const AsExportTable surveys_sheet = {
  .name = N_("Surveys"),
  .columns = survey_columns, .n_columns = N (survey_columns),
  .from = "surveys t"
          " LEFT JOIN repair_orders r ON r.id = t.repair_id"
          " LEFT JOIN customers c ON c.id = r.customer_id"
          " LEFT JOIN staff s ON s.id = r.technician_id",
  .where = IN_MONTH ("t.surveyed_at"),
  .order_by = "t.surveyed_at, t.id",
};

const AsExportTable *const as_export_month_sheets[] = {
  &repairs_sheet,
  &complaints_sheet,
  &returns_sheet,
  &movements_sheet,
  &tools_sheet,
  &tool_incidents_sheet,
  &surveys_sheet,
  NULL
};

/* ---------------------------------------------------------------- summary */

#define COUNT_IN_MONTH(table, column, extra) \
  "(SELECT count(*) FROM " table " WHERE " IN_MONTH (column) extra ")"

static const AsExportColumn key_figure_columns[] = {
  { N_("Repairs received"), COUNT_IN_MONTH ("repair_orders", "received_at", ""), AS_EXPORT_NUMBER },
  { N_("Repairs closed"), COUNT_IN_MONTH ("repair_orders", "closed_at", " AND status = 'closed'"),
    AS_EXPORT_NUMBER },
  { N_("Arrival deadlines kept"),
    "(SELECT avg(" DEADLINE_KEPT ") FROM repair_orders t WHERE " IN_MONTH ("t.received_at") ")",
    AS_EXPORT_PERCENT },
  { N_("Labour hours"),
    "(SELECT sum(labour_minutes) / 60.0 FROM repair_orders WHERE " IN_MONTH ("closed_at")
    " AND status = 'closed')", AS_EXPORT_DECIMAL },
  { N_("Amount invoiced"),
    "(SELECT sum(i.total_cents) FROM repair_orders r JOIN invoice_requests i ON i.repair_id = r.id"
    " WHERE " IN_MONTH ("r.received_at") ")", AS_EXPORT_MONEY },
  { N_("Complaints received"), COUNT_IN_MONTH ("complaints", "received_at", ""), AS_EXPORT_NUMBER },
  { N_("Urgent complaints"), COUNT_IN_MONTH ("complaints", "received_at", " AND urgent = 1"),
    AS_EXPORT_NUMBER },
  { N_("Complaints answered"),
    COUNT_IN_MONTH ("complaints", "received_at", " AND answered_at IS NOT NULL"), AS_EXPORT_NUMBER },
  { N_("Returns and exchanges"), COUNT_IN_MONTH ("returns", "requested_at", ""), AS_EXPORT_NUMBER },
  { N_("Refunds"),
    "(SELECT sum(refund_cents) FROM returns WHERE " IN_MONTH ("requested_at") ")", AS_EXPORT_MONEY },
  { N_("Stock movements"), COUNT_IN_MONTH ("stock_movements", "at", ""), AS_EXPORT_NUMBER },
  { N_("Surveys"), COUNT_IN_MONTH ("surveys", "surveyed_at", ""), AS_EXPORT_NUMBER },
  { N_("Average satisfaction (1–4)"),
    "(SELECT avg((attitude + skill + arrival + commitment) / 4.0) FROM surveys WHERE "
    IN_MONTH ("surveyed_at") ")", AS_EXPORT_DECIMAL },
};

const AsExportTable as_export_key_figures = {
  .name = N_("Key figures"),
  .columns = key_figure_columns, .n_columns = N (key_figure_columns),
};

static const AsExportColumn category_columns[] = {
  { N_("Service"), "t.category", AS_EXPORT_CODE },
  { N_("Repairs"), "count(*)", AS_EXPORT_NUMBER },
  { N_("Closed"), "sum(t.status = 'closed')", AS_EXPORT_NUMBER },
  { N_("Labour hours"), "sum(t.labour_minutes) / 60.0", AS_EXPORT_DECIMAL },
};

const AsExportTable as_export_repairs_by_category = {
  .name = N_("Repairs by service category"),
  .columns = category_columns, .n_columns = N (category_columns),
  .from = "repair_orders t",
  .where = IN_MONTH ("t.received_at"),
  .group_by = "t.category",
  .order_by = "count(*) DESC, t.category",
};

static const AsExportColumn day_columns[] = {
  { N_("Day"), "substr(t.received_at, 1, 10)", AS_EXPORT_DATE },
  { N_("Repairs"), "count(*)", AS_EXPORT_NUMBER },
};

const AsExportTable as_export_repairs_by_day = {
  .name = N_("Repairs received per day"),
  .columns = day_columns, .n_columns = N (day_columns),
  .from = "repair_orders t",
  .where = IN_MONTH ("t.received_at"),
  .group_by = "substr(t.received_at, 1, 10)",
  .order_by = "1",
};

static const AsExportColumn channel_columns[] = {
  { N_("Channel"), "t.channel", AS_EXPORT_CODE },
  { N_("Complaints"), "count(*)", AS_EXPORT_NUMBER },
};

const AsExportTable as_export_complaints_by_channel = {
  .name = N_("Complaints and opinions by channel"),
  .columns = channel_columns, .n_columns = N (channel_columns),
  .from = "complaints t",
  .where = IN_MONTH ("t.received_at"),
  .group_by = "t.channel",
  .order_by = "count(*) DESC, t.channel",
};

static const AsExportColumn kind_columns[] = {
  { N_("Kind"), "t.kind", AS_EXPORT_CODE },
  { N_("Received"), "count(*)", AS_EXPORT_NUMBER },
  { N_("Urgent"), "sum(t.urgent)", AS_EXPORT_NUMBER },
  { N_("Answered"), "count(t.answered_at)", AS_EXPORT_NUMBER },
};

const AsExportTable as_export_complaints_by_kind = {
  .name = N_("Complaints and opinions by kind"),
  .columns = kind_columns, .n_columns = N (kind_columns),
  .from = "complaints t",
  .where = IN_MONTH ("t.received_at"),
  .group_by = "t.kind",
  .order_by = "count(*) DESC, t.kind",
};

static const AsExportColumn satisfaction_columns[] = {
  { N_("Attitude"), "avg(t.attitude)", AS_EXPORT_DECIMAL },
  { N_("Skill"), "avg(t.skill)", AS_EXPORT_DECIMAL },
  { N_("Arrival"), "avg(t.arrival)", AS_EXPORT_DECIMAL },
  { N_("Commitments"), "avg(t.commitment)", AS_EXPORT_DECIMAL },
};

const AsExportTable as_export_satisfaction = {
  .name = N_("Satisfaction per criterion (1–4)"),
  .columns = satisfaction_columns, .n_columns = N (satisfaction_columns),
  .from = "surveys t",
  .where = IN_MONTH ("t.surveyed_at"),
  /* One group for the month, none at all when it has no survey. */
  .group_by = "substr(t.surveyed_at, 1, 7)",
};

static const AsExportColumn movement_kind_columns[] = {
  { N_("Movement"), "t.kind", AS_EXPORT_CODE },
  { N_("Movements"), "count(*)", AS_EXPORT_NUMBER },
  { N_("Quantity"), "sum(t.quantity)", AS_EXPORT_NUMBER },
  { N_("Value"), "sum(t.quantity * p.unit_cost_cents)", AS_EXPORT_MONEY },
};

const AsExportTable as_export_movements_by_kind = {
  .name = N_("Stock movements by kind"),
  .columns = movement_kind_columns, .n_columns = N (movement_kind_columns),
  .from = "stock_movements t LEFT JOIN spare_parts p ON p.id = t.part_id",
  .where = IN_MONTH ("t.at"),
  .group_by = "t.kind",
  .order_by = "t.kind",
};

/* ---------------------------------------------------------------- helpers */

static gboolean
has_table (AsDatabase *db,
           const char *table)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT 1 FROM sqlite_schema"
                                                " WHERE type = 'table' AND name = ?1", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* @needs is "table.column". */
static gboolean
has_column (AsDatabase *db,
            const char *needs)
{
  g_auto(GStrv) parts = g_strsplit (needs, ".", 2);
  sqlite3_stmt *stmt;
  gboolean found;

  if (parts[1] == NULL)
    return has_table (db, parts[0]);
  stmt = as_database_prepare (db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, parts[0], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, parts[1], -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static void
append_clauses (GString             *sql,
                const AsExportTable *table,
                gboolean             with_order)
{
  if (table->from != NULL)
    g_string_append_printf (sql, " FROM %s", table->from);
  if (table->where != NULL)
    g_string_append_printf (sql, " WHERE %s", table->where);
  if (table->group_by != NULL)
    g_string_append_printf (sql, " GROUP BY %s", table->group_by);
  if (with_order && table->order_by != NULL)
    g_string_append_printf (sql, " ORDER BY %s", table->order_by);
}

static sqlite3_stmt *
prepare_month_query (AsDatabase  *db,
                     const char  *sql,
                     const char  *first_day,
                     const char  *next_first_day,
                     GError     **error)
{
  sqlite3 *handle = as_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
                   _("Database error: %s"), sqlite3_errmsg (handle));
      sqlite3_finalize (stmt);
      return NULL;
    }
  /* A table without a month condition has no parameters: binding is a no-op. */
  sqlite3_bind_text (stmt, 1, first_day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, next_first_day, -1, SQLITE_TRANSIENT);
  return stmt;
}

/* ------------------------------------------------------------- public API */

/**
 * as_export_table_available:
 *
 * Returns: whether the database has the table @table reads
 */
gboolean
as_export_table_available (AsDatabase          *db,
                           const AsExportTable *table)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  return table->needs == NULL || has_column (db, table->needs);
}

/**
 * as_export_table_columns:
 *
 * Returns: (transfer container) (element-type AsExportColumn): the columns of
 *   @table that this database has, in their order
 */
GPtrArray *
as_export_table_columns (AsDatabase          *db,
                         const AsExportTable *table)
{
  GPtrArray *columns = g_ptr_array_new ();

  g_return_val_if_fail (AS_IS_DATABASE (db), columns);

  for (guint i = 0; i < table->n_columns; i++)
    if (table->columns[i].needs == NULL || has_column (db, table->columns[i].needs))
      g_ptr_array_add (columns, (gpointer) &table->columns[i]);
  return columns;
}

/* Returns: how many rows as_export_table_run() will give, or -1 on error. */
gint64
as_export_table_count (AsDatabase          *db,
                       const AsExportTable *table,
                       const char          *first_day,
                       const char          *next_first_day)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *joins = table->from ? strstr (table->from, " LEFT JOIN ") : NULL;
  gint64 n = -1;

  g_return_val_if_fail (AS_IS_DATABASE (db), -1);

  /* A LEFT JOIN on a key adds no row: the base table alone is counted,
   * through the index of the month's column. */
  if (joins != NULL && table->group_by == NULL)
    {
      g_string_append_printf (sql, "SELECT count(*) FROM %.*s", (int) (joins - table->from),
                              table->from);
      if (table->where != NULL)
        g_string_append_printf (sql, " WHERE %s", table->where);
    }
  else
    {
      g_string_append (sql, "SELECT count(*) FROM (SELECT 1");
      append_clauses (sql, table, FALSE);
      g_string_append (sql, ")");
    }
  stmt = prepare_month_query (db, sql->str, first_day, next_first_day, NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  return n;
}

/**
 * as_export_table_run:
 * @columns: (element-type AsExportColumn): from as_export_table_columns()
 * @func: (scope call): called with each row; its values are those of @columns
 *
 * Reads the rows of @table for the month from @first_day up to
 * @next_first_day, in the table's order.
 */
gboolean
as_export_table_run (AsDatabase           *db,
                     const AsExportTable  *table,
                     GPtrArray            *columns,
                     const char           *first_day,
                     const char           *next_first_day,
                     AsRecordRowFunc       func,
                     gpointer              user_data,
                     GError              **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (columns != NULL && columns->len > 0, FALSE);

  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, "%s%s", i ? ", " : "",
                            ((const AsExportColumn *) g_ptr_array_index (columns, i))->expr);
  append_clauses (sql, table, TRUE);
  stmt = prepare_month_query (db, sql->str, first_day, next_first_day, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!func (stmt, user_data, error))
      return FALSE;
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL, _("Database error: %s"),
                   sqlite3_errmsg (as_database_get_handle (db)));
      return FALSE;
    }
  return TRUE;
}

/**
 * as_export_read_begin:
 * @out_started: (out): whether a transaction was started, for as_export_read_end()
 *
 * Starts a read transaction, so that every sheet of an export reads the same
 * snapshot of the file while others keep writing. Inside a transaction already
 * open on @db, that one is the snapshot.
 */
gboolean
as_export_read_begin (AsDatabase  *db,
                      gboolean    *out_started,
                      GError     **error)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  *out_started = FALSE;
  if (!sqlite3_get_autocommit (as_database_get_handle (db)))
    return TRUE;
  /* The snapshot is taken at the first read, which follows at once. */
  if (!as_database_exec (db, "BEGIN DEFERRED", error))
    return FALSE;
  *out_started = TRUE;
  return as_database_query_int (db, "SELECT count(*) FROM sqlite_schema", -1) >= 0;
}

void
as_export_read_end (AsDatabase *db,
                    gboolean    started)
{
  g_return_if_fail (AS_IS_DATABASE (db));

  if (started && !sqlite3_get_autocommit (as_database_get_handle (db)))
    as_database_exec (db, "COMMIT", NULL);
}

/* The cell kind for a list column's kind, for a list exported as shown. */
AsExportKind
as_export_kind_for_column (AsColumnKind kind)
{
  switch (kind)
    {
    case AS_COLUMN_NUMBER:
      return AS_EXPORT_NUMBER;
    case AS_COLUMN_DATE:
      return AS_EXPORT_DATE;
    case AS_COLUMN_MONEY:
      return AS_EXPORT_MONEY;
    case AS_COLUMN_BOOL:
      return AS_EXPORT_BOOL;
    case AS_COLUMN_CODE:
      return AS_EXPORT_CODE;
    case AS_COLUMN_ROLES:
      return AS_EXPORT_ROLES;
    case AS_COLUMN_TEXT:
    default:
      return AS_EXPORT_TEXT;
    }
}
