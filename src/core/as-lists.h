/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-record-list.h"

G_BEGIN_DECLS

/* Marks in AsRecord flags. */
#define AS_RECORD_FLAG_ATTENTION (1 << 0)  /* late, urgent or below reorder point */
#define AS_RECORD_FLAG_CARRIED_OVER (1 << 1)  /* dispatch board: not dispatched on the day received */

extern const AsListSpec as_repairs_list;
extern const AsListSpec as_complaints_list;
extern const AsListSpec as_returns_list;
/* The customer-care programme (as-care-store.h chooses the inspections list). */
extern const AsListSpec as_followups_list;
extern const AsListSpec as_visits_list;
extern const AsListSpec as_meetings_list;
extern const AsListSpec as_inspections_list;
extern const AsListSpec as_inspections_hidden_list;
extern const AsListSpec as_suggestion_points_list;
extern const AsListSpec as_suggestion_collections_list;
extern const AsListSpec as_stock_list;
extern const AsListSpec as_movements_list;
/* Loaner units, and their loans to customers (overdue ones marked). */
extern const AsListSpec as_loaners_list;
extern const AsListSpec as_loans_list;
/* One part's movements (see as_stock_store_new_part_movements()), and the
 * open repairs parts are issued and loaners lent to. */
extern const AsListSpec as_part_movements_list;
extern const AsListSpec as_warehouse_repairs_list;
extern const AsListSpec as_tools_list;
/* Tools: incidents; purchase requests; the documentation library, its loans
 * and the access log of confidential documents. */
extern const AsListSpec as_tool_incidents_list;
extern const AsListSpec as_purchase_requests_list;
extern const AsListSpec as_documents_list;
extern const AsListSpec as_document_loans_list;
extern const AsListSpec as_document_access_list;
extern const AsListSpec as_surveys_list;
/* The completed repairs still without a survey, oldest first, and their days. */
extern const AsListSpec as_survey_due_list;
extern const AsListSpec as_survey_due_days_list;
extern const AsListSpec as_contracts_list;
extern const AsListSpec as_audit_list;
/* The dispatch board: requests not yet dispatched, earlier days' first. */
extern const AsListSpec as_dispatch_list;
/* The goods in/out register: goods taken to the workshop, latest in first. */
extern const AsListSpec as_goods_register_list;

G_END_DECLS
