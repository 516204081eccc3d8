/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The printed documents: each PDF, read back with pdftotext, shows the
 * customer, model, fault, parts and times of its repair (the day's register,
 * the day's customers and faults); documents that do
 * not apply are refused; a PDF that cannot be written leaves nothing behind;
 * and `aftersales --print` exits 2 on wrong usage and 1 for an unknown id,
 * writing no file. Needs pdftotext (poppler-utils). */

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "as-contract-store.h"
#include "as-database.h"
#include "as-document.h"
#include "as-repair-store.h"
#include "as-reports.h"
#include "as-types.h"
#include "test-util.h"

#define COMPANY       "Servicio Técnico Ejemplo S.A."
#define CUSTOMER      "Ana Martínez López"
#define ADDRESS       "Calle Mayor 12, 3.º B, 28013 Madrid"
#define CUSTOMER_2    "Bodega Ruiz S.L."
#define MODEL_CODE    "LV-700"
#define MODEL_NAME    "Lavadora Eco 700"
#define SERIAL        "SN-LV700-0042"
#define SERIAL_2      "SN-LV700-0043"
#define FAULT         "No centrifuga y hace ruido al desaguar"
#define PART_1        "Bomba de desagüe BD-12"
#define PART_2        "Junta de puerta"
#define WORK          "Sustituida la bomba de desagüe y las juntas; centrifugado probado"
#define INSPECTION    "Funciona correctamente, sin fugas"
#define TECHNICIAN    "Luis Gómez"
#define SUPERVISOR    "Marta Sanz"
#define MANAGER       "Pedro Ortiz"
#define BRANCH        "Sucursal Centro"
#define N_EXTRA       36   /* requests enough for the technician's report to take two pages */

typedef struct
{
  char       *dir;
  char       *db_path;
  AsDatabase *db;
  gint64      returned_id;    /* taken back, repaired, inspected, returned: receipt voided */
  gint64      workshop_id;    /* taken back, still in the workshop, with a long fault */
  gint64      on_site_id;     /* repaired at the customer's */
  gint64      contract_id;
  gint64      technician_id;
  gint64      branch_id;
  char       *today;
} Fixture;

static const char *pdftotext;

/* ---------------------------------------------------------------- data set */

static void
exec_sql (AsDatabase *db,
          const char *sql)
{
  g_autoptr(GError) error = NULL;

  as_database_exec (db, sql, &error);
  g_assert_no_error (error);
}

static gint64
receive (Fixture    *fixture,
         gint64      customer_id,
         const char *serial,
         const char *fault,
         const char *category)
{
  g_autoptr(GError) error = NULL;
  AsRepairRequest request = {
    .customer_id = customer_id,
    .serial = serial,
    .fault = fault,
    .channel = "phone",
    .category = category,
    .promised_date = fixture->today,
  };
  gint64 id = as_repair_store_receive (fixture->db, &request, &error);

  g_assert_no_error (error);
  return id;
}

static void
dispatch (Fixture *fixture,
          gint64   repair_id)
{
  g_autoptr(GError) error = NULL;

  as_database_set_actor (fixture->db, 2);
  as_repair_store_dispatch (fixture->db, repair_id, "Revisar la bomba", fixture->technician_id, 0,
                            "Multímetro", PART_1, &error);
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, fixture->technician_id);
}

static void
make_people (Fixture *fixture)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO branches (id, name, address) VALUES (1, '" BRANCH "', 'Gran Vía 1');"
    "INSERT INTO staff (id, name, roles, branch_id, certificate, certificate_expiry) VALUES"
    " (1, 'Rosa Vidal', %d, 1, '', NULL),"
    " (2, '" SUPERVISOR "', %d, 1, '', NULL),"
    " (3, '" TECHNICIAN "', %d, 1, 'CT-2231', '2099-12-31'),"
    " (4, '" MANAGER "', %d, 1, '', NULL);"
    "INSERT INTO customers (id, name, address, phone, email) VALUES"
    " (1, '" CUSTOMER "', '" ADDRESS "', '600 123 456', 'ana@example.com'),"
    " (2, '" CUSTOMER_2 "', 'Polígono Sur, nave 4, Getafe', '916 000 111', '');"
    "INSERT INTO product_models (id, code, name) VALUES (1, '" MODEL_CODE "', '" MODEL_NAME "');"
    "INSERT INTO model_parts (id, model_id, name, warranty_months) VALUES"
    " (1, 1, 'Bomba de desagüe', 12), (2, 1, 'Junta de puerta', 6), (3, 1, 'Motor', 60);"
    "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
    " (1, '" SERIAL "', 1, 1, '2019-03-01'), (2, '" SERIAL_2 "', 1, 2, '2019-05-20');",
    AS_ROLE_RECEPTIONIST, AS_ROLE_SUPERVISOR, AS_ROLE_TECHNICIAN, AS_ROLE_BRANCH_MANAGER);

  exec_sql (fixture->db, sql);
  fixture->technician_id = 3;
  fixture->branch_id = 1;
}

