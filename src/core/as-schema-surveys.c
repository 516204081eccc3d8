/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, surveys part. Every completed repair gets a customer
 * satisfaction survey (SPEC S1): who recorded each survey, the customer's
 * suggestion apart from the comments, and the completed repairs still
 * waiting for their survey, kept by triggers so that listing and counting
 * them reads a small partial index instead of a million repairs. */

#include "as-schema.h"

const char _as_schema_surveys_v3[] =
  "ALTER TABLE surveys ADD COLUMN recorded_by INTEGER REFERENCES staff (id) DEFAULT NULL;"
  "ALTER TABLE surveys ADD COLUMN suggestion TEXT NOT NULL DEFAULT '';"
  /* The customer's complaint in their words; the Complaints record it
   * raised (complaints.survey_id) follows its handling. */
  "ALTER TABLE surveys ADD COLUMN complaint TEXT NOT NULL DEFAULT '';"

  /* 1 while a closed repair has no survey. The triggers below keep it; the
   * demo generator, which drops triggers for its bulk insert, sets it itself. */
  "ALTER TABLE repair_orders ADD COLUMN survey_due INTEGER NOT NULL DEFAULT 0"
  "  CHECK (survey_due IN (0, 1));"
  "UPDATE repair_orders SET survey_due = 1 WHERE status = 'closed'"
  "  AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.repair_id = repair_orders.id);"
  "CREATE INDEX repair_orders_survey_due ON repair_orders (closed_at) WHERE survey_due = 1;"

  "CREATE TRIGGER repair_orders_survey_due_insert AFTER INSERT ON repair_orders"
  "  WHEN new.status = 'closed' BEGIN"
  "  UPDATE repair_orders SET survey_due ="
  "    NOT EXISTS (SELECT 1 FROM surveys s WHERE s.repair_id = new.id) WHERE id = new.id;"
  "END;"
  "CREATE TRIGGER repair_orders_survey_due_status AFTER UPDATE OF status ON repair_orders"
  "  WHEN new.status IS NOT old.status BEGIN"
  "  UPDATE repair_orders SET survey_due = (new.status = 'closed'"
  "    AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.repair_id = new.id)) WHERE id = new.id;"
  "END;"
  "CREATE TRIGGER surveys_survey_due_insert AFTER INSERT ON surveys BEGIN"
  "  UPDATE repair_orders SET survey_due = 0 WHERE id = new.repair_id AND survey_due = 1;"
  "END;"
  "CREATE TRIGGER surveys_survey_due_delete AFTER DELETE ON surveys BEGIN"
  "  UPDATE repair_orders SET survey_due = (status = 'closed') WHERE id = old.repair_id;"
  "END;"

  /* The monthly technician review counts the arrivals of a month; deleting
   * a staff member checks the surveys they recorded. */
  "CREATE INDEX repair_orders_arrived ON repair_orders (arrived_at);"
  "CREATE INDEX surveys_recorded_by ON surveys (recorded_by);"
  /* The surveys list's filter "rated below satisfied" (as-lists.c). */
  "CREATE INDEX surveys_low ON surveys (surveyed_at)"
  "  WHERE attitude <= 2 OR skill <= 2 OR arrival <= 2 OR commitment <= 2;";
