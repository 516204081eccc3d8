/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Directory: value shapes, validation messages, role-gated editing,
 * deletes of records in use, and the audit rows of every write. */

#include <locale.h>
#include <string.h>

#include "as-database.h"
#include "as-calendar.h"
#include "as-directory.h"
#include "as-settings.h"
#include "as-validate.h"
#include "test-util.h"

/* A temporary database file, removed after each test. */
typedef AsTestDb Fixture;

/* ------------------------------------------------------------- helpers */

static const AsEntity *
entity (const char *name)
{
  const AsEntity *found = as_directory_find_entity (name);

  if (found == NULL)
    g_error ("no Directory entity %s", name);
  return found;
}

/* column, value, column, value, …, NULL */
static GHashTable *
make_values (const char *first_column,
             ...)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  va_list args;

  va_start (args, first_column);
  for (const char *column = first_column; column != NULL; column = va_arg (args, const char *))
    g_hash_table_insert (values, g_strdup (column), g_strdup (va_arg (args, const char *)));
  va_end (args);
  return values;
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return as_database_query_int (fixture->db, sql, -1);
}

static char *
column_text (Fixture    *fixture,
             const char *sql)
{
  return as_test_sqlite_text (as_database_get_handle (fixture->db), sql);
}

static gint64
save_ok (Fixture    *fixture,
         const char *entity_name,
         gint64      id,
         GHashTable *values)
{
  g_autoptr(GError) error = NULL;
  gint64 saved = as_directory_save (fixture->db, entity (entity_name), id, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (saved, >, 0);
  if (id > 0)
    g_assert_cmpint (saved, ==, id);
  return saved;
}

/* The save is refused with @code and a message naming @label; not a row,
 * not an audit row is written. */
static void
assert_refused (Fixture    *fixture,
                const char *entity_name,
                gint64      id,
                GHashTable *values,
                int         code,
                const char *label)
{
  g_autoptr(GError) error = NULL;
  gint64 audit_before = count (fixture, "SELECT count(*) FROM audit_log");
  int changes_before = sqlite3_total_changes (as_database_get_handle (fixture->db));
  gint64 saved = as_directory_save (fixture->db, entity (entity_name), id, values, &error);

  g_assert_cmpint (saved, ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, code);
  if (label != NULL && strstr (error->message, label) == NULL)
    g_error ("message “%s” does not name “%s”", error->message, label);
  g_assert_cmpint (sqlite3_total_changes (as_database_get_handle (fixture->db)), ==, changes_before);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, audit_before);
  g_assert_true (sqlite3_get_autocommit (as_database_get_handle (fixture->db)));
}

static gint64
add_model (Fixture    *fixture,
           const char *code)
{
  g_autoptr(GHashTable) values = make_values ("code", code, "name", "Lavadora", "service_life_months", "60",
                                              "return_days", "7", "exchange_days", "15",
                                              "return_conditions", "Sin uso", NULL);
  return save_ok (fixture, "product_models", 0, values);
}

static gint64
add_customer (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GHashTable) values = make_values ("name", name, "address", "Calle Mayor 1",
                                              "phone", "600 000 000", "email", "cliente@example.com",
                                              "zone", "urban", "key_customer", "0", NULL);
  return save_ok (fixture, "customers", 0, values);
}

static GHashTable *
unit_values (const char *serial,
             gint64      model_id,
             gint64      customer_id,
             const char *sale_date)
{
  g_autofree char *model = g_strdup_printf ("%" G_GINT64_FORMAT, model_id);
  g_autofree char *customer = customer_id ? g_strdup_printf ("%" G_GINT64_FORMAT, customer_id) : NULL;

  return make_values ("serial", serial, "model_id", model, "customer_id", customer ? customer : "",
                      "sale_date", sale_date, "retailer", "Tienda Centro", NULL);
}

