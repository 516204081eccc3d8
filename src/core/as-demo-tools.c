/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data for the Tools tab: the tools register with each tool's life
 * (registration, check-out, handovers, check-ins, loss, damage and wear with
 * their compensation), purchase requests in every state with their quotes
 * (the received ones entered in the register), and the documentation library
 * with versions, distribution to the branches, loans and the access log of
 * confidential documents. A few hundred rows whatever the size: the
 * register grows with the technicians, not with the repairs. */

#include <string.h>

#include "as-demo-private.h"
#include "as-types.h"

enum
{
  S_HISTORY, S_INCIDENT, S_REQUEST, S_QUOTE, S_DOCUMENT, S_VERSION, S_DISTRIBUTION, S_LOAN,
  S_ACCESS, N_STATEMENTS
};

static const char *const statements[N_STATEMENTS] = {
  "INSERT INTO tool_history (tool_id, on_date, kind, staff_id, from_staff_id, condition, note,"
  " recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)",
  "INSERT INTO tool_incidents (tool_id, kind, on_date, staff_id, report, compensation_cents,"
  " recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?)",
  "INSERT INTO purchase_requests (id, description, quantity, justification, status, requested_by,"
  " requested_at, finance_by, finance_at, supervisor_by, supervisor_at, refused_by, refused_at,"
  " refusal_reason, quote_id, order_reference, ordered_by, ordered_at, received_by, received_at)"
  " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  "INSERT INTO purchase_quotes (id, request_id, supplier, unit_price_cents, note)"
  " VALUES (?,?,?,?,?)",
  "INSERT INTO documents (id, title, kind, model_id, custodian_id, confidential, shelf,"
  " created_at) VALUES (?,?,?,?,?,?,?,?)",
  "INSERT INTO document_versions (id, document_id, version, released_on, notes, is_current,"
  " recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?)",
  "INSERT INTO document_distribution (version_id, branch_id, sent_on, sent_by) VALUES (?,?,?,?)",
  "INSERT INTO document_loans (document_id, version_id, borrower_id, lent_on, due_on,"
  " returned_on, lent_by, returned_to) VALUES (?,?,?,?,?,?,?,?)",
  "INSERT INTO document_access_log (document_id, staff_id, at, action, attempt, borrower_id)"
  " VALUES (?,?,?,?,?,?)",
};

typedef struct
{
  Generator    *gen;
  sqlite3_stmt *stmts[N_STATEMENTS];
  guint32       keeper;       /* the service director: keeps the register and the library */
  guint32       finance;
  guint32       purchasing;
  guint32       deputy;
  guint         n_tools;
  guint32       next_version;
} Tools;

/* ---------------------------------------------------------------- helpers */

static void
begin (Tools *tools,
       int    statement)
{
  Generator *gen = tools->gen;

  gen->row = tools->stmts[statement];
  gen->column = 0;
}

static gboolean
end (Tools   *tools,
     GError **error)
{
  Generator *gen = tools->gen;
  int rc = sqlite3_step (gen->row);

  sqlite3_reset (gen->row);
  if (rc != SQLITE_DONE)
    {
      _as_demo_set_failure (gen, error);
      return FALSE;
    }
  return TRUE;
}

/* A moment within the working day of @day. */
static gint64
at_work (Generator *gen,
         gint32     day)
{
  return (gint64) day * DAY + rng_between (gen, 8, 17) * HOUR + rng_between (gen, 0, 59) * 60;
}

