/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schema version 3, warehouse part. The warehouse: ABC classification, loaner units. */

#include "as-schema.h"

const char _as_schema_warehouse_v3[] =
  /* A spare part may fit several product models; spare_parts.model_id (one
   * model) stays as it was, and its value becomes the part's first fitting. */
  "CREATE TABLE spare_part_models ("
  "  part_id INTEGER NOT NULL REFERENCES spare_parts (id) ON DELETE CASCADE,"
  "  model_id INTEGER NOT NULL REFERENCES product_models (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (part_id, model_id)) WITHOUT ROWID;"
  "CREATE INDEX spare_part_models_model ON spare_part_models (model_id);"
  "INSERT INTO spare_part_models (part_id, model_id)"
  "  SELECT id, model_id FROM spare_parts WHERE model_id IS NOT NULL;"

  /* The part's ABC class and the consumption value (cents, last 12 months)
   * it was computed from. */
  "ALTER TABLE spare_parts ADD COLUMN abc_class TEXT NOT NULL DEFAULT 'C'"
  "  CHECK (abc_class IN ('A', 'B', 'C'));"
  "ALTER TABLE spare_parts ADD COLUMN consumption_cents INTEGER NOT NULL DEFAULT 0;"
  "CREATE INDEX spare_parts_abc ON spare_parts (abc_class, consumption_cents);"
  "CREATE INDEX spare_parts_consumption ON spare_parts (consumption_cents);"
  "CREATE INDEX stock_movements_kind ON stock_movements (kind, at);"

  /* The charge line an issue to a repair added, reduced when parts come back. */
  "ALTER TABLE stock_movements ADD COLUMN charge_id INTEGER"
  "  REFERENCES repair_charges (id) ON DELETE SET NULL;"
  /* Removing a charge line looks up the movements that point at it: only
   * those the program wrote do, so the index is small. */
  "CREATE INDEX stock_movements_charge ON stock_movements (charge_id)"
  "  WHERE charge_id IS NOT NULL;"

  /* Parts consumed per day (issues less returns from repairs), kept by
   * trigger, so that the ABC classification reads a year of days rather than
   * millions of movements. */
  "CREATE TABLE part_consumption ("
  "  day TEXT NOT NULL,"
  "  part_id INTEGER NOT NULL REFERENCES spare_parts (id) ON DELETE CASCADE,"
  "  quantity INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (day, part_id)) WITHOUT ROWID;"
  "INSERT INTO part_consumption (day, part_id, quantity)"
  "  SELECT substr(at, 1, 10), part_id, -sum(quantity) FROM stock_movements"
  "  WHERE kind IN ('issue', 'return') GROUP BY 1, 2;"
  "CREATE TRIGGER part_consumption_movement AFTER INSERT ON stock_movements"
  "  WHEN new.kind IN ('issue', 'return') BEGIN"
  "  INSERT INTO part_consumption (day, part_id, quantity)"
  "  VALUES (substr(new.at, 1, 10), new.part_id, -new.quantity)"
  "  ON CONFLICT (day, part_id) DO UPDATE SET quantity = quantity + excluded.quantity;"
  "END;"

  /* The ABC thresholds (percent of the consumption value): A, then B; C is the rest. */
  "INSERT OR IGNORE INTO settings (key, value) VALUES"
  "  ('abc.a_percent', '80'), ('abc.b_percent', '15'), ('loaner.days', '14');"

  /* Substitute units lent to customers while their goods are under repair. */
  "CREATE TABLE loaner_units ("
  "  id INTEGER PRIMARY KEY,"
  "  tag TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  description TEXT NOT NULL,"
  "  model_id INTEGER REFERENCES product_models (id) ON DELETE RESTRICT,"
  "  serial TEXT NOT NULL DEFAULT '',"
  "  warehouse_id INTEGER NOT NULL REFERENCES warehouses (id) ON DELETE RESTRICT,"
  "  condition TEXT NOT NULL DEFAULT 'good'"
  "    CHECK (condition IN ('good', 'worn', 'damaged', 'retired')));"
  "CREATE TABLE loaner_loans ("
  "  id INTEGER PRIMARY KEY,"
  "  loaner_id INTEGER NOT NULL REFERENCES loaner_units (id) ON DELETE RESTRICT,"
  "  repair_id INTEGER NOT NULL REFERENCES repair_orders (id) ON DELETE RESTRICT,"
  "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,"
  "  lent_at TEXT NOT NULL,"
  "  lent_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  due_date TEXT NOT NULL,"
  "  returned_at TEXT,"
  "  returned_by INTEGER REFERENCES staff (id) ON DELETE RESTRICT,"
  "  return_condition TEXT"
  "    CHECK (return_condition IS NULL OR return_condition IN ('good', 'worn', 'damaged')),"
  "  notes TEXT NOT NULL DEFAULT '');"
  /* A unit is out with one customer at a time. */
  "CREATE UNIQUE INDEX loaner_loans_out ON loaner_loans (loaner_id) WHERE returned_at IS NULL;"
  "CREATE INDEX loaner_loans_repair ON loaner_loans (repair_id);"
  "CREATE INDEX loaner_loans_lent ON loaner_loans (lent_at);"
  "CREATE INDEX loaner_loans_due ON loaner_loans (due_date) WHERE returned_at IS NULL;"
  "CREATE INDEX loaner_loans_unit ON loaner_loans (loaner_id, lent_at);";
