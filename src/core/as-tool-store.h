/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"
#include "as-types.h"

G_BEGIN_DECLS

/* The tools and test equipment register (SP5, SP6). Tools are fixed assets;
 * after registration one is checked out to a staff member, handed over to
 * another person on a transfer, checked back in. A loss or damage is an
 * incident with its explanation report and the compensation the holder owes;
 * normal wear is recorded too and owes nothing. Every event is a row of
 * tool_history; every write is one transaction with its audit row, and a
 * refusal (AS_DATABASE_ERROR_INVALID, or _PERMISSION for a role) writes
 * nothing. Dates are "YYYY-MM-DD"; NULL means today. */

/* Who keeps the register: registers, assigns and records incidents. */
#define AS_TOOL_KEEPER_ROLES \
  (AS_ROLE_SUPERVISOR | AS_ROLE_BRANCH_MANAGER | AS_ROLE_SERVICE_DEPT)

typedef enum
{
  AS_TOOL_INCIDENT_LOSS,
  AS_TOOL_INCIDENT_DAMAGE,
  AS_TOOL_INCIDENT_WEAR,
} AsToolIncidentKind;

typedef struct
{
  const char *tag;            /* fixed-asset tag, unique */
  const char *description;
  gint64      value_cents;
  const char *purchase_date;  /* NULL: today */
  const char *condition;      /* "good" or "worn"; NULL: "good" */
  const char *notes;
} AsToolInfo;

/* Every tools column as text (absent when NULL), plus holder_name. */
GHashTable *as_tool_store_load            (AsDatabase          *db,
                                           gint64               tool_id,
                                           GError             **error);
/* The tool's history, newest first, each a GHashTable: id, on_date, kind,
 * note, staff_name, from_staff_name, recorded_by_name. */
GPtrArray  *as_tool_store_list_history    (AsDatabase          *db,
                                           gint64               tool_id);
/* The tool's incidents, newest first: id, on_date, kind, report,
 * compensation_cents, staff_name. */
GPtrArray  *as_tool_store_list_incidents  (AsDatabase          *db,
                                           gint64               tool_id);
/* The tools @staff_id holds now: id, tag, description, value_cents,
 * condition, held_since. */
GPtrArray  *as_tool_store_list_held       (AsDatabase          *db,
                                           gint64               staff_id);
/* The events that concern @staff_id (received, handed over, returned,
 * incidents), newest first, at most @limit: on_date, kind, tag,
 * description, note, staff_name, from_staff_name. */
GPtrArray  *as_tool_store_list_person_history (AsDatabase      *db,
                                               gint64           staff_id,
                                               guint            limit);
/* The compensation @staff_id owes for losses and damage, in cents. */
gint64      as_tool_store_get_compensation_due (AsDatabase     *db,
                                                gint64          staff_id);

gint64      as_tool_store_register        (AsDatabase          *db,
                                           const AsToolInfo    *info,
                                           GError             **error);
gboolean    as_tool_store_update          (AsDatabase          *db,
                                           gint64               tool_id,
                                           const AsToolInfo    *info,
                                           GError             **error);
/* To an active staff member; the tool must be in the store (not held), and
 * neither lost nor damaged. */
gboolean    as_tool_store_check_out       (AsDatabase          *db,
                                           gint64               tool_id,
                                           gint64               staff_id,
                                           const char          *date,
                                           const char          *note,
                                           GError             **error);
gboolean    as_tool_store_check_in        (AsDatabase          *db,
                                           gint64               tool_id,
                                           const char          *date,
                                           const char          *note,
                                           GError             **error);
/* From the holder to another active person, on a transfer. */
gboolean    as_tool_store_hand_over       (AsDatabase          *db,
                                           gint64               tool_id,
                                           gint64               to_staff_id,
                                           const char          *date,
                                           const char          *note,
                                           GError             **error);
/* The incident is charged to the holder (or to @staff_id for a tool in
 * store, 0 for none). Loss and damage need the explanation @report and owe
 * @compensation_cents (a negative amount: the tool's value for a loss);
 * wear owes nothing whatever is passed. A loss takes the tool off its
 * holder and marks it lost; damage marks it damaged; wear marks it worn. */
gint64      as_tool_store_report_incident (AsDatabase          *db,
                                           gint64               tool_id,
                                           AsToolIncidentKind   kind,
                                           gint64               staff_id,
                                           const char          *date,
                                           const char          *report,
                                           gint64               compensation_cents,
                                           GError             **error);
/* A damaged tool repaired, a lost one found, a worn one written as good… */
gboolean    as_tool_store_set_condition   (AsDatabase          *db,
                                           gint64               tool_id,
                                           const char          *condition,
                                           const char          *date,
                                           const char          *note,
                                           GError             **error);

const char *as_tool_incident_kind_to_code (AsToolIncidentKind  kind);
/* @n tags that follow the register's highest "PREFIX-0042" tag, for items
 * received; NULL-terminated, free with g_strfreev(). */
char      **as_tool_store_suggest_tags    (AsDatabase          *db,
                                           guint                n);

/* Shared by the tools, purchase and library stores. */
gboolean    _as_tool_store_check_date     (const char          *text,
                                           char               **out,
                                           const char          *what,
                                           GError             **error);

G_END_DECLS
