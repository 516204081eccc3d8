/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The tools and test equipment register: registration, check-out, handover,
 * check-in, incidents and conditions, each written with its tool_history row
 * and its audit row in one transaction. A step that is refused writes nothing. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-tool-sql-private.h"
#include "as-tool-store.h"
#include "as-validate.h"

#define HISTORY_LIMIT 1000

static const char *const incident_codes[] = { "loss", "damage", "wear" };

/* ---------------------------------------------------------------- helpers */

static char *
format_cents (gint64 cents)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));
}

/* The tool's row, refused when unknown. */
static GHashTable *
load_tool (AsDatabase  *db,
           gint64       tool_id,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *tool =
    as_database_query_row (db, &local_error,
                           "SELECT t.*, s.name AS holder_name FROM tools t"
                           " LEFT JOIN staff s ON s.id = t.holder_id WHERE t.id = ?1",
                           "i", tool_id);

  if (tool != NULL)
    return tool;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("The tool chosen is not in the register."));
  return NULL;
}

static gboolean
require_keeper (AsDatabase  *db,
                GError     **error)
{
  return _as_tool_require_actor (db, AS_TOOL_KEEPER_ROLES,
                                 _("Only a service supervisor, a branch manager or the service "
                                   "department keeps the tools register."), error);
}

/* An event may not be dated before the tool's last one: the history reads in order. */
static gboolean
check_after_last_event (AsDatabase  *db,
                        GHashTable  *tool,
                        const char  *date,
                        GError     **error)
{
  g_autoptr(GHashTable) last =
    as_database_query_row (db, error,
                           "SELECT max(on_date) AS last FROM tool_history"
                           " WHERE tool_id = ?1", "i",
                           as_row_get_int (tool, "id"));
  const char *held_since = as_row_get (tool, "held_since");
  const char *bound = as_row_get (last, "last");

  if (held_since != NULL && g_strcmp0 (held_since, bound) > 0)
    bound = held_since;
  if (bound != NULL && g_strcmp0 (date, bound) < 0)
    return AS_REFUSE (error, _("Tool %s has a later entry in its history (%s): "
                               "the date cannot be before it."),
                      as_row_get (tool, "tag"), bound);
  return TRUE;
}

static gboolean
add_history_condition (AsDatabase  *db,
                       gint64       tool_id,
                       const char  *date,
                       const char  *kind,
                       gint64       staff_id,
                       gint64       from_staff_id,
                       const char  *condition,
                       const char  *note,
                       GError     **error)
{
  g_autofree char *now = as_database_now ();

  if (!as_database_run (db, error,
                        "INSERT INTO tool_history (tool_id, on_date, kind, staff_id,"
                        " from_staff_id, condition, note, recorded_by, recorded_at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                        "issrrssrs", tool_id, date, kind, staff_id, from_staff_id, condition,
                        note ? note : "", as_database_get_actor (db), now))
    return FALSE;
  as_database_notify_changed (db, "tool_history");
  return TRUE;
}

static gboolean
add_history (AsDatabase  *db,
             gint64       tool_id,
             const char  *date,
             const char  *kind,
             gint64       staff_id,
             gint64       from_staff_id,
             const char  *note,
             GError     **error)
{
  return add_history_condition (db, tool_id, date, kind, staff_id, from_staff_id, NULL, note,
                                error);
}

typedef struct
{
  char   *tag;
  char   *description;
  char   *purchase_date;
  char   *condition;
  char   *notes;
  gint64  value_cents;
} CheckedInfo;

static void
checked_info_clear (CheckedInfo *info)
{
  g_free (info->tag);
  g_free (info->description);
  g_free (info->purchase_date);
  g_free (info->condition);
  g_free (info->notes);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CheckedInfo, checked_info_clear)

static gboolean
check_tag_free (AsDatabase  *db,
                const char  *tag,
                gint64       tool_id,
                GError     **error)
{
  g_autoptr(GHashTable) other = as_database_query_row (db, error, "SELECT id FROM tools"
                                                       " WHERE tag = ?1 AND id <> ?2", "si", tag,
                                                       tool_id);

  if (other != NULL)
    return AS_REFUSE (error, _("Another tool already has the asset tag %s."), tag);
  return error == NULL || *error == NULL;
}

