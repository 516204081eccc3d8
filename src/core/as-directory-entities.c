/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The shared records of the Directory: their fields and their lists. */

#include <glib/gi18n.h>

#include "as-directory.h"

#define N(array) G_N_ELEMENTS (array)

static const char *const zone_choices[] = { "urban", "suburban", NULL };
static const char *const department_kinds[] = {
  "rd", "design", "production", "technical", "warehouse_transport", "marketing",
  "finance", "purchasing", "after_sales", "hotline_supervision", "channel", "management",
  "other", NULL
};

/* ------------------------------------------------------------- customers */

static const AsField customer_fields[] = {
  { "name", N_("Name"), AS_FIELD_TEXT, TRUE },
  { "address", N_("Address"), AS_FIELD_TEXT },
  { "phone", N_("Phone"), AS_FIELD_PHONE },
  { "email", N_("E-mail"), AS_FIELD_EMAIL },
  { "zone", N_("Zone"), AS_FIELD_CHOICE, TRUE, .choices = zone_choices, .default_value = "urban" },
  { "key_customer", N_("Key customer"), AS_FIELD_BOOL },
};

static const AsListColumn customer_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 6 },
  { "name", N_("Name"), "t.name", "t.name_key", AS_COLUMN_TEXT, 24 },
  { "address", N_("Address"), "t.address", NULL, AS_COLUMN_TEXT, 30 },
  { "phone", N_("Phone"), "t.phone", NULL, AS_COLUMN_TEXT, 14 },
  { "email", N_("E-mail"), "t.email", NULL, AS_COLUMN_TEXT, 20 },
  { "zone", N_("Zone"), "t.zone", NULL, AS_COLUMN_CODE, 9 },
  { "key", N_("Key customer"), "t.key_customer", NULL, AS_COLUMN_BOOL, 6 },
};

static const AsListFilter customer_filters[] = {
  { "key", N_("Key customers"), "t.key_customer = 1" },
  { "suburban", N_("Suburban"), "t.zone = 'suburban'" },
};

static const AsListSpec customer_list = {
  .name = "customers", .table = "customers", .from = "customers t",
  .fts_table = "customer_fts",
  .columns = customer_columns, .n_columns = N (customer_columns),
  .filters = customer_filters, .n_filters = N (customer_filters),
  .default_sort = "name",
};

/* ----------------------------------------------------------------- staff */

static const AsField staff_fields[] = {
  { "name", N_("Name"), AS_FIELD_TEXT, TRUE },
  { "roles", N_("Roles"), AS_FIELD_ROLES },
  { "branch_id", N_("Branch"), AS_FIELD_REFERENCE, .reference = "branches" },
  { "department_id", N_("Department"), AS_FIELD_REFERENCE, .reference = "departments" },
  { "phone", N_("Phone"), AS_FIELD_PHONE },
  { "email", N_("E-mail"), AS_FIELD_EMAIL },
  { "certificate", N_("Qualification certificate"), AS_FIELD_TEXT },
  { "certificate_expiry", N_("Certificate expires"), AS_FIELD_DATE },
  { "active", N_("Active"), AS_FIELD_BOOL, .default_value = "1" },
};

static const AsListColumn staff_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 5 },
  { "name", N_("Name"), "t.name", "as_fold (t.name)", AS_COLUMN_TEXT, 22 },
  { "roles", N_("Roles"), "t.roles", NULL, AS_COLUMN_ROLES, 24 },
  { "branch", N_("Branch"), "b.name", NULL, AS_COLUMN_TEXT, 16 },
  { "department", N_("Department"), "d.name", NULL, AS_COLUMN_TEXT, 16 },
  { "certificate", N_("Certificate"), "t.certificate", NULL, AS_COLUMN_TEXT, 12 },
  { "expiry", N_("Expires"), "t.certificate_expiry", NULL, AS_COLUMN_DATE, 10 },
  { "active", N_("Active"), "t.active", NULL, AS_COLUMN_BOOL, 5 },
};

