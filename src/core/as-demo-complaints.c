/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo's complaints and opinions: one contact for every ten repairs,
 * routed by subject category, with the handler, the response deadline (a few
 * answered late, a few still waiting past it), urgent and priority matters,
 * serious ones reviewed by the deputy general manager, customers not
 * satisfied and repeated complaints under case management, the hotline's
 * contacts accepted by its own staff, the responsible department or staff
 * member, rewards for valuable suggestions, and each one's history. */

#include <string.h>

#include "as-demo-private.h"

/* Retailers' complaints: the demo company has no channel coordination
 * department, so marketing coordinates with the retailers, as the default
 * routing does when there is none. */
#define NO_DEPT         255

typedef struct
{
  const char *kind;
  const char *category;
  const char *subject;
  const char *description;
  guint8      department;       /* DEPT_*, or NO_DEPT for channel coordination */
  guint8      weight;
  const char *priority;         /* NULL, or the priority matter */
  gboolean    serious;          /* to the deputy general manager, always urgent */
} Spec;

static const Spec specs[] = {
  { "complaint", "product_quality", "El aparato se ha averiado tres veces en seis meses",
    "La misma avería se repite después de cada reparación; el cliente pide la sustitución.",
    DEPT_PRODUCTION, 6, NULL, FALSE },
  { "complaint", "product_quality", "Óxido en la carcasa a los pocos meses de uso",
    "Han aparecido manchas de óxido en la parte inferior del aparato.", DEPT_PRODUCTION, 3,
    NULL, FALSE },
  { "complaint", "product_function", "Consumo eléctrico muy superior al de la etiqueta",
    "El cliente ha medido el consumo y supera claramente el de la etiqueta energética.",
    DEPT_TECHNICAL, 3, NULL, FALSE },
  { "complaint", "product_function", "Se reinicia solo tras actualizar el software",
    "Desde la última actualización el aparato se reinicia varias veces al día.", DEPT_TECHNICAL,
    2, NULL, FALSE },
  { "complaint", "product_function", "Olor a quemado al usar el aparato",
    "El cliente percibe olor a quemado y ha dejado de usarlo por seguridad.", DEPT_TECHNICAL, 1,
    "major_product", FALSE },
  { "consultation", "product_function", "Medidas para la instalación en un hueco de 60 cm",
    "El cliente pregunta por las medidas de encastre y la ventilación necesaria.",
    DEPT_TECHNICAL, 2, NULL, FALSE },
  { "complaint", "product_development", "Ruido excesivo durante el funcionamiento",
    "El ruido continúa después de la visita del técnico y no deja dormir al cliente.", DEPT_RD,
    4, NULL, FALSE },
  { "suggestion", "product_development", "Programa corto de lavado en frío",
    "Propone un programa de 20 minutos para prendas poco sucias.", DEPT_RD, 2, NULL, FALSE },
  { "complaint", "product_design", "La superficie exterior se calienta en exceso",
    "El cliente teme que alguien se queme; hay niños en casa.", DEPT_DESIGN, 2, NULL, FALSE },
  { "opinion", "product_design", "El panel de mandos es poco intuitivo",
    "El cliente propone simplificar los menús y poner los textos en castellano.", DEPT_DESIGN, 2,
    NULL, FALSE },
  { "complaint", "packaging", "Embalaje dañado en la entrega",
    "La caja llegó abierta y golpeada; el aparato tiene arañazos.", DEPT_WAREHOUSE, 5, NULL,
    FALSE },
  { "complaint", "packaging", "El aparato llegó con un golpe en el lateral",
    "El transportista entregó el aparato con una abolladura visible.", DEPT_WAREHOUSE, 3, NULL,
    FALSE },
  { "complaint", "packaging", "Retraso en la entrega a domicilio",
    "La entrega se ha retrasado más de una semana sobre la fecha acordada.", DEPT_WAREHOUSE, 3,
    NULL, FALSE },
  { "complaint", "staff_conduct", "Trato poco amable del técnico",
    "El cliente considera que el técnico fue descortés y no le explicó la reparación.",
    DEPT_MARKETING, 3, NULL, FALSE },
  { "complaint", "staff_conduct", "El técnico no acudió a la cita",
    "El cliente esperó toda la mañana y nadie le avisó del cambio de cita.", DEPT_MARKETING, 4,
    NULL, FALSE },
  { "complaint", "staff_conduct", "Instalación deficiente",
    "El instalador dejó el aparato mal nivelado y restos de obra en la cocina.", DEPT_MARKETING,
    2, NULL, FALSE },
  { "complaint", "staff_conduct", "Falta de seguimiento del servicio posventa",
    "Ha llamado varias veces sin recibir respuesta sobre el estado de su reparación.",
    DEPT_MARKETING, 4, NULL, FALSE },
  { "complaint", "retailer", "La tienda se niega a tramitar la garantía",
    "El distribuidor remite al cliente al fabricante sin tramitar la reparación.", NO_DEPT, 2,
    NULL, FALSE },
  { "complaint", "retailer", "El vendedor informó mal de la garantía",
    "En la tienda le aseguraron una garantía de tres años para todas las piezas.", NO_DEPT, 2,
    NULL, FALSE },
  { "consultation", "service", "Consulta sobre la cobertura de la garantía",
    "El cliente pregunta qué piezas cubre la garantía y durante cuánto tiempo.", DEPT_SERVICE, 8,
    NULL, FALSE },
  { "consultation", "service", "Solicitud del manual de instrucciones",
    "El cliente ha perdido el manual y pide que se lo envíen por correo electrónico.",
    DEPT_SERVICE, 4, NULL, FALSE },
  { "consultation", "service", "Información sobre contratos de mantenimiento",
    "El cliente quiere conocer precios y condiciones del contrato de mantenimiento.",
    DEPT_SERVICE, 4, NULL, FALSE },
  { "consultation", "service", "Estado de una reparación en curso",
    "El cliente pregunta cuándo le devolverán el aparato que está en el taller.", DEPT_SERVICE, 6,
    NULL, FALSE },
  { "suggestion", "service", "Ampliar el horario de atención telefónica",
    "Propone atender también los sábados por la tarde.", DEPT_SERVICE, 2, NULL, FALSE },
  { "suggestion", "service", "Avisar por SMS antes de la visita del técnico",
    "Le gustaría recibir un mensaje una hora antes de que llegue el técnico.", DEPT_SERVICE, 2,
    NULL, FALSE },
  { "suggestion", "service", "Ofrecer un aparato de sustitución durante la reparación",
    "Propone prestar un aparato mientras el suyo está en el taller.", DEPT_SERVICE, 2, NULL,
    FALSE },
  { "opinion", "service", "Felicitación por la rapidez de la reparación",
    "El cliente agradece que el técnico resolviera la avería en la primera visita.",
    DEPT_SERVICE, 4, NULL, FALSE },
  { "opinion", "service", "Muy buena atención de la línea directa",
    "El cliente destaca la amabilidad de la persona que le atendió.", DEPT_SERVICE, 2, NULL,
    FALSE },
  { "complaint", "product_quality", "Amenaza de reclamación judicial por avería repetida",
    "El cliente anuncia acciones legales si no se le sustituye el aparato.", DEPT_PRODUCTION, 1,
    "legal", TRUE },
  { "complaint", "service", "Queja difundida en redes sociales y prensa local",
    "La queja sobre una reparación ha tenido eco en los medios de la zona.", DEPT_SERVICE, 1,
    "media", TRUE },
  { "complaint", "service", "Reclamación presentada ante la oficina de consumo",
    "El cliente ha presentado una hoja de reclamaciones oficial.", DEPT_SERVICE, 1, "legal",
    TRUE },
  { "complaint", "product_quality", "Varios clientes con la misma fuga de agua",
    "Se repite la misma fuga en unidades del mismo lote; posible defecto de serie.",
    DEPT_PRODUCTION, 1, "major_product", TRUE },
};