static gboolean
check_info (AsDatabase        *db,
            const AsToolInfo  *info,
            gint64             tool_id,
            CheckedInfo       *out,
            GError           **error)
{
  out->tag = as_validate_strip (info->tag);
  out->description = as_validate_strip (info->description);
  out->notes = as_validate_strip (info->notes);
  out->condition = g_strdup (info->condition ? info->condition : "good");
  out->value_cents = info->value_cents;
  if (*out->tag == '\0')
    return AS_REFUSE (error, _("Enter the tool's fixed-asset tag."));
  if (*out->description == '\0')
    return AS_REFUSE (error, _("Describe the tool or piece of test equipment."));
  if (out->value_cents < 0)
    return AS_REFUSE (error, _("The tool's value cannot be negative."));
  if (!g_str_equal (out->condition, "good") && !g_str_equal (out->condition, "worn"))
    return AS_REFUSE (error, _("A tool enters the register in good or worn condition."));
  if (!_as_tool_store_check_date (info->purchase_date, &out->purchase_date,
                                  _("the purchase"), error))
    return FALSE;
  return check_tag_free (db, out->tag, tool_id, error);
}

/* ------------------------------------------------------------- reading */

/**
 * as_tool_store_load:
 *
 * Returns: (transfer full) (nullable): the tool, or %NULL with @error set
 */
GHashTable *
as_tool_store_load (AsDatabase  *db,
                    gint64       tool_id,
                    GError     **error)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  return load_tool (db, tool_id, error);
}

/**
 * as_tool_store_list_history:
 *
 * Returns: (transfer full): the tool's history, newest first
 */
GPtrArray *
as_tool_store_list_history (AsDatabase *db,
                            gint64      tool_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  return as_database_query_rows (db, NULL, HISTORY_LIMIT,
                                 "SELECT h.id, h.on_date, h.kind, h.condition, h.note,"
                                 " s.name AS staff_name, f.name AS from_staff_name,"
                                 " r.name AS recorded_by_name"
                                 " FROM tool_history h"
                                 " LEFT JOIN staff s ON s.id = h.staff_id"
                                 " LEFT JOIN staff f ON f.id = h.from_staff_id"
                                 " LEFT JOIN staff r ON r.id = h.recorded_by"
                                 " WHERE h.tool_id = ?1 ORDER BY h.on_date DESC, h.id DESC",
                                 "i", tool_id);
}

/**
 * as_tool_store_list_incidents:
 *
 * Returns: (transfer full): the tool's incidents, newest first
 */
GPtrArray *
as_tool_store_list_incidents (AsDatabase *db,
                              gint64      tool_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  return as_database_query_rows (db, NULL, HISTORY_LIMIT,
                                 "SELECT i.id, i.on_date, i.kind, i.report, i.compensation_cents,"
                                 " s.name AS staff_name FROM tool_incidents i"
                                 " LEFT JOIN staff s ON s.id = i.staff_id"
                                 " WHERE i.tool_id = ?1 ORDER BY i.on_date DESC, i.id DESC",
                                 "i", tool_id);
}

/**
 * as_tool_store_list_held:
 *
 * Returns: (transfer full): the tools @staff_id holds, by tag
 */
GPtrArray *
as_tool_store_list_held (AsDatabase *db,
                         gint64      staff_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  return as_database_query_rows (db, NULL, 0,
                                 "SELECT id, tag, description, value_cents, condition, held_since"
                                 " FROM tools WHERE holder_id = ?1 ORDER BY tag",
                                 "i", staff_id);
}

/**
 * as_tool_store_list_person_history:
 * @limit: the most rows to read; 0 for all
 *
 * Returns: (transfer full): the events that concern @staff_id, newest first:
 *   what they received and returned, handed over, lost or damaged
 */
