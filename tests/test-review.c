/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The monthly reviews on a small known data set: the averages per criterion,
 * repairs done, arrival deadlines kept in percent, hours worked, complaints
 * and returns attributed, for technicians and departments, each counting
 * only its month; and the printed reviews. */

#include <locale.h>
#include <math.h>
#include <string.h>

#include "as-database.h"
#include "as-document.h"
#include "as-review.h"
#include "test-util.h"

typedef AsTestDb Fixture;

/* October 2026. Ana (1) and Blas (2) are technicians, Ciro (3) a technician
 * without work this month, Dora (4) an inactive technician without work, Eva
 * (5) a receptionist. Repairs 1–3 and 5 are Ana's, 4 Blas's. */
static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro');"
  "INSERT INTO departments (id, name, kind) VALUES (1, 'Producción', 'production'),"
  "  (2, 'Marketing', 'marketing'), (3, 'Compras', 'purchasing');"
  "INSERT INTO staff (id, name, roles, branch_id, department_id, active) VALUES"
  "  (1, 'Ana Técnica', 2, 1, 1, 1), (2, 'Blas Técnico', 2, 1, 2, 1),"
  "  (3, 'Ciro Técnico', 2, 1, 1, 1), (4, 'Dora Baja', 2, 1, 1, 0),"
  "  (5, 'Eva Recepción', 1, 1, 2, 1);"
  "INSERT INTO customers (id, name) VALUES (1, 'Cliente');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'U-1', 1, 1, '2024-01-01');"
  "INSERT INTO repair_orders (id, customer_id, model_id, fault, received_at, status,"
  "  technician_id, arrival_deadline, arrived_at, closed_at) VALUES"
  /* Ana: closed in October, arrived on time. */
  "  (1, 1, 1, 'a', '2026-10-01 09:00:00', 'closed', 1, '2026-10-01 15:00:00',"
  "   '2026-10-01 14:00:00', '2026-10-02 10:00:00'),"
  /* Ana: closed in October, arrived late. */
  "  (2, 1, 1, 'b', '2026-10-05 09:00:00', 'closed', 1, '2026-10-05 15:00:00',"
  "   '2026-10-05 16:00:00', '2026-10-06 10:00:00'),"
  /* Ana: arrived on time (exactly at the deadline) in October, closed in November. */
  "  (3, 1, 1, 'c', '2026-10-30 09:00:00', 'closed', 1, '2026-10-30 15:00:00',"
  "   '2026-10-30 15:00:00', '2026-11-02 10:00:00'),"
  /* Blas: closed in October, arrived late. */
  "  (4, 1, 1, 'd', '2026-10-10 09:00:00', 'closed', 2, '2026-10-10 15:00:00',"
  "   '2026-10-11 09:00:00', '2026-10-12 10:00:00'),"
  /* Ana: arrived and closed in September. */
  "  (5, 1, 1, 'e', '2026-09-29 09:00:00', 'closed', 1, '2026-09-29 15:00:00',"
  "   '2026-09-29 10:00:00', '2026-09-30 10:00:00');"
  "INSERT INTO surveys (repair_id, surveyed_at, attitude, skill, arrival, commitment) VALUES"
  "  (1, '2026-10-03 10:00:00', 4, 3, 2, 1),"
  "  (2, '2026-10-07 10:00:00', 2, 3, 4, 3),"
  "  (4, '2026-10-13 10:00:00', 1, 1, 1, 1),"
  "  (3, '2026-11-03 10:00:00', 4, 4, 4, 4),"     /* November */
  "  (5, '2026-09-30 18:00:00', 1, 1, 1, 1);"     /* September */
  "INSERT INTO repair_events (repair_id, at, staff_id, status, minutes) VALUES"
  "  (1, '2026-10-01 14:00:00', 1, 'dispatched', 90),"
  "  (2, '2026-10-05 16:00:00', 1, 'dispatched', 45),"
  "  (5, '2026-09-30 09:00:00', 1, 'dispatched', 60),"   /* September */
  "  (4, '2026-10-11 09:00:00', 2, 'dispatched', 30),"
  "  (4, '2026-10-11 10:00:00', 2, 'dispatched', 0);"
  "INSERT INTO complaints (id, received_at, subject, kind, status, serious, department_id,"
  "  responsible_department_id, responsible_staff_id) VALUES"
  "  (1, '2026-10-04 10:00:00', 'x', 'complaint', 'answered', 1, 2, 1, 1),"
  "  (2, '2026-10-20 10:00:00', 'y', 'complaint', 'open', 0, 2, 1, 1),"
  "  (3, '2026-10-21 10:00:00', 'z', 'complaint', 'in_progress', 0, 2, NULL, NULL),"
  "  (4, '2026-10-22 10:00:00', 'w', 'complaint', 'open', 0, NULL, NULL, NULL),"
  "  (5, '2026-10-23 10:00:00', 'v', 'suggestion', 'open', 0, 1, 1, 1),"  /* not a complaint */
  "  (6, '2026-11-01 10:00:00', 'u', 'complaint', 'open', 0, 1, 1, 1);"   /* November */
  "INSERT INTO returns (id, unit_id, kind, reason, requested_at, department_id, responsible_id,"
  "  refund_cents) VALUES"
  "  (1, 1, 'return', 'r', '2026-10-08 10:00:00', 1, 2, 1500),"
  "  (2, 1, 'exchange', 'r', '2026-10-09 10:00:00', 1, NULL, 0),"
  "  (3, 1, 'return', 'r', '2026-11-09 10:00:00', 1, 2, 999);";         /* November */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  as_test_db_setup (fixture, data);
  g_assert_true (as_database_exec (fixture->db, data_set, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  as_test_db_teardown (fixture, data);
}

static const AsTechnicianReview *
find_technician (GPtrArray  *rows,
                 const char *name)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const AsTechnicianReview *row = g_ptr_array_index (rows, i);
      if (g_str_equal (row->name, name))
        return row;
    }
  return NULL;
}

