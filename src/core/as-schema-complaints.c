/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, complaints part. Complaints handling: routing rules,
 * history, escalation, rewards, hotline. */

#include "as-schema.h"

const char _as_schema_complaints_v3[] =
  /* The subject category routes a complaint (see as-complaint-store.c); the
   * unit's model is kept even without a unit; a survey can raise a complaint. */
  "ALTER TABLE complaints ADD COLUMN category TEXT NOT NULL DEFAULT 'other';"
  "ALTER TABLE complaints ADD COLUMN model_id INTEGER REFERENCES product_models (id);"
  "ALTER TABLE complaints ADD COLUMN retailer TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE complaints ADD COLUMN survey_id INTEGER REFERENCES surveys (id);"
  /* Priority list (major product problem, crisis, media, legal) and oversight. */
  "ALTER TABLE complaints ADD COLUMN priority TEXT"
  "  CHECK (priority IS NULL OR priority IN ('major_product', 'crisis', 'media', 'legal'));"
  "ALTER TABLE complaints ADD COLUMN serious INTEGER NOT NULL DEFAULT 0 CHECK (serious IN (0, 1));"
  "ALTER TABLE complaints ADD COLUMN level TEXT NOT NULL DEFAULT 'service'"
  "  CHECK (level IN ('service', 'case_management', 'deputy_gm'));"
  "ALTER TABLE complaints ADD COLUMN escalated_at TEXT;"
  "ALTER TABLE complaints ADD COLUMN repeat_of INTEGER REFERENCES complaints (id);"
  "ALTER TABLE complaints ADD COLUMN reviewed_by INTEGER REFERENCES staff (id);"
  "ALTER TABLE complaints ADD COLUMN reviewed_at TEXT;"
  "ALTER TABLE complaints ADD COLUMN review_notes TEXT NOT NULL DEFAULT '';"
  /* The answer reported back to the customer, and whether it satisfied them. */
  "ALTER TABLE complaints ADD COLUMN answer TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE complaints ADD COLUMN answer_channel TEXT"
  "  CHECK (answer_channel IS NULL OR answer_channel IN ('phone', 'writing'));"
  "ALTER TABLE complaints ADD COLUMN answered_by INTEGER REFERENCES staff (id);"
  "ALTER TABLE complaints ADD COLUMN satisfied INTEGER"
  "  CHECK (satisfied IS NULL OR satisfied IN (0, 1));"
  "ALTER TABLE complaints ADD COLUMN closed_at TEXT;"
  /* Performance evaluation: who the complaint is about. */
  "ALTER TABLE complaints ADD COLUMN responsible_department_id INTEGER REFERENCES departments (id);"
  "ALTER TABLE complaints ADD COLUMN responsible_staff_id INTEGER REFERENCES staff (id);"

  /* Version 2 files: the demo's "escalated" status was a serious matter sent
   * to the deputy general manager; the category follows the department. */
  "UPDATE complaints SET status = 'in_progress', level = 'deputy_gm', serious = 1,"
  "  escalated_at = received_at WHERE status = 'escalated';"
  "UPDATE complaints SET category = coalesce((SELECT CASE d.kind"
  "    WHEN 'production' THEN 'product_quality' WHEN 'technical' THEN 'product_function'"
  "    WHEN 'design' THEN 'product_design' WHEN 'rd' THEN 'product_development'"
  "    WHEN 'warehouse_transport' THEN 'packaging' WHEN 'marketing' THEN 'staff_conduct'"
  "    WHEN 'channel' THEN 'retailer' WHEN 'after_sales' THEN 'service' END"
  "  FROM departments d WHERE d.id = complaints.department_id), 'other');"
  "UPDATE complaints SET answered_by = handler_id, answer_channel = 'phone'"
  "  WHERE status = 'answered';"

  /* A category's department; a category without a row (or whose department
   * was deleted) goes to the first department of its default kind. */
  "CREATE TABLE complaint_routes ("
  "  category TEXT PRIMARY KEY,"
  "  department_id INTEGER REFERENCES departments (id) ON DELETE SET NULL) WITHOUT ROWID;"

  /* Every move of a complaint: department, handler, status, level, answer. */
  "CREATE TABLE complaint_history ("
  "  id INTEGER PRIMARY KEY,"
  "  complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,"
  "  at TEXT NOT NULL,"
  "  staff_id INTEGER REFERENCES staff (id),"
  "  action TEXT NOT NULL,"
  "  department_id INTEGER REFERENCES departments (id) ON DELETE SET NULL,"
  "  handler_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  status TEXT,"
  "  level TEXT,"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX complaint_history_complaint ON complaint_history (complaint_id, at);"

  /* Rewards for valuable comments and suggestions. The recipient is the
   * complaint's customer, or a staff member when it came from one. */
  "CREATE TABLE complaint_rewards ("
  "  id INTEGER PRIMARY KEY,"
  "  complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,"
  "  recipient_staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  what TEXT NOT NULL,"
  "  amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),"
  "  awarded_on TEXT NOT NULL,"
  "  approved_by INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,"
  "  approved_at TEXT NOT NULL,"
  "  CHECK (recipient_staff_id IS NULL OR recipient_staff_id != approved_by));"
  "CREATE INDEX complaint_rewards_complaint ON complaint_rewards (complaint_id);"
  "CREATE INDEX complaint_rewards_awarded ON complaint_rewards (awarded_on);"

  "INSERT OR IGNORE INTO settings (key, value) VALUES"
  "  ('complaints.response_days', '3'),"
  "  ('complaints.urgent_response_hours', '4'),"
  "  ('complaints.repeat_window_days', '90');"

  /* Lists, filters and Dashboard figures, each served by an index. Late and
   * urgent contacts are found among the waiting ones by complaints_status. */
  "CREATE INDEX complaints_priority ON complaints (received_at) WHERE priority IS NOT NULL;"
  "CREATE INDEX complaints_level ON complaints (level, received_at);"
  "CREATE INDEX complaints_handler ON complaints (handler_id, received_at);"
  "CREATE INDEX complaints_kind ON complaints (kind, received_at);"
  "CREATE INDEX complaints_repeat ON complaints (customer_id, received_at);"
  "CREATE INDEX complaints_survey ON complaints (survey_id) WHERE survey_id IS NOT NULL;"
  /* The monthly performance view and the hotline counter-supervision report
   * read only their index. */
  "CREATE INDEX complaints_month ON complaints (received_at, department_id,"
  "  responsible_department_id, responsible_staff_id);"
  "CREATE INDEX complaints_hotline ON complaints (channel, received_at, received_by);";