GPtrArray *
as_tool_store_list_person_history (AsDatabase *db,
                                   gint64      staff_id,
                                   guint       limit)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  /* Two indexed halves rather than one OR: each reads its own index. */
  return as_database_query_rows (db, NULL, limit,
                                 "SELECT e.on_date, e.kind, e.condition, e.note, t.tag,"
                                 " t.description, s.name AS staff_name, f.name AS from_staff_name"
                                 " FROM"
                                 " (SELECT id, tool_id, on_date, kind, condition, note, staff_id,"
                                 "  from_staff_id FROM tool_history WHERE staff_id = ?1"
                                 "  UNION ALL"
                                 "  SELECT id, tool_id, on_date, kind, condition, note, staff_id,"
                                 "  from_staff_id"
                                 "  FROM tool_history WHERE from_staff_id = ?1) e"
                                 " JOIN tools t ON t.id = e.tool_id"
                                 " LEFT JOIN staff s ON s.id = e.staff_id"
                                 " LEFT JOIN staff f ON f.id = e.from_staff_id"
                                 " ORDER BY e.on_date DESC, e.id DESC",
                                 "i", staff_id);
}

gint64
as_tool_store_get_compensation_due (AsDatabase *db,
                                    gint64      staff_id)
{
  g_autoptr(GHashTable) row = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  row = as_database_query_row (db, NULL,
                               "SELECT coalesce(sum(compensation_cents), 0) AS due"
                               " FROM tool_incidents WHERE staff_id = ?1", "i", staff_id);
  return row ? as_row_get_int (row, "due") : 0;
}

const char *
as_tool_incident_kind_to_code (AsToolIncidentKind kind)
{
  g_return_val_if_fail (kind <= AS_TOOL_INCIDENT_WEAR, NULL);
  return incident_codes[kind];
}

/**
 * as_tool_store_suggest_tags:
 *
 * Returns: (transfer full): @n tags after the highest one that ends in a
 *   number ("HE-0042" → "HE-0043"…), or "HE-0001"… in an empty register
 */
char **
as_tool_store_suggest_tags (AsDatabase *db,
                            guint       n)
{
  g_autoptr(GHashTable) last = NULL;
  g_autofree char *prefix = NULL;
  char **tags = g_new0 (char *, n + 1);
  const char *tag, *digits;
  guint64 number = 0;
  int width = 4;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  /* The unique index on tag serves this; tags that end in letters sort first or last
   * and are skipped by the GLOB. */
  last = as_database_query_row (db, NULL, "SELECT tag FROM tools WHERE tag GLOB '*[0-9]'"
                                " ORDER BY tag DESC LIMIT 1", "");
  tag = as_row_get (last, "tag");
  if (tag != NULL)
    {
      for (digits = tag + strlen (tag); digits > tag && g_ascii_isdigit (digits[-1]); digits--)
        ;
      prefix = g_strndup (tag, digits - tag);
      width = (int) strlen (digits);
      number = g_ascii_strtoull (digits, NULL, 10);
    }
  else
    prefix = g_strdup ("HE-");
  for (guint i = 0; i < n; i++)
    tags[i] = g_strdup_printf ("%s%0*" G_GUINT64_FORMAT, prefix, width, number + i + 1);
  return tags;
}

/* ---------------------------------------------------------- registration */

/**
 * as_tool_store_register:
 *
 * Enters a tool in the register, in the store (held by nobody).
 *
 * Returns: the new tool's id, or 0 with @error set
 */
gint64
as_tool_store_register (AsDatabase        *db,
                        const AsToolInfo  *info,
                        GError           **error)
{
  g_auto(CheckedInfo) checked = { 0 };
  g_autofree char *details = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (info != NULL, 0);

  if (!require_keeper (db, error) || !check_info (db, info, 0, &checked, error) ||
      !as_database_begin (db, error))
    return 0;
  if (!as_database_run (db, error,
                        "INSERT INTO tools (tag, description, value_cents, purchase_date,"
                        " condition, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "ssisss",
                        checked.tag, checked.description, checked.value_cents,
                        checked.purchase_date, checked.condition, checked.notes))
    return _as_tool_fail (db);
  id = as_database_last_insert_id (db);
  details = g_strdup_printf ("registered %s", checked.tag);
  /* Registered as of its purchase: a tool enters the register when acquired. */
  if (!add_history (db, id, checked.purchase_date, "registered", 0, 0, checked.notes, error) ||
      !_as_tool_finish (db, "tools", id, "insert", details, error))
    return _as_tool_fail (db);
  return id;
}

