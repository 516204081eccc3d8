/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data: repairs from the call to the signed certificate (steps, charges,
 * invoice requests; their surveys are in as-demo-surveys.c). The warehouse
 * is in as-demo-warehouse.c, complaints in as-demo-complaints.c, returns in
 * as-demo-care.c, tools, purchases and the library in as-demo-tools.c. */

#include <string.h>

#include "as-demo-private.h"

/* --------------------------------------------------------------- repairs */

/* A repair is planned from the call to the signed certificate as the repair
 * store would record it, step by step; the steps after "now" are then left
 * out, so open repairs stop consistently in any status. */

enum { ST_RECEIVED, ST_DISPATCHED, ST_IN_WORKSHOP, ST_READY, ST_CLOSED, ST_CANCELLED, ST_SAME };
static const char *const status_codes[] = {
  "received", "dispatched", "in_workshop", "ready", "closed", "cancelled"
};

enum { CAT_FREE, CAT_CONTRACT, CAT_PAID, CAT_INTERNAL };
static const char *const category_codes[] = { "free", "contract", "paid", "internal" };
/* The same categories as the program's Spanish shows them, for history notes. */
static const char *const category_words[] = {
  "Gratuito", "Contratación", "Pago", "Administrativo"
};

enum { CH_LABOUR, CH_CALL_OUT, CH_TRANSPORT, CH_PART, CH_OTHER };
static const char *const charge_kinds[] = { "labour", "call_out", "transport", "part", "other" };

/* The steps of as-repair-store.c, each a repair_events row. */
enum
{
  EV_RECEIVED, EV_DISPATCHED, EV_ARRIVED, EV_QUOTED, EV_ACCEPTED, EV_WORK, EV_FEES, EV_CHARGE,
  EV_TAKEN_BACK, EV_INSPECTED, EV_RETURNED, EV_CLOSED, EV_ESCALATED, EV_CANCELLED
};

/* Who records a step: reception, the branch's supervisor, or the technician
 * (the supervisor for a provider's job). */
enum { BY_RECEPTION, BY_SUPERVISOR, BY_TECHNICIAN };

#define MAX_STEPS    20
#define MAX_SESSIONS 3
#define MAX_CHARGES  5

typedef struct
{
  gint64  at;
  guint16 minutes;
  guint8  event;
  guint8  status;               /* after the step; ST_SAME when it does not change */
  guint8  by;
  guint8  arg;                  /* the session of EV_WORK, the charge of EV_CHARGE */
} Step;

typedef struct
{
  const char *description;
  guint32     unit_price;
  guint32     model_part;       /* model_parts.id, or 0 */
  guint8      kind;
  guint8      category;
  guint8      quantity;
} Charge;

/* One repair order while it is being made up. */
typedef struct
{
  guint32     id;
  gint64      received;
  guint32     unit;             /* index + 1, 0 when the unit is not registered */
  guint32     customer;
  guint16     model;
  guint8      part;
  guint8      category;         /* CAT_*, proposed at reception */
  guint8      part_category;    /* of the failing part's charge line */
  gboolean    internal;
  gboolean    workshop;
  gboolean    replace;          /* the failing part is replaced */
  guint       branch;
  guint32     receptionist;
  guint32     supervisor;
  guint32     technician;
  guint32     provider;
  gint32      promised;
  gint64      replaced_at;      /* start of the session fitting the part, NEVER when none */
  guint       n_sessions;
  guint       minutes[MAX_SESSIONS];
  gint32      consumable;       /* spare index, or -1 */
  guint       quantity;
  gint64      fee_cents;        /* the paid lines, quoted before the work */
  const char *reason;           /* of the escalation */
  const char *cancellation;
  const char *inspection;
  const char *signer;
  Step        steps[MAX_STEPS];
  guint       n_steps;
  guint       n_done;           /* the steps taken by now */
  Charge      charges[MAX_CHARGES];
  guint       n_charges;
  guint       n_fee_lines;      /* the first charges, written in one step */
  char        fault[160];
  char        part_name[64];    /* lower case, for the texts */
  char        assessment[128];
  char        work[MAX_SESSIONS][128];
  char        labour_text[32];
  char        fees_note[160];
  char        signer_name[96];

  /* The columns, from the steps taken by now. */
  int         status;
  gint64      dispatched, arrived, quoted, accepted, goods_in, inspected, closed, escalated;
  guint       labour;
  const char *work_done;
  guint       charges_done;     /* bit per charge */
} Repair;