/* Call, dispatch, paid fee, workshop, parts, work, inspection, return. */
static gint64
make_returned_repair (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  AsDatabase *db = fixture->db;
  gint64 id;

  as_database_set_actor (db, 1);
  id = receive (fixture, 1, SERIAL, FAULT, "paid");
  dispatch (fixture, id);
  as_repair_store_record_arrival (db, id, NULL, &error);
  g_assert_no_error (error);
  as_repair_store_quote_fee (db, id, 9500, &error);
  g_assert_no_error (error);
  as_repair_store_accept_fee (db, id, &error);
  g_assert_no_error (error);
  as_repair_store_take_back (db, id, &error);
  g_assert_no_error (error);
  as_repair_store_add_charge (db, id, "part", PART_1, "paid", 1, 3890, 1, &error);
  g_assert_no_error (error);
  as_repair_store_add_charge (db, id, "part", PART_2, "free", 2, 750, 2, &error);
  g_assert_no_error (error);
  as_repair_store_record_work (db, id, WORK, 95, &error);
  g_assert_no_error (error);
  as_repair_store_charge_fees (db, id, 95, TRUE, FALSE, &error);
  g_assert_no_error (error);
  as_database_set_actor (db, 2);
  as_repair_store_inspect (db, id, INSPECTION, &error);
  g_assert_no_error (error);
  as_database_set_actor (db, fixture->technician_id);
  as_repair_store_return_goods (db, id, CUSTOMER, AS_SETTLEMENT_INVOICE, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
make_workshop_repair (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) fault = g_string_new ("Pierde agua por la puerta.");
  gint64 id;

  /* A fault described at length: wrapped on the page, never cut. */
  for (int i = 0; i < 12; i++)
    g_string_append (fault, " El cliente indica que la fuga aparece solo con programas largos"
                            " y agua caliente, y que el cierre de la puerta cuesta.");
  g_string_append (fault, " FINDELADESCRIPCION");
  as_database_set_actor (fixture->db, 1);
  id = receive (fixture, 2, SERIAL_2, fault->str, "contract");
  dispatch (fixture, id);
  as_repair_store_take_back (fixture->db, id, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
make_on_site_repair (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  as_database_set_actor (fixture->db, 1);
  id = receive (fixture, 2, SERIAL_2, "No enciende", "free");
  dispatch (fixture, id);
  as_repair_store_record_work (fixture->db, id, "Cambiado el fusible", 20, &error);
  g_assert_no_error (error);
  as_repair_store_close_on_site (fixture->db, id, CUSTOMER_2, AS_SETTLEMENT_ON_THE_SPOT, &error);
  g_assert_no_error (error);
  return id;
}

static void
make_extra_repairs (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < N_EXTRA; i++)
    {
      g_autofree char *fault = g_strdup_printf ("Avería de prueba %d", i + 1);
      gint64 id;

      as_database_set_actor (fixture->db, 1);
      id = receive (fixture, 1 + i % 2, i % 2 ? SERIAL_2 : SERIAL, fault, "free");
      dispatch (fixture, id);
      as_repair_store_record_work (fixture->db, id, "Revisión", 10 + i, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *contract = NULL;

  fixture->dir = as_test_make_tmpdir ();
  fixture->db_path = g_build_filename (fixture->dir, "documents.db", NULL);
  fixture->db = as_database_open (fixture->db_path, &error);
  g_assert_no_error (error);
  fixture->today = g_date_time_format (now, "%Y-%m-%d");

  make_people (fixture);
  fixture->returned_id = make_returned_repair (fixture);
  fixture->workshop_id = make_workshop_repair (fixture);
  fixture->on_site_id = make_on_site_repair (fixture);
  if (data != NULL)
    make_extra_repairs (fixture);

  contract = g_strdup_printf ("INSERT INTO contracts (id, customer_id, start_date, end_date,"
                              " fee_cents) VALUES (7, 1, '2025-06-01', '2026-05-31', 12000);"
                              "INSERT INTO contract_units (contract_id, unit_id) VALUES (7, 1);");
  exec_sql (fixture->db, contract);
  fixture->contract_id = 7;

  as_database_set_actor (fixture->db, 4);
  as_reports_sign_branch_daily (fixture->db, fixture->branch_id, fixture->today, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->today);
}

/* ---------------------------------------------------------------- helpers */

/* The text of a PDF in drawing order (each table cell whole), every run of
 * white space made one space; pages are counted from pdftotext's form feeds. */
static char *
read_pdf_text (const char *path,
               int        *out_n_pages)
{
  const char *argv[] = { pdftotext, "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  if (out_n_pages != NULL)
    {
      *out_n_pages = 0;
      for (const char *p = out; *p != '\0'; p++)
        *out_n_pages += *p == '\f';
    }
  return g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
}

/* Marks the test failed for each of @expected (NULL-terminated) not in @text. */
static void
check_contains (const char        *what,
                const char        *text,
                const char *const *expected)
{
  for (guint i = 0; expected[i] != NULL; i++)
    if (strstr (text, expected[i]) == NULL)
      g_test_fail_printf ("%s does not show “%s”; it reads: %s", what, expected[i], text);
}

static char *
write_document (Fixture                 *fixture,
                const AsDocumentRequest *request,
                const AsCompany         *company,
                const char              *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDocument) document = as_document_new (fixture->db, request, company, &error);
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  as_document_write_pdf (document, path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static char *
make_logo (const char *dir)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 240, 90);
  cairo_t *cr = cairo_create (surface);
  char *path = g_build_filename (dir, "logo.png", NULL);

  cairo_set_source_rgb (cr, 0.1, 0.3, 0.6);
  cairo_rectangle (cr, 0, 0, 240, 90);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

/* The names of the files in @dir but "documents.db*" and "logo.png". */
static char *
list_other_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (!g_str_has_prefix (name, "documents.db") && !g_str_equal (name, "logo.png"))
      g_string_append_printf (names, "%s%s", names->len ? ", " : "", name);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* ------------------------------------------------------------- documents */

static void
test_repair_card (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *logo = make_logo (fixture->dir);
  AsCompany company = { COMPANY, logo };
  AsDocumentRequest request = { AS_DOCUMENT_REPAIR_CARD, fixture->returned_id };
  g_autofree char *path = write_document (fixture, &request, &company, "card.pdf");
  g_autofree char *number = g_strdup_printf ("Repair No. %" G_GINT64_FORMAT, fixture->returned_id);
  int n_pages;
  g_autofree char *text = read_pdf_text (path, &n_pages);

  check_contains ("The repair card", text, (const char *[]) {
    "Repair card", COMPANY, number, CUSTOMER, "600 123 456", ADDRESS, MODEL_CODE, MODEL_NAME,
    SERIAL, FAULT, "Paid", TECHNICIAN, "1:35", PART_1, PART_2, WORK, SUPERVISOR, INSPECTION,
    fixture->today, "Page 1 of 1", NULL });
  /* Hangs on the product: one sheet. */
  g_assert_cmpint (n_pages, ==, 1);
}

static void
test_service_certificate (Fixture       *fixture,
                          gconstpointer  data)
{
  AsCompany company = { COMPANY, NULL };
  AsDocumentRequest request = { AS_DOCUMENT_SERVICE_CERTIFICATE, fixture->returned_id };
  g_autofree char *path = write_document (fixture, &request, &company, "certificate.pdf");
  g_autofree char *text = read_pdf_text (path, NULL);

  /* Part 1: 38.90, part 2: 2 × 7.50, labour 95 min at 35.00/h = 55.42, call-out 25.00. */
  check_contains ("The service certificate", text, (const char *[]) {
    "Service certificate", COMPANY, CUSTOMER, ADDRESS, MODEL_NAME, SERIAL, FAULT, WORK, PART_1,
    PART_2, "38.90 €", "15.00 €", "Free (warranty)", "Total", "Customer’s signature",
    "Technician’s signature", TECHNICIAN, fixture->today, NULL });
  /* The customer's name once signed. */
  g_assert_nonnull (strstr (text, "Name: " CUSTOMER));
}

static void
test_goods_receipt (Fixture       *fixture,
                    gconstpointer  data)
{
  AsDocumentRequest returned = { AS_DOCUMENT_GOODS_RECEIPT, fixture->returned_id };
  AsDocumentRequest workshop = { AS_DOCUMENT_GOODS_RECEIPT, fixture->workshop_id };
  g_autofree char *returned_path = write_document (fixture, &returned, NULL, "voided.pdf");
  g_autofree char *workshop_path = write_document (fixture, &workshop, NULL, "receipt.pdf");
  g_autofree char *voided = read_pdf_text (returned_path, NULL);
  g_autofree char *open = read_pdf_text (workshop_path, NULL);

  check_contains ("The voided goods receipt", voided, (const char *[]) {
    "Customer goods receipt", "VOIDED", CUSTOMER, MODEL_NAME, SERIAL, FAULT, NULL });
  check_contains ("The goods receipt", open, (const char *[]) {
    "Customer goods receipt", CUSTOMER_2, MODEL_NAME, SERIAL_2, "Pierde agua por la puerta.",
    "FINDELADESCRIPCION", "Condition of the goods", "Customer’s signature", NULL });
  g_assert_null (strstr (open, "VOIDED"));
}

static void
test_goods_receipt_on_site (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsDocumentRequest request = { AS_DOCUMENT_GOODS_RECEIPT, fixture->on_site_id };
  g_autoptr(AsDocument) document = as_document_new (fixture->db, &request, NULL, &error);
  g_autofree char *others = NULL;

  g_assert_null (document);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "workshop"));
  others = list_other_files (fixture->dir);
  g_assert_cmpstr (others, ==, "");
}

static void
test_unknown_records (Fixture       *fixture,
                      gconstpointer  data)
{
  static const AsDocumentKind kinds[] = {
    AS_DOCUMENT_REPAIR_CARD, AS_DOCUMENT_SERVICE_CERTIFICATE, AS_DOCUMENT_GOODS_RECEIPT,
    AS_DOCUMENT_EXPIRY_NOTICE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GError) error = NULL;
      AsDocumentRequest request = { kinds[i], 999 };
      g_autoptr(AsDocument) document = as_document_new (fixture->db, &request, NULL, &error);

      g_assert_null (document);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "999"));
    }
}