static gint64
add_staff (Fixture    *fixture,
           const char *name,
           guint       roles)
{
  g_autofree char *mask = g_strdup_printf ("%u", roles);
  g_autoptr(GHashTable) values = make_values ("name", name, "roles", mask, "branch_id", "",
                                              "department_id", "", "phone", "600 000 001",
                                              "email", "staff@example.com", "certificate", "C-1",
                                              "certificate_expiry", "2030-01-01", "active", "1", NULL);
  return save_ok (fixture, "staff", 0, values);
}

/* ------------------------------------------------------- value shapes */

static void
test_validate_phone (void)
{
  static const char *const good[] = {
    "600000000", "600 000 000", "+34 600 000 000", "(91) 123-45-67", "91.123.45.67", "123456",
    "123456789012345",
  };
  static const char *const bad[] = {
    "", "12345", "1234567890123456", "abc", "600 000 00a", "600+000000", "++34600000000",
    "600_000_000", "600/000/000", "tel: 600000000",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    if (!as_validate_phone (good[i]))
      g_error ("phone “%s” refused", good[i]);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (as_validate_phone (bad[i]))
      g_error ("phone “%s” accepted", bad[i]);
}

static void
test_validate_email (void)
{
  static const char *const good[] = {
    "ana@example.com", "a.b+c@sub.example.es", "x@y.co",
  };
  static const char *const bad[] = {
    "", "ana", "ana@", "@example.com", "ana@example", "ana@example.", "ana@.com", "ana @example.com",
    "ana@exa mple.com", "ana@@example.com", "ana@b@example.com", "ana,luis@example.com",
    "<ana@example.com>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    if (!as_validate_email (good[i]))
      g_error ("e-mail “%s” refused", good[i]);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (as_validate_email (bad[i]))
      g_error ("e-mail “%s” accepted", bad[i]);
}

static void
test_validate_date (void)
{
  static const struct { const char *in, *out; } good[] = {
    { "2026-03-31", "2026-03-31" },
    { "31/03/2026", "2026-03-31" },
    { " 2024-02-29 ", "2024-02-29" },
    { "29/02/2024", "2024-02-29" },
    { "01/12/2025", "2025-12-01" },
    { "2000-02-29", "2000-02-29" },
  };
  static const char *const bad[] = {
    "", "2026-02-30", "30/02/2026", "2025-02-29", "29/02/2025", "1900-02-29", "2026-13-01",
    "2026-00-10", "2026-04-31", "31/04/2026", "32/01/2026", "2026-01-00", "2026/01/10",
    "10-01-2026", "2026-01-10x", "2026-01-10 10:00", "tomorrow", "1899-12-31", "3000-01-01",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *date = as_validate_date (good[i].in);
      if (g_strcmp0 (date, good[i].out) != 0)
        g_error ("date “%s” gave “%s”, expected “%s”", good[i].in, date, good[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *date = as_validate_date (bad[i]);
      if (date != NULL)
        g_error ("date “%s” accepted as %s", bad[i], date);
    }
}

/* ------------------------------------------------------------ entities */

/* The descriptions match the schema: every field is a column of its table,
 * every reference names an entity, every choice field has choices. */
static void
test_entities_match_schema (Fixture       *fixture,
                            gconstpointer  data)
{
  guint n;
  const AsEntity *all = as_directory_get_entities (&n);

  g_assert_cmpuint (n, >=, 8);
  for (guint i = 0; i < n; i++)
    {
      const AsEntity *e = &all[i];

      g_assert_true (as_directory_find_entity (e->name) == e);
      g_assert_nonnull (e->list);
      g_assert_cmpstr (e->list->table, ==, e->name);
      g_assert_cmpuint (e->n_fields, >, 0);
      for (guint f = 0; f < e->n_fields; f++)
        {
          const AsField *field = &e->fields[f];
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pragma_table_info('%s')"
                                                  " WHERE name = '%s'", e->name, field->column);
          if (count (fixture, sql) != 1)
            g_error ("%s.%s is not a column", e->name, field->column);
          g_assert_true (as_entity_find_field (e, field->column) == field);
          if (field->kind == AS_FIELD_REFERENCE)
            g_assert_nonnull (as_directory_find_entity (field->reference));
          if (field->kind == AS_FIELD_CHOICE)
            g_assert_nonnull (field->choices);
        }
      g_assert_null (as_entity_find_field (e, "no_such_column"));
    }
  g_assert_null (as_directory_find_entity ("no_such_entity"));
  g_assert_null (as_directory_find_entity (NULL));
}

/* A valid value for @field; references get a record made for them. */
static char *sample_value (Fixture *fixture, const AsEntity *e, const AsField *field, guint serial);

static gint64
make_record (Fixture        *fixture,
             const AsEntity *e,
             gboolean        only_required,
             GHashTable    **out_values,
             GError        **error)
{
  static guint serial = 0;
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  gint64 id;

  serial++;
  for (guint f = 0; f < e->n_fields; f++)
    {
      const AsField *field = &e->fields[f];
      gboolean fill = !only_required || field->required;
      g_hash_table_insert (values, (gpointer) field->column,
                           fill ? sample_value (fixture, e, field, serial) : g_strdup (""));
    }
  id = as_directory_save (fixture->db, e, 0, values, error);
  if (out_values != NULL)
    *out_values = g_steal_pointer (&values);
  return id;
}

static char *
sample_value (Fixture        *fixture,
              const AsEntity *e,
              const AsField  *field,
              guint           serial)
{
  switch (field->kind)
    {
    case AS_FIELD_PHONE:
      return g_strdup ("+34 600 000 000");
    case AS_FIELD_EMAIL:
      return g_strdup ("someone@example.com");
    case AS_FIELD_DATE:
      return g_strdup ("2025-06-30");
    case AS_FIELD_INTEGER:
      return g_strdup ("12");
    case AS_FIELD_BOOL:
      return g_strdup ("1");
    case AS_FIELD_ROLES:
      return g_strdup ("2");
    case AS_FIELD_CHOICE:
      return g_strdup (field->choices[0]);
    case AS_FIELD_REFERENCE:
      {
        g_autoptr(GError) error = NULL;
        gint64 id = make_record (fixture, as_directory_find_entity (field->reference), FALSE, NULL, &error);
        g_assert_no_error (error);
        return g_strdup_printf ("%" G_GINT64_FORMAT, id);
      }
    case AS_FIELD_TEXT:
    case AS_FIELD_LONG_TEXT:
    default:
      return g_strdup_printf ("%s %s %u", e->name, field->column, serial);
    }
}

/* Every entity saved with every field filled loads back as it was saved. */
static void
test_entities_round_trip (Fixture       *fixture,
                          gconstpointer  data)
{
  guint n;
  const AsEntity *all = as_directory_get_entities (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GHashTable) values = NULL;
      g_autoptr(GHashTable) loaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *label = NULL;
      gint64 id = make_record (fixture, &all[i], FALSE, &values, &error);

      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
      loaded = as_directory_load (fixture->db, &all[i], id, &error);
      g_assert_no_error (error);
      for (guint f = 0; f < all[i].n_fields; f++)
        {
          const char *column = all[i].fields[f].column;
          g_assert_cmpstr (g_hash_table_lookup (loaded, column), ==, g_hash_table_lookup (values, column));
        }
      label = as_directory_get_label (fixture->db, &all[i], id);
      g_assert_cmpstr (label, !=, "");

      /* Saving what was loaded, unchanged, works and keeps the id. */
      g_assert_cmpint (as_directory_save (fixture->db, &all[i], id, loaded, &error), ==, id);
      g_assert_no_error (error);
    }
}

/* Every entity can be saved with only its required fields, the rest left
 * empty as a person leaves them in the editor. */
static void
test_entities_required_only (Fixture       *fixture,
                             gconstpointer  data)
{
  guint n;
  const AsEntity *all = as_directory_get_entities (&n);
  g_autoptr(GString) failures = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) loaded = NULL;
      gint64 id = make_record (fixture, &all[i], TRUE, NULL, &error);

      if (id == 0)
        {
          g_string_append_printf (failures, "%s%s: %s", failures->len ? "; " : " ", all[i].name, error->message);
          continue;
        }
      /* …and edited again as loaded. */
      loaded = as_directory_load (fixture->db, &all[i], id, &error);
      g_assert_no_error (error);
      if (as_directory_save (fixture->db, &all[i], id, loaded, &error) != id)
        g_string_append_printf (failures, "%s%s (editing): %s", failures->len ? "; " : " ", all[i].name, error->message);
    }
  if (failures->len > 0)
    g_test_fail_printf ("saving with optional fields left empty fails:%s", failures->str);
}