static const AsDepartmentReview *
find_department (GPtrArray  *rows,
                 const char *name)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const AsDepartmentReview *row = g_ptr_array_index (rows, i);
      if (g_str_equal (row->name, name))
        return row;
    }
  return NULL;
}

/* ------------------------------------------------------------------ tests */

static void
test_technicians (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = as_review_technicians (fixture->db, "2026-10", &error);
  const AsTechnicianReview *ana, *blas, *ciro;

  g_assert_no_error (error);
  /* Active technicians by name, and nobody else: Ana, Blas, Ciro. */
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((AsTechnicianReview *) g_ptr_array_index (rows, 0))->name, ==, "Ana Técnica");
  g_assert_null (find_technician (rows, "Dora Baja"));
  g_assert_null (find_technician (rows, "Eva Recepción"));

  ana = find_technician (rows, "Ana Técnica");
  g_assert_cmpuint (ana->n_surveys, ==, 2);
  g_assert_cmpfloat_with_epsilon (ana->averages[AS_SURVEY_ATTITUDE], 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ana->averages[AS_SURVEY_SKILL], 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ana->averages[AS_SURVEY_ARRIVAL], 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ana->averages[AS_SURVEY_COMMITMENT], 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ana->overall, 2.75, 1e-9);
  g_assert_cmpuint (ana->repairs_done, ==, 2);
  g_assert_cmpuint (ana->arrivals, ==, 3);
  g_assert_cmpuint (ana->arrivals_on_time, ==, 2);
  g_assert_cmpfloat_with_epsilon (as_technician_review_on_time_percent (ana), 200.0 / 3, 1e-9);
  g_assert_cmpint (ana->minutes_worked, ==, 135);
  g_assert_cmpuint (ana->complaints, ==, 2);
  g_assert_cmpuint (ana->returns, ==, 0);
  g_assert_cmpstr (ana->branch_name, ==, "Centro");

  blas = find_technician (rows, "Blas Técnico");
  g_assert_cmpuint (blas->n_surveys, ==, 1);
  g_assert_cmpfloat_with_epsilon (blas->overall, 1.0, 1e-9);
  g_assert_cmpuint (blas->repairs_done, ==, 1);
  g_assert_cmpfloat_with_epsilon (as_technician_review_on_time_percent (blas), 0.0, 1e-9);
  g_assert_cmpint (blas->minutes_worked, ==, 30);
  g_assert_cmpuint (blas->returns, ==, 1);

  ciro = find_technician (rows, "Ciro Técnico");
  g_assert_cmpuint (ciro->n_surveys, ==, 0);
  g_assert_cmpfloat_with_epsilon (ciro->overall, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (as_technician_review_on_time_percent (ciro), -1.0, 1e-9);
}