gboolean
as_tool_store_update (AsDatabase        *db,
                      gint64             tool_id,
                      const AsToolInfo  *info,
                      GError           **error)
{
  g_autoptr(GHashTable) tool = NULL;
  g_auto(CheckedInfo) checked = { 0 };
  AsToolInfo kept;
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (!require_keeper (db, error) || (tool = load_tool (db, tool_id, error)) == NULL)
    return FALSE;
  /* The condition changes through incidents and set_condition, not here. */
  kept = *info;
  kept.condition = g_str_equal (as_row_get (tool, "condition"), "worn") ? "worn" : "good";
  if (!check_info (db, &kept, tool_id, &checked, error) || !as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("tag “%s” → “%s”; value %s → %" G_GINT64_FORMAT,
                             as_row_get (tool, "tag"), checked.tag,
                             as_row_get (tool, "value_cents"), checked.value_cents);
  if (!as_database_run (db, error,
                        "UPDATE tools SET tag = ?2, description = ?3, value_cents = ?4,"
                        " purchase_date = ?5, notes = ?6 WHERE id = ?1", "ississ",
                        tool_id, checked.tag, checked.description, checked.value_cents,
                        checked.purchase_date, checked.notes))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "tools", tool_id, "update", details, error);
}

/* ------------------------------------------------------------ assignment */

/* The tool, the date and the permission a move needs. */
static GHashTable *
begin_move (AsDatabase  *db,
            gint64       tool_id,
            const char  *date_text,
            const char  *what,
            char       **date,
            GError     **error)
{
  g_autoptr(GHashTable) tool = NULL;

  if (!require_keeper (db, error) || (tool = load_tool (db, tool_id, error)) == NULL ||
      !_as_tool_store_check_date (date_text, date, what, error) ||
      !check_after_last_event (db, tool, *date, error))
    return NULL;
  return g_steal_pointer (&tool);
}

gboolean
as_tool_store_check_out (AsDatabase  *db,
                         gint64       tool_id,
                         gint64       staff_id,
                         const char  *date_text,
                         const char  *note,
                         GError     **error)
{
  g_autoptr(GHashTable) tool = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  g_autofree char *details = NULL;
  g_autofree char *clean_note = as_validate_strip (note);
  const char *condition;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((tool = begin_move (db, tool_id, date_text, _("the check-out"), &date, error)) == NULL)
    return FALSE;
  condition = as_row_get (tool, "condition");
  if (as_row_get (tool, "holder_id") != NULL)
    return AS_REFUSE (error, _("Tool %s is held by %s: check it in or hand it over."),
                      as_row_get (tool, "tag"), as_row_get (tool, "holder_name"));
  if (g_strcmp0 (condition, "lost") == 0 || g_strcmp0 (condition, "damaged") == 0)
    return AS_REFUSE (error, g_str_equal (condition, "lost")
                             ? _("Tool %s is lost: it cannot be checked out.")
                             : _("Tool %s is damaged: record its repair before checking "
                                 "it out."), as_row_get (tool, "tag"));
  if (!_as_tool_check_person (db, staff_id, &name, error) || !as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("checked out to %s on %s", name, date);
  if (!as_database_run (db, error, "UPDATE tools SET holder_id = ?2, held_since = ?3"
                        " WHERE id = ?1", "iis", tool_id, staff_id, date) ||
      !add_history (db, tool_id, date, "check_out", staff_id, 0, clean_note, error))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "tools", tool_id, "update", details, error);
}