static const char *const answers[] = {
  "Se le explica el procedimiento y se le envía la documentación.",
  "Se programa una nueva visita del técnico sin coste.",
  "Se acuerda la sustitución del aparato.",
  "Se le ofrecen disculpas y se revisa el caso con el departamento.",
  "Se le informa del plazo y se le llamará al terminar.",
  "Se agradece la sugerencia y se traslada al departamento.",
};

static const char *const rewards[] = {
  "Vale de compra", "Ampliación de garantía de un año", "Revisión de mantenimiento gratuita",
};

enum { S_COMPLAINT, S_HISTORY, S_REWARD, N_STATEMENTS };

static const char *const inserts[N_STATEMENTS] = {
  "INSERT INTO complaints (id, received_at, channel, kind, customer_id, unit_id, model_id,"
  " category, subject, description, received_by, urgent, department_id, handler_id, status,"
  " due_at, answered_at, retailer, priority, serious, level, escalated_at, repeat_of,"
  " reviewed_by, reviewed_at, review_notes, answer, answer_channel, answered_by, satisfied,"
  " closed_at, responsible_department_id, responsible_staff_id)"
  " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  "INSERT INTO complaint_history (complaint_id, at, staff_id, action, department_id, handler_id,"
  " status, level, note) VALUES (?,?,?,?,?,?,?,?,?)",
  "INSERT INTO complaint_rewards (complaint_id, what, amount_cents, awarded_on, approved_by,"
  " approved_at) VALUES (?,?,?,?,?,?)",
};

/* One contact as generated, before it is written. */
typedef struct
{
  const Spec *spec;
  guint32     id;
  gint64      received;
  gint64      due;
  gint64      reviewed;         /* NEVER when not reviewed */
  gint64      answered;         /* the last answer, or NEVER */
  gint64      first_answer;     /* NEVER when not answered before a "not satisfied" */
  gint64      closed;
  const char *channel;
  const char *status;
  const char *level;
  const char *answer;
  guint32     customer;         /* ids; 0 for none */
  guint32     unit;
  guint32     model;
  guint32     receiver;
  guint32     department;
  guint32     handler;
  guint32     responsible_department;
  guint32     responsible_staff;
  guint32     repeat_of;
  int         satisfied;        /* -1 unknown */
  gboolean    urgent;
} Contact;

typedef struct
{
  Generator    *gen;
  sqlite3_stmt *stmts[N_STATEMENTS];
  Contact       last;           /* the previous contact, for repeats */
} Demo;

/* ---------------------------------------------------------------- helpers */

static gboolean
step (Demo     *demo,
      GError  **error)
{
  int rc = sqlite3_step (demo->gen->row);

  sqlite3_reset (demo->gen->row);
  if (rc != SQLITE_DONE)
    {
      _as_demo_set_failure (demo->gen, error);
      return FALSE;
    }
  return TRUE;
}

static void
use (Demo *demo,
     int   statement)
{
  demo->gen->row = demo->stmts[statement];
  demo->gen->column = 0;
}

static const Spec *
pick_spec (Generator *gen)
{
  guint total = 0, draw;

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    total += specs[i].weight;
  draw = rng_below (gen, total);
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      if (draw < specs[i].weight)
        return &specs[i];
      draw -= specs[i].weight;
    }
  return &specs[0];
}