/* The totals weigh each technician's averages by their surveys. */
static void
test_technician_totals (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = as_review_technicians (fixture->db, "2026-10-15", NULL);
  g_autoptr(AsTechnicianReview) total = as_technician_review_total (rows);

  g_assert_cmpuint (total->n_surveys, ==, 3);
  g_assert_cmpfloat_with_epsilon (total->averages[AS_SURVEY_ATTITUDE], 7.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (total->averages[AS_SURVEY_COMMITMENT], 5.0 / 3, 1e-9);
  g_assert_cmpuint (total->repairs_done, ==, 3);
  g_assert_cmpuint (total->arrivals, ==, 4);
  g_assert_cmpuint (total->arrivals_on_time, ==, 2);
  g_assert_cmpfloat_with_epsilon (as_technician_review_on_time_percent (total), 50.0, 1e-9);
  g_assert_cmpint (total->minutes_worked, ==, 165);
  g_assert_cmpuint (total->complaints, ==, 2);
}

/* Another month counts only its own rows. */
static void
test_other_months (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) november = as_review_technicians (fixture->db, "2026-11", NULL);
  g_autoptr(GPtrArray) september = as_review_technicians (fixture->db, "2026-09", NULL);
  g_autoptr(GPtrArray) empty = as_review_technicians (fixture->db, "2025-01", NULL);
  const AsTechnicianReview *ana = find_technician (november, "Ana Técnica");

  g_assert_cmpuint (ana->n_surveys, ==, 1);
  g_assert_cmpuint (ana->repairs_done, ==, 1);
  g_assert_cmpuint (ana->arrivals, ==, 0);
  g_assert_cmpuint (ana->complaints, ==, 1);
  ana = find_technician (september, "Ana Técnica");
  g_assert_cmpuint (ana->repairs_done, ==, 1);
  g_assert_cmpint (ana->minutes_worked, ==, 60);
  g_assert_cmpuint (empty->len, ==, 3);
  for (guint i = 0; i < empty->len; i++)
    g_assert_cmpuint (((AsTechnicianReview *) g_ptr_array_index (empty, i))->repairs_done, ==, 0);
}

static void
test_rating_counts (Fixture       *fixture,
                    gconstpointer  data)
{
  guint counts[AS_SURVEY_N_CRITERIA][AS_SURVEY_N_LEVELS];
  g_autoptr(GError) error = NULL;

  g_assert_true (as_review_rating_counts (fixture->db, "2026-10", 1, counts, &error));
  g_assert_cmpuint (counts[AS_SURVEY_ATTITUDE][3], ==, 1);   /* a 4 */
  g_assert_cmpuint (counts[AS_SURVEY_ATTITUDE][1], ==, 1);   /* a 2 */
  g_assert_cmpuint (counts[AS_SURVEY_ATTITUDE][0], ==, 0);
  g_assert_cmpuint (counts[AS_SURVEY_SKILL][2], ==, 2);      /* two 3s */
  g_assert_true (as_review_rating_counts (fixture->db, "2026-10", 0, counts, &error));
  g_assert_cmpuint (counts[AS_SURVEY_ATTITUDE][0] + counts[AS_SURVEY_ATTITUDE][1] +
                    counts[AS_SURVEY_ATTITUDE][2] + counts[AS_SURVEY_ATTITUDE][3], ==, 3);
  g_assert_cmpuint (counts[AS_SURVEY_COMMITMENT][0], ==, 2);
}