static const AsListFilter staff_filters[] = {
  { "technicians", N_("Technicians"), "t.roles & 2" },
  { "expired", N_("Expired certificates"),
    "t.certificate_expiry < date('now', 'localtime') AND t.roles & 2" },
  { "inactive", N_("Inactive"), "t.active = 0" },
};

static const AsListSpec staff_list = {
  .name = "staff", .table = "staff",
  .from = "staff t",
  .joins = "LEFT JOIN branches b ON b.id = t.branch_id"
           " LEFT JOIN departments d ON d.id = t.department_id",
  .like_expr = "t.name || ' ' || t.certificate || ' ' || t.phone",
  .columns = staff_columns, .n_columns = N (staff_columns),
  .filters = staff_filters, .n_filters = N (staff_filters),
  .default_sort = "name",
};

/* -------------------------------------------------------------- branches */

static const AsField branch_fields[] = {
  { "name", N_("Name"), AS_FIELD_TEXT, TRUE, TRUE },
  { "address", N_("Address"), AS_FIELD_TEXT },
  { "phone", N_("Phone"), AS_FIELD_PHONE },
  { "is_centre", N_("Service centre"), AS_FIELD_BOOL },
};

static const AsListColumn branch_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 5 },
  { "name", N_("Name"), "t.name", "as_fold (t.name)", AS_COLUMN_TEXT, 24 },
  { "address", N_("Address"), "t.address", NULL, AS_COLUMN_TEXT, 30 },
  { "phone", N_("Phone"), "t.phone", NULL, AS_COLUMN_TEXT, 14 },
  { "centre", N_("Service centre"), "t.is_centre", NULL, AS_COLUMN_BOOL, 6 },
};

static const AsListSpec branch_list = {
  .name = "branches", .table = "branches", .from = "branches t",
  .like_expr = "t.name || ' ' || t.address",
  .columns = branch_columns, .n_columns = N (branch_columns),
  .default_sort = "name",
};

/* ----------------------------------------------------------- departments */

static const AsField department_fields[] = {
  { "name", N_("Name"), AS_FIELD_TEXT, TRUE, TRUE },
  { "kind", N_("Handles"), AS_FIELD_CHOICE, TRUE, .choices = department_kinds },
};

static const AsListColumn department_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 5 },
  { "name", N_("Name"), "t.name", "as_fold (t.name)", AS_COLUMN_TEXT, 28 },
  { "kind", N_("Handles"), "t.kind", "t.kind", AS_COLUMN_CODE, 24 },
};

static const AsListSpec department_list = {
  .name = "departments", .table = "departments", .from = "departments t",
  .like_expr = "t.name",
  .columns = department_columns, .n_columns = N (department_columns),
  .default_sort = "name",
};

/* ------------------------------------------------------------- providers */

static const AsField provider_fields[] = {
  { "name", N_("Name"), AS_FIELD_TEXT, TRUE, TRUE },
  { "contact", N_("Contact person"), AS_FIELD_TEXT },
  { "phone", N_("Phone"), AS_FIELD_PHONE },
  { "email", N_("E-mail"), AS_FIELD_EMAIL },
  { "contract_end", N_("Contract ends"), AS_FIELD_DATE },
};

static const AsListColumn provider_columns[] = {
  { "id", N_("No."), "t.id", "t.id", AS_COLUMN_NUMBER, 5 },
  { "name", N_("Name"), "t.name", "as_fold (t.name)", AS_COLUMN_TEXT, 24 },
  { "contact", N_("Contact person"), "t.contact", NULL, AS_COLUMN_TEXT, 18 },
  { "phone", N_("Phone"), "t.phone", NULL, AS_COLUMN_TEXT, 14 },
  { "email", N_("E-mail"), "t.email", NULL, AS_COLUMN_TEXT, 20 },
  { "contract_end", N_("Contract ends"), "t.contract_end", "t.contract_end", AS_COLUMN_DATE, 10 },
};