/* ----------------------------------------------------------- validation */

static void
test_required (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GHashTable) missing = make_values ("address", "Calle 1", "zone", "urban", NULL);
  g_autoptr(GHashTable) blank = make_values ("name", "   ", "zone", "urban", NULL);
  g_autoptr(GHashTable) no_zone = make_values ("name", "Ana", "zone", "", NULL);

  assert_refused (fixture, "customers", 0, missing, AS_DATABASE_ERROR_INVALID, "Name");
  assert_refused (fixture, "customers", 0, blank, AS_DATABASE_ERROR_INVALID, "Name");
  assert_refused (fixture, "customers", 0, no_zone, AS_DATABASE_ERROR_INVALID, "Zone");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM customers"), ==, 0);
}

static void
test_phone_and_email (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 id = add_customer (fixture, "Ana");
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;

  {
    g_autoptr(GHashTable) values = make_values ("name", "Ana", "address", "x", "phone", "call me",
                                                "email", "ana@example.com", "zone", "urban", NULL);
    assert_refused (fixture, "customers", id, values, AS_DATABASE_ERROR_INVALID, "Phone");
  }
  {
    g_autoptr(GHashTable) values = make_values ("name", "Ana", "address", "x", "phone", "600 000 000",
                                                "email", "ana@example", "zone", "urban", NULL);
    assert_refused (fixture, "customers", id, values, AS_DATABASE_ERROR_INVALID, "E-mail");
  }
  {
    /* Surrounding spaces are trimmed before checking and storing. */
    g_autoptr(GHashTable) values = make_values ("name", " Ana Ruiz ", "address", "x",
                                                "phone", "  +34 611 222 333 ",
                                                "email", " ana@example.com ", "zone", "urban", NULL);
    save_ok (fixture, "customers", id, values);
  }
  phone = column_text (fixture, "SELECT phone FROM customers");
  email = column_text (fixture, "SELECT email FROM customers");
  g_assert_cmpstr (phone, ==, "+34 611 222 333");
  g_assert_cmpstr (email, ==, "ana@example.com");
  {
    g_autofree char *name = column_text (fixture, "SELECT name FROM customers");
    g_assert_cmpstr (name, ==, "Ana Ruiz");
  }
}