static const char *
pick_channel (Generator *gen)
{
  guint draw = rng_below (gen, 100);

  return draw < 35 ? "hotline" : draw < 60 ? "phone" : draw < 80 ? "email"
       : draw < 88 ? "visit" : draw < 93 ? "letter" : "suggestion_form";
}

static guint32
pick_from (Generator *gen,
           GArray    *pool)
{
  return pool != NULL && pool->len > 0 ? g_array_index (pool, guint32, rng_below (gen, pool->len))
                                       : 0;
}

/* One of the customer's units already sold on @day (an index + 1), or 0. */
static guint32
pick_customer_unit (Generator *gen,
                    guint      customer,
                    gint32     day)
{
  guint first = gen->customer_first_unit[customer];
  guint n = gen->customer_first_unit[customer + 1] - first;
  guint u;

  if (n == 0)
    return 0;
  u = gen->customer_units[first + rng_below (gen, n)];
  return get_unit (gen, u)->sale_day < day ? u + 1 : 0;
}

/* Hotline staff take what comes through the hotline (they answer for it
 * apart from the after-sales department); the rest is taken at the branches. */
static guint32
pick_receiver (Generator  *gen,
               const char *channel)
{
  if (g_str_equal (channel, "hotline"))
    return pick_from (gen, gen->hotline);
  if (rng_percent (gen, 40))
    return pick_from (gen, gen->service_staff);
  return pick_from (gen, gen->receptionists[rng_below (gen, gen->n_branches)]);
}

