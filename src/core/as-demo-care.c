/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data of the care area: returns and exchanges with their windows,
 * overrides, departments and decisions, and the customer-care programme:
 * follow-up calls after the last months' repairs, visits to key customers,
 * the customer committee, mystery-shopper inspections and the suggestion-form
 * collection points. Bulk statements, like the rest of the generator. */

#include <string.h>

#include "as-demo-private.h"
#include "as-return-store.h"

/* Follow-up calls cover the repairs completed in the last this many days. */
#define FOLLOWUP_DAYS 60

static const char *const override_reasons[] = {
  "Cliente preferente: autoriza la dirección de la sucursal",
  "El defecto se notificó por teléfono dentro del plazo",
  "Retraso en la entrega imputable al transportista",
  "Campaña comercial con plazo ampliado",
};

static const char *const rejection_notes[] = {
  "El aparato presenta golpes posteriores a la entrega",
  "Falta el embalaje original y los accesorios",
  "El uso no corresponde a un aparato doméstico",
};

static const char *const visit_purposes[] = {
  "Visita trimestral: opiniones y sugerencias",
  "Revisión del contrato de mantenimiento",
  "Presentación de los nuevos modelos",
};

static const char *const visit_notes[] = {
  "Satisfechos con los tiempos de respuesta; piden un técnico fijo.",
  "Sugieren ampliar el horario de atención los sábados.",
  "Quejas por el retraso de una pieza; se comunica al almacén.",
  "Interesados en ampliar el contrato a más equipos.",
  "Sin incidencias; agradecen la visita.",
};

static const char *const inspection_subjects[] = {
  "Llamada a recepción para pedir una reparación",
  "Visita a la sucursal como cliente",
  "Reparación a domicilio",
  "Consulta por correo electrónico",
  "Recogida de un aparato en el taller",
};

static const char *const inspection_findings[] = {
  "Atención cordial; tardaron cuatro tonos en contestar.",
  "No se entregó el recibo de mercancías hasta que se pidió.",
  "El técnico llegó puntual, explicó la avería y dejó todo limpio.",
  "La respuesta tardó dos días laborables; información correcta.",
  "No se informó de la tarifa antes de empezar el trabajo.",
  "Muy buena presentación; el certificado de servicio se firmó en el acto.",
};

static const char *const meeting_titles[] = {
  "Reunión del comité de clientes: balance del trimestre",
  "Seminario: mantenimiento preventivo de aparatos",
  "Reunión del comité de clientes: propuestas de mejora",
  "Seminario: uso eficiente de la climatización",
};

static const char *const point_places[] = {
  "Centro comercial", "Mercado municipal", "Punto de venta autorizado", "Oficina de la sucursal",
};

/* ------------------------------------------------------------ statements */

enum
{
  S_VISITS, S_MEETINGS, S_INSPECTIONS, S_POINTS, S_COLLECTIONS, N_STATEMENTS
};

static const char *const inserts[N_STATEMENTS] = {
  "INSERT INTO customer_visits (customer_id, planned_date, staff_id, purpose, visited_on, notes)"
  " VALUES (?,?,?,?,?,?)",
  "INSERT INTO committee_meetings (held_on, kind, title, place, attendees, minutes)"
  " VALUES (?,?,?,?,?,?)",
  "INSERT INTO mystery_inspections (inspected_on, branch_id, inspector_id, subject, rating,"
  " findings, recorded_by) VALUES (?,?,?,?,?,?,?)",
  "INSERT INTO suggestion_points (id, place, address, branch_id, active) VALUES (?,?,?,?,?)",
  "INSERT INTO suggestion_collections (point_id, collected_on, forms, collected_by)"
  " VALUES (?,?,?,?)",
};

typedef struct
{
  Generator    *gen;
  sqlite3_stmt *stmts[N_STATEMENTS];
} Care;

static void
care_clear (Care *care)
{
  for (int s = 0; s < N_STATEMENTS; s++)
    sqlite3_finalize (care->stmts[s]);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Care, care_clear)

/* Binds like row_begin() … row_end(), on one of this file's statements. */
static void
care_row (Care *care,
          int   s)
{
  care->gen->row = care->stmts[s];
  care->gen->row_table = -1;
  care->gen->column = 0;
}