static void
test_dates (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 model = add_model (fixture, "WM-1");
  g_autofree char *stored = NULL;

  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, 0, "2026-02-30");
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Sale date");
  }
  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, 0, "30/02/2026");
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Sale date");
  }
  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, 0, "next week");
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Sale date");
  }
  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, 0, "");
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Sale date");
  }
  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, 0, "31/03/2026");
    save_ok (fixture, "units", 0, values);
  }
  stored = column_text (fixture, "SELECT sale_date FROM units WHERE serial = 'S-1'");
  g_assert_cmpstr (stored, ==, "2026-03-31");
  {
    g_autoptr(GHashTable) values = unit_values ("S-2", model, 0, "2024-02-29");
    save_ok (fixture, "units", 0, values);
  }
}

static void
test_duplicates (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 model = add_model (fixture, "WM-1");
  gint64 first;

  {
    g_autoptr(GHashTable) values = unit_values ("SN-0001", model, 0, "2025-01-10");
    first = save_ok (fixture, "units", 0, values);
  }
  {
    g_autoptr(GHashTable) values = unit_values ("SN-0001", model, 0, "2025-01-11");
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Serial number");
  }
  {
    /* Serial numbers are compared without regard to case or surrounding spaces. */
    g_autoptr(GHashTable) values = unit_values (" sn-0001 ", model, 0, "2025-01-11");
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Serial number");
  }
  {
    /* A record keeps its own value when edited. */
    g_autoptr(GHashTable) values = unit_values ("SN-0001", model, 0, "2025-02-01");
    save_ok (fixture, "units", first, values);
  }
  {
    gint64 second;
    g_autoptr(GHashTable) values = unit_values ("SN-0002", model, 0, "2025-01-11");
    g_autoptr(GHashTable) clash = unit_values ("SN-0001", model, 0, "2025-01-11");
    second = save_ok (fixture, "units", 0, values);
    assert_refused (fixture, "units", second, clash, AS_DATABASE_ERROR_INVALID, "Serial number");
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM units"), ==, 2);

  /* Product model codes and branch names are unique too. */
  {
    g_autoptr(GHashTable) values = make_values ("code", "wm-1", "name", "Otra", NULL);
    assert_refused (fixture, "product_models", 0, values, AS_DATABASE_ERROR_INVALID, "Code");
  }
}

static void
test_references (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 model = add_model (fixture, "WM-1");
  gint64 customer = add_customer (fixture, "Ana");

  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model + 100, 0, "2025-01-10");
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Product model");
  }
  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, customer + 100, "2025-01-10");
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Customer");
  }
  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, 0, "2025-01-10");
    g_hash_table_insert (values, g_strdup ("model_id"), g_strdup ("WM-1"));
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Product model");
  }
  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, 0, "2025-01-10");
    g_hash_table_insert (values, g_strdup ("model_id"), g_strdup (""));
    assert_refused (fixture, "units", 0, values, AS_DATABASE_ERROR_INVALID, "Product model");
  }
  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, customer, "2025-01-10");
    save_ok (fixture, "units", 0, values);
  }
}