static guint32
department_id (const Spec *spec)
{
  return spec->department == NO_DEPT ? DEPT_MARKETING + 1u : spec->department + 1u;
}

static guint32
pick_handler (Generator  *gen,
              const Spec *spec)
{
  if (spec->department == DEPT_SERVICE)
    return pick_from (gen, gen->service_staff);
  return gen->contact[spec->department == NO_DEPT ? DEPT_MARKETING : spec->department];
}

/* ---------------------------------------------------------- the contact */

static void
choose_people (Generator *gen,
               Demo      *demo,
               Contact   *c,
               guint      i)
{
  gboolean repeat = demo->last.customer != 0 && g_str_equal (demo->last.spec->kind, "complaint") &&
                    rng_percent (gen, 3);

  c->spec = repeat ? demo->last.spec : pick_spec (gen);
  c->channel = pick_channel (gen);
  c->customer = repeat ? demo->last.customer
              : rng_percent (gen, 90) ? rng_below (gen, gen->customers->len) + 1 : 0;
  c->unit = repeat ? demo->last.unit
          : c->customer ? pick_customer_unit (gen, c->customer - 1, day_of (c->received)) : 0;
  c->model = c->unit ? get_unit (gen, c->unit - 1)->model + 1u : 0;
  c->repeat_of = repeat ? demo->last.id : 0;
  c->receiver = pick_receiver (gen, c->channel);
  c->department = department_id (c->spec);
  c->handler = pick_handler (gen, c->spec);
  if (g_str_equal (c->spec->category, "staff_conduct") && rng_percent (gen, 70))
    {
      c->responsible_staff = pick_from (gen, gen->technicians[rng_below (gen, gen->n_branches)]);
      c->responsible_department = DEPT_SERVICE + 1;
    }
  else if (g_str_equal (c->spec->kind, "complaint") && rng_percent (gen, 50))
    c->responsible_department = c->department;
}

/* The answer, the customer's verdict, a second answer when not satisfied. */
static void
choose_outcome (Generator *gen,
                Contact   *c)
{
  gint64 start = c->reviewed != NEVER ? c->reviewed : c->received;

  c->answered = c->urgent ? start + rng_between (gen, HOUR / 2, 8 * HOUR)
                          : _as_demo_later_open_moment (gen, start, 0,
                                                        rng_percent (gen, 85) ? 2 : 6);
  if (c->answered > gen->now || (c->spec->serious && c->reviewed == NEVER) ||
      (gen->now - c->received < 20 * DAY && rng_percent (gen, 8)))
    {
      c->answered = NEVER;      /* still waiting, some recent ones for too long */
      if (gen->now - c->received < DAY && c->reviewed == NEVER && !c->repeat_of)
        c->handler = 0;         /* not taken by anyone yet */
      c->status = c->handler ? "in_progress" : "open";
      return;
    }
  c->answer = answers[rng_below (gen, G_N_ELEMENTS (answers))];
  c->closed = c->answered + rng_between (gen, HOUR, 3 * DAY);
  c->satisfied = g_str_equal (c->spec->kind, "complaint") && rng_percent (gen, 12) ? 0 : 1;
  if (c->satisfied == 0)
    {
      c->level = c->spec->serious ? "deputy_gm" : "case_management";
      c->first_answer = c->answered;
      c->answered = c->closed + rng_between (gen, DAY, 5 * DAY);
      c->due = c->closed + 3 * DAY;
      c->closed = c->answered + rng_between (gen, HOUR, 2 * DAY);
      if (c->answered > gen->now)
        {
          c->answered = NEVER;
          c->status = "in_progress";
          return;
        }
      c->satisfied = 1;
    }
  c->status = c->closed <= gen->now ? "closed" : "answered";
  if (c->closed > gen->now)
    c->satisfied = -1;
}

