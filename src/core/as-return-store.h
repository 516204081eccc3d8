/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"
#include "as-types.h"

G_BEGIN_DECLS

/* The departments taking part in a return or exchange (returns.departments). */
typedef enum
{
  AS_RETURN_DEPT_WAREHOUSE  = 1 << 0,
  AS_RETURN_DEPT_TRANSPORT  = 1 << 1,
  AS_RETURN_DEPT_FINANCE    = 1 << 2,
  AS_RETURN_DEPT_PRODUCTION = 1 << 3,
} AsReturnDepartment;

#define AS_RETURN_DEPT_ALL 0xf

/* The roles that decide a return or an exchange. */
#define AS_RETURN_DECIDER_ROLES (AS_ROLE_SUPERVISOR | AS_ROLE_BRANCH_MANAGER)

/* A unit's return and exchange rules on a given day: its model's windows
 * and conditions, the sale date and the days since then. */
typedef struct
{
  gint64  unit_id;
  gint64  model_id;
  gint64  customer_id;
  char   *serial;
  char   *model_label;    /* "LV-7001 Lavadora…" */
  char   *sale_date;      /* "YYYY-MM-DD" */
  int     days_since_sale;
  int     return_days;
  int     exchange_days;
  char   *conditions;
} AsReturnRules;

typedef struct
{
  gint64      unit_id;
  const char *kind;             /* "return" or "exchange" */
  const char *reason;
  guint       departments;      /* AsReturnDepartment mask */
  gint64      department_id;    /* responsible department, 0 for none */
  gint64      responsible_id;   /* responsible staff member, 0 for none */
  const char *override_reason;  /* required outside the window, else ignored */
  const char *requested_at;     /* "YYYY-MM-DD HH:MM:SS", NULL: now */
} AsReturnRequest;

AsReturnRules *as_return_store_get_rules   (AsDatabase            *db,
                                            gint64                 unit_id,
                                            const char            *on_date,
                                            GError               **error);
void           as_return_rules_free        (AsReturnRules         *rules);
int            as_return_rules_window      (const AsReturnRules   *rules,
                                            const char            *kind);
gboolean       as_return_rules_in_window   (const AsReturnRules   *rules,
                                            const char            *kind);

gint64         as_return_store_register    (AsDatabase            *db,
                                            const AsReturnRequest *request,
                                            GError               **error);
/* Only AS_RETURN_DECIDER_ROLES decide, once: "accepted" (a return with its
 * refund, an exchange with its replacement unit) or "rejected" (with a note). */
gboolean       as_return_store_decide      (AsDatabase            *db,
                                            gint64                 return_id,
                                            const char            *decision,
                                            gint64                 refund_cents,
                                            gint64                 replacement_unit_id,
                                            const char            *note,
                                            GError               **error);
/* Every returns column as text (absent when NULL), plus serial, model_label,
 * sale_date, customer_name, department_name, responsible_name,
 * registered_by_name, override_by_name, decided_by_name, replacement_serial. */
GHashTable    *as_return_store_load        (AsDatabase            *db,
                                            gint64                 return_id,
                                            GError               **error);
gboolean       as_return_store_may_decide  (AsDatabase            *db);
char          *as_return_departments_to_string (guint              departments);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsReturnRules, as_return_rules_free)

G_END_DECLS