static void
test_choices_and_numbers (Fixture       *fixture,
                          gconstpointer  data)
{
  {
    g_autoptr(GHashTable) values = make_values ("name", "Ana", "zone", "rural", NULL);
    assert_refused (fixture, "customers", 0, values, AS_DATABASE_ERROR_INVALID, "Zone");
  }
  {
    g_autoptr(GHashTable) values = make_values ("code", "X", "name", "X", "return_days", "-1", NULL);
    assert_refused (fixture, "product_models", 0, values, AS_DATABASE_ERROR_INVALID, "Return window");
  }
  {
    g_autoptr(GHashTable) values = make_values ("code", "X", "name", "X", "return_days", "7 days", NULL);
    assert_refused (fixture, "product_models", 0, values, AS_DATABASE_ERROR_INVALID, "Return window");
  }
  {
    g_autoptr(GHashTable) values = make_values ("name", "Ana", "roles", "512", NULL);
    assert_refused (fixture, "staff", 0, values, AS_DATABASE_ERROR_INVALID, "Roles");
  }
  {
    g_autoptr(GHashTable) values = make_values ("name", "Ana", "roles", "-2", NULL);
    assert_refused (fixture, "staff", 0, values, AS_DATABASE_ERROR_INVALID, "Roles");
  }
}

/* ------------------------------------------------------ who may edit */