static void
test_expiry_notice (Fixture       *fixture,
                    gconstpointer  data)
{
  AsCompany company = { COMPANY, "/nonexistent/logo.png" };
  AsDocumentRequest request = { AS_DOCUMENT_EXPIRY_NOTICE, fixture->contract_id };
  g_autofree char *path = write_document (fixture, &request, &company, "notice.pdf");
  g_autofree char *text = read_pdf_text (path, NULL);

  check_contains ("The expiry notice", text, (const char *[]) {
    "Maintenance expiry notice", COMPANY, "Contract No. 7", CUSTOMER, ADDRESS, SERIAL,
    MODEL_NAME, "31 May 2026", "120.00 €", "renew", NULL });
}

static void
test_technician_daily (Fixture       *fixture,
                       gconstpointer  data)
{
  AsDocumentRequest request = { AS_DOCUMENT_TECHNICIAN_DAILY, .date = fixture->today,
                                .staff_id = fixture->technician_id };
  g_autofree char *path = write_document (fixture, &request, NULL, "technician.pdf");
  int n_pages;
  g_autofree char *text = read_pdf_text (path, &n_pages);
  g_autofree char *last = g_strdup_printf ("Avería de prueba %d", N_EXTRA);
  g_autofree char *pages = g_strdup_printf ("Page 2 of %d", n_pages);
  const char *second_heading;

  check_contains ("The technician daily work report", text, (const char *[]) {
    "Technician daily work report", TECHNICIAN, CUSTOMER, CUSTOMER_2, MODEL_NAME, FAULT, WORK,
    "1:35", "0:20", "Avería de prueba 1", last, pages, "Reviewed by the service director", NULL });
  /* A long table goes on over pages, its headings repeated. */
  g_assert_cmpint (n_pages, >=, 2);
  second_heading = strstr (text, "Fault and work done");
  g_assert_nonnull (second_heading);
  g_assert_nonnull (strstr (second_heading + 1, "Fault and work done"));
}