static void
test_departments (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = as_review_departments (fixture->db, "2026-10", &error);
  g_autoptr(AsDepartmentReview) total = NULL;
  const AsDepartmentReview *production, *marketing, *purchasing, *none;

  g_assert_no_error (error);
  /* Three departments by name, then what no department answers for. */
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (((AsDepartmentReview *) g_ptr_array_index (rows, 0))->name, ==, "Compras");
  production = find_department (rows, "Producción");
  g_assert_cmpuint (production->complaints, ==, 2);
  g_assert_cmpuint (production->complaints_serious, ==, 1);
  g_assert_cmpuint (production->complaints_open, ==, 1);
  g_assert_cmpuint (production->returns, ==, 1);
  g_assert_cmpuint (production->exchanges, ==, 1);
  g_assert_cmpint (production->refund_cents, ==, 1500);
  /* Routed to marketing, nobody named responsible yet: counted there. */
  marketing = find_department (rows, "Marketing");
  g_assert_cmpuint (marketing->complaints, ==, 1);
  g_assert_cmpuint (marketing->complaints_open, ==, 1);
  purchasing = find_department (rows, "Compras");
  g_assert_cmpuint (purchasing->complaints + purchasing->returns, ==, 0);
  none = g_ptr_array_index (rows, 3);
  g_assert_cmpint (none->department_id, ==, 0);
  g_assert_cmpuint (none->complaints, ==, 1);

  total = as_department_review_total (rows);
  g_assert_cmpuint (total->complaints, ==, 4);
  g_assert_cmpuint (total->returns + total->exchanges, ==, 2);
}

static void
test_staff_attributions (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = as_review_staff_attributions (fixture->db, "2026-10", NULL);
  const AsStaffAttribution *first, *second;

  g_assert_cmpuint (rows->len, ==, 2);
  first = g_ptr_array_index (rows, 0);
  second = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (first->name, ==, "Ana Técnica");
  g_assert_cmpuint (first->complaints, ==, 2);
  g_assert_cmpstr (first->department_name, ==, "Producción");
  g_assert_cmpstr (second->name, ==, "Blas Técnico");
  g_assert_cmpuint (second->returns, ==, 1);
}

static void
test_months (Fixture       *fixture,
             gconstpointer  data)
{
  const char *bad[] = { "2026-13", "2026-00", "Oct", "2026-1", "2026-02-30", "", NULL };
  g_autofree char *first = NULL, *next = NULL, *name = NULL;

  g_assert_true (as_review_month_range ("2026-12", &first, &next));
  g_assert_cmpstr (first, ==, "2026-12-01");
  g_assert_cmpstr (next, ==, "2027-01-01");
  name = as_review_format_month ("2026-11-27");
  g_assert_cmpstr (name, ==, "November 2026");
  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_null (as_review_technicians (fixture->db, bad[i], &error));
      g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
    }
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (as_review_departments (fixture->db, NULL, &error));
    g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  }
}

/* The printed reviews carry the figures (read back with pdftotext). */
static void
test_printed (Fixture       *fixture,
              gconstpointer  data)
{
  const AsDocumentKind kinds[] = { AS_DOCUMENT_TECHNICIAN_REVIEW, AS_DOCUMENT_DEPARTMENT_REVIEW };
  const char *expected[] = { "2.75", "Producción" };
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      AsDocumentRequest request = { .kind = kinds[i], .date = "2026-10-01" };
      g_autoptr(GError) error = NULL;
      g_autoptr(AsDocument) document = as_document_new (fixture->db, &request, NULL, &error);
      g_autofree char *pdf = g_build_filename (fixture->dir, "review.pdf", NULL);
      g_autofree char *text = NULL;
      const char *argv[] = { pdftotext, pdf, "-", NULL };

      g_assert_no_error (error);
      g_assert_true (as_document_write_pdf (document, pdf, &error));
      g_assert_no_error (error);
      if (pdftotext == NULL)
        continue;
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &text, NULL, NULL, &error));
      g_assert_nonnull (strstr (text, expected[i]));
      g_assert_nonnull (strstr (text, "October 2026"));
    }
  {
    AsDocumentRequest request = { .kind = AS_DOCUMENT_TECHNICIAN_REVIEW, .date = "2026-13-01" };
    g_autoptr(GError) error = NULL;
    g_assert_null (as_document_new (fixture->db, &request, NULL, &error));
    g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/review/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("technicians", test_technicians);
  ADD ("technician-totals", test_technician_totals);
  ADD ("other-months", test_other_months);
  ADD ("rating-counts", test_rating_counts);
  ADD ("departments", test_departments);
  ADD ("staff-attributions", test_staff_attributions);
  ADD ("months", test_months);
  ADD ("printed", test_printed);
#undef ADD

  return g_test_run ();
}