static const AsListSpec provider_list = {
  .name = "providers", .table = "providers", .from = "providers t",
  .like_expr = "t.name || ' ' || t.contact",
  .columns = provider_columns, .n_columns = N (provider_columns),
  .default_sort = "name",
};

/* -------------------------------------------------------- product models */

static const AsField model_fields[] = {
  { "code", N_("Code"), AS_FIELD_TEXT, TRUE, TRUE },
  { "name", N_("Name"), AS_FIELD_TEXT, TRUE },
  { "service_life_months", N_("Service life (months)"), AS_FIELD_INTEGER },
  { "return_days", N_("Return window (days)"), AS_FIELD_INTEGER, .default_value = "7" },
  { "exchange_days", N_("Exchange window (days)"), AS_FIELD_INTEGER, .default_value = "15" },
  { "return_conditions", N_("Return and exchange conditions"), AS_FIELD_LONG_TEXT },
};

static const AsListColumn model_columns[] = {
  { "code", N_("Code"), "t.code", "t.code", AS_COLUMN_TEXT, 10 },
  { "name", N_("Name"), "t.name", "as_fold (t.name)", AS_COLUMN_TEXT, 28 },
  { "parts", N_("Parts"), "(SELECT count(*) FROM model_parts p WHERE p.model_id = t.id)",
    NULL, AS_COLUMN_NUMBER, 5 },
  { "life", N_("Service life (months)"), "t.service_life_months", NULL, AS_COLUMN_NUMBER, 8 },
  { "return", N_("Return (days)"), "t.return_days", NULL, AS_COLUMN_NUMBER, 6 },
  { "exchange", N_("Exchange (days)"), "t.exchange_days", NULL, AS_COLUMN_NUMBER, 6 },
};

static const AsListSpec model_list = {
  .name = "product_models", .table = "product_models", .from = "product_models t",
  .like_expr = "t.code || ' ' || t.name",
  .columns = model_columns, .n_columns = N (model_columns),
  .default_sort = "code",
};

/* ----------------------------------------------------------- model parts */

static const AsField part_fields[] = {
  { "model_id", N_("Product model"), AS_FIELD_REFERENCE, TRUE, .reference = "product_models" },
  { "name", N_("Part"), AS_FIELD_TEXT, TRUE },
  { "warranty_months", N_("Warranty (months)"), AS_FIELD_INTEGER, TRUE,
    .default_value = "12" },
};

static const AsListColumn part_columns[] = {
  { "model", N_("Product model"), "m.code || ' ' || m.name", NULL, AS_COLUMN_TEXT, 26 },
  { "name", N_("Part"), "t.name", "as_fold (t.name)", AS_COLUMN_TEXT, 24 },
  { "warranty", N_("Warranty (months)"), "t.warranty_months", "t.warranty_months",
    AS_COLUMN_NUMBER, 8 },
};

static const AsListSpec part_list = {
  .name = "model_parts", .table = "model_parts",
  .from = "model_parts t",
  .joins = "LEFT JOIN product_models m ON m.id = t.model_id",
  .like_expr = "m.code || ' ' || m.name || ' ' || t.name",
  .columns = part_columns, .n_columns = N (part_columns),
  .default_sort = "name",
};

/* ------------------------------------------------------------ units sold */

static const AsField unit_fields[] = {
  { "serial", N_("Serial number"), AS_FIELD_TEXT, TRUE, TRUE },
  { "model_id", N_("Product model"), AS_FIELD_REFERENCE, TRUE, .reference = "product_models" },
  { "customer_id", N_("Customer"), AS_FIELD_REFERENCE, .reference = "customers" },
  { "sale_date", N_("Sale date"), AS_FIELD_DATE, TRUE },
  { "retailer", N_("Retailer"), AS_FIELD_TEXT },
};

