/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, tools part. Tools register history, purchase requests, the documentation library. */

#include "as-schema.h"

/* Dates entered by people ("the day it was handed over") are "YYYY-MM-DD";
 * the moment a row was written is "YYYY-MM-DD HH:MM:SS". Money is cents. */
const char _as_schema_tools_v3[] =
  /* The register: who holds a tool since when; the request a tool was bought by. */
  "ALTER TABLE tools ADD COLUMN held_since TEXT;"
  "ALTER TABLE tools ADD COLUMN purchase_request_id INTEGER"
  "  REFERENCES purchase_requests (id) ON DELETE SET NULL DEFAULT NULL;"
  "ALTER TABLE tools ADD COLUMN notes TEXT NOT NULL DEFAULT '';"
  "CREATE INDEX tools_holder ON tools (holder_id, tag);"
  "CREATE INDEX tools_description ON tools (description);"
  "CREATE INDEX tools_condition ON tools (condition, tag);"
  "CREATE INDEX tools_purchase_date ON tools (purchase_date);"

  /* Every event of a tool's life: registration, check-out to a person,
   * check-in, handover from one person to another, incidents and changes of
   * condition. staff_id is the person concerned (who receives it, or who
   * held it for a check-in or an incident); from_staff_id the one handing over;
   * condition the tool's condition after a change of condition. */
  "CREATE TABLE tool_history ("
  "  id INTEGER PRIMARY KEY,"
  "  tool_id INTEGER NOT NULL REFERENCES tools (id) ON DELETE CASCADE,"
  "  on_date TEXT NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('registered', 'check_out', 'check_in', 'handover',"
  "    'loss', 'damage', 'wear', 'condition')),"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  from_staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  condition TEXT,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  recorded_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  recorded_at TEXT NOT NULL);"
  "CREATE INDEX tool_history_tool ON tool_history (tool_id, on_date);"
  "CREATE INDEX tool_history_staff ON tool_history (staff_id, on_date);"
  "CREATE INDEX tool_history_from ON tool_history (from_staff_id, on_date);"

  /* Loss and damage with the explanation report and the compensation due;
   * normal wear is recorded too, and never owes anything. */
  "CREATE TABLE tool_incidents ("
  "  id INTEGER PRIMARY KEY,"
  "  tool_id INTEGER NOT NULL REFERENCES tools (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('loss', 'damage', 'wear')),"
  "  on_date TEXT NOT NULL,"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  report TEXT NOT NULL DEFAULT '',"
  "  compensation_cents INTEGER NOT NULL DEFAULT 0 CHECK (compensation_cents >= 0),"
  "  recorded_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  recorded_at TEXT NOT NULL,"
  "  CHECK (kind <> 'wear' OR compensation_cents = 0));"
  "CREATE INDEX tool_incidents_date ON tool_incidents (on_date);"
  "CREATE INDEX tool_incidents_tool ON tool_incidents (tool_id, on_date);"
  "CREATE INDEX tool_incidents_staff ON tool_incidents (staff_id, on_date);"
  "CREATE INDEX tool_incidents_kind ON tool_incidents (kind, on_date);"

  /* Purchase requests for tools and test equipment: raised by the
   * after-sales department with quotes, approved by finance and by the
   * supervisor (either order), ordered by purchasing, received into the register. */
  "CREATE TABLE purchase_requests ("
  "  id INTEGER PRIMARY KEY,"
  "  description TEXT NOT NULL,"
  "  quantity INTEGER NOT NULL CHECK (quantity > 0),"
  "  justification TEXT NOT NULL,"
  "  status TEXT NOT NULL DEFAULT 'pending'"
  "    CHECK (status IN ('pending', 'approved', 'refused', 'ordered', 'received')),"
  "  requested_by INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,"
  "  requested_at TEXT NOT NULL,"
  "  finance_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  finance_at TEXT,"
  "  supervisor_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  supervisor_at TEXT,"
  "  refused_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  refused_at TEXT,"
  "  refusal_reason TEXT NOT NULL DEFAULT '',"
  "  quote_id INTEGER REFERENCES purchase_quotes (id) ON DELETE RESTRICT,"
  "  order_reference TEXT NOT NULL DEFAULT '',"
  "  ordered_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  ordered_at TEXT,"
  "  received_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  received_at TEXT);"
  "CREATE INDEX purchase_requests_at ON purchase_requests (requested_at);"
  "CREATE INDEX purchase_requests_status ON purchase_requests (status, requested_at);"
  "CREATE INDEX purchase_requests_description ON purchase_requests (description);"

  /* unit_price_cents: the supplier's price of one item. */
  "CREATE TABLE purchase_quotes ("
  "  id INTEGER PRIMARY KEY,"
  "  request_id INTEGER NOT NULL REFERENCES purchase_requests (id) ON DELETE CASCADE,"
  "  supplier TEXT NOT NULL,"
  "  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents > 0),"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX purchase_quotes_request ON purchase_quotes (request_id);"

  /* The technical documentation library. */
  "CREATE TABLE documents ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('manual', 'maintenance_manual', 'parts_manual',"
  "    'price_list', 'technical_letter', 'specification', 'reference_book')),"
  "  model_id INTEGER REFERENCES product_models (id) ON DELETE SET NULL,"
  "  custodian_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),"
  "  shelf TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL);"
  /* A library holds hundreds of titles, not millions: they sort by their
   * folded title without an index of their own. */
  "CREATE INDEX documents_kind ON documents (kind);"
  "CREATE INDEX documents_custodian ON documents (custodian_id);"

  "CREATE TABLE document_versions ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  version TEXT NOT NULL,"
  "  released_on TEXT NOT NULL,"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),"
  "  recorded_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  recorded_at TEXT NOT NULL,"
  "  UNIQUE (document_id, version));"
  "CREATE UNIQUE INDEX document_versions_current ON document_versions (document_id)"
  "  WHERE is_current = 1;"
  "CREATE INDEX document_versions_released ON document_versions (released_on);"

  "CREATE TABLE document_distribution ("
  "  version_id INTEGER NOT NULL REFERENCES document_versions (id) ON DELETE CASCADE,"
  "  branch_id INTEGER NOT NULL REFERENCES branches (id) ON DELETE RESTRICT,"
  "  sent_on TEXT NOT NULL,"
  "  sent_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  PRIMARY KEY (version_id, branch_id)) WITHOUT ROWID;"
  "CREATE INDEX document_distribution_branch ON document_distribution (branch_id);"

  "CREATE TABLE document_loans ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  version_id INTEGER REFERENCES document_versions (id) ON DELETE SET NULL,"
  "  borrower_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,"
  "  lent_on TEXT NOT NULL,"
  "  due_on TEXT NOT NULL,"
  "  returned_on TEXT,"
  "  lent_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  returned_to INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  CHECK (due_on >= lent_on),"
  "  CHECK (returned_on IS NULL OR returned_on >= lent_on));"
  "CREATE INDEX document_loans_lent ON document_loans (lent_on);"
  "CREATE INDEX document_loans_due ON document_loans (due_on);"
  "CREATE INDEX document_loans_out ON document_loans (due_on) WHERE returned_on IS NULL;"
  "CREATE INDEX document_loans_document ON document_loans (document_id, lent_on);"
  "CREATE INDEX document_loans_borrower ON document_loans (borrower_id, lent_on);"

  /* Who opened, lent or returned a confidential document, and when, with the
   * borrower of a loan; refused attempts too, with what was attempted. */
  "CREATE TABLE document_access_log ("
  "  id INTEGER PRIMARY KEY,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  at TEXT NOT NULL,"
  "  action TEXT NOT NULL CHECK (action IN ('opened', 'loaned', 'returned', 'denied')),"
  "  attempt TEXT CHECK (attempt IS NULL OR attempt IN ('opened', 'loaned', 'returned', 'edited',"
  "    'distributed', 'released')),"
  "  borrower_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX document_access_log_at ON document_access_log (at);"
  "CREATE INDEX document_access_log_document ON document_access_log (document_id, at);"
  "CREATE INDEX document_access_log_staff ON document_access_log (staff_id, at);";