static guint32
first_with_role (Generator *gen,
                 guint32    role)
{
  sqlite3_stmt *stmt = NULL;
  guint32 id = 0;

  if (sqlite3_prepare_v2 (gen->handle, "SELECT id FROM staff WHERE roles & ?1 ORDER BY id LIMIT 1",
                          -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  sqlite3_bind_int64 (stmt, 1, role);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = (guint32) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

static guint32
pick_technician (Generator *gen)
{
  GArray *pool = gen->technicians[rng_below (gen, gen->n_branches)];

  return g_array_index (pool, guint32, rng_below (gen, pool->len));
}

static guint32
pick_service (Generator *gen)
{
  return g_array_index (gen->service_staff, guint32, rng_below (gen, gen->service_staff->len));
}

static guint32
pick_supervisor (Generator *gen)
{
  GArray *pool = gen->supervisors[rng_below (gen, gen->n_branches)];

  return pool->len ? g_array_index (pool, guint32, rng_below (gen, pool->len))
                   : g_array_index (gen->supervisors[0], guint32, 0);
}

static gboolean
add_history (Tools       *tools,
             guint32      tool,
             gint32       day,
             const char  *kind,
             guint32      staff,
             guint32      from,
             const char  *note,
             GError     **error)
{
  Generator *gen = tools->gen;

  begin (tools, S_HISTORY);
  col_int (gen, tool);
  col_date (gen, day);
  col_text (gen, kind);
  col_id (gen, staff);
  col_id (gen, from);
  col_null (gen);
  col_text (gen, note ? note : "");
  col_id (gen, tools->keeper);
  col_moment (gen, at_work (gen, day));
  return end (tools, error);
}

static const char *const loss_reports[] = {
  "Robado del vehículo de servicio durante una visita; denuncia presentada en comisaría.",
  "Olvidado en el domicilio de un cliente; el cliente no lo encuentra.",
  "Extraviado durante el traslado entre sucursales.",
};

static const char *const damage_reports[] = {
  "Caída desde la escalera durante una instalación; pantalla rota.",
  "Golpe en el maletero por una carga mal sujeta; carcasa partida.",
  "Conectado a una tensión superior a la admitida; no enciende.",
};

static const char *const wear_reports[] = {
  "Puntas de prueba gastadas por el uso diario.",
  "Juntas resecas tras años de servicio.",
  "Batería que ya no mantiene la carga.",
};

/* --------------------------------------------------------------- tools */

typedef struct
{
  guint32     id;
  gint64      value_cents;
  gint32      purchase_day;
  const char *condition;
  guint32     holder;
  gint32      held_since;
} ToolLife;

/* Every register of some size has its lost and damaged tools. */
static const char *
choose_condition (Generator *gen,
                  guint      i)
{
  guint draw = rng_below (gen, 100);

  if (i % 11 == 4)
    return "damaged";
  if (i % 17 == 7)
    return "lost";

  return draw < 72 ? "good" : draw < 86 ? "worn" : draw < 95 ? "damaged" : "lost";
}

static gboolean
add_incident (Tools       *tools,
              ToolLife    *life,
              guint32      person,
              gint32       day,
              GError     **error)
{
  Generator *gen = tools->gen;
  gboolean loss = g_str_equal (life->condition, "lost");
  gboolean damage = g_str_equal (life->condition, "damaged");
  const char *kind = loss ? "loss" : damage ? "damage" : "wear";
  const char *report = loss ? loss_reports[rng_below (gen, G_N_ELEMENTS (loss_reports))]
                       : damage ? damage_reports[rng_below (gen, G_N_ELEMENTS (damage_reports))]
                       : wear_reports[rng_below (gen, G_N_ELEMENTS (wear_reports))];
  gint64 owed = loss ? life->value_cents : damage ? life->value_cents * rng_between (gen, 10, 40)
                                                    / 100 : 0;

  begin (tools, S_INCIDENT);
  col_int (gen, life->id);
  col_text (gen, kind);
  col_date (gen, day);
  col_id (gen, person);
  col_text (gen, report);
  col_int (gen, owed);
  col_id (gen, tools->keeper);
  col_moment (gen, at_work (gen, day));
  return end (tools, error) && add_history (tools, life->id, day, kind, person, 0, report, error);
}

/* From its purchase to today: checked out, maybe handed over on a transfer
 * and checked in, and its incident last. Days only move forward. */
static gboolean
live_tool (Tools     *tools,
           ToolLife  *life,
           GError   **error)
{
  Generator *gen = tools->gen;
  gint32 day = life->purchase_day, last = gen->today - 1;
  guint32 holder = 0;

  if (!add_history (tools, life->id, day, "registered", 0, 0, NULL, error))
    return FALSE;
  if (last - day > 3 && (rng_percent (gen, 85) || !g_str_equal (life->condition, "good")))
    {
      day += rng_between (gen, 1, MIN (20, (last - day) / 3));
      holder = pick_technician (gen);
      life->held_since = day;
      if (!add_history (tools, life->id, day, "check_out", holder, 0, NULL, error))
        return FALSE;
      if (last - day > 60 && rng_percent (gen, 20))
        {
          guint32 next = pick_technician (gen);

          day += rng_between (gen, 30, (last - day) / 2);
          if (next != holder &&
              !add_history (tools, life->id, day, "handover", next, holder,
                            "Traslado a otra sucursal", error))
            return FALSE;
          if (next != holder)
            life->held_since = day;
          holder = next;
        }
    }
  if (holder != 0 && !g_str_equal (life->condition, "good") && last > day)
    {
      day += rng_between (gen, 1, MAX (1, MIN (90, last - day)));
      if (!add_incident (tools, life, holder, MIN (day, last), error))
        return FALSE;
    }
  else if (holder != 0 && last - day > 30 && rng_percent (gen, 15))
    {
      day += rng_between (gen, 10, last - day);
      if (!add_history (tools, life->id, day, "check_in", holder, 0, NULL, error))
        return FALSE;
      holder = 0;
    }
  life->holder = g_str_equal (life->condition, "lost") ? 0 : holder;
  return TRUE;
}

static gboolean
insert_tool (Tools       *tools,
             ToolLife    *life,
             const char  *description,
             guint32      request,
             GError     **error)
{
  Generator *gen = tools->gen;
  char tag[16];

  g_snprintf (tag, sizeof tag, "HE-%04u", life->id);
  row_begin (gen, T_TOOLS);
  col_int (gen, life->id);
  col_copy (gen, tag);
  col_text (gen, description);
  col_int (gen, life->value_cents);
  col_date (gen, life->purchase_day);
  col_text (gen, life->condition);
  col_id (gen, life->holder);
  if (life->holder != 0)
    col_date (gen, life->held_since);
  else
    col_null (gen);
  col_id (gen, request);
  return row_end (gen, error);
}

/* One tool, its life written before its row (which records where it ended). */
static gboolean
add_tool (Tools       *tools,
          const char  *description,
          gint64       value_cents,
          gint32       purchase_day,
          const char  *condition,
          guint32      request,
          GError     **error)
{
  ToolLife life = { ++tools->n_tools, value_cents, purchase_day, condition, 0, 0 };

  return live_tool (tools, &life, error) &&
         insert_tool (tools, &life, description, request, error);
}

/* Test equipment is a fixed asset, mostly held by the technicians. */
static gboolean
create_register (Tools   *tools,
                 GError **error)
{
  Generator *gen = tools->gen;
  guint n = 10;

  for (guint b = 0; b < gen->n_branches; b++)
    n += gen->technicians[b]->len;
  for (guint i = 0; i < n; i++)
    {
      const ToolSpec *spec = &_as_demo_tool_specs[i % _as_demo_n_tool_specs];

      if (!add_tool (tools, spec->name, (gint64) spec->euros * rng_between (gen, 90, 110),
                     gen->today - rng_between (gen, 30, 6 * 365), choose_condition (gen, i), 0,
                     error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------- purchases */

typedef enum
{
  P_WAITING, P_FINANCE_ONLY, P_SUPERVISOR_ONLY, P_APPROVED, P_REFUSED, P_ORDERED, P_RECEIVED,
} PurchaseState;

static const PurchaseState purchase_plan[] = {
  P_RECEIVED, P_RECEIVED, P_RECEIVED, P_REFUSED, P_RECEIVED, P_ORDERED, P_RECEIVED, P_REFUSED,
  P_APPROVED, P_ORDERED, P_SUPERVISOR_ONLY, P_FINANCE_ONLY, P_APPROVED, P_WAITING, P_WAITING,
};

static const char *const suppliers[] = {
  "Suministros Técnicos Iberia SL", "Electro Norte Distribución", "Herramientas Levante SA",
  "Instrumentación Castilla", "Frío Industrial del Sur",
};

static const char *const justifications[] = {
  "%u avisos de climatización en el último trimestre; los técnicos comparten un solo equipo y "
  "esperan una media de 1,5 días.",
  "El equipo actual tiene %u años y falla en una de cada cinco mediciones; el coste de las "
  "repeticiones supera el precio del nuevo.",
  "%u técnicos nuevos este año sin equipo propio; préstamos entre sucursales con retrasos.",
};

static const char *const refusals[] = {
  "Se reparan los equipos existentes: presupuesto del trimestre agotado.",
  "Pedir de nuevo con un tercer presupuesto: la diferencia entre ofertas es excesiva.",
};

static gboolean
add_quotes (Tools    *tools,
            guint32   request,
            guint32   first_quote,
            guint     n_quotes,
            gint64    base_cents,
            GError  **error)
{
  Generator *gen = tools->gen;

  for (guint q = 0; q < n_quotes; q++)
    {
      begin (tools, S_QUOTE);
      col_int (gen, first_quote + q);
      col_int (gen, request);
      col_text (gen, suppliers[(request + q) % G_N_ELEMENTS (suppliers)]);
      col_int (gen, base_cents * rng_between (gen, 92, 118) / 100);
      col_text (gen, q == 0 ? "Entrega en 10 días laborables" : "");
      if (!end (tools, error))
        return FALSE;
    }
  return TRUE;
}

/* The approval columns of a request: who and when, or NULLs. */
static void
col_step (Tools   *tools,
          gboolean done,
          guint32  who,
          gint32   day)
{
  Generator *gen = tools->gen;

  if (!done)
    {
      col_null (gen);
      col_null (gen);
      return;
    }
  col_id (gen, who);
  col_moment (gen, at_work (gen, day));
}

typedef struct
{
  guint32       id;
  PurchaseState state;
  guint         quantity;
  gint32        day;          /* requested */
  guint32       quote;        /* ordered from, or 0 */
  gint64        price;
} Purchase;

static const char *
purchase_status (PurchaseState state)
{
  switch (state)
    {
    case P_APPROVED: return "approved";
    case P_REFUSED: return "refused";
    case P_ORDERED: return "ordered";
    case P_RECEIVED: return "received";
    default: return "pending";
    }
}

static gboolean
insert_request (Tools           *tools,
                const Purchase  *p,
                const ToolSpec  *spec,
                GError         **error)
{
  Generator *gen = tools->gen;
  gboolean finance = p->state != P_WAITING && p->state != P_SUPERVISOR_ONLY &&
                     p->state != P_REFUSED;
  gboolean supervisor = p->state != P_WAITING && p->state != P_FINANCE_ONLY;
  gboolean ordered = p->state == P_ORDERED || p->state == P_RECEIVED;
  char justification[256], reference[32];

  g_snprintf (justification, sizeof justification,
              justifications[p->id % G_N_ELEMENTS (justifications)], 3 + p->id * 7 % 40);
  g_snprintf (reference, sizeof reference, "PED-%04u", 120 + p->id);
  begin (tools, S_REQUEST);
  col_int (gen, p->id);
  col_text (gen, spec->name);
  col_int (gen, p->quantity);
  col_copy (gen, justification);
  col_text (gen, purchase_status (p->state));
  /* Raised by the service department, approved by the director: never one's own. */
  col_id (gen, pick_service (gen));
  col_moment (gen, at_work (gen, p->day));
  col_step (tools, finance, tools->finance, p->day + 2);
  col_step (tools, supervisor, tools->keeper, p->day + 3);
  col_step (tools, p->state == P_REFUSED, tools->finance, p->day + 4);
  col_text (gen, p->state == P_REFUSED ? refusals[p->id % G_N_ELEMENTS (refusals)] : "");
  col_id (gen, ordered ? p->quote : 0);
  col_copy (gen, ordered ? reference : "");
  col_step (tools, ordered, tools->purchasing, p->day + 6);
  col_id (gen, p->state == P_RECEIVED ? tools->keeper : 0);
  if (p->state == P_RECEIVED)
    col_date (gen, p->day + 20);
  else
    col_null (gen);
  return end (tools, error);
}

/* Requests over the last year, the older ones further along; the received
 * ones bring their tools into the register. */
static gboolean
create_purchases (Tools   *tools,
                  GError **error)
{
  Generator *gen = tools->gen;
  guint n = G_N_ELEMENTS (purchase_plan);
  guint32 quote = 1;

  for (guint i = 0; i < n; i++)
    {
      const ToolSpec *spec = &_as_demo_tool_specs[(i * 5 + 1) % _as_demo_n_tool_specs];
      guint n_quotes = 1 + rng_below (gen, 3);
      Purchase p = { i + 1, purchase_plan[i], 1 + rng_below (gen, 3),
                     gen->today - 360 + (gint32) (i * 330 / n) + rng_between (gen, 0, 5), 0, 0 };

      /* The requests still waiting are recent; the received ones arrived by today. */
      if (p.state == P_RECEIVED)
        p.day = MIN (p.day, gen->today - 25);
      /* Those waiting for approval, an order or the goods are recent. */
      if (p.state <= P_SUPERVISOR_ONLY)
        p.day = gen->today - rng_between (gen, 5, 12);
      if (p.state == P_APPROVED || p.state == P_ORDERED)
        p.day = gen->today - rng_between (gen, 10, 30);
      p.quote = quote;   /* the first quote is ordered from */
      p.price = (gint64) spec->euros * 100;
      if (!add_quotes (tools, p.id, quote, n_quotes, p.price, error) ||
          !insert_request (tools, &p, spec, error))
        return FALSE;
      quote += n_quotes;
      for (guint k = 0; p.state == P_RECEIVED && k < p.quantity; k++)
        if (!add_tool (tools, spec->name, p.price, p.day + 20, "good", p.id, error))
          return FALSE;
    }
  return TRUE;
}

/* --------------------------------------------------------------- library */

typedef struct
{
  const char *title;
  const char *kind;
  gboolean    confidential;
} LibraryTitle;

static const LibraryTitle general_titles[] = {
  { "Lista de precios de repuestos", "price_list", FALSE },
  { "Tarifa de mano de obra y desplazamientos", "price_list", FALSE },
  { "Carta técnica 2025-07: sustitución preventiva de placas", "technical_letter", FALSE },
  { "Carta técnica 2026-02: nuevo refrigerante R32", "technical_letter", FALSE },
  { "Especificaciones de diseño de la placa de control (reservado)", "specification", TRUE },
  { "Esquemas eléctricos de la gama 2026 (reservado)", "specification", TRUE },
  { "Procedimiento de pruebas de fábrica (reservado)", "specification", TRUE },
  { "Manual de refrigeración y climatización", "reference_book", FALSE },
  { "Reglamento de instalaciones térmicas", "reference_book", FALSE },
  { "Electrónica de potencia para técnicos", "reference_book", FALSE },
};

static gboolean
add_document (Tools       *tools,
              guint32      id,
              const char  *title,
              const char  *kind,
              guint32      model,
              gboolean     confidential,
              gint32       day,
              GError     **error)
{
  Generator *gen = tools->gen;
  char shelf[24];

  g_snprintf (shelf, sizeof shelf, "Estante %u", 1 + id % 12);
  begin (tools, S_DOCUMENT);
  col_int (gen, id);
  col_copy (gen, title);
  col_text (gen, kind);
  col_id (gen, model);
  col_id (gen, confidential ? tools->keeper
                            : id % 2 ? tools->keeper : pick_service (gen));
  col_int (gen, confidential);
  col_copy (gen, shelf);
  col_moment (gen, at_work (gen, day));
  return end (tools, error);
}

/* Sends @version to the branches: all, or the first @n. */
static gboolean
distribute (Tools    *tools,
            guint32   version,
            gint32    day,
            guint     n,
            GError  **error)
{
  Generator *gen = tools->gen;

  for (guint b = 0; b < MIN (n, gen->n_branches); b++)
    {
      begin (tools, S_DISTRIBUTION);
      col_int (gen, version);
      col_int (gen, b + 1);
      col_date (gen, MIN (day + (gint32) b, gen->today));
      col_id (gen, tools->keeper);
      if (!end (tools, error))
        return FALSE;
    }
  return TRUE;
}

/* Versions one to three, a year or so apart; the current one is the last.
 * Maintenance manuals reach every branch, except a fresh release on its way. */
static gboolean
add_versions (Tools       *tools,
              guint32      document,
              const char  *kind,
              gint32       first_day,
              guint32     *current,
              GError     **error)
{
  Generator *gen = tools->gen;
  guint n = 1 + rng_below (gen, 3);
  gboolean manual = g_str_equal (kind, "maintenance_manual");
  gint32 day = first_day;

  for (guint v = 0; v < n; v++)
    {
      gboolean last = v + 1 == n;
      char version[16];
      guint32 id = ++tools->next_version;

      g_snprintf (version, sizeof version, g_str_equal (kind, "price_list") ? "%u" : "%u.0",
                  g_str_equal (kind, "price_list") ? 2024 + v : v + 1);
      begin (tools, S_VERSION);
      col_int (gen, id);
      col_int (gen, document);
      col_copy (gen, version);
      col_date (gen, day);
      col_text (gen, v == 0 ? "" : "Revisión de procedimientos y nuevos códigos de error.");
      col_int (gen, last);
      col_id (gen, tools->keeper);
      col_moment (gen, at_work (gen, day));
      if (!end (tools, error))
        return FALSE;
      if (manual && !(last && gen->today - day < 20 && rng_percent (gen, 60)) &&
          !distribute (tools, id, day + 1, gen->n_branches, error))
        return FALSE;
      if (!manual && rng_percent (gen, 30) && !distribute (tools, id, day + 1, 1, error))
        return FALSE;
      *current = id;
      if (!last)
        {
          gint32 next = day + rng_between (gen, 200, 420);

          day = MIN (gen->today - 1, next);
        }
    }
  return TRUE;
}

static gboolean
add_access (Tools       *tools,
            guint32      document,
            guint32      staff,
            gint32       day,
            const char  *action,
            guint32      borrower,
            GError     **error)
{
  Generator *gen = tools->gen;

  begin (tools, S_ACCESS);
  col_int (gen, document);
  col_id (gen, staff);
  col_moment (gen, at_work (gen, day));
  col_text (gen, action);
  if (g_str_equal (action, "denied"))
    col_text (gen, "opened");
  else
    col_null (gen);
  col_id (gen, borrower);
  return end (tools, error);
}

/* Loans of the last half year: most returned, some out, a few overdue. */
static gboolean
add_loans (Tools     *tools,
           guint32    document,
           guint32    version,
           gboolean   confidential,
           GError   **error)
{
  Generator *gen = tools->gen;
  guint n = rng_below (gen, 4);
  gint32 day = gen->today - rng_between (gen, 150, 180);

  for (guint i = 0; i < n && day < gen->today - 1; i++)
    {
      guint32 borrower = confidential ? (rng_percent (gen, 50) ? pick_supervisor (gen)
                                                               : tools->deputy)
                                      : pick_technician (gen);
      gint32 due = day + 14;
      gboolean last = i + 1 == n;
      gboolean out = last && rng_percent (gen, 45);
      gint32 back;

      /* A document still out was lent lately: a few are past their due date. */
      if (out)
        {
          gint32 lately = gen->today - rng_between (gen, 1, 18);

          day = MAX (day, lately);
          due = day + 14;
        }
      back = day + rng_between (gen, 3, 20);
      back = out ? 0 : MIN (gen->today - 1, back);

      begin (tools, S_LOAN);
      col_int (gen, document);
      col_int (gen, version);
      col_id (gen, borrower);
      col_date (gen, day);
      col_date (gen, due);
      if (out)
        col_null (gen);
      else
        col_date (gen, back);
      col_id (gen, tools->keeper);
      col_id (gen, out ? 0 : tools->keeper);
      if (!end (tools, error) ||
          (confidential && !add_access (tools, document, tools->keeper, day, "loaned", borrower,
                                        error)) ||
          (confidential && !out && !add_access (tools, document, tools->keeper, back, "returned",
                                                borrower, error)))
        return FALSE;
      day = (out ? day : back) + rng_between (gen, 5, 40);
    }
  return TRUE;
}

static gboolean
add_library_entry (Tools       *tools,
                   guint32      id,
                   const char  *title,
                   const char  *kind,
                   guint32      model,
                   gboolean     confidential,
                   GError     **error)
{
  Generator *gen = tools->gen;
  gint32 day = gen->first_day - rng_between (gen, 0, 400);
  guint32 current = 0;

  if (!add_document (tools, id, title, kind, model, confidential, day, error) ||
      !add_versions (tools, id, kind, day, &current, error) ||
      !add_loans (tools, id, current, confidential, error))
    return FALSE;
  if (!confidential)
    return TRUE;
  /* Those allowed open it now and then; a technician was refused once. */
  return add_access (tools, id, tools->deputy, gen->today - rng_between (gen, 1, 60), "opened",
                     0, error) &&
         add_access (tools, id, pick_technician (gen), gen->today - rng_between (gen, 1, 90),
                     "denied", 0, error);
}

/* A maintenance manual and a parts manual per product model, the general
 * titles, and a user manual for a few models. */
static gboolean
create_library (Tools   *tools,
                GError **error)
{
  Generator *gen = tools->gen;
  guint32 id = 0;

  for (guint m = 0; m < gen->models->len; m++)
    {
      const Model *model = &g_array_index (gen->models, Model, m);
      g_autofree char *maintenance = g_strdup_printf ("Manual de inspección y mantenimiento %s",
                                                      model->code);
      g_autofree char *parts = g_strdup_printf ("Manual de piezas %s", model->code);
      g_autofree char *user = g_strdup_printf ("Manual de instrucciones %s", model->code);

      if (!add_library_entry (tools, ++id, maintenance, "maintenance_manual", m + 1, FALSE,
                              error) ||
          !add_library_entry (tools, ++id, parts, "parts_manual", m + 1, FALSE, error) ||
          (m % 4 == 0 && !add_library_entry (tools, ++id, user, "manual", m + 1, FALSE, error)))
        return FALSE;
    }
  for (guint t = 0; t < G_N_ELEMENTS (general_titles); t++)
    if (!add_library_entry (tools, ++id, general_titles[t].title, general_titles[t].kind, 0,
                            general_titles[t].confidential, error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------- public API */

static gboolean
prepare (Tools   *tools,
         GError **error)
{
  for (int s = 0; s < N_STATEMENTS; s++)
    if (sqlite3_prepare_v2 (tools->gen->handle, statements[s], -1, &tools->stmts[s],
                            NULL) != SQLITE_OK)
      {
        _as_demo_set_failure (tools->gen, error);
        return FALSE;
      }
  return TRUE;
}

/* The tools register, the purchase requests and the documentation library. */
gboolean
_as_demo_create_tools (Generator  *gen,
                       GError    **error)
{
  Tools tools = { gen };
  gboolean ok;

  tools.keeper = g_array_index (gen->supervisors[0], guint32, 0);
  tools.finance = first_with_role (gen, AS_ROLE_FINANCE);
  tools.purchasing = first_with_role (gen, AS_ROLE_PURCHASING);
  tools.deputy = gen->contact[DEPT_MANAGEMENT];
  ok = prepare (&tools, error) && create_register (&tools, error) &&
       create_purchases (&tools, error) && create_library (&tools, error);
  for (int s = 0; s < N_STATEMENTS; s++)
    sqlite3_finalize (tools.stmts[s]);
  return ok;
}