gboolean
as_tool_store_check_in (AsDatabase  *db,
                        gint64       tool_id,
                        const char  *date_text,
                        const char  *note,
                        GError     **error)
{
  g_autoptr(GHashTable) tool = NULL;
  g_autofree char *date = NULL;
  g_autofree char *details = NULL;
  g_autofree char *clean_note = as_validate_strip (note);
  gint64 holder;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((tool = begin_move (db, tool_id, date_text, _("the check-in"), &date, error)) == NULL)
    return FALSE;
  holder = as_row_get_int (tool, "holder_id");
  if (holder == 0)
    return AS_REFUSE (error, _("Tool %s is not checked out to anybody."),
                      as_row_get (tool, "tag"));
  if (!as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("checked in from %s on %s", as_row_get (tool, "holder_name"), date);
  if (!as_database_run (db, error, "UPDATE tools SET holder_id = NULL, held_since = NULL"
                        " WHERE id = ?1", "i", tool_id) ||
      !add_history (db, tool_id, date, "check_in", holder, 0, clean_note, error))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "tools", tool_id, "update", details, error);
}

gboolean
as_tool_store_hand_over (AsDatabase  *db,
                         gint64       tool_id,
                         gint64       to_staff_id,
                         const char  *date_text,
                         const char  *note,
                         GError     **error)
{
  g_autoptr(GHashTable) tool = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  g_autofree char *details = NULL;
  g_autofree char *clean_note = as_validate_strip (note);
  gint64 holder;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((tool = begin_move (db, tool_id, date_text, _("the handover"), &date, error)) == NULL)
    return FALSE;
  holder = as_row_get_int (tool, "holder_id");
  if (holder == 0)
    return AS_REFUSE (error, _("Tool %s is in the store: check it out instead."),
                      as_row_get (tool, "tag"));
  if (holder == to_staff_id)
    return AS_REFUSE (error, _("%s already holds tool %s."),
                      as_row_get (tool, "holder_name"), as_row_get (tool, "tag"));
  if (!_as_tool_check_person (db, to_staff_id, &name, error) || !as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("handed over from %s to %s on %s",
                             as_row_get (tool, "holder_name"), name, date);
  if (!as_database_run (db, error, "UPDATE tools SET holder_id = ?2, held_since = ?3"
                        " WHERE id = ?1", "iis", tool_id, to_staff_id, date) ||
      !add_history (db, tool_id, date, "handover", to_staff_id, holder, clean_note, error))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "tools", tool_id, "update", details, error);
}

/* ------------------------------------------------------------- incidents */

/* Who answers for the incident: the holder, else the person named. */
static gboolean
resolve_responsible (AsDatabase  *db,
                     GHashTable  *tool,
                     gint64       staff_id,
                     gint64      *responsible,
                     GError     **error)
{
  g_autoptr(GHashTable) person = NULL;

  *responsible = as_row_get_int (tool, "holder_id");
  if (*responsible != 0 || staff_id == 0)
    return TRUE;
  person = as_database_query_row (db, error, "SELECT id FROM staff WHERE id = ?1", "i", staff_id);
  if (person == NULL)
    return error && *error ? FALSE : AS_REFUSE (error, _("The staff member chosen does "
                                                         "not exist."));
  *responsible = staff_id;
  return TRUE;
}

static gboolean
check_compensation (GHashTable          *tool,
                    AsToolIncidentKind   kind,
                    gint64               responsible,
                    gint64              *cents,
                    GError             **error)
{
  if (kind == AS_TOOL_INCIDENT_WEAR)
    {
      /* Normal wear is never charged to anybody (SP6). */
      *cents = 0;
      return TRUE;
    }
  if (*cents < 0 && kind == AS_TOOL_INCIDENT_LOSS)
    *cents = as_row_get_int (tool, "value_cents");
  if (*cents < 0)
    return AS_REFUSE (error, _("The compensation cannot be negative."));
  if (*cents > 0 && responsible == 0)
    return AS_REFUSE (error, _("Tool %s is held by nobody: choose the person who owes the "
                               "compensation, or set it to 0."), as_row_get (tool, "tag"));
  return TRUE;
}

static gboolean
apply_incident (AsDatabase          *db,
                gint64               tool_id,
                AsToolIncidentKind   kind,
                const char          *date,
                GError             **error)
{
  if (kind == AS_TOOL_INCIDENT_LOSS)
    return as_database_run (db, error, "UPDATE tools SET condition = 'lost', holder_id = NULL,"
                            " held_since = NULL WHERE id = ?1", "i", tool_id);
  if (kind == AS_TOOL_INCIDENT_DAMAGE)
    return as_database_run (db, error, "UPDATE tools SET condition = 'damaged' WHERE id = ?1",
                            "i", tool_id);
  /* Wear does not hide damage still to repair. */
  return as_database_run (db, error, "UPDATE tools SET condition = 'worn' WHERE id = ?1"
                          " AND condition = 'good'", "i", tool_id);
}

