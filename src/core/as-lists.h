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
extern const AsListSpec as_stock_list;
extern const AsListSpec as_movements_list;
extern const AsListSpec as_tools_list;
extern const AsListSpec as_surveys_list;
extern const AsListSpec as_contracts_list;
extern const AsListSpec as_audit_list;
/* The dispatch board: requests not yet dispatched, earlier days' first. */
extern const AsListSpec as_dispatch_list;
/* The goods in/out register: goods taken to the workshop, latest in first. */
extern const AsListSpec as_goods_register_list;

G_END_DECLS