static void
generate_contact (Generator *gen,
                  Demo      *demo,
                  Contact   *c,
                  guint      i,
                  guint      n)
{
  memset (c, 0, sizeof *c);
  c->id = i + 1;
  c->received = _as_demo_spread_moment (gen, i, n);
  choose_people (gen, demo, c, i);
  c->urgent = c->spec->serious || rng_percent (gen, 4);
  c->due = c->received + (c->urgent ? 4 * HOUR : 3 * DAY);
  c->level = c->spec->serious ? "deputy_gm" : c->repeat_of ? "case_management" : "service";
  c->reviewed = NEVER;
  if (c->spec->serious && (gen->now - c->received > 10 * DAY || rng_percent (gen, 50)))
    {
      c->reviewed = c->received + rng_between (gen, HOUR, 20 * HOUR);
      if (c->reviewed > gen->now)
        c->reviewed = NEVER;
    }
  c->first_answer = c->closed = NEVER;
  c->satisfied = -1;
  choose_outcome (gen, c);
}

/* ------------------------------------------------------------ writing */

static gboolean
write_contact (Generator  *gen,
               Demo       *demo,
               Contact    *c,
               GError    **error)
{
  gboolean answered = c->answered != NEVER;
  gboolean retailer = g_str_equal (c->spec->category, "retailer");

  use (demo, S_COMPLAINT);
  col_int (gen, c->id);
  col_moment (gen, c->received);
  col_text (gen, c->channel);
  col_text (gen, c->spec->kind);
  col_id (gen, c->customer);
  col_id (gen, c->unit);
  col_id (gen, c->model);
  col_text (gen, c->spec->category);
  col_text (gen, c->spec->subject);
  col_text (gen, c->spec->description);
  col_id (gen, c->receiver);
  col_int (gen, c->urgent);
  col_id (gen, c->department);
  col_id (gen, c->handler);
  col_text (gen, c->status);
  col_moment (gen, c->due);
  col_moment (gen, c->answered);
  col_text (gen, retailer ? PICK (gen, _as_demo_retailers) : "");
  if (c->spec->priority)
    col_text (gen, c->spec->priority);
  else
    col_null (gen);
  col_int (gen, c->spec->serious);
  col_text (gen, c->level);
  col_moment (gen, g_str_equal (c->level, "service") ? NEVER
                   : c->first_answer != NEVER ? c->first_answer + HOUR : c->received);
  col_id (gen, c->repeat_of);
  col_id (gen, c->reviewed != NEVER ? gen->contact[DEPT_MANAGEMENT] : 0);
  col_moment (gen, c->reviewed);
  col_text (gen, c->reviewed != NEVER ? "Atender con prioridad y sustituir si procede." : "");
  col_text (gen, answered ? c->answer : "");
  if (answered)
    col_text (gen, rng_percent (gen, 70) ? "phone" : "writing");
  else
    col_null (gen);
  col_id (gen, answered ? c->handler : 0);
  if (c->satisfied >= 0)
    col_int (gen, c->satisfied);
  else
    col_null (gen);
  col_moment (gen, g_str_equal (c->status, "closed") ? c->closed : NEVER);
  col_id (gen, c->responsible_department);
  col_id (gen, c->responsible_staff);
  if (!step (demo, error))
    return FALSE;
  gen->counts[T_COMPLAINTS]++;
  return TRUE;
}

static gboolean
write_move (Generator   *gen,
            Demo        *demo,
            Contact     *c,
            gint64       at,
            guint32      staff,
            const char  *action,
            gboolean     route,
            const char  *status,
            const char  *level,
            const char  *note,
            GError     **error)
{
  use (demo, S_HISTORY);
  col_int (gen, c->id);
  col_moment (gen, at);
  col_id (gen, staff);
  col_text (gen, action);
  col_id (gen, route ? c->department : 0);
  col_id (gen, route ? c->handler : 0);
  if (status)
    col_text (gen, status);
  else
    col_null (gen);
  if (level)
    col_text (gen, level);
  else
    col_null (gen);
  col_text (gen, note ? note : "");
  return step (demo, error);
}

