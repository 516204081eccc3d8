/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Warranty per part from the sale date, promotions by sales period,
 * maintenance contracts by status and dates, the category proposed and the
 * category of each charge line; and the promotions store. */

#include <locale.h>
#include <string.h>

#include "as-database.h"
#include "as-promotions.h"
#include "as-warranty.h"
#include "test-util.h"

typedef struct
{
  char       *dir;
  AsDatabase *db;
} Fixture;

/* Model 1 (a washing machine) has parts with 60, 24, 12 and 6 months and a
 * wear part without warranty; model 2 a 1-month part. Summer 2025 adds 12
 * months to model 1 units sold 1 June–31 August 2025, and a launch offer 6
 * months to those sold in August (the better one wins). */
static const char data_set[] =
  "INSERT INTO customers (id, name) VALUES (1, 'Ana Pérez'), (2, 'Luis Gómez');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-100', 'Washer'),"
  "  (2, 'TV-200', 'Television');"
  "INSERT INTO model_parts (id, model_id, name, warranty_months) VALUES"
  "  (11, 1, 'Motor', 60), (12, 1, 'Drum', 24), (13, 1, 'Control board', 12),"
  "  (14, 1, 'Door seal', 6), (15, 1, 'Filter', 0),"
  "  (21, 2, 'Remote', 1), (22, 2, 'Panel', 24);"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'WM-A', 1, 1, '2025-01-31'),"
  "  (2, 'WM-B', 1, 1, '2025-08-31'),"
  "  (3, 'WM-C', 1, 2, '2025-09-01'),"
  "  (4, 'WM-D', 1, 2, '2025-06-01'),"
  "  (5, 'WM-E', 1, 2, '2025-05-31'),"
  "  (6, 'TV-A', 2, 2, '2025-08-31'),"
  "  (7, 'TV-B', 2, 2, '2024-02-29');"
  "INSERT INTO warranty_promotions (id, model_id, name, sold_from, sold_to, extra_months) VALUES"
  "  (1, 1, 'Summer 2025', '2025-06-01', '2025-08-31', 12),"
  "  (2, 1, 'Launch offer', '2025-08-01', '2025-08-31', 6);"
  /* An active contract for WM-A in 2026; an expired one and an active but
   * ended one for WM-C; one for TV-A starting later. */
  "INSERT INTO contracts (id, customer_id, start_date, end_date, status) VALUES"
  "  (1, 1, '2026-01-01', '2026-12-31', 'active'),"
  "  (2, 2, '2026-01-01', '2026-12-31', 'expired'),"
  "  (3, 2, '2024-01-01', '2024-12-31', 'active'),"
  "  (4, 2, '2027-01-01', '2027-12-31', 'active');"
  "INSERT INTO contract_units (contract_id, unit_id) VALUES (1, 1), (2, 3), (3, 3), (4, 6);";

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = as_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "warranty.db", NULL);
  fixture->db = as_database_open (path, &error);
  g_assert_no_error (error);
  as_database_exec (fixture->db, data_set, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ------------------------------------------------------------- helpers */

static AsWarrantyReport *
check (Fixture    *fixture,
       const char *serial,
       const char *on)
{
  g_autoptr(GError) error = NULL;
  AsWarrantyReport *report = as_warranty_check (fixture->db, serial, on, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static AsPartWarranty *
part (AsWarrantyReport *report,
      gint64            part_id)
{
  for (guint i = 0; i < report->parts->len; i++)
    {
      AsPartWarranty *found = g_ptr_array_index (report->parts, i);
      if (found->part_id == part_id)
        return found;
    }
  g_error ("part %" G_GINT64_FORMAT " not in the report", part_id);
}

static void
assert_part (AsWarrantyReport *report,
             gint64            part_id,
             int               months,
             const char       *expires,
             gboolean          in_warranty)
{
  AsPartWarranty *found = part (report, part_id);

  g_assert_cmpint (found->warranty_months, ==, months);
  g_assert_cmpstr (found->expires, ==, expires);
  g_assert_cmpint (found->in_warranty, ==, in_warranty);
}

static char *
promotion_tables (Fixture *fixture)
{
  sqlite3 *handle = as_database_get_handle (fixture->db);
  g_autofree char *promotions = as_test_table_checksum (handle, "warranty_promotions", NULL);
  g_autofree char *audit = as_test_table_checksum (handle, "audit_log", NULL);

  return g_strjoin ("\n", promotions, audit, NULL);
}

/* ------------------------------------------------------------- per part */

static void
test_per_part (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(AsWarrantyReport) report = check (fixture, "WM-A", "2025-07-30");

  g_assert_cmpint (report->unit_id, ==, 1);
  g_assert_cmpint (report->model_id, ==, 1);
  g_assert_cmpint (report->customer_id, ==, 1);
  g_assert_cmpstr (report->serial, ==, "WM-A");
  g_assert_cmpstr (report->sale_date, ==, "2025-01-31");
  g_assert_null (report->promotion);
  g_assert_cmpint (report->promotion_months, ==, 0);
  g_assert_cmpint (report->contract_id, ==, 0);
  g_assert_null (report->contract_end);

  /* In model order, each counted from 31 January 2025. */
  g_assert_cmpuint (report->parts->len, ==, 5);
  g_assert_cmpint (((AsPartWarranty *) report->parts->pdata[0])->part_id, ==, 11);
  g_assert_cmpstr (((AsPartWarranty *) report->parts->pdata[0])->name, ==, "Motor");
  g_assert_cmpint (((AsPartWarranty *) report->parts->pdata[4])->part_id, ==, 15);
  assert_part (report, 11, 60, "2030-01-30", TRUE);
  assert_part (report, 12, 24, "2027-01-30", TRUE);
  assert_part (report, 13, 12, "2026-01-30", TRUE);
  assert_part (report, 14, 6, "2025-07-30", TRUE);     /* its last day */
  assert_part (report, 15, 0, "2025-01-30", FALSE);    /* never covered */
  g_assert_cmpstr (report->proposed_category, ==, "free");
}

static void
test_last_covered_day (Fixture       *fixture,
                       gconstpointer  data)
{
  struct { const char *on; gboolean motor, drum, board, seal; const char *category; } days[] = {
    { "2025-01-31", TRUE, TRUE, TRUE, TRUE, "free" },     /* the sale day */
    { "2025-07-30", TRUE, TRUE, TRUE, TRUE, "free" },
    { "2025-07-31", TRUE, TRUE, TRUE, FALSE, "free" },
    { "2025-12-31", TRUE, TRUE, TRUE, FALSE, "free" },
    { "2030-01-30", TRUE, FALSE, FALSE, FALSE, "free" },
    { "2030-01-31", FALSE, FALSE, FALSE, FALSE, "paid" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(AsWarrantyReport) report = check (fixture, "WM-A", days[i].on);

      g_test_message ("WM-A on %s", days[i].on);
      g_assert_cmpint (report->contract_id, ==, 0);
      g_assert_cmpint (part (report, 11)->in_warranty, ==, days[i].motor);
      g_assert_cmpint (part (report, 12)->in_warranty, ==, days[i].drum);
      g_assert_cmpint (part (report, 13)->in_warranty, ==, days[i].board);
      g_assert_cmpint (part (report, 14)->in_warranty, ==, days[i].seal);
      g_assert_cmpstr (report->proposed_category, ==, days[i].category);
    }

  /* Out of contract years: 2027-01-30 is the drum's last day. */
  {
    g_autoptr(AsWarrantyReport) last = check (fixture, "WM-A", "2027-01-30");
    g_autoptr(AsWarrantyReport) after = check (fixture, "WM-A", "2027-01-31");

    g_assert_true (part (last, 12)->in_warranty);
    g_assert_false (part (after, 12)->in_warranty);
    g_assert_true (part (after, 11)->in_warranty);
    g_assert_cmpstr (after->proposed_category, ==, "free");
  }
}

/* The same day of the month N months later, clamped to shorter months,
 * less one day. */
static void
test_month_ends (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AsWarrantyReport) august = check (fixture, "TV-A", "2025-09-29");
  g_autoptr(AsWarrantyReport) august_after = check (fixture, "TV-A", "2025-09-30");
  g_autoptr(AsWarrantyReport) leap = check (fixture, "TV-B", "2024-03-28");
  g_autoptr(AsWarrantyReport) leap_after = check (fixture, "TV-B", "2024-03-29");

  /* 31 August + 1 month = 30 September (clamped); covered through the 29th. */
  assert_part (august, 21, 1, "2025-09-29", TRUE);
  assert_part (august_after, 21, 1, "2025-09-29", FALSE);
  /* 29 February 2024 + 1 month = 29 March; + 24 months = 28 February 2026. */
  assert_part (leap, 21, 1, "2024-03-28", TRUE);
  assert_part (leap_after, 21, 1, "2024-03-28", FALSE);
  assert_part (leap, 22, 24, "2026-02-27", TRUE);
}

/* ------------------------------------------------------------- promotions */

static void
test_promotions (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AsWarrantyReport) last_day = check (fixture, "WM-B", "2026-09-15");
  g_autoptr(AsWarrantyReport) after = check (fixture, "WM-C", "2026-09-15");
  g_autoptr(AsWarrantyReport) first_day = check (fixture, "WM-D", "2026-09-15");
  g_autoptr(AsWarrantyReport) before = check (fixture, "WM-E", "2026-09-15");
  g_autoptr(AsWarrantyReport) other_model = check (fixture, "TV-A", "2026-09-15");

  /* Sold on the last day of both promotions: the better one, 12 months. */
  g_assert_cmpstr (last_day->promotion, ==, "Summer 2025");
  g_assert_cmpint (last_day->promotion_months, ==, 12);
  assert_part (last_day, 13, 24, "2027-08-30", TRUE);
  assert_part (last_day, 14, 18, "2027-02-27", TRUE);
  assert_part (last_day, 11, 72, "2031-08-30", TRUE);
  /* No warranty to extend on the wear part. */
  assert_part (last_day, 15, 0, "2025-08-30", FALSE);

  /* Sold the day after: no promotion. */
  g_assert_null (after->promotion);
  g_assert_cmpint (after->promotion_months, ==, 0);
  assert_part (after, 13, 12, "2026-08-31", FALSE);
  assert_part (after, 14, 6, "2026-02-28", FALSE);

  /* Sold on the first day: extended. Sold the day before: not. */
  g_assert_cmpstr (first_day->promotion, ==, "Summer 2025");
  assert_part (first_day, 13, 24, "2027-05-31", TRUE);
  g_assert_null (before->promotion);
  assert_part (before, 13, 12, "2026-05-30", FALSE);

  /* Promotions of model 1 do not touch model 2. */
  g_assert_null (other_model->promotion);
  assert_part (other_model, 22, 24, "2027-08-30", TRUE);
}

static void
test_promotion_added (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  {
    g_autoptr(AsWarrantyReport) report = check (fixture, "WM-C", "2026-09-15");
    g_assert_cmpstr (report->proposed_category, ==, "free");   /* the drum */
    g_assert_false (part (report, 13)->in_warranty);
  }

  id = as_promotions_add (fixture->db, 1, "Autumn", "01/09/2025", "2025-09-30", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  {
    g_autoptr(AsWarrantyReport) report = check (fixture, "WM-C", "2026-09-15");
    g_assert_cmpstr (report->promotion, ==, "Autumn");
    assert_part (report, 13, 15, "2026-11-30", TRUE);
  }

  g_assert_true (as_promotions_remove (fixture->db, id, &error));
  g_assert_no_error (error);
  {
    g_autoptr(AsWarrantyReport) report = check (fixture, "WM-C", "2026-09-15");
    g_assert_null (report->promotion);
    g_assert_false (part (report, 13)->in_warranty);
  }
}

/* ------------------------------------------------------------- contracts */

static void
test_contracts (Fixture       *fixture,
                gconstpointer  data)
{
  struct { const char *serial, *on; gint64 contract; const char *category; } cases[] = {
    { "WM-A", "2025-12-31", 0, "free" },          /* not started */
    { "WM-A", "2026-01-01", 1, "contract" },      /* first day */
    { "WM-A", "2026-12-31", 1, "contract" },      /* last day */
    { "WM-A", "2027-01-01", 0, "free" },          /* ended; motor and drum in warranty */
    { "WM-C", "2026-06-01", 0, "free" },          /* in date but expired */
    { "WM-C", "2024-06-01", 3, "contract" },      /* the older contract, active then */
    { "WM-C", "2031-06-01", 0, "paid" },          /* nothing covers it */
    { "TV-A", "2026-12-31", 0, "free" },
    { "TV-A", "2027-01-01", 4, "contract" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AsWarrantyReport) report = check (fixture, cases[i].serial, cases[i].on);

      g_test_message ("%s on %s", cases[i].serial, cases[i].on);
      g_assert_cmpint (report->contract_id, ==, cases[i].contract);
      g_assert_cmpstr (report->proposed_category, ==, cases[i].category);
    }

  {
    g_autoptr(AsWarrantyReport) report = check (fixture, "WM-A", "2026-06-01");
    g_assert_cmpstr (report->contract_end, ==, "2026-12-31");
  }

  /* A contract cancelled stops covering at once. */
  as_database_exec (fixture->db, "UPDATE contracts SET status = 'cancelled' WHERE id = 1", NULL);
  {
    g_autoptr(AsWarrantyReport) report = check (fixture, "WM-A", "2026-06-01");
    g_assert_cmpint (report->contract_id, ==, 0);
    g_assert_null (report->contract_end);
    g_assert_cmpstr (report->proposed_category, ==, "free");
  }
}

static void
test_category_for (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AsWarrantyReport) free_report = check (fixture, "WM-A", "2025-12-31");
  g_autoptr(AsWarrantyReport) contract = check (fixture, "WM-A", "2026-06-01");
  g_autoptr(AsWarrantyReport) motor_only = check (fixture, "WM-C", "2030-08-31");
  g_autoptr(AsWarrantyReport) paid = check (fixture, "WM-C", "2030-09-01");

  /* Parts of one unit charged apart: seal out, board in, filter never. */
  g_assert_cmpstr (as_warranty_category_for (free_report, 14), ==, "paid");
  g_assert_cmpstr (as_warranty_category_for (free_report, 13), ==, "free");
  g_assert_cmpstr (as_warranty_category_for (free_report, 15), ==, "paid");
  g_assert_cmpstr (as_warranty_category_for (free_report, 0), ==, "free");
  /* A part of another model is not covered by this unit's warranty. */
  g_assert_cmpstr (as_warranty_category_for (free_report, 21), ==, "paid");

  /* Under contract everything is contract work. */
  g_assert_cmpstr (as_warranty_category_for (contract, 14), ==, "contract");
  g_assert_cmpstr (as_warranty_category_for (contract, 15), ==, "contract");
  g_assert_cmpstr (as_warranty_category_for (contract, 0), ==, "contract");

  /* The motor's last day (60 months from 1 September 2025), the rest out:
   * labour and call-out follow the unit, which has a part in warranty. */
  g_assert_cmpstr (motor_only->proposed_category, ==, "free");
  g_assert_cmpstr (as_warranty_category_for (motor_only, 11), ==, "free");
  g_assert_cmpstr (as_warranty_category_for (motor_only, 12), ==, "paid");
  g_assert_cmpstr (as_warranty_category_for (motor_only, 0), ==, "free");
  /* The day after, nothing is covered. */
  g_assert_cmpstr (paid->proposed_category, ==, "paid");
  g_assert_cmpstr (as_warranty_category_for (paid, 11), ==, "paid");
  g_assert_cmpstr (as_warranty_category_for (paid, 0), ==, "paid");
}

static void
test_unknown_serial (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *serials[] = { "NO-SUCH", "", "  ", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (serials); i++)
    {
      g_autoptr(AsWarrantyReport) report = check (fixture, serials[i], "2026-06-01");

      g_assert_cmpint (report->unit_id, ==, 0);
      g_assert_cmpint (report->model_id, ==, 0);
      g_assert_cmpint (report->contract_id, ==, 0);
      g_assert_cmpuint (report->parts->len, ==, 0);
      g_assert_cmpstr (report->proposed_category, ==, "paid");
      g_assert_cmpstr (as_warranty_category_for (report, 0), ==, "paid");
      g_assert_cmpstr (as_warranty_category_for (report, 11), ==, "paid");
    }
}

static void
test_serial_case_and_today (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(AsWarrantyReport) lower = check (fixture, " wm-a ", "2025-03-01");
  g_autoptr(AsWarrantyReport) today = check (fixture, "WM-A", NULL);
  g_autoptr(AsWarrantyReport) form = check (fixture, "WM-A", "30/07/2025");
  g_autoptr(GError) error = NULL;
  AsWarrantyReport *bad;

  g_assert_cmpint (lower->unit_id, ==, 1);
  g_assert_cmpstr (lower->serial, ==, "WM-A");
  g_assert_cmpint (today->unit_id, ==, 1);
  g_assert_true (part (form, 14)->in_warranty);

  bad = as_warranty_check (fixture->db, "WM-A", "2025-02-30", &error);
  g_assert_null (bad);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

/* ------------------------------------------------------------- the store */

static void
test_store (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  AsPromotion *promotion;
  gint64 id;

  id = as_promotions_add (fixture->db, 2, "  Black Friday  ", "2025-11-28", "2025-11-28", 6,
                          &error);
  g_assert_no_error (error);
  list = as_promotions_list (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  promotion = g_ptr_array_index (list, 0);              /* TV-200 before WM-100 */
  g_assert_cmpint (promotion->id, ==, id);
  g_assert_cmpint (promotion->model_id, ==, 2);
  g_assert_cmpstr (promotion->model_label, ==, "TV-200 Television");
  g_assert_cmpstr (promotion->name, ==, "Black Friday");
  g_assert_cmpstr (promotion->sold_from, ==, "2025-11-28");
  g_assert_cmpstr (promotion->sold_to, ==, "2025-11-28");
  g_assert_cmpint (promotion->extra_months, ==, 6);
  promotion = g_ptr_array_index (list, 1);
  g_assert_cmpstr (promotion->name, ==, "Summer 2025");
  g_assert_cmpstr (((AsPromotion *) g_ptr_array_index (list, 2))->name, ==, "Launch offer");

  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log"
                                          " WHERE table_name = 'warranty_promotions'"
                                          " AND action = 'insert'", -1), ==, 1);
  g_assert_true (as_promotions_remove (fixture->db, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log"
                                          " WHERE table_name = 'warranty_promotions'"
                                          " AND action = 'delete'", -1), ==, 1);

  g_assert_false (as_promotions_remove (fixture->db, id, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
}

static void
test_store_refusals (Fixture       *fixture,
                     gconstpointer  data)
{
  struct { gint64 model; const char *name, *from, *to; int months; const char *words; } cases[] = {
    { 0, "X", "2025-01-01", "2025-01-31", 3, "Choose the product model" },
    { 99, "X", "2025-01-01", "2025-01-31", 3, "Choose the product model" },
    { 1, "  ", "2025-01-01", "2025-01-31", 3, "Give the promotion a name" },
    { 1, NULL, "2025-01-01", "2025-01-31", 3, "Give the promotion a name" },
    { 1, "X", "2025-02-30", "2025-03-31", 3, "“2025-02-30” is not a valid date" },
    { 1, "X", "2025-01-01", "soon", 3, "“soon” is not a valid date" },
    { 1, "X", "", "2025-01-31", 3, "first and the last day of sale" },
    { 1, "X", "2025-01-01", NULL, 3, "first and the last day of sale" },
    { 1, "X", "2025-02-01", "2025-01-31", 3, "ends (2025-01-31) before it starts (2025-02-01)" },
    { 1, "X", "2025-01-01", "2025-01-31", 0, "between 1 and 120 months" },
    { 1, "X", "2025-01-01", "2025-01-31", 121, "between 1 and 120 months" },
  };
  g_autofree char *before = promotion_tables (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_cmpint (as_promotions_add (fixture->db, cases[i].model, cases[i].name,
                                          cases[i].from, cases[i].to, cases[i].months,
                                          &error), ==, 0);
      g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
      if (strstr (error->message, cases[i].words) == NULL)
        g_test_message ("case %u: %s", i, error->message);
      g_assert_nonnull (strstr (error->message, cases[i].words));
      after = promotion_tables (fixture);
      g_assert_cmpstr (after, ==, before);
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/warranty/per-part", test_per_part);
  ADD ("/warranty/last-covered-day", test_last_covered_day);
  ADD ("/warranty/month-ends", test_month_ends);
  ADD ("/warranty/promotions", test_promotions);
  ADD ("/warranty/promotion-added", test_promotion_added);
  ADD ("/warranty/contracts", test_contracts);
  ADD ("/warranty/category-for", test_category_for);
  ADD ("/warranty/unknown-serial", test_unknown_serial);
  ADD ("/warranty/serial-case-and-today", test_serial_case_and_today);
  ADD ("/promotions/store", test_store);
  ADD ("/promotions/refusals", test_store_refusals);
#undef ADD

  return g_test_run ();
}