static void
test_supervisor_and_branch_daily (Fixture       *fixture,
                                  gconstpointer  data)
{
  AsDocumentRequest supervisor = { AS_DOCUMENT_SUPERVISOR_DAILY, .date = fixture->today };
  AsDocumentRequest branch = { AS_DOCUMENT_BRANCH_DAILY, .date = fixture->today,
                               .branch_id = fixture->branch_id };
  g_autofree char *supervisor_path = write_document (fixture, &supervisor, NULL, "supervisor.pdf");
  g_autofree char *branch_path = write_document (fixture, &branch, NULL, "branch.pdf");
  g_autofree char *supervisor_text = read_pdf_text (supervisor_path, NULL);
  g_autofree char *branch_text = read_pdf_text (branch_path, NULL);

  check_contains ("The supervisor daily report", supervisor_text, (const char *[]) {
    "Supervisor daily report", TECHNICIAN, "Free (warranty)", "Contract", "Paid", "Total",
    "Service supervisor", NULL });
  check_contains ("The branch daily report", branch_text, (const char *[]) {
    "Branch daily report", BRANCH, TECHNICIAN, "Branch manager’s sign-off", MANAGER, NULL });
}

/* The day's page of the repair register: every request received that day,
 * with its customer, contact, product, fault, zone, category and receiver;
 * a day without calls says so. */