static gboolean
write_history (Generator  *gen,
               Demo       *demo,
               Contact    *c,
               GError    **error)
{
  guint32 reviewer = gen->contact[DEPT_MANAGEMENT];

  if (!write_move (gen, demo, c, c->received, c->receiver, "registered", TRUE,
                   c->handler ? "in_progress" : "open", "service", NULL, error))
    return FALSE;
  if ((c->spec->serious &&
       !write_move (gen, demo, c, c->received, c->receiver, "escalated", FALSE, NULL, "deputy_gm",
                    "Asunto grave: para revisión del director general adjunto.", error)) ||
      (c->repeat_of &&
       !write_move (gen, demo, c, c->received, c->receiver, "escalated", FALSE, NULL,
                    "case_management", "Queja repetida sobre el mismo asunto.", error)) ||
      (c->reviewed != NEVER &&
       !write_move (gen, demo, c, c->reviewed, reviewer, "reviewed", FALSE, NULL, NULL,
                    "Atender con prioridad y sustituir si procede.", error)))
    return FALSE;
  if (c->first_answer != NEVER &&
      (!write_move (gen, demo, c, c->first_answer, c->handler, "answered", FALSE, "answered", NULL,
                    c->answer, error) ||
       !write_move (gen, demo, c, c->first_answer + HOUR, c->handler, "not_satisfied", FALSE,
                    "in_progress", c->level, "El cliente no está conforme con la respuesta.",
                    error)))
    return FALSE;
  if (c->answered != NEVER &&
      !write_move (gen, demo, c, c->answered, c->handler, "answered", FALSE, "answered", NULL,
                   c->answer, error))
    return FALSE;
  return !g_str_equal (c->status, "closed") ||
         write_move (gen, demo, c, c->closed, c->handler, "closed", FALSE, "closed", NULL, NULL,
                     error);
}

/* Some valuable suggestions and opinions of named customers are rewarded by
 * their branch's manager. */
static gboolean
write_reward (Generator  *gen,
              Demo       *demo,
              Contact    *c,
              GError    **error)
{
  guint32 approver = gen->managers[rng_below (gen, gen->n_branches)];
  gint64 delay = rng_between (gen, DAY, 10 * DAY);
  /* A contact never closed has no reward day (and NEVER + delay would overflow). */
  gint64 at = c->closed == NEVER ? NEVER : c->closed + delay;

  if (c->customer == 0 || !g_str_equal (c->status, "closed") || at > gen->now || approver == 0 ||
      (!g_str_equal (c->spec->kind, "suggestion") && !g_str_equal (c->spec->kind, "opinion")) ||
      !rng_percent (gen, 8))
    return TRUE;
  use (demo, S_REWARD);
  col_int (gen, c->id);
  col_text (gen, rewards[rng_below (gen, G_N_ELEMENTS (rewards))]);
  col_int (gen, 100 * rng_between (gen, 1, 6) * 10);
  col_date (gen, day_of (at));
  col_id (gen, approver);
  col_moment (gen, at);
  if (!step (demo, error))
    return FALSE;
  return write_move (gen, demo, c, at, approver, "rewarded", FALSE, NULL, NULL, NULL, error);
}

gboolean
_as_demo_create_complaints (Generator  *gen,
                            GError    **error)
{
  guint n = MAX (gen->n_repairs / 10, 10);
  Demo demo = { gen };
  gboolean ok = TRUE;

  for (int s = 0; ok && s < N_STATEMENTS; s++)
    if (sqlite3_prepare_v3 (gen->handle, inserts[s], -1, SQLITE_PREPARE_PERSISTENT,
                            &demo.stmts[s], NULL) != SQLITE_OK)
      {
        _as_demo_set_failure (gen, error);
        ok = FALSE;
      }
  for (guint i = 0; ok && i < n; i++)
    {
      Contact c;

      if ((i & 4095) == 0 && !_as_demo_tick (gen, i, n, error))
        ok = FALSE;
      else
        {
          generate_contact (gen, &demo, &c, i, n);
          ok = write_contact (gen, &demo, &c, error) && write_history (gen, &demo, &c, error) &&
               write_reward (gen, &demo, &c, error);
          demo.last = c;
        }
    }
  for (int s = 0; s < N_STATEMENTS; s++)
    sqlite3_finalize (demo.stmts[s]);
  return ok;
}
