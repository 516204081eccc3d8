/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Internals shared by the Warehouse tab's files (as-warehouse-*.c). */
#pragma once

#include "as-directory.h"
#include "as-labels.h"
#include "as-warehouse-form.h"

G_BEGIN_DECLS

/* The spare parts and the open repairs as pickable records. */
const AsEntity *_as_warehouse_part_entity          (void);
const AsEntity *_as_warehouse_repair_entity        (void);
/* A drop-down of the warehouses whose codes are their ids; returns the ids. */
GStrv           _as_warehouse_add_warehouse_choice (AsWarehouseForm *form,
                                                    AsDatabase      *db,
                                                    const char      *key,
                                                    const char      *label,
                                                    gint64           selected);
gint64          _as_warehouse_get_choice_id        (AsWarehouseForm *form,
                                                    const char      *key);

G_END_DECLS