static void
test_can_edit (Fixture       *fixture,
               gconstpointer  data)
{
  const AsEntity *staff = entity ("staff");
  const AsEntity *customers = entity ("customers");
  gint64 technician, supervisor, manager;

  g_assert_cmpuint (staff->editor_roles & AS_ROLE_SUPERVISOR, !=, 0);
  g_assert_cmpuint (staff->editor_roles & AS_ROLE_BRANCH_MANAGER, !=, 0);

  /* Nobody holds an editor role yet: anyone may set the Directory up. */
  g_assert_true (as_directory_can_edit (fixture->db, staff));
  technician = add_staff (fixture, "Tomás", AS_ROLE_TECHNICIAN);
  g_assert_true (as_directory_can_edit (fixture->db, staff));
  supervisor = add_staff (fixture, "Sara", AS_ROLE_SUPERVISOR | AS_ROLE_TECHNICIAN);

  /* From now on only supervisors and branch managers may change staff. */
  as_database_set_actor (fixture->db, 0);
  g_assert_false (as_directory_can_edit (fixture->db, staff));
  as_database_set_actor (fixture->db, technician);
  g_assert_false (as_directory_can_edit (fixture->db, staff));
  g_assert_true (as_directory_can_edit (fixture->db, customers));
  {
    g_autoptr(GHashTable) values = make_values ("name", "Intruso", "roles", "4", "phone", "600 000 000",
                                                "email", "i@example.com", "certificate", "x",
                                                "active", "1", NULL);
    assert_refused (fixture, "staff", 0, values, AS_DATABASE_ERROR_PERMISSION, NULL);
    assert_refused (fixture, "staff", technician, values, AS_DATABASE_ERROR_PERMISSION, NULL);
  }
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (as_directory_delete (fixture->db, staff, supervisor, &error));
    g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
    g_assert_cmpint (count (fixture, "SELECT count(*) FROM staff"), ==, 2);
  }
  /* Customers are open to everyone. */
  add_customer (fixture, "Cliente de Tomás");

  as_database_set_actor (fixture->db, supervisor);
  g_assert_true (as_directory_can_edit (fixture->db, staff));
  manager = add_staff (fixture, "Marta", AS_ROLE_BRANCH_MANAGER);
  as_database_set_actor (fixture->db, manager);
  g_assert_true (as_directory_can_edit (fixture->db, staff));
  g_assert_true (as_directory_can_edit (fixture->db, entity ("branches")));

  /* An unknown actor id is nobody. */
  as_database_set_actor (fixture->db, 4242);
  g_assert_false (as_directory_can_edit (fixture->db, staff));
}

/* The service settings (fee schedule, calendar, promotions) follow the same
 * rule: once someone manages the service, only managers change them. */