static gboolean
care_row_end (Care    *care,
              GError **error)
{
  int rc = sqlite3_step (care->gen->row);

  sqlite3_reset (care->gen->row);
  if (rc != SQLITE_DONE)
    {
      _as_demo_set_failure (care->gen, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
care_prepare (Care    *care,
              GError **error)
{
  for (int s = 0; s < N_STATEMENTS; s++)
    if (sqlite3_prepare_v3 (care->gen->handle, inserts[s], -1, SQLITE_PREPARE_PERSISTENT,
                            &care->stmts[s], NULL) != SQLITE_OK)
      {
        _as_demo_set_failure (care->gen, error);
        return FALSE;
      }
  return TRUE;
}

static guint32
pick_staff (Generator *gen,
            GArray    *staff)
{
  if (staff == NULL || staff->len == 0)
    return 0;
  return g_array_index (staff, guint32, rng_below (gen, staff->len));
}

#define PICK_TEXT(gen, array) ((array)[rng_below ((gen), G_N_ELEMENTS (array))])

/* --------------------------------------------------------------- returns */

static const Model *
model_of (Generator *gen,
          guint      m)
{
  return &g_array_index (gen->models, Model, m);
}

/* The departments taking part, from the department answering for the reason. */
static guint
departments_for (guint8   department,
                 gboolean exchange)
{
  guint mask = AS_RETURN_DEPT_WAREHOUSE | (exchange ? AS_RETURN_DEPT_TRANSPORT
                                                    : AS_RETURN_DEPT_FINANCE);

  if (department == DEPT_PRODUCTION || department == DEPT_TECHNICAL)
    mask |= AS_RETURN_DEPT_PRODUCTION;
  if (department == DEPT_WAREHOUSE)
    mask |= AS_RETURN_DEPT_TRANSPORT;
  return mask;
}

typedef struct
{
  const char *decision;
  gint64      decided;
  guint32     decided_by;
  guint32     replacement;
  gint64      refund_cents;
  const char *note;
} Decision;

static void
decide (Generator  *gen,
        const Unit *unit,
        gboolean    exchange,
        gint64      requested,
        gboolean    overridden,
        Decision   *out)
{
  const Customer *customer = &g_array_index (gen->customers, Customer, unit->customer);

  memset (out, 0, sizeof *out);
  out->decision = "pending";
  out->note = "";
  out->decided = _as_demo_later_open_moment (gen, requested, 0, 4);
  if (out->decided >= gen->now)
    return;
  out->decided_by = gen->managers[customer->branch];
  if (rng_percent (gen, overridden ? 60 : 85))
    {
      out->decision = "accepted";
      /* The replacement unit of an exchange is not on record in the demo:
       * the units sold are a fixed share of the repairs. */
      if (!exchange)
        out->refund_cents = model_of (gen, unit->model)->price_cents;
      else
        out->note = "Cambio por una unidad nueva del mismo modelo";
    }
  else
    {
      out->decision = "rejected";
      out->note = PICK_TEXT (gen, rejection_notes);
    }
}

static gboolean
add_return (Generator  *gen,
            guint       u,
            GError    **error)
{
  const Unit *unit = get_unit (gen, u);
  const Customer *customer = &g_array_index (gen->customers, Customer, unit->customer);
  const Model *model = model_of (gen, unit->model);
  const CategorySpec *spec = &_as_demo_categories[model->category];
  const ReturnSpec *reason = &_as_demo_return_specs[rng_below (gen, _as_demo_n_return_specs)];
  gboolean exchange = rng_percent (gen, reason->exchange_percent);
  int window = exchange ? spec->exchange_days : spec->return_days;
  /* One request in twenty comes late and is let through by an override. */
  gboolean late = rng_percent (gen, 5);
  gint64 requested = _as_demo_later_open_moment (gen, (gint64) unit->sale_day * DAY + 10 * HOUR,
                                                 late ? window + 1 : 1,
                                                 late ? window + 12 : window);
  int days = day_of (requested) - unit->sale_day;
  gboolean overridden = days > window;
  guint32 clerk = pick_staff (gen, gen->receptionists[customer->branch]);
  Decision decision;

  if (requested >= gen->now)
    return TRUE;
  decide (gen, unit, exchange, requested, overridden, &decision);
  row_begin (gen, T_RETURNS);
  col_int (gen, gen->counts[T_RETURNS] + 1);
  col_int (gen, u + 1);
  col_int (gen, unit->customer + 1);
  col_text (gen, exchange ? "exchange" : "return");
  col_text (gen, reason->reason);
  col_text (gen, decision.decision);
  col_moment (gen, requested);
  col_int (gen, reason->department + 1);
  col_int (gen, decision.refund_cents);
  col_id (gen, clerk);
  col_int (gen, window);
  col_int (gen, days);
  col_text (gen, overridden ? PICK_TEXT (gen, override_reasons) : "");
  col_id (gen, overridden ? clerk : 0);
  col_int (gen, departments_for (reason->department, exchange));
  col_id (gen, gen->contact[reason->department]);
  col_id (gen, decision.replacement);
  col_id (gen, decision.decided_by);
  col_moment (gen, decision.decided_by ? decision.decided : NEVER);
  col_text (gen, decision.note);
  return row_end (gen, error);
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Returns come within the return or exchange period of a sale made during the
 * 18 months (a few later, overridden), up to sales of a few days ago, whose
 * requests may still wait for a decision; none lies ahead. */
gboolean
_as_demo_create_returns (Generator  *gen,
                         GError    **error)
{
  guint n = MAX (gen->n_repairs / 100, 3);
  guint first = gen->first_unit_in_window, last = _as_demo_units_sold_before (gen, gen->today - 3);
  g_autofree guint *picks = g_new (guint, n);

  if (last <= first)
    first = 0;
  if (last == 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    picks[i] = first + rng_below (gen, last - first);
  qsort (picks, n, sizeof (guint), compare_uints);
  for (guint i = 0; i < n; i++)
    if ((i == 0 || picks[i] != picks[i - 1]) && !add_return (gen, picks[i], error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------- follow-up calls */

/* One call per repair completed in the last FOLLOWUP_DAYS, two days after;
 * those due before today were made, most by the repair's receptionist, with
 * outcomes drawn from the repair's number and the seed. One statement: the
 * repairs are already written. */
static gboolean
create_followups (Generator  *gen,
                  GError    **error)
{
  char since[16], today[16];
  g_autofree char *sql = NULL;

  _as_demo_format_date (gen->today - FOLLOWUP_DAYS, since);
  _as_demo_format_date (gen->today, today);
  sql = g_strdup_printf (
    "INSERT INTO followup_calls (repair_id, customer_id, due_date, called_at, caller_id,"
    " outcome, notes)"
    " SELECT id, customer_id, due,"
    "  CASE WHEN o < 92 THEN due || ' ' || printf ('%%02d:%%02d:00', 9 + o %% 8, (o * 7) %% 60) END,"
    "  CASE WHEN o < 92 THEN received_by END,"
    "  CASE WHEN o >= 92 THEN 'pending' WHEN o < 70 THEN 'satisfied'"
    "   WHEN o < 80 THEN 'unsatisfied' WHEN o < 88 THEN 'no_answer' ELSE 'declined' END,"
    "  CASE WHEN o < 70 THEN '' WHEN o < 75 THEN 'La avería ha vuelto a aparecer'"
    "   WHEN o < 80 THEN 'El técnico no dejó explicado el uso' ELSE '' END"
    " FROM (SELECT id, customer_id, received_by, date (closed_at, '+2 days') AS due,"
    "  CASE WHEN date (closed_at, '+2 days') >= '%s' THEN 100"
    "   ELSE ((id * 2654435761 + %" G_GUINT64_FORMAT ") %% 1000003) %% 100 END AS o"
    "  FROM repair_orders WHERE status = 'closed' AND closed_at >= '%s')"
    " ORDER BY id",
    today, gen->seed % 1000003, since);
  if (sqlite3_exec (gen->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      _as_demo_set_failure (gen, error);
      return FALSE;
    }
  return TRUE;
}

/* ----------------------------------------------------------- key visits */

/* Each key customer was visited about every three months; the next visit
 * is planned. */
static gboolean
add_key_visits (Care     *care,
                guint32   customer,
                GError  **error)
{
  Generator *gen = care->gen;
  gint32 day = gen->first_day + rng_between (gen, 0, 90);

  for (; day < gen->today + 30; day += rng_between (gen, 80, 100))
    {
      gboolean done = day < gen->today && rng_percent (gen, 92);

      care_row (care, S_VISITS);
      col_int (gen, customer);
      col_date (gen, day);
      col_id (gen, pick_staff (gen, gen->service_staff));
      col_text (gen, PICK_TEXT (gen, visit_purposes));
      if (done)
        col_date (gen, day + rng_between (gen, 0, 3));
      else
        col_null (gen);
      col_text (gen, done ? PICK_TEXT (gen, visit_notes) : "");
      if (!care_row_end (care, error))
        return FALSE;
      if (!done)
        break;
    }
  return TRUE;
}

static gboolean
create_visits (Care     *care,
               GError  **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (care->gen->handle, "SELECT id FROM customers WHERE key_customer = 1",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      _as_demo_set_failure (care->gen, error);
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint32 id = (guint32) sqlite3_column_int64 (stmt, 0);
      g_array_append_val (keys, id);
    }
  sqlite3_finalize (stmt);
  for (guint i = 0; i < keys->len; i++)
    if (!add_key_visits (care, g_array_index (keys, guint32, i), error))
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------ committee */

static gboolean
create_meetings (Care     *care,
                 GError  **error)
{
  Generator *gen = care->gen;

  /* A meeting every quarter and a seminar every half year. */
  for (gint32 day = gen->first_day + 20; day < gen->today; day += 91)
    {
      gboolean seminar = ((day - gen->first_day) / 91) % 2 == 1;
      gint32 held = _as_demo_next_open_day (gen, day);

      if (held >= gen->today)
        break;
      care_row (care, S_MEETINGS);
      col_date (gen, held);
      col_text (gen, seminar ? "seminar" : "meeting");
      col_text (gen, meeting_titles[(seminar ? 1 : 0) + 2 * rng_below (gen, 2)]);
      col_text (gen, _as_demo_branch_specs[0].address);
      col_text (gen, "Representantes de clientes clave, servicio posventa, marketing y calidad");
      col_text (gen, seminar
                ? "Asistieron 18 clientes. Se repartió la guía de mantenimiento; varias "
                  "preguntas sobre la garantía de las piezas."
                : "Se revisaron las quejas del trimestre y los tiempos de llegada. Acuerdos: "
                  "reforzar el servicio en verano y avisar por SMS de la visita del técnico.");
      if (!care_row_end (care, error))
        return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------- inspections */

static gboolean
create_inspections (Care     *care,
                    GError  **error)
{
  Generator *gen = care->gen;

  /* Two inspections a month, in a branch drawn at random. */
  for (gint32 day = gen->first_day + 5; day < gen->today; day += rng_between (gen, 10, 20))
    {
      guint branch = rng_below (gen, gen->n_branches);
      guint finding = rng_below (gen, G_N_ELEMENTS (inspection_findings));

      care_row (care, S_INSPECTIONS);
      col_date (gen, day);
      col_int (gen, branch + 1);
      col_id (gen, pick_staff (gen, gen->service_staff));
      col_text (gen, PICK_TEXT (gen, inspection_subjects));
      col_int (gen, finding == 1 || finding == 4 ? rng_between (gen, 1, 2) : rng_between (gen, 3, 4));
      col_text (gen, inspection_findings[finding]);
      col_id (gen, gen->supervisors[0]->len ? pick_staff (gen, gen->supervisors[0]) : 0);
      if (!care_row_end (care, error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------ suggestion forms */

static gboolean
create_collection_points (Care     *care,
                          GError  **error)
{
  Generator *gen = care->gen;
  guint32 point = 0;

  for (guint b = 0; b < gen->n_branches; b++)
    for (guint k = 0; k < 2; k++)
      {
        const BranchSpec *branch = &_as_demo_branch_specs[b];
        char place[96];

        g_snprintf (place, sizeof place, "%s (%s)", point_places[(b + k) % G_N_ELEMENTS (point_places)],
                    branch->cities[k]);
        care_row (care, S_POINTS);
        col_int (gen, ++point);
        col_copy (gen, place);
        col_text (gen, k == 0 ? branch->address : branch->cities[k]);
        col_int (gen, b + 1);
        col_int (gen, 1);
        if (!care_row_end (care, error))
          return FALSE;
        /* Collected every week or two. */
        for (gint32 day = gen->first_day + rng_between (gen, 0, 7); day < gen->today;
             day += rng_between (gen, 7, 14))
          {
            care_row (care, S_COLLECTIONS);
            col_int (gen, point);
            col_date (gen, day);
            col_int (gen, rng_between (gen, 0, 14));
            col_id (gen, pick_staff (gen, gen->receptionists[b]));
            if (!care_row_end (care, error))
              return FALSE;
          }
      }
  return TRUE;
}

/**
 * _as_demo_create_care:
 *
 * The customer-care programme; after the repairs, whose completed ones get
 * their follow-up calls.
 */
gboolean
_as_demo_create_care (Generator  *gen,
                      GError    **error)
{
  g_auto(Care) care = { gen, { NULL } };

  return care_prepare (&care, error) &&
         create_followups (gen, error) &&
         create_visits (&care, error) &&
         create_meetings (&care, error) &&
         create_inspections (&care, error) &&
         create_collection_points (&care, error);
}
