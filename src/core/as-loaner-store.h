/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* Loaner units (SP4): substitute units kept in a warehouse and lent to a
 * customer while their goods are under repair, linked to that repair and
 * returned afterwards. A unit is out with one customer at a time; a repair
 * cannot be closed while its loaner is out (as-repair-store.c asks
 * as_loaner_store_find_open_loan()); a loan past its due date is overdue. */

typedef struct
{
  const char *tag;            /* the unit's inventory number */
  const char *description;
  gint64      model_id;       /* 0: none */
  const char *serial;
  gint64      warehouse_id;
  const char *condition;      /* "good", "worn", "damaged" or "retired" */
} AsLoanerUnit;

/* Whether the person using the program may change the register of units
 * (@units TRUE: the warehouse, the service department, managers) or lend
 * and take back (reception too); @error says who may. */
gboolean    as_loaner_store_may            (AsDatabase         *db,
                                            gboolean            units,
                                            GError            **error);
gint64      as_loaner_store_save_unit      (AsDatabase         *db,
                                            gint64              id,
                                            const AsLoanerUnit *unit,
                                            GError            **error);
/* The loaner_units columns, model_code, warehouse_name and, while it is
 * out, loan_id, repair_id, customer_name, lent_at, due_date. */
GHashTable *as_loaner_store_load_unit      (AsDatabase         *db,
                                            gint64              id,
                                            GError            **error);
/* The loaner_loans columns, tag, description, customer_name. */
GHashTable *as_loaner_store_load_loan      (AsDatabase         *db,
                                            gint64              loan_id,
                                            GError            **error);
/* Lends @loaner_id to the customer of the open repair @repair_id until
 * @due_date ("YYYY-MM-DD", today or later). Returns the loan's id. */
gint64      as_loaner_store_lend           (AsDatabase         *db,
                                            gint64              loaner_id,
                                            gint64              repair_id,
                                            const char         *due_date,
                                            const char         *notes,
                                            GError            **error);
/* The unit comes back in @condition ("good", "worn" or "damaged"). */
gboolean    as_loaner_store_return         (AsDatabase         *db,
                                            gint64              loan_id,
                                            const char         *condition,
                                            const char         *notes,
                                            GError            **error);
/* The loan still out for @repair_id, or 0; @tag gets the unit's tag. */
gint64      as_loaner_store_find_open_loan (AsDatabase         *db,
                                            gint64              repair_id,
                                            char              **tag);
/* The proposed due date of a loan made today: the repair's promised date,
 * or today plus the loan period of the settings (14 days). */
char       *as_loaner_store_propose_due    (AsDatabase         *db,
                                            gint64              repair_id);

G_END_DECLS