static void
test_day_register (Fixture       *fixture,
                   gconstpointer  data)
{
  AsDocumentRequest request = { AS_DOCUMENT_DAY_REGISTER, .date = fixture->today };
  AsDocumentRequest quiet = { AS_DOCUMENT_DAY_REGISTER, .date = "2020-01-06" };
  g_autofree char *path = write_document (fixture, &request, NULL, "register.pdf");
  g_autofree char *quiet_path = write_document (fixture, &quiet, NULL, "quiet.pdf");
  g_autofree char *text = read_pdf_text (path, NULL);
  g_autofree char *quiet_text = read_pdf_text (quiet_path, NULL);
  g_autofree char *returned = g_strdup_printf (" %" G_GINT64_FORMAT " ", fixture->returned_id);
  g_autoptr(GError) error = NULL;
  AsDocumentRequest bad = { AS_DOCUMENT_DAY_REGISTER, .date = "2026-02-30" };
  g_autoptr(AsDocument) refused = as_document_new (fixture->db, &bad, NULL, &error);

  check_contains ("The day's repair register", text, (const char *[]) {
    "Repair register", CUSTOMER, ADDRESS, "600 123 456", CUSTOMER_2, "916 000 111", MODEL_CODE,
    MODEL_NAME, SERIAL, SERIAL_2, FAULT, "FINDELADESCRIPCION", "No enciende", "Paid", "Contract",
    "Free (warranty)", "Urban", "Rosa Vidal", "Received by", "3 requests", returned, NULL });
  /* Received, not what happened next: the work done is not a register entry. */
  g_assert_null (strstr (text, WORK));
  check_contains ("An empty day's register", quiet_text, (const char *[]) {
    "Repair register", "6 January 2020", "No repair request was received on this day.", NULL });
  g_assert_null (strstr (quiet_text, CUSTOMER));
  g_assert_null (refused);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

/* ---------------------------------------------------------------- failures */

static void
test_unwritable_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  AsDocumentRequest request = { AS_DOCUMENT_REPAIR_CARD, fixture->returned_id };
  g_autoptr(AsDocument) document = as_document_new (fixture->db, &request, NULL, NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "card.pdf", NULL);
  g_autofree char *locked_dir = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *locked = g_build_filename (locked_dir, "card.pdf", NULL);
  g_autofree char *others = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (document);
  g_assert_false (as_document_write_pdf (document, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "card.pdf"));
  g_clear_error (&error);

  /* /proc takes no new files, even from root. */
  g_assert_false (as_document_write_pdf (document, "/proc/aftersales-card.pdf", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (locked_dir, 0555), ==, 0);
  if (geteuid () != 0)
    {
      g_assert_false (as_document_write_pdf (document, locked, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
    }
  else
    g_test_message ("Run as root: a read-only folder does not stop the write, not checked.");
  g_assert_false (g_file_test (locked, G_FILE_TEST_EXISTS));
  g_chmod (locked_dir, 0755);
  g_rmdir (locked_dir);

  others = list_other_files (fixture->dir);
  g_assert_cmpstr (others, ==, "");
}

/* A write that fails half way (as on a full disk: the file size limit
 * stands in for it) leaves an existing file as it was, and no partial file. */
static void
test_write_fails_half_way (Fixture       *fixture,
                           gconstpointer  data)
{
  AsDocumentRequest request = { AS_DOCUMENT_SERVICE_CERTIFICATE, fixture->returned_id };
  g_autoptr(AsDocument) document = as_document_new (fixture->db, &request, NULL, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "certificate.pdf", NULL);
  g_autofree char *others = NULL;
  g_autoptr(GError) error = NULL;
  AsTestFingerprint before;
  struct rlimit saved, limited;
  gboolean written;

  g_assert_true (g_file_set_contents (path, "the previous certificate", -1, NULL));
  as_test_fingerprint (path, &before);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 2048;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  written = as_document_write_pdf (document, path, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

  g_assert_false (written);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "certificate.pdf"));
  as_test_assert_unchanged (path, &before);
  as_test_fingerprint_clear (&before);
  g_unlink (path);
  others = list_other_files (fixture->dir);
  g_assert_cmpstr (others, ==, "");
}

/* ------------------------------------------------------------ command line */

static int
run_cli (Fixture           *fixture,
         const char *const *args,
         char             **out_err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("AFTERSALES_BIN"));
  g_ptr_array_add (argv, "--database");
  g_ptr_array_add (argv, fixture->db_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, &out, out_err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->returned_id);
  g_autofree char *on_site = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->on_site_id);
  const char *o = output, *d = fixture->today;
  const struct
  {
    int         status;
    const char *args[12];
  } cases[] = {
    { 2, { "--print", "bogus", "--id", "1", "--output", o } },
    { 2, { "--print", "repair-card", "--output", o } },
    { 2, { "--print", "repair-card", "--id", "abc", "--output", o } },
    { 2, { "--print", "repair-card", "--id", "0", "--output", o } },
    { 2, { "--print", "repair-card", "--id", "-3", "--output", o } },
    { 2, { "--print", "repair-card", "--id", "1" } },
    { 2, { "--print", "repair-card", "--id", "1", "--output", "" } },
    { 2, { "--print", "repair-card", "--id", "1", "--date", d, "--output", o } },
    { 2, { "--print", "technician-daily", "--id", "1", "--date", d, "--output", o } },
    { 2, { "--print", "technician-daily", "--output", o } },
    { 2, { "--print", "technician-daily", "--date", "2026-02-30", "--output", o } },
    { 2, { "--print", "technician-daily", "--date", "yesterday", "--output", o } },
    { 2, { "--print", "technician-daily", "--date", d, "--staff", "x", "--output", o } },
    { 2, { "--print", "supervisor-daily", "--date", d, "--staff", "3", "--output", o } },
    { 2, { "--print", "branch-daily", "--date", d, "--output", o } },
    { 2, { "--print", "technician-daily", "--date", d, "--branch", "1", "--output", o } },
    { 2, { "--print", "day-register", "--output", o } },
    { 2, { "--print", "day-register", "--date", d } },
    { 2, { "--print", "day-register", "--id", "1", "--date", d, "--output", o } },
    { 2, { "--print", "day-register", "--date", d, "--staff", "3", "--output", o } },
    { 2, { "--print", "day-register", "--date", d, "--branch", "1", "--output", o } },
    { 2, { "--print", "day-register", "--date", "2026-13-01", "--output", o } },
    { 2, { "--id", "1", "--output", o } },
    { 2, { "--print" } },
    { 1, { "--print", "repair-card", "--id", "999", "--output", o } },
    { 1, { "--print", "service-certificate", "--id", "999", "--output", o } },
    { 1, { "--print", "expiry-notice", "--id", "999", "--output", o } },
    { 1, { "--print", "goods-receipt", "--id", on_site, "--output", o } },
    { 1, { "--print", "technician-daily", "--date", d, "--staff", "999", "--output", o } },
    { 1, { "--print", "branch-daily", "--date", d, "--branch", "999", "--output", o } },
    { 1, { "--print", "repair-card", "--id", id, "--output", "/proc/no/such/out.pdf" } },
  };
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;
      g_autofree char *shown = g_strjoinv (" ", (char **) cases[i].args);
      int status = run_cli (fixture, cases[i].args, &err);

      if (status != cases[i].status)
        g_string_append_printf (problems, "; `%s` exited %d, expected %d (stderr: %s)", shown,
                                status, cases[i].status, g_strstrip (err));
      else if (*g_strstrip (err) == '\0')
        g_string_append_printf (problems, "; `%s` gave no message on stderr", shown);
      if (g_file_test (output, G_FILE_TEST_EXISTS))
        {
          g_string_append_printf (problems, "; `%s` wrote the output file", shown);
          g_unlink (output);
        }
    }
  if (problems->len > 0)
    g_test_fail_printf ("--print:%s", problems->str + 1);
}

