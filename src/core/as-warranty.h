/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* One part of a unit: its warranty counted from the sale date, extended by
 * any promotion that covered the sale. */
typedef struct
{
  gint64    part_id;            /* model_parts.id */
  char     *name;
  int       warranty_months;    /* including the promotion's extra months */
  char     *expires;            /* "YYYY-MM-DD", the last day covered */
  gboolean  in_warranty;        /* on the day checked */
} AsPartWarranty;

/* What reception sees while typing a serial: each part's warranty, the
 * maintenance contract in force and the service category proposed. */
typedef struct
{
  gint64     unit_id;           /* 0 when the serial is unknown */
  gint64     model_id;
  gint64     customer_id;
  char      *serial;
  char      *sale_date;
  char      *promotion;         /* name of the promotion applied, or NULL */
  int        promotion_months;
  gint64     contract_id;       /* active contract covering the unit, or 0 */
  char      *contract_end;
  GPtrArray *parts;             /* AsPartWarranty, in model order */
  char      *proposed_category; /* "free", "contract" or "paid" */
} AsWarrantyReport;

/* @serial: a unit's serial; @on: "YYYY-MM-DD", or NULL for today.
 * An unknown serial gives a report with unit_id 0 and category "paid". */
AsWarrantyReport *as_warranty_check        (AsDatabase        *db,
                                            const char        *serial,
                                            const char        *on,
                                            GError           **error);
/* The category of a charge line for @part_id (0: labour and call-out,
 * which follow the unit's best coverage). */
const char       *as_warranty_category_for (AsWarrantyReport  *report,
                                            gint64             part_id);
void              as_warranty_report_free  (AsWarrantyReport  *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsWarrantyReport, as_warranty_report_free)

G_END_DECLS