static void
test_settings_need_a_manager (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsCalendar) calendar = NULL;
  gint64 receptionist, supervisor;

  /* Nobody manages yet: the first person may set the fees. */
  g_assert_true (as_settings_set_int (fixture->db, "fee.call_out_cents", 3000, &error));
  g_assert_no_error (error);

  receptionist = add_staff (fixture, "Rita", AS_ROLE_RECEPTIONIST);
  supervisor = add_staff (fixture, "Sara", AS_ROLE_SUPERVISOR);
  as_database_set_actor (fixture->db, receptionist);
  g_assert_false (as_settings_set_int (fixture->db, "fee.call_out_cents", 1, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (as_settings_get_int (fixture->db, "fee.call_out_cents", -1), ==, 3000);

  calendar = as_calendar_load (fixture->db, &error);
  g_assert_no_error (error);
  as_calendar_set_day (calendar, 7, 600, 720);
  g_assert_false (as_calendar_save (calendar, fixture->db, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM working_hours WHERE weekday = 7"), ==, 0);

  as_database_set_actor (fixture->db, supervisor);
  g_assert_true (as_settings_set_int (fixture->db, "fee.call_out_cents", 2800, &error));
  g_assert_true (as_calendar_save (calendar, fixture->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_settings_get_int (fixture->db, "fee.call_out_cents", -1), ==, 2800);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM working_hours WHERE weekday = 7"), ==, 1);
}

/* ------------------------------------------------------------- deletes */

/* The delete is refused as "in use", naming the record; the failure is
 * recorded without stopping the test so that the rest is still checked. */
static void
assert_delete_in_use (Fixture    *fixture,
                      const char *entity_name,
                      gint64      id,
                      const char *label)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (as_directory_delete (fixture->db, entity (entity_name), id, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == AS_DATABASE_ERROR);
  if (error->code != AS_DATABASE_ERROR_IN_USE || strstr (error->message, label) == NULL)
    g_test_fail_printf ("deleting %s %s that is still used: expected AS_DATABASE_ERROR_IN_USE naming"
                        " “%s”, got code %d “%s”", entity_name, label, label, error->code,
                        error->message);
}

static void
test_delete_in_use (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 model = add_model (fixture, "WM-1");
  gint64 customer = add_customer (fixture, "Ana Ocupada");
  gint64 unit;
  gint64 audit_before;

  {
    g_autoptr(GHashTable) values = unit_values ("S-1", model, customer, "2025-01-10");
    unit = save_ok (fixture, "units", 0, values);
  }
  audit_before = count (fixture, "SELECT count(*) FROM audit_log");

  assert_delete_in_use (fixture, "customers", customer, "Ana Ocupada");
  assert_delete_in_use (fixture, "product_models", model, "WM-1");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM customers"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM product_models"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, audit_before);
  g_assert_true (sqlite3_get_autocommit (as_database_get_handle (fixture->db)));

  /* Once nothing uses them they go, each with its audit row. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GHashTable) gone = NULL;
    g_assert_true (as_directory_delete (fixture->db, entity ("units"), unit, &error));
    g_assert_true (as_directory_delete (fixture->db, entity ("customers"), customer, &error));
    g_assert_no_error (error);
    gone = as_directory_load (fixture->db, entity ("customers"), customer, &error);
    g_assert_null (gone);
    g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log WHERE action = 'delete'"), ==, 2);
}

static void
test_missing_record (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = make_values ("name", "Nadie", "address", "x", "phone", "600000000",
                                              "email", "n@example.com", "zone", "urban", NULL);
  g_autoptr(GHashTable) loaded = as_directory_load (fixture->db, entity ("customers"), 777, &error);
  g_autofree char *label = NULL;

  g_assert_null (loaded);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_refused (fixture, "customers", 777, values, AS_DATABASE_ERROR_NOT_FOUND, NULL);
  g_assert_false (as_directory_delete (fixture->db, entity ("customers"), 777, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
  label = as_directory_get_label (fixture->db, entity ("customers"), 777);
  g_assert_cmpstr (label, ==, "");
}

/* ---------------------------------------------------------------- audit */

typedef struct
{
  gint64  actor;
  char   *table;
  gint64  row;
  char   *action;
  char   *details;
} AuditRow;

static void
audit_row_clear (AuditRow *row)
{
  g_free (row->table);
  g_free (row->action);
  g_free (row->details);
}

static void
last_audit_row (Fixture  *fixture,
                AuditRow *row)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (fixture->db),
                                       "SELECT coalesce(actor_id, 0), table_name, coalesce(row_id, 0),"
                                       " action, details FROM audit_log ORDER BY id DESC LIMIT 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  row->actor = sqlite3_column_int64 (stmt, 0);
  row->table = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  row->row = sqlite3_column_int64 (stmt, 2);
  row->action = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  row->details = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  sqlite3_finalize (stmt);
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", text, fragment);
}

static void
test_audit (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 actor = add_staff (fixture, "Recepción Rosa", AS_ROLE_RECEPTIONIST);
  gint64 id;
  AuditRow row = { 0 };

  /* The first staff member was added by nobody in particular. */
  last_audit_row (fixture, &row);
  g_assert_cmpint (row.actor, ==, 0);
  g_assert_cmpstr (row.table, ==, "staff");
  g_assert_cmpint (row.row, ==, actor);
  g_assert_cmpstr (row.action, ==, "insert");
  audit_row_clear (&row);

  as_database_set_actor (fixture->db, actor);
  id = add_customer (fixture, "Ana Auditada");
  last_audit_row (fixture, &row);
  g_assert_cmpint (row.actor, ==, actor);
  g_assert_cmpstr (row.table, ==, "customers");
  g_assert_cmpint (row.row, ==, id);
  g_assert_cmpstr (row.action, ==, "insert");
  assert_contains (row.details, "Ana Auditada");
  assert_contains (row.details, "600 000 000");
  audit_row_clear (&row);

  {
    g_autoptr(GHashTable) values = make_values ("name", "Ana Auditada", "address", "Calle Mayor 1",
                                                "phone", "611 111 111", "email", "cliente@example.com",
                                                "zone", "urban", "key_customer", "0", NULL);
    save_ok (fixture, "customers", id, values);
  }
  last_audit_row (fixture, &row);
  g_assert_cmpint (row.actor, ==, actor);
  g_assert_cmpint (row.row, ==, id);
  g_assert_cmpstr (row.action, ==, "update");
  /* what changed, from what to what; nothing about what stayed */
  assert_contains (row.details, "phone");
  assert_contains (row.details, "600 000 000");
  assert_contains (row.details, "611 111 111");
  g_assert_null (strstr (row.details, "Ana Auditada"));
  g_assert_null (strstr (row.details, "Calle Mayor"));
  audit_row_clear (&row);

  /* A refused save writes nothing at all. */
  {
    g_autoptr(GHashTable) values = make_values ("name", "Ana Auditada", "address", "Calle Mayor 1",
                                                "phone", "611 111 111", "email", "not-an-address",
                                                "zone", "urban", NULL);
    assert_refused (fixture, "customers", id, values, AS_DATABASE_ERROR_INVALID, "E-mail");
  }
  {
    g_autofree char *phone = column_text (fixture, "SELECT phone FROM customers");
    g_assert_cmpstr (phone, ==, "611 111 111");
  }

  {
    g_autoptr(GError) error = NULL;
    g_assert_true (as_directory_delete (fixture->db, entity ("customers"), id, &error));
    g_assert_no_error (error);
  }
  last_audit_row (fixture, &row);
  g_assert_cmpint (row.actor, ==, actor);
  g_assert_cmpstr (row.table, ==, "customers");
  g_assert_cmpint (row.row, ==, id);
  g_assert_cmpstr (row.action, ==, "delete");
  assert_contains (row.details, "Ana Auditada");
  audit_row_clear (&row);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"), ==, 4);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/phone", test_validate_phone);
  g_test_add_func ("/validate/email", test_validate_email);
  g_test_add_func ("/validate/date", test_validate_date);

#define ADD(name, func) g_test_add (name, Fixture, NULL, as_test_db_setup, func, as_test_db_teardown)
  ADD ("/directory/entities/schema", test_entities_match_schema);
  ADD ("/directory/entities/round-trip", test_entities_round_trip);
  ADD ("/directory/entities/required-only", test_entities_required_only);
  ADD ("/directory/validation/required", test_required);
  ADD ("/directory/validation/phone-email", test_phone_and_email);
  ADD ("/directory/validation/dates", test_dates);
  ADD ("/directory/validation/duplicates", test_duplicates);
  ADD ("/directory/validation/references", test_references);
  ADD ("/directory/validation/choices-numbers", test_choices_and_numbers);
  ADD ("/directory/can-edit", test_can_edit);
  ADD ("/directory/settings-need-a-manager", test_settings_need_a_manager);
  ADD ("/directory/delete-in-use", test_delete_in_use);
  ADD ("/directory/missing-record", test_missing_record);
  ADD ("/directory/audit", test_audit);
#undef ADD

  return g_test_run ();
}