static void
test_cli_writes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->dir, "card.pdf", NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->returned_id);
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  int status = run_cli (fixture, (const char *[]) { "--print", "repair-card", "--id", id,
                                                    "--output", output, NULL }, &err);

  g_assert_cmpint (status, ==, 0);
  text = read_pdf_text (output, NULL);
  check_contains ("The repair card from the command line", text, (const char *[]) {
    "Repair card", CUSTOMER, MODEL_NAME, FAULT, PART_1, "1:35", NULL });
  g_unlink (output);

  status = run_cli (fixture, (const char *[]) { "--print", "branch-daily", "--date", fixture->today,
                                                "--branch", "1", "--output", output, NULL }, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
  g_unlink (output);

  status = run_cli (fixture, (const char *[]) { "--print", "day-register", "--date", fixture->today,
                                                "--output", output, NULL }, NULL);
  g_assert_cmpint (status, ==, 0);
  g_free (text);
  text = read_pdf_text (output, NULL);
  check_contains ("The day's register from the command line", text, (const char *[]) {
    "Repair register", CUSTOMER, CUSTOMER_2, FAULT, "No enciende", NULL });
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  pdftotext = g_find_program_in_path ("pdftotext");
  if (pdftotext == NULL)
    {
      g_print ("1..0 # SKIP pdftotext (poppler-utils) is not installed\n");
      return 0;
    }

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/documents/repair-card", test_repair_card);
  ADD ("/documents/service-certificate", test_service_certificate);
  ADD ("/documents/goods-receipt", test_goods_receipt);
  ADD ("/documents/goods-receipt/on-site", test_goods_receipt_on_site);
  ADD ("/documents/unknown-records", test_unknown_records);
  ADD ("/documents/expiry-notice", test_expiry_notice);
  g_test_add ("/documents/technician-daily", Fixture, GINT_TO_POINTER (1), fixture_setup,
              test_technician_daily, fixture_teardown);
  ADD ("/documents/supervisor-and-branch-daily", test_supervisor_and_branch_daily);
  ADD ("/documents/day-register", test_day_register);
  ADD ("/documents/write/unwritable-folder", test_unwritable_folder);
  ADD ("/documents/write/fails-half-way", test_write_fails_half_way);
  if (g_getenv ("AFTERSALES_BIN") != NULL)
    {
      ADD ("/documents/cli/refusals", test_cli);
      ADD ("/documents/cli/writes", test_cli_writes);
    }
#undef ADD

  return g_test_run ();
}