static const AsListColumn unit_columns[] = {
  { "serial", N_("Serial number"), "t.serial", "t.serial", AS_COLUMN_TEXT, 16 },
  { "model", N_("Product model"), "m.code || ' ' || m.name", NULL, AS_COLUMN_TEXT, 24 },
  { "customer", N_("Customer"), "c.name", NULL, AS_COLUMN_TEXT, 22 },
  { "sale_date", N_("Sale date"), "t.sale_date", "t.sale_date", AS_COLUMN_DATE, 10 },
  { "retailer", N_("Retailer"), "t.retailer", NULL, AS_COLUMN_TEXT, 16 },
};

static const AsListSpec unit_list = {
  .name = "units", .table = "units",
  .from = "units t",
  .joins = "LEFT JOIN product_models m ON m.id = t.model_id"
           " LEFT JOIN customers c ON c.id = t.customer_id",
  .like_expr = "t.serial",
  .columns = unit_columns, .n_columns = N (unit_columns),
  .default_sort = "serial",
};

/* -------------------------------------------------------------- entities */

static const AsEntity entities[] = {
  { "customers", N_("Customer"), N_("Customers"), "t.name",
    customer_fields, N (customer_fields), &customer_list, 0,
    N_("New Customer"), N_("Edit Customer"), N_("No customers yet"),
    N_("Add the first customer with the Add button (Ctrl+N).") },
  { "staff", N_("Staff member"), N_("Staff"), "t.name",
    staff_fields, N (staff_fields), &staff_list, AS_ROLE_SUPERVISOR | AS_ROLE_BRANCH_MANAGER,
    N_("New Staff Member"), N_("Edit Staff Member"), N_("No staff yet"),
    N_("Add the people who use the program, with their roles, with the Add button (Ctrl+N).") },
  { "branches", N_("Branch"), N_("Branches"), "t.name",
    branch_fields, N (branch_fields), &branch_list, AS_ROLE_SUPERVISOR | AS_ROLE_BRANCH_MANAGER,
    N_("New Branch"), N_("Edit Branch"), N_("No branches yet"),
    N_("Add the service centre and its branches with the Add button (Ctrl+N).") },
  { "departments", N_("Department"), N_("Departments"), "t.name",
    department_fields, N (department_fields), &department_list,
    AS_ROLE_SUPERVISOR | AS_ROLE_BRANCH_MANAGER,
    N_("New Department"), N_("Edit Department"), N_("No departments yet"),
    N_("Add the departments that complaints are routed to with the Add button (Ctrl+N).") },
  { "providers", N_("Service provider"), N_("Service providers"), "t.name",
    provider_fields, N (provider_fields), &provider_list, 0,
    N_("New Service Provider"), N_("Edit Service Provider"), N_("No service providers yet"),
    N_("Add the contracted providers that may take on repairs with the Add button (Ctrl+N).") },
  { "product_models", N_("Product model"), N_("Product models"), "t.code || ' ' || t.name",
    model_fields, N (model_fields), &model_list, 0,
    N_("New Product Model"), N_("Edit Product Model"), N_("No product models yet"),
    N_("Add the first product model, with its return and exchange windows, with the Add "
       "button (Ctrl+N).") },
  { "model_parts", N_("Model part"), N_("Model parts"), "t.name",
    part_fields, N (part_fields), &part_list, 0,
    N_("New Model Part"), N_("Edit Model Part"), N_("No model parts yet"),
    N_("Add the parts of each product model and their warranty with the Add button (Ctrl+N).") },
  { "units", N_("Unit sold"), N_("Units sold"), "t.serial",
    unit_fields, N (unit_fields), &unit_list, 0,
    N_("New Unit Sold"), N_("Edit Unit Sold"), N_("No units sold yet"),
    N_("Add the first unit sold, with its serial number and sale date, with the Add button "
       "(Ctrl+N).") },
};

/**
 * as_directory_get_entities:
 *
 * Returns: (transfer none) (array length=n_entities): every Directory entity
 */
const AsEntity *
as_directory_get_entities (guint *n_entities)
{
  *n_entities = N (entities);
  return entities;
}