/**
 * as_tool_store_report_incident:
 * @compensation_cents: the amount owed; for a loss, a negative amount means
 *   the tool's value; ignored for wear (always 0)
 *
 * Returns: the incident's id, or 0 with @error set
 */
gint64
as_tool_store_report_incident (AsDatabase          *db,
                               gint64               tool_id,
                               AsToolIncidentKind   kind,
                               gint64               staff_id,
                               const char          *date_text,
                               const char          *report,
                               gint64               compensation_cents,
                               GError             **error)
{
  g_autoptr(GHashTable) tool = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = as_validate_strip (report);
  g_autofree char *now = as_database_now ();
  g_autofree char *money = NULL;
  g_autofree char *details = NULL;
  gint64 responsible, id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (kind <= AS_TOOL_INCIDENT_WEAR, 0);

  if ((tool = begin_move (db, tool_id, date_text, _("the incident"), &date, error)) == NULL)
    return 0;
  if (g_strcmp0 (as_row_get (tool, "condition"), "lost") == 0)
    return AS_REFUSE (error, _("Tool %s is already recorded as lost."),
                      as_row_get (tool, "tag"));
  if (kind != AS_TOOL_INCIDENT_WEAR && *text == '\0')
    return AS_REFUSE (error, _("Write the report that explains the loss or damage."));
  if (!resolve_responsible (db, tool, staff_id, &responsible, error) ||
      !check_compensation (tool, kind, responsible, &compensation_cents, error) ||
      !as_database_begin (db, error))
    return 0;
  if (!as_database_run (db, error,
                        "INSERT INTO tool_incidents (tool_id, kind, on_date, staff_id, report,"
                        " compensation_cents, recorded_by, recorded_at)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", "issrsirs",
                        tool_id, incident_codes[kind], date, responsible, text,
                        compensation_cents, as_database_get_actor (db), now))
    return _as_tool_fail (db);
  id = as_database_last_insert_id (db);
  as_database_notify_changed (db, "tool_incidents");
  money = format_cents (compensation_cents);
  details = g_strdup_printf ("%s on %s, compensation %s", incident_codes[kind], date, money);
  if (!apply_incident (db, tool_id, kind, date, error) ||
      !add_history (db, tool_id, date, incident_codes[kind], responsible, 0, text, error) ||
      !_as_tool_finish (db, "tools", tool_id, "update", details, error))
    return _as_tool_fail (db);
  return id;
}

gboolean
as_tool_store_set_condition (AsDatabase  *db,
                             gint64       tool_id,
                             const char  *condition,
                             const char  *date_text,
                             const char  *note,
                             GError     **error)
{
  static const char *const allowed[] = { "good", "worn", "damaged", NULL };
  g_autoptr(GHashTable) tool = NULL;
  g_autofree char *date = NULL;
  g_autofree char *details = NULL;
  g_autofree char *clean_note = as_validate_strip (note);

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((tool = begin_move (db, tool_id, date_text, _("the change of condition"), &date,
                          error)) == NULL)
    return FALSE;
  if (condition == NULL || !g_strv_contains (allowed, condition))
    return AS_REFUSE (error, _("Choose good, worn or damaged: a loss is reported as an "
                               "incident."));
  if (g_str_equal (condition, as_row_get (tool, "condition")))
    return AS_REFUSE (error, _("Tool %s is already in that condition."),
                      as_row_get (tool, "tag"));
  if (!as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("condition “%s” → “%s” on %s",
                             as_row_get (tool, "condition"), condition, date);
  if (!as_database_run (db, error, "UPDATE tools SET condition = ?2 WHERE id = ?1", "is",
                        tool_id, condition) ||
      !add_history_condition (db, tool_id, date, "condition", as_row_get_int (tool, "holder_id"),
                              0, condition, clean_note, error))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "tools", tool_id, "update", details, error);
}
