/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, care part. Returns and exchanges, and the customer-care programme. */

#include "as-schema.h"

const char _as_schema_care_v3[] =
  /* Returns and exchanges (seed "Cuarto"): the window in force when the
   * request was registered, the override of a request outside it and who
   * made it, the departments taking part (a mask: 1 warehouse, 2 transport,
   * 4 finance, 8 production), who answers for it, and the manager's decision
   * with the refund or the replacement unit. */
  "ALTER TABLE returns ADD COLUMN registered_by INTEGER REFERENCES staff (id) DEFAULT NULL;"
  "ALTER TABLE returns ADD COLUMN window_days INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE returns ADD COLUMN days_since_sale INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE returns ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE returns ADD COLUMN override_by INTEGER REFERENCES staff (id) DEFAULT NULL;"
  "ALTER TABLE returns ADD COLUMN departments INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE returns ADD COLUMN responsible_id INTEGER REFERENCES staff (id) DEFAULT NULL;"
  "ALTER TABLE returns ADD COLUMN replacement_unit_id INTEGER REFERENCES units (id) DEFAULT NULL;"
  "ALTER TABLE returns ADD COLUMN decided_by INTEGER REFERENCES staff (id) DEFAULT NULL;"
  "ALTER TABLE returns ADD COLUMN decided_at TEXT DEFAULT NULL;"
  "ALTER TABLE returns ADD COLUMN decision_note TEXT NOT NULL DEFAULT '';"
  /* Requests of the previous release: their window and days as they stand. */
  "UPDATE returns SET"
  "  window_days = coalesce ((SELECT CASE returns.kind WHEN 'exchange' THEN m.exchange_days"
  "                                   ELSE m.return_days END"
  "                           FROM units u JOIN product_models m ON m.id = u.model_id"
  "                           WHERE u.id = returns.unit_id), 0),"
  "  days_since_sale = coalesce (CAST (julianday (substr (requested_at, 1, 10))"
  "                                    - julianday ((SELECT sale_date FROM units u"
  "                                                  WHERE u.id = returns.unit_id)) AS INTEGER), 0);"
  "CREATE INDEX returns_decision ON returns (decision, requested_at);"
  "CREATE INDEX returns_kind ON returns (kind, requested_at);"
  "CREATE INDEX returns_unit ON returns (unit_id);"
  "CREATE INDEX returns_replacement ON returns (replacement_unit_id)"
  "  WHERE replacement_unit_id IS NOT NULL;"
  "CREATE INDEX returns_overridden ON returns (requested_at) WHERE override_by IS NOT NULL;"

  /* Follow-up calls after service (Plan (3) 5): one per completed repair. */
  "CREATE TABLE followup_calls ("
  "  id INTEGER PRIMARY KEY,"
  "  repair_id INTEGER NOT NULL UNIQUE REFERENCES repair_orders (id) ON DELETE CASCADE,"
  "  customer_id INTEGER REFERENCES customers (id) ON DELETE RESTRICT,"
  "  due_date TEXT NOT NULL,"
  "  called_at TEXT,"
  "  caller_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  outcome TEXT NOT NULL DEFAULT 'pending'"
  "    CHECK (outcome IN ('pending', 'satisfied', 'unsatisfied', 'no_answer', 'declined')),"
  "  notes TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX followup_calls_due ON followup_calls (due_date);"
  "CREATE INDEX followup_calls_outcome ON followup_calls (outcome, due_date);"
  "CREATE INDEX followup_calls_customer ON followup_calls (customer_id);"

  /* Regular visits to key customers (Plan (3) 6). */
  "CREATE TABLE customer_visits ("
  "  id INTEGER PRIMARY KEY,"
  "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,"
  "  planned_date TEXT NOT NULL,"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  purpose TEXT NOT NULL DEFAULT '',"
  "  visited_on TEXT,"
  "  notes TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX customer_visits_planned ON customer_visits (planned_date);"
  "CREATE INDEX customer_visits_customer ON customer_visits (customer_id, planned_date);"
  "CREATE INDEX customer_visits_open ON customer_visits (planned_date) WHERE visited_on IS NULL;"

  /* The customer committee's meetings and seminars (Plan (3) 2). */
  "CREATE TABLE committee_meetings ("
  "  id INTEGER PRIMARY KEY,"
  "  held_on TEXT NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'meeting' CHECK (kind IN ('meeting', 'seminar')),"
  "  title TEXT NOT NULL,"
  "  place TEXT NOT NULL DEFAULT '',"
  "  attendees TEXT NOT NULL DEFAULT '',"
  "  minutes TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX committee_meetings_held ON committee_meetings (held_on);"
  "CREATE INDEX committee_meetings_kind ON committee_meetings (kind, held_on);"

  /* Mystery-shopper inspections (Plan (3) 7): the inspector's identity is
   * read only by the store, for the roles allowed to know it. */
  "CREATE TABLE mystery_inspections ("
  "  id INTEGER PRIMARY KEY,"
  "  inspected_on TEXT NOT NULL,"
  "  branch_id INTEGER REFERENCES branches (id) ON DELETE RESTRICT,"
  "  inspector_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  subject TEXT NOT NULL DEFAULT '',"
  "  rating INTEGER NOT NULL DEFAULT 3 CHECK (rating BETWEEN 1 AND 4),"
  "  findings TEXT NOT NULL,"
  "  recorded_by INTEGER REFERENCES staff (id) DEFAULT NULL);"
  "CREATE INDEX mystery_inspections_on ON mystery_inspections (inspected_on);"
  "CREATE INDEX mystery_inspections_rating ON mystery_inspections (rating, inspected_on);"

  /* Suggestion-form collection points (Plan (3) 8) and their collections. */
  "CREATE TABLE suggestion_points ("
  "  id INTEGER PRIMARY KEY,"
  "  place TEXT NOT NULL COLLATE NOCASE,"
  "  address TEXT NOT NULL DEFAULT '',"
  "  branch_id INTEGER REFERENCES branches (id) ON DELETE RESTRICT,"
  "  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));"
  "CREATE INDEX suggestion_points_place ON suggestion_points (place);"
  "CREATE TABLE suggestion_collections ("
  "  id INTEGER PRIMARY KEY,"
  "  point_id INTEGER NOT NULL REFERENCES suggestion_points (id) ON DELETE CASCADE,"
  "  collected_on TEXT NOT NULL,"
  "  forms INTEGER NOT NULL CHECK (forms >= 0),"
  "  collected_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  UNIQUE (point_id, collected_on));"
  "CREATE INDEX suggestion_collections_on ON suggestion_collections (collected_on);";