static inline const Model *
get_model (Generator *gen,
           guint      m)
{
  return &g_array_index (gen->models, Model, m);
}

static inline const CategorySpec *
get_category (Generator *gen,
              guint      m)
{
  return &_as_demo_categories[get_model (gen, m)->category];
}

static inline const Customer *
get_customer (Generator *gen,
              guint      c)
{
  return &g_array_index (gen->customers, Customer, c);
}

static inline const Person *
get_person (Generator *gen,
            guint32    id)
{
  return &g_array_index (gen->people, Person, id - 1);
}

static inline guint32
pick_id (Generator *gen,
         GArray    *pool)
{
  return g_array_index (pool, guint32, rng_below (gen, pool->len));
}

/* A moment @min_minutes to @max_minutes of working time after @from. */
static gint64
later (Generator *gen,
       gint64     from,
       int        min_minutes,
       int        max_minutes)
{
  return _as_demo_add_working_time (gen, from, rng_between (gen, min_minutes, max_minutes) * 60);
}

static void
format_money (gint64  cents,
              char   *out,
              gsize   size)
{
  g_snprintf (out, size, "%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));
}

/* ------------------------------------------------------------- reception */

/* Mostly a registered unit already sold, recent ones more often; sometimes a
 * unit the register does not know. */
static void
choose_repair_subject (Generator *gen,
                       Repair    *r,
                       guint      sold)
{
  if (sold > 0 && rng_percent (gen, 95))
    {
      double x = rng_double (gen);
      guint u = rng_percent (gen, 50) ? rng_below (gen, sold) : sold - 1 - (guint) (x * x * sold);

      r->unit = u + 1;
      r->customer = get_unit (gen, u)->customer;
      r->model = get_unit (gen, u)->model;
    }
  else
    {
      r->customer = rng_below (gen, gen->customers->len);
      r->model = (guint16) rng_below (gen, gen->models->len);
    }
  r->branch = get_customer (gen, r->customer)->branch;
}

static void
choose_fault (Generator *gen,
              Repair    *r)
{
  const CategorySpec *spec = get_category (gen, r->model);
  const FaultSpec *fault;
  guint n_faults = 0;

  r->internal = rng_below (gen, 1000) < 15;
  if (r->internal)
    {
      r->part = (guint8) rng_below (gen, get_model (gen, r->model)->n_parts);
      g_strlcpy (r->fault, PICK (gen, _as_demo_internal_faults), sizeof r->fault);
    }
  else
    {
      while (n_faults < MAX_FAULTS && spec->faults[n_faults].text)
        n_faults++;
      fault = &spec->faults[rng_below (gen, n_faults)];
      r->part = fault->part;
      g_strlcpy (r->fault, fault->text, sizeof r->fault);
      if (rng_percent (gen, 30))
        {
          g_strlcat (r->fault, ".", sizeof r->fault);
          g_strlcat (r->fault, PICK (gen, _as_demo_fault_details), sizeof r->fault);
        }
    }
  g_strlcpy (r->part_name, spec->parts[r->part].name, sizeof r->part_name);
  r->part_name[0] = g_ascii_tolower (r->part_name[0]);
}

/* As as-warranty.c: @months from the sale, plus the best promotion that
 * covered the sale, the last day covered being the day before. */
static gboolean
in_warranty (const Unit  *unit,
             const Model *model,
             guint        months,
             gint32       day)
{
  guint extra = 0;

  if (months == 0)
    return FALSE;
  for (guint k = 0; k < model->n_promotions; k++)
    if (model->promotion_from[k] <= unit->sale_day && unit->sale_day <= model->promotion_to[k])
      extra = MAX (extra, model->promotion_months[k]);
  return day < _as_demo_add_months (unit->sale_day, (int) (months + extra));
}

/* What reception proposes (as_warranty_check()): contract when the unit is
 * covered, free while any part is in warranty, else paid. The failing part's
 * line follows that part's own warranty. */
static void
choose_categories (Generator *gen,
                   Repair    *r)
{
  gint32 day = day_of (r->received);
  const Model *model = get_model (gen, r->model);
  const Unit *unit = r->unit ? get_unit (gen, r->unit - 1) : NULL;

  if (r->internal || unit == NULL)
    r->category = r->part_category = r->internal ? CAT_INTERNAL : CAT_PAID;
  else if (unit->cover_start <= day && day <= unit->cover_end)
    r->category = r->part_category = CAT_CONTRACT;
  else
    {
      r->category = in_warranty (unit, model, model->max_warranty, day) ? CAT_FREE : CAT_PAID;
      r->part_category = in_warranty (unit, model,
                                      get_category (gen, r->model)->parts[r->part].warranty_months,
                                      day) ? CAT_FREE : CAT_PAID;
    }
}

/* ------------------------------------------------------------- the work */

static void
add_charge (Repair     *r,
            guint8      kind,
            const char *description,
            guint8      category,
            guint       quantity,
            gint64      unit_price,
            guint32     model_part)
{
  g_assert (r->n_charges < MAX_CHARGES);
  r->charges[r->n_charges++] = (Charge) { description, (guint32) unit_price, model_part, kind,
                                          category, (guint8) quantity };
  if (category == CAT_PAID)
    r->fee_cents += quantity * unit_price;
}

/* The fee schedule's lines (as_repair_store_charge_fees()), with the
 * category of the repair, then the part and any consumable. */
static void
plan_charges (Generator *gen,
              Repair    *r)
{
  const Model *model = get_model (gen, r->model);
  guint labour = 0;

  for (guint k = 0; k < r->n_sessions; k++)
    labour += r->minutes[k];
  g_snprintf (r->labour_text, sizeof r->labour_text, "Mano de obra, %u min", labour);
  add_charge (r, CH_LABOUR, r->labour_text, r->category, 1,
              (labour * gen->labour_per_hour_cents + 30) / 60, 0);
  add_charge (r, CH_CALL_OUT, "Desplazamiento", r->category, 1, gen->call_out_cents, 0);
  if (r->workshop)
    add_charge (r, CH_TRANSPORT, "Transporte", r->category, 1, gen->transport_cents, 0);
  r->n_fee_lines = r->n_charges;
  if (r->replace)
    {
      gint32 spare = model->spare_of_part[r->part];
      const PartSpec *part = &get_category (gen, r->model)->parts[r->part];

      add_charge (r, CH_PART, part->name, r->part_category, r->quantity,
                  spare >= 0 ? g_array_index (gen->spares, Spare, spare).list_price_cents
                             : part->cost_euros * 160u, model->first_part_id + r->part);
    }
  if (r->consumable >= 0)
    {
      const Spare *spare = &g_array_index (gen->spares, Spare, r->consumable);

      add_charge (r, CH_OTHER, spare->name, r->category, 1, spare->list_price_cents, 0);
    }
}

/* On-site jobs take one visit, or two when the part has to be brought; taken
 * back, the set is carried to the branch and repaired in one to three sessions. */
static void
plan_work (Generator *gen,
           Repair    *r)
{
  const CategorySpec *spec = get_category (gen, r->model);
  guint draw;

  r->workshop = spec->carry_in ? rng_percent (gen, 90) : rng_percent (gen, 20);
  r->replace = rng_percent (gen, r->workshop ? 55 : 35);
  draw = rng_below (gen, 100);
  r->n_sessions = r->workshop ? (draw < 55 ? 1 : draw < 88 ? 2 : 3)
                              : r->replace && draw < 25 ? 2 : 1;
  for (guint k = 0; k < r->n_sessions; k++)
    {
      gboolean last = k + 1 == r->n_sessions;
      const WordList *texts = !last && r->replace ? &_as_demo_diagnoses
                            : r->replace ? &_as_demo_repairs_with_part
                            : &_as_demo_repairs_without_part;

      r->minutes[k] = 5 * (!last && !r->workshop ? rng_between (gen, 4, 9)
                           : r->workshop ? rng_between (gen, 6, 36) : rng_between (gen, 6, 30));
      g_snprintf (r->work[k], sizeof r->work[k], PICK (gen, *texts), r->part_name);
    }
  r->quantity = rng_percent (gen, 8) ? 2 : 1;
  r->consumable = r->replace && gen->consumables->len > 0 && rng_percent (gen, 12)
                  ? (gint32) g_array_index (gen->consumables, guint,
                                            rng_below (gen, gen->consumables->len))
                  : -1;
  r->promised = _as_demo_next_open_day (gen, day_of (r->received) +
                                        (r->workshop ? 8 : r->received % DAY < 12 * HOUR ? 0 : 1));
  g_snprintf (r->assessment, sizeof r->assessment, PICK (gen, _as_demo_assessments), r->part_name);
  plan_charges (gen, r);
}

/* ---------------------------------------------------------- the course */

static void
add_step (Repair *r,
          gint64  at,
          guint8  by,
          guint8  event,
          guint8  status,
          guint   minutes,
          guint8  arg)
{
  g_assert (r->n_steps < MAX_STEPS);
  r->steps[r->n_steps++] = (Step) { at, (guint16) minutes, event, status, by, arg };
}

/* The supervisor reports a repair that cannot be done on schedule. */
static void
escalate (Generator      *gen,
          Repair         *r,
          gint64          at,
          const WordList *reasons)
{
  r->reason = PICK (gen, *reasons);
  add_step (r, at, BY_SUPERVISOR, EV_ESCALATED, ST_SAME, 0, 0);
}

/* Dispatched within the first working hours; the technician reaches the
 * customer before the arrival deadline but on about one visit in twelve,
 * and the supervisor escalates some of the late ones. Returns the arrival. */
static gint64
plan_visit (Generator *gen,
            Repair    *r)
{
  gboolean suburban = get_customer (gen, r->customer)->suburban;
  gint64 sla = MAX (gen->sla_hours[suburban] * HOUR, HOUR);
  gboolean late = rng_percent (gen, 8);
  gint64 arrive = late ? sla + rng_between (gen, 10, 240) * 60
                       : sla * rng_between (gen, 15, 97) / 100;
  gint64 dispatch = rng_percent (gen, 75) ? rng_between (gen, 5, 40) * 60
                                          : rng_between (gen, 40, 150) * 60;
  gint64 arrived = _as_demo_add_working_time (gen, r->received, arrive);

  dispatch = CLAMP (dispatch, 60, arrive - 15 * 60);
  add_step (r, _as_demo_add_working_time (gen, r->received, dispatch), BY_SUPERVISOR,
            EV_DISPATCHED, ST_DISPATCHED, 0, 0);
  add_step (r, arrived, BY_TECHNICIAN, EV_ARRIVED, ST_SAME, 0, 0);
  if (late && rng_percent (gen, 40))
    {
      gint64 overdue = rng_below (gen, (guint) (arrive - sla) - 60);

      escalate (gen, r, _as_demo_add_working_time (gen, r->received, sla + overdue),
                &_as_demo_late_reasons);
    }
  return arrived;
}

/* A paid repair's fee is quoted on the visit and accepted before any work;
 * a few customers turn it down. Returns FALSE when the repair ends there. */
static gboolean
plan_quote (Generator *gen,
            Repair    *r,
            gint64    *from)
{
  gint64 quoted;

  if (r->category != CAT_PAID)
    return TRUE;
  quoted = later (gen, *from, 10, 30);
  add_step (r, quoted, BY_TECHNICIAN, EV_QUOTED, ST_SAME, 0, 0);
  if (rng_percent (gen, 4))
    {
      r->cancellation = PICK (gen, _as_demo_quote_refusals);
      add_step (r, later (gen, quoted, 60, 8 * 60), BY_RECEPTION, EV_CANCELLED, ST_CANCELLED, 0, 0);
      return FALSE;
    }
  *from = later (gen, quoted, 1, 15);
  add_step (r, *from, BY_TECHNICIAN, EV_ACCEPTED, ST_SAME, 0, 0);
  return TRUE;
}

/* A work session starting at @start; the part is fitted in the last one. */
static gint64
plan_session (Generator *gen,
              Repair    *r,
              guint      k,
              gint64     start)
{
  gint64 end = _as_demo_add_working_time (gen, start, r->minutes[k] * 60);

  if (k + 1 == r->n_sessions && r->replace)
    r->replaced_at = start;
  add_step (r, end, BY_TECHNICIAN, EV_WORK, ST_SAME, r->minutes[k], (guint8) k);
  return end;
}

/* The fee lines go in after the work, then each further line, a step each. */
static gint64
plan_charge_steps (Repair *r,
                   gint64  at)
{
  add_step (r, at += 120, BY_TECHNICIAN, EV_FEES, ST_SAME, 0, 0);
  for (guint k = r->n_fee_lines; k < r->n_charges; k++)
    add_step (r, at += 60, BY_TECHNICIAN, EV_CHARGE, ST_SAME, 0, (guint8) k);
  return at;
}

static void
plan_on_site (Generator *gen,
              Repair    *r,
              gint64     from)
{
  gint64 end = plan_session (gen, r, 0, later (gen, from, 2, 10));

  if (r->n_sessions > 1)
    {
      if (rng_percent (gen, 10))
        escalate (gen, r, later (gen, end, 30, 90), &_as_demo_workshop_reasons);
      end = plan_session (gen, r, 1, _as_demo_later_open_moment (gen, end, 1, 4));
    }
  end = plan_charge_steps (r, end);
  add_step (r, later (gen, end, 3, 10), BY_TECHNICIAN, EV_CLOSED, ST_CLOSED, 0, 0);
}

/* Taken back: goods receipt, sessions at the bench, the director's
 * inspection, and the goods returned against the customer's signature. A
 * few jobs drag on for months (a part out of stock) and are escalated. */
static void
plan_workshop (Generator *gen,
               Repair    *r,
               gint64     from)
{
  gint64 goods_in = later (gen, from, 10, 40), end = goods_in, inspected;
  gboolean stuck = rng_below (gen, 1000) < 5;

  add_step (r, goods_in, BY_TECHNICIAN, EV_TAKEN_BACK, ST_IN_WORKSHOP, 0, 0);
  for (guint k = 0; k < r->n_sessions; k++)
    end = plan_session (gen, r, k, _as_demo_later_open_moment (gen, end, k ? 1 : 0, 3));
  end = plan_charge_steps (r, end);
  inspected = later (gen, end, 30, 600);
  if (stuck || (r->n_sessions == MAX_SESSIONS && rng_percent (gen, 20)))
    {
      gint64 at = _as_demo_later_open_moment (gen, goods_in, 4, 6);

      if (stuck)
        inspected = _as_demo_later_open_moment (gen, inspected, 60, 90);
      if (at < inspected)
        escalate (gen, r, at, &_as_demo_workshop_reasons);
    }
  r->inspection = PICK (gen, _as_demo_inspection_notes);
  add_step (r, inspected, BY_SUPERVISOR, EV_INSPECTED, ST_READY, 0, 0);
  add_step (r, _as_demo_later_open_moment (gen, inspected, 0, 3), BY_RECEPTION, EV_RETURNED,
            ST_CLOSED, 0, 0);
}

/* Steps in time order (escalations fall between the others); the status
 * each leaves; how many are taken by now; and the columns they set. */
static void
settle_steps (Generator *gen,
              Repair    *r)
{
  gint64 *column[] = { NULL, &r->dispatched, &r->arrived, &r->quoted, &r->accepted, NULL, NULL,
                       NULL, &r->goods_in, &r->inspected, &r->closed, &r->closed, &r->escalated,
                       &r->closed };
  int status = ST_RECEIVED;

  for (guint i = 1; i < r->n_steps; i++)
    for (guint j = i; j > 0 && r->steps[j - 1].at > r->steps[j].at; j--)
      {
        Step swap = r->steps[j];
        r->steps[j] = r->steps[j - 1];
        r->steps[j - 1] = swap;
      }
  r->dispatched = r->arrived = r->quoted = r->accepted = NEVER;
  r->goods_in = r->inspected = r->closed = r->escalated = NEVER;
  for (guint i = 0; i < r->n_steps; i++)
    {
      Step *step = &r->steps[i];

      if (step->status == ST_SAME)
        step->status = (guint8) status;
      if (step->at > gen->now)
        break;
      status = step->status;
      r->n_done = i + 1;
      if (column[step->event])
        *column[step->event] = step->at;
      if (step->event == EV_WORK)
        {
          r->labour += step->minutes;
          r->work_done = r->work[step->arg];
        }
      else if (step->event == EV_FEES)
        r->charges_done |= (1u << r->n_fee_lines) - 1;
      else if (step->event == EV_CHARGE)
        r->charges_done |= 1u << step->arg;
    }
  r->status = status;
}

/* The customer signs, or a relative at home (the customer's surnames); at a
 * business, whoever received the technician. */
static void
choose_signer (Generator *gen,
               Repair    *r)
{
  const Customer *customer = get_customer (gen, r->customer);
  const char *first = rng_percent (gen, 50) ? PICK (gen, _as_demo_female_names)
                                            : PICK (gen, _as_demo_male_names);
  const char *surnames = customer->name;
  int spaces = 0;

  r->signer = customer->name;
  if (!customer->business && rng_percent (gen, 85))
    return;
  for (const char *p = customer->name + strlen (customer->name); p > customer->name; p--)
    if (p[-1] == ' ' && ++spaces == 2)
      {
        surnames = p;
        break;
      }
  if (customer->business)
    {
      const char *surname = PICK (gen, _as_demo_surnames);

      g_snprintf (r->signer_name, sizeof r->signer_name, "%s %s %s", first, surname,
                  PICK (gen, _as_demo_surnames));
    }
  else
    g_snprintf (r->signer_name, sizeof r->signer_name, "%s %s", first, surnames);
  r->signer = r->signer_name;
}

/* Only technicians whose qualification is valid on the day are dispatched;
 * the first technician of every branch always is. */
static guint32
pick_qualified_technician (Generator *gen,
                           guint      branch,
                           gint32     day)
{
  GArray *pool = gen->technicians[branch];

  for (int attempt = 0; attempt < 6; attempt++)
    {
      guint32 id = pick_id (gen, pool);
      if (get_person (gen, id)->certificate_expiry >= day)
        return id;
    }
  return g_array_index (pool, guint32, 0);
}

/* A service provider takes a few on-site jobs while its contract lasts. */
static void
assign_repair_staff (Generator *gen,
                     Repair    *r)
{
  gint32 day = r->n_steps > 1 ? day_of (r->steps[1].at) : day_of (r->received);
  guint p = rng_below (gen, gen->n_providers);

  r->supervisor = pick_id (gen, gen->supervisors[r->branch]);
  if (!r->workshop && rng_percent (gen, 5) && gen->provider_end[p] >= day)
    r->provider = p + 1;
  else
    r->technician = pick_qualified_technician (gen, r->branch, day);
}

/* The whole course from the call; the few calls cancelled before dispatch
 * end at once. */
static void
plan_repair (Generator *gen,
             Repair    *r)
{
  gint64 from;

  r->receptionist = pick_id (gen, gen->receptionists[r->branch]);
  r->replaced_at = NEVER;
  add_step (r, r->received, BY_RECEPTION, EV_RECEIVED, ST_RECEIVED, 0, 0);
  plan_work (gen, r);
  if (rng_below (gen, 1000) < 4)
    {
      r->cancellation = PICK (gen, _as_demo_early_cancellations);
      add_step (r, later (gen, r->received, 15, 120), BY_RECEPTION, EV_CANCELLED, ST_CANCELLED,
                0, 0);
    }
  else
    {
      from = plan_visit (gen, r);
      if (plan_quote (gen, r, &from))
        {
          if (r->workshop)
            plan_workshop (gen, r, from);
          else
            plan_on_site (gen, r, from);
        }
    }
  assign_repair_staff (gen, r);
  choose_signer (gen, r);
  settle_steps (gen, r);
}

/* ----------------------------------------------------------------- rows */

static const char *
choose_repair_channel (Generator *gen,
                       gboolean   workshop)
{
  guint draw = rng_below (gen, 100);

  if (workshop && draw < 55)
    return "visit";
  return draw < 52 ? "phone" : draw < 70 ? "visit" : draw < 88 ? "hotline" : "email";
}

static gboolean
insert_repair (Generator     *gen,
               const Repair  *r,
               GError       **error)
{
  const Customer *customer = get_customer (gen, r->customer);
  const Model *model = get_model (gen, r->model);
  gboolean sent = r->dispatched != NEVER, closed = r->status == ST_CLOSED;
  gboolean back = r->goods_in != NEVER, inspected = r->inspected != NEVER;
  gint32 spare = model->spare_of_part[r->part];

  row_begin (gen, T_REPAIRS);
  col_int (gen, r->id);
  col_int (gen, r->customer + 1);
  col_id (gen, r->unit);
  col_int (gen, r->model + 1);
  col_text (gen, r->unit ? get_unit (gen, r->unit - 1)->serial : "");
  col_text (gen, customer->address);
  col_text (gen, customer->phone);
  col_text (gen, r->fault);
  col_text (gen, choose_repair_channel (gen, r->workshop));
  col_text (gen, customer->suburban ? "suburban" : "urban");
  col_text (gen, category_codes[r->category]);
  col_text (gen, status_codes[r->status]);
  col_id (gen, r->receptionist);
  col_moment (gen, r->received);
  col_id (gen, sent ? r->technician : 0);
  col_id (gen, sent ? r->provider : 0);
  col_int (gen, r->branch + 1);
  col_date (gen, r->promised);
  col_moment (gen, r->closed);
  col_int (gen, r->labour);
  col_moment (gen, _as_demo_arrival_deadline (gen, r->received, customer->suburban));
  col_text (gen, sent ? r->assessment : "");
  col_moment (gen, r->dispatched);
  col_id (gen, sent ? r->supervisor : 0);
  col_text (gen, sent ? _as_demo_category_tools.items[model->category] : "");
  col_text (gen, sent && spare >= 0 && r->replace ? g_array_index (gen->spares, Spare, spare).name
                                                  : "");
  col_moment (gen, r->arrived);
  if (back || closed)
    col_text (gen, back ? "taken_back" : "on_site");
  else
    col_null (gen);
  col_moment (gen, r->goods_in);
  col_moment (gen, back && closed ? r->closed : NEVER);
  col_moment (gen, back && closed ? r->closed : NEVER);
  col_text (gen, r->work_done ? r->work_done : "");
  col_id (gen, inspected ? r->supervisor : 0);
  col_moment (gen, r->inspected);
  col_text (gen, inspected ? r->inspection : "");
  if (closed)
    col_text (gen, r->signer);
  else
    col_null (gen);
  col_moment (gen, closed ? r->closed : NEVER);
  if (r->quoted != NEVER)
    col_int (gen, r->fee_cents);
  else
    col_null (gen);
  col_moment (gen, r->accepted);
  col_moment (gen, r->escalated);
  col_text (gen, r->escalated != NEVER ? r->reason : "");
  return row_end (gen, error);
}

static guint32
step_staff (const Repair *r,
            const Step   *step)
{
  if (step->by == BY_RECEPTION)
    return r->receptionist;
  return step->by == BY_TECHNICIAN && r->technician ? r->technician : r->supervisor;
}

/* The note the repair store writes with each step. */
static const char *
describe_step (Generator    *gen,
               const Repair *r,
               const Step   *step,
               char         *note,
               gsize         size)
{
  const Charge *charge = &r->charges[step->arg];
  char money[24], moment[20];

  switch (step->event)
    {
    case EV_RECEIVED:
      return r->fault;
    case EV_DISPATCHED:
      g_snprintf (note, size, "Asignada a %s", r->technician
                  ? get_person (gen, r->technician)->name
                  : _as_demo_providers.items[r->provider - 1]);
      return note;
    case EV_ARRIVED:
      _as_demo_format_moment (step->at, moment);
      g_snprintf (note, size, "Llegada: %s", moment);
      return note;
    case EV_QUOTED:
      format_money (r->fee_cents, money, sizeof money);
      g_snprintf (note, size, "Presupuesto: %s", money);
      return note;
    case EV_ACCEPTED:
      return "El cliente aceptó el importe";
    case EV_WORK:
      return r->work[step->arg];
    case EV_FEES:
      return r->fees_note;
    case EV_CHARGE:
      format_money ((gint64) charge->quantity * charge->unit_price, money, sizeof money);
      g_snprintf (note, size, "%u × %s, %s (%s)", charge->quantity, charge->description, money,
                  category_words[charge->category]);
      return note;
    case EV_TAKEN_BACK:
      return "Mercancía llevada al taller: recibo de mercancías del cliente emitido, "
             "tarjeta de reparación abierta";
    case EV_INSPECTED:
      return *r->inspection ? r->inspection : "Revisado";
    case EV_RETURNED:
      g_snprintf (note, size, "Mercancía devuelta; certificado de servicio firmado por %s; "
                  "recibo de mercancías anulado", r->signer);
      return note;
    case EV_CLOSED:
      g_snprintf (note, size, "Certificado firmado en el domicilio por %s", r->signer);
      return note;
    case EV_ESCALATED:
      g_snprintf (note, size, "Escalado al director: %s", r->reason);
      return note;
    default:
      g_snprintf (note, size, "Anulado: %s", r->cancellation);
      return note;
    }
}

/* The fee step's note lists its lines, as as_repair_store_charge_fees() does. */
static void
describe_fees (Repair *r)
{
  gsize n = 0;

  r->fees_note[0] = '\0';
  for (guint k = 0; k < r->n_fee_lines && n < sizeof r->fees_note; k++)
    {
      char money[24];

      format_money (r->charges[k].unit_price, money, sizeof money);
      n += g_snprintf (r->fees_note + n, sizeof r->fees_note - n, "%s%s %s (%s)", k ? "; " : "",
                       r->charges[k].description, money, category_words[r->charges[k].category]);
    }
}

static gboolean
insert_steps (Generator     *gen,
              Repair        *r,
              GError       **error)
{
  describe_fees (r);
  for (guint i = 0; i < r->n_done; i++)
    {
      const Step *step = &r->steps[i];
      char note[256];

      row_begin (gen, T_EVENTS);
      col_int (gen, r->id);
      col_moment (gen, step->at);
      col_id (gen, step_staff (r, step));
      col_text (gen, status_codes[step->status]);
      col_text (gen, describe_step (gen, r, step, note, sizeof note));
      col_int (gen, step->minutes);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

/* The lines charged by now; a closed repair with paid lines goes to
 * accounting, small amounts collected on the spot. */
static gboolean
insert_charges (Generator     *gen,
                const Repair  *r,
                GError       **error)
{
  for (guint k = 0; k < r->n_charges; k++)
    {
      const Charge *charge = &r->charges[k];

      if (!(r->charges_done & (1u << k)))
        continue;
      row_begin (gen, T_CHARGES);
      col_int (gen, r->id);
      col_text (gen, charge_kinds[charge->kind]);
      col_text (gen, charge->description);
      col_text (gen, category_codes[charge->category]);
      col_int (gen, charge->quantity);
      col_int (gen, charge->unit_price);
      col_id (gen, charge->model_part);
      if (!row_end (gen, error))
        return FALSE;
    }
  if (r->status != ST_CLOSED || (r->category != CAT_PAID && r->fee_cents == 0))
    return TRUE;
  row_begin (gen, T_INVOICES);
  col_int (gen, gen->counts[T_INVOICES] + 1);
  col_int (gen, r->id);
  col_moment (gen, r->closed);
  col_int (gen, r->fee_cents);
  col_text (gen, r->fee_cents <= 6000 ? "on_the_spot" : "invoice");
  return row_end (gen, error);
}

static void
queue_issue (Generator    *gen,
             const Repair *r,
             guint         spare,
             guint         quantity)
{
  _as_demo_queue_issue (gen, r->replaced_at, r->id, r->technician, spare, r->branch, quantity);
}

/* The part fitted, and any consumable, leave the nearest warehouse stocking
 * them when the session starts; movements are written later, in time order. */
static void
issue_repair_parts (Generator    *gen,
                    const Repair *r)
{
  gint32 spare = get_model (gen, r->model)->spare_of_part[r->part];

  if (r->replaced_at > gen->now)
    return;
  if (spare >= 0)
    queue_issue (gen, r, (guint) spare, r->quantity);
  if (r->consumable >= 0)
    queue_issue (gen, r, (guint) r->consumable, 1);
}

/* Customers are called a day or three after closing (as-demo-surveys.c). */
static gboolean
add_survey (Generator     *gen,
            const Repair  *r,
            GError       **error)
{
  SurveySubject subject = {
    .repair_id = r->id, .closed = r->closed, .late = day_of (r->closed) > r->promised,
    .suburban = get_customer (gen, r->customer)->suburban,
    .quality = r->technician ? get_person (gen, r->technician)->quality : 2.9f,
  };

  return _as_demo_add_survey (gen, &subject, error);
}

static gboolean
add_repair (Generator  *gen,
            guint       i,
            gint64      received,
            guint       sold,
            GError    **error)
{
  Repair r = { .id = i + 1, .received = received };

  choose_repair_subject (gen, &r, sold);
  choose_fault (gen, &r);
  choose_categories (gen, &r);
  plan_repair (gen, &r);
  if (!insert_repair (gen, &r, error) || !insert_steps (gen, &r, error) ||
      !insert_charges (gen, &r, error))
    return FALSE;
  issue_repair_parts (gen, &r);
  if (r.goods_in != NEVER && r.goods_in <= gen->now)
    _as_demo_queue_loan (gen, r.id, r.customer + 1, r.branch, r.model, r.goods_in,
                         r.status == ST_CLOSED ? r.closed : NEVER);
  return r.status != ST_CLOSED || add_survey (gen, &r, error);
}

/* Repairs come in time order, so the units sold before each one only grow. */
gboolean
_as_demo_create_repairs (Generator  *gen,
                         GError    **error)
{
  guint sold = 0;

  for (guint i = 0; i < gen->n_repairs; i++)
    {
      gint64 received;

      if ((i & 1023) == 0 && !_as_demo_tick (gen, i, gen->n_repairs, error))
        return FALSE;
      received = _as_demo_spread_moment (gen, i, gen->n_repairs);
      while (sold < gen->units->len && get_unit (gen, sold)->sale_day < day_of (received))
        sold++;
      if (!add_repair (gen, i, received, sold, error))
        return FALSE;
    }
  return TRUE;
}
