/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data: repairs and surveys, stock and its movements, complaints, returns and tools. */

#include "as-demo-private.h"

/* One repair order while it is being made up. */
typedef struct
{
  guint32     id;
  gint64      received;
  guint32     unit;             /* index + 1, 0 when the unit is not registered */
  guint32     customer;
  guint16     model;
  guint8      part;
  gboolean    internal;
  gboolean    workshop;
  const char *category;
  guint32     receptionist;
  guint32     technician;
  guint32     provider;
  gint32      promised;
  gint64      closed;           /* NEVER while open */
  guint       labour;
  char        fault[160];
} Repair;

/* ------------------------------------------------------------- warehouse */

static inline gint32 *
stock_cell (Generator *gen,
            guint      spare,
            guint      warehouse)
{
  return &gen->balance[spare * gen->n_branches + warehouse];
}

/* A central warehouse at the service centre and one in every branch. */
gboolean
_as_demo_create_warehouses (Generator  *gen,
                            GError    **error)
{
  for (guint b = 0; b < gen->n_branches; b++)
    {
      const char *city = _as_demo_branch_specs[b].cities[0];
      g_autofree char *name = b == 0 ? g_strdup ("Almacén central")
                                     : g_strconcat ("Almacén ", city, NULL);

      row_begin (gen, T_WAREHOUSES);
      col_int (gen, b + 1);
      col_copy (gen, name);
      col_int (gen, b + 1);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_spare (Generator  *gen,
              const char *part_no,
              const char *name,
              int         model,
              guint       cost_cents,
              Spare      *spare,
              GError    **error)
{
  guint s = gen->spares->len;

  g_array_append_val (gen->spares, *spare);
  row_begin (gen, T_SPARE_PARTS);
  col_int (gen, s + 1);
  col_copy (gen, part_no);
  col_copy (gen, name);
  col_id (gen, (guint32) (model + 1));
  col_int (gen, cost_cents);
  col_int (gen, cost_cents * rng_between (gen, 140, 180) / 100);
  col_text (gen, PICK (gen, _as_demo_suppliers));
  col_int (gen, spare->reorder_point);
  col_int (gen, spare->reorder_qty);
  return row_end (gen, error);
}

/* Spare parts are the models' parts, in revisions once every part has one,
 * and one in ten a consumable that fits any model. */
static gboolean
add_spare (Generator  *gen,
           guint       s,
           const guint *pairs,
           guint       n_pairs,
           GError    **error)
{
  guint consumable = s / 10, q = s - s / 10;
  char part_no[32], name[128];
  Spare spare;

  if (s % 10 == 9)
    {
      spare = (Spare) { rng_between (gen, 10, 30), rng_between (gen, 20, 100) };
      g_snprintf (part_no, sizeof part_no, "GEN-%04u", consumable + 1);
      g_snprintf (name, sizeof name,
                  consumable < _as_demo_consumables.n_items ? "%s" : "%s (ref. %u)",
                  _as_demo_consumables.items[consumable % _as_demo_consumables.n_items],
                  consumable + 1);
      g_array_append_val (gen->consumables, s);
      return insert_spare (gen, part_no, name, -1, rng_between (gen, 150, 4000), &spare, error);
    }
  else
    {
      guint m = pairs[q % n_pairs] / MAX_PARTS, p = pairs[q % n_pairs] % MAX_PARTS;
      guint round = q / n_pairs;
      Model *model = &g_array_index (gen->models, Model, m);
      const PartSpec *part = &_as_demo_categories[model->category].parts[p];

      spare = (Spare) { rng_between (gen, 2, 6), rng_between (gen, 5, 20) };
      if (round == 0)
        g_snprintf (part_no, sizeof part_no, "%s-%02u", model->code, p + 1);
      else
        g_snprintf (part_no, sizeof part_no, "%s-%02u-R%u", model->code, p + 1, round);
      g_snprintf (name, sizeof name, round == 0 ? "%s %s" : "%s %s (revisión %u)",
                  part->name, model->code, round + 1);
      if (model->spare_of_part[p] < 0)
        model->spare_of_part[p] = (gint32) s;
      return insert_spare (gen, part_no, name, (int) m,
                           part->cost_euros * rng_between (gen, 80, 120), &spare, error);
    }
}

/* Every (model, part) pair, part by part, so that even a short list of
 * spares has some for every model. */
static guint *
list_model_parts (Generator *gen,
                  guint     *n_pairs)
{
  guint *pairs = g_new (guint, gen->models->len * MAX_PARTS);

  *n_pairs = 0;
  for (guint p = 0; p < MAX_PARTS; p++)
    for (guint m = 0; m < gen->models->len; m++)
      if (p < g_array_index (gen->models, Model, m).n_parts)
        pairs[(*n_pairs)++] = m * MAX_PARTS + p;
  return pairs;
}

gboolean
_as_demo_create_spares (Generator  *gen,
                        GError    **error)
{
  guint n = CLAMP (gen->n_repairs / 500, 50, 2000), n_pairs;
  g_autofree guint *pairs = list_model_parts (gen, &n_pairs);

  gen->balance = g_new (gint32, n * gen->n_branches);
  gen->last_movement = g_new0 (gint64, n * gen->n_branches);
  for (guint s = 0; s < n; s++)
    {
      if (!add_spare (gen, s, pairs, n_pairs, error))
        return FALSE;
      /* The central warehouse stocks everything, branches most of it. */
      for (guint w = 0; w < gen->n_branches; w++)
        *stock_cell (gen, s, w) = w == 0 || s % 10 == 9 || rng_percent (gen, 65) ? 0 : -1;
    }
  return TRUE;
}

static guint32
pick_technician (Generator *gen)
{
  GArray *pool = gen->technicians[rng_below (gen, gen->n_branches)];

  return g_array_index (pool, guint32, rng_below (gen, pool->len));
}

static const char *
choose_tool_condition (Generator *gen)
{
  guint draw = rng_below (gen, 100);

  return draw < 80 ? "good" : draw < 92 ? "worn" : draw < 97 ? "damaged" : "lost";
}

/* Test equipment is a fixed asset, mostly held by the technicians. */
gboolean
_as_demo_create_tools (Generator  *gen,
                       GError    **error)
{
  guint n = 10;

  for (guint b = 0; b < gen->n_branches; b++)
    n += gen->technicians[b]->len;
  for (guint i = 0; i < n; i++)
    {
      const ToolSpec *tool = &_as_demo_tool_specs[i % _as_demo_n_tool_specs];
      char tag[16];
      const char *condition = choose_tool_condition (gen);

      g_snprintf (tag, sizeof tag, "HE-%04u", i + 1);
      row_begin (gen, T_TOOLS);
      col_int (gen, i + 1);
      col_copy (gen, tag);
      col_text (gen, tool->name);
      col_int (gen, tool->euros * rng_between (gen, 90, 110));
      col_date (gen, gen->today - rng_between (gen, 30, 6 * 365));
      col_text (gen, condition);
      /* A lost tool stays on the record of who lost it. */
      col_id (gen, g_str_equal (condition, "lost") || rng_percent (gen, 70)
                   ? pick_technician (gen) : 0);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

/* --------------------------------------------------------------- repairs */

enum { ST_RECEIVED, ST_DISPATCHED, ST_IN_WORKSHOP, ST_CLOSED, ST_CANCELLED };
static const char *const status_codes[] = {
  "received", "dispatched", "in_workshop", "closed", "cancelled"
};

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
      return;
    }
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

/* Contract when the unit is covered, free within the failing part's warranty. */
static const char *
choose_category (Generator    *gen,
                 const Repair *r)
{
  gint32 day = day_of (r->received);
  const Unit *unit;
  guint warranty;

  if (r->internal)
    return "internal";
  if (r->unit == 0)
    return "paid";
  unit = get_unit (gen, r->unit - 1);
  if (unit->cover_start <= day && day <= unit->cover_end)
    return "contract";
  warranty = get_category (gen, r->model)->parts[r->part].warranty_months;
  return day < _as_demo_add_months (unit->sale_day, (int) warranty) ? "free" : "paid";
}

/* On-site jobs are usually done within a day or two, workshop jobs take one
 * to two weeks; what is not finished by now is still open. */
static int
plan_repair_course (Generator *gen,
                    Repair    *r)
{
  const CategorySpec *spec = get_category (gen, r->model);
  guint draw = rng_below (gen, 100);
  int days = draw < 55 ? 0 : draw < 85 ? 1 : rng_between (gen, 2, 5);
  gint64 done;

  r->workshop = spec->carry_in ? rng_percent (gen, 85) : rng_percent (gen, 8);
  r->promised = _as_demo_next_open_day (day_of (r->received) +
                                        (r->workshop ? 8 : r->received % DAY < 12 * HOUR ? 0 : 1));
  done = r->workshop ? _as_demo_later_open_moment (gen, r->received, 3, 14)
                     : _as_demo_later_open_moment (gen, r->received, days, days);
  r->closed = NEVER;
  if (done <= gen->now && !(r->workshop && rng_below (gen, 1000) < 3))
    {
      r->closed = done;
      if (g_str_equal (r->category, "paid") && rng_percent (gen, 2))
        return ST_CANCELLED;    /* the customer turned the quote down */
      r->labour = 5 * (r->workshop ? rng_between (gen, 9, 60) : rng_between (gen, 6, 30));
      return ST_CLOSED;
    }
  if (gen->now - r->received < 3 * HOUR)
    return ST_RECEIVED;
  if (r->workshop && rng_percent (gen, 50))
    r->labour = 5 * rng_between (gen, 3, 24);
  return r->workshop ? ST_IN_WORKSHOP : ST_DISPATCHED;
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
      guint32 id = g_array_index (pool, guint32, rng_below (gen, pool->len));
      if (get_person (gen, id)->certificate_expiry >= day)
        return id;
    }
  return g_array_index (pool, guint32, 0);
}

static void
assign_repair_staff (Generator *gen,
                     Repair    *r,
                     int        state)
{
  guint branch = get_customer (gen, r->customer)->branch;
  GArray *desk = gen->receptionists[branch];
  gint32 day = day_of (r->received);
  guint p = rng_below (gen, gen->n_providers);

  r->receptionist = g_array_index (desk, guint32, rng_below (gen, desk->len));
  if (state == ST_RECEIVED)
    return;
  if (!r->workshop && rng_percent (gen, 5) && gen->provider_end[p] >= day)
    r->provider = p + 1;
  else
    r->technician = pick_qualified_technician (gen, branch, day);
}

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
               int            state,
               GError       **error)
{
  const Customer *customer = get_customer (gen, r->customer);

  row_begin (gen, T_REPAIRS);
  col_int (gen, r->id);
  col_int (gen, r->customer + 1);
  col_id (gen, r->unit);
  col_int (gen, r->model + 1);
  col_text (gen, r->unit ? get_unit (gen, r->unit - 1)->serial : "");
  col_text (gen, customer->address);
  col_text (gen, customer->phone);
  col_copy (gen, r->fault);
  col_text (gen, choose_repair_channel (gen, r->workshop));
  col_text (gen, customer->suburban ? "suburban" : "urban");
  col_text (gen, r->category);
  col_text (gen, status_codes[state]);
  col_id (gen, r->receptionist);
  col_moment (gen, r->received);
  col_id (gen, r->technician);
  col_id (gen, r->provider);
  col_int (gen, customer->branch + 1);
  col_date (gen, r->promised);
  col_moment (gen, r->closed);
  col_int (gen, r->labour);
  return row_end (gen, error);
}

static void
queue_issue (Generator    *gen,
             const Repair *r,
             guint         spare,
             gint64        at,
             guint         quantity)
{
  guint branch = get_customer (gen, r->customer)->branch;
  Movement m = { at, r->id, r->technician ? r->technician : gen->contact[DEPT_WAREHOUSE],
                 (guint16) spare, (guint8) (*stock_cell (gen, spare, branch) >= 0 ? branch : 0),
                 (guint8) quantity };

  g_array_append_val (gen->movements, m);
}

/* The technician takes the failing part from the nearest warehouse stocking
 * it, sometimes with a consumable; movements are written later, in time order. */
static void
issue_repair_parts (Generator    *gen,
                    const Repair *r,
                    int           state)
{
  const Model *model = get_model (gen, r->model);
  gint32 spare = model->spare_of_part[r->part];
  gint64 at;

  if ((state != ST_CLOSED && state != ST_IN_WORKSHOP) || !rng_percent (gen, 40))
    return;
  /* Collected within the hour before the job was finished (closing comes an
   * hour or more after reception), or on the way to the workshop bench. */
  at = r->closed != NEVER ? r->closed - rng_between (gen, 600, HOUR)
                          : _as_demo_later_open_moment (gen, r->received, 0, 1);
  if (at > gen->now)
    return;
  for (guint p = 0; spare < 0 && p < model->n_parts; p++)
    spare = model->spare_of_part[p];
  if (spare >= 0)
    queue_issue (gen, r, (guint) spare, at, rng_percent (gen, 8) ? 2 : 1);
  if (gen->consumables->len > 0 && rng_percent (gen, 12))
    {
      guint consumable = g_array_index (gen->consumables, guint,
                                        rng_below (gen, gen->consumables->len));
      queue_issue (gen, r, consumable, at, rng_between (gen, 1, 3));
    }
}

static int
rate (Generator *gen,
      double     mean)
{
  int value = (int) (mean + rng_double (gen) + rng_double (gen) - 0.5);

  return CLAMP (value, 1, 4);
}

/* Customers are called a day or three after closing; ratings follow the
 * technician's skill, lateness costs points on arrival and commitments. */
static gboolean
add_survey (Generator     *gen,
            const Repair  *r,
            GError       **error)
{
  double q = r->technician ? get_person (gen, r->technician)->quality : 2.9;
  double late = day_of (r->closed) > r->promised ? 1.0 : 0.0;
  int scores[4];
  double mean;
  gint64 at;

  if (!rng_percent (gen, 92) || (at = _as_demo_later_open_moment (gen, r->closed, 1, 3)) > gen->now)
    return TRUE;
  scores[0] = rate (gen, q + 0.2);
  scores[1] = rate (gen, q);
  scores[2] = rate (gen, q - 0.8 * late - (get_customer (gen, r->customer)->suburban ? 0.2 : 0));
  scores[3] = rate (gen, q - late);
  mean = (scores[0] + scores[1] + scores[2] + scores[3]) / 4.0;

  row_begin (gen, T_SURVEYS);
  col_int (gen, gen->counts[T_SURVEYS] + 1);
  col_int (gen, r->id);
  col_moment (gen, at);
  for (int k = 0; k < 4; k++)
    col_int (gen, scores[k]);
  if (mean >= 3.5 && rng_percent (gen, 15))
    col_text (gen, PICK (gen, _as_demo_good_comments));
  else if (mean <= 2.5 && rng_percent (gen, 50))
    col_text (gen, PICK (gen, _as_demo_bad_comments));
  else
    col_text (gen, "");
  return row_end (gen, error);
}

static gboolean
add_repair (Generator  *gen,
            guint       i,
            gint64      received,
            guint       sold,
            GError    **error)
{
  Repair r = { .id = i + 1, .received = received };
  int state;

  choose_repair_subject (gen, &r, sold);
  choose_fault (gen, &r);
  r.category = choose_category (gen, &r);
  state = plan_repair_course (gen, &r);
  assign_repair_staff (gen, &r, state);
  if (!insert_repair (gen, &r, state, error))
    return FALSE;
  issue_repair_parts (gen, &r, state);
  return state != ST_CLOSED || add_survey (gen, &r, error);
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

/* --------------------------------------------------------- stock movements */

/* Issues sort by time; ties keep a fixed order so the output is reproducible. */
static int
compare_movements (gconstpointer a,
                   gconstpointer b)
{
  const Movement *x = a, *y = b;

  if (x->at != y->at)
    return x->at < y->at ? -1 : 1;
  if (x->repair_id != y->repair_id)
    return x->repair_id < y->repair_id ? -1 : 1;
  return (int) x->spare - (int) y->spare;
}

/* Quantities are signed (receipts add, issues subtract) and every row
 * carries the balance after it. */
static gboolean
write_movement (Generator      *gen,
                const Movement *m,
                const char     *kind,
                int             delta,
                const char     *reason,
                GError        **error)
{
  gint32 *balance = stock_cell (gen, m->spare, m->warehouse);

  *balance += delta;
  gen->last_movement[balance - gen->balance] = m->at;
  row_begin (gen, T_MOVEMENTS);
  col_int (gen, m->spare + 1);
  col_int (gen, m->warehouse + 1);
  col_text (gen, kind);
  col_int (gen, delta);
  col_int (gen, *balance);
  col_id (gen, m->repair_id);
  col_text (gen, reason);
  col_id (gen, m->staff_id);
  col_moment (gen, m->at);
  return row_end (gen, error);
}

/* The stock counted when the register was opened, before the first repair. */
static gboolean
write_opening_stock (Generator  *gen,
                     GError    **error)
{
  for (guint s = 0; s < gen->spares->len; s++)
    for (guint w = 0; w < gen->n_branches; w++)
      {
        const Spare *spare = &g_array_index (gen->spares, Spare, s);
        Movement m = { (gint64) gen->first_day * DAY + 8 * HOUR, 0, gen->contact[DEPT_WAREHOUSE],
                       (guint16) s, (guint8) w, 0 };
        int quantity;

        if (*stock_cell (gen, s, w) < 0)
          continue;
        quantity = spare->reorder_point + rng_between (gen, 0, spare->reorder_qty);
        if (!write_movement (gen, &m, "receipt", quantity, "Existencias iniciales", error))
          return FALSE;
      }
  return TRUE;
}

/* An issue the shelf cannot meet is preceded by a replenishment received
 * shortly before, so no balance ever goes below zero. */
static gboolean
write_issue (Generator       *gen,
             const Movement  *m,
             GError         **error)
{
  gint32 *balance = stock_cell (gen, m->spare, m->warehouse);

  if (*balance < m->quantity)
    {
      Movement receipt = *m;
      gint64 arrival = m->at - rng_between (gen, 300, 3000);

      receipt.at = MAX (gen->last_movement[balance - gen->balance], arrival);
      receipt.repair_id = 0;
      receipt.staff_id = gen->contact[DEPT_WAREHOUSE];
      if (!write_movement (gen, &receipt, "receipt",
                           g_array_index (gen->spares, Spare, m->spare).reorder_qty + m->quantity,
                           "Reposición de existencias", error))
        return FALSE;
    }
  return write_movement (gen, m, "issue", -(int) m->quantity, "Salida para reparación", error);
}

static gboolean
write_stock (Generator  *gen,
             GError    **error)
{
  for (guint s = 0; s < gen->spares->len; s++)
    for (guint w = 0; w < gen->n_branches; w++)
      {
        char location[48];

        if (*stock_cell (gen, s, w) < 0)
          continue;
        g_snprintf (location, sizeof location, "Pasillo %c, estante %u, balda %u",
                    'A' + rng_below (gen, 8), rng_between (gen, 1, 20), rng_between (gen, 1, 5));
        row_begin (gen, T_STOCK);
        col_int (gen, s + 1);
        col_int (gen, w + 1);
        col_int (gen, *stock_cell (gen, s, w));
        col_copy (gen, location);
        if (!row_end (gen, error))
          return FALSE;
      }
  return TRUE;
}

gboolean
_as_demo_create_stock_movements (Generator  *gen,
                                 GError    **error)
{
  g_array_sort (gen->movements, compare_movements);
  if (!write_opening_stock (gen, error))
    return FALSE;
  for (guint i = 0; i < gen->movements->len; i++)
    {
      if ((i & 4095) == 0 && !_as_demo_tick (gen, i, gen->movements->len, error))
        return FALSE;
      if (!write_issue (gen, &g_array_index (gen->movements, Movement, i), error))
        return FALSE;
    }
  return write_stock (gen, error);
}

/* ------------------------------------------------------------ complaints */

static const ComplaintSpec *
pick_complaint_spec (Generator *gen)
{
  guint total = 0, draw;

  for (guint i = 0; i < _as_demo_n_complaint_specs; i++)
    total += _as_demo_complaint_specs[i].weight;
  draw = rng_below (gen, total);
  for (guint i = 0; i < _as_demo_n_complaint_specs; i++)
    {
      if (draw < _as_demo_complaint_specs[i].weight)
        return &_as_demo_complaint_specs[i];
      draw -= _as_demo_complaint_specs[i].weight;
    }
  return &_as_demo_complaint_specs[0];
}

static const char *
choose_complaint_channel (Generator *gen)
{
  guint draw = rng_below (gen, 100);

  return draw < 35 ? "hotline" : draw < 60 ? "phone" : draw < 80 ? "email"
       : draw < 88 ? "visit" : draw < 93 ? "letter" : "suggestion_form";
}

/* One of the customer's units already sold on @day, or 0. */
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
 * separately from the department); the rest is taken at the branches. */
static guint32
choose_complaint_receiver (Generator  *gen,
                           const char *channel)
{
  GArray *pool = g_str_equal (channel, "hotline") ? gen->hotline
               : rng_percent (gen, 40) ? gen->service_staff
               : gen->receptionists[rng_below (gen, gen->n_branches)];

  return g_array_index (pool, guint32, rng_below (gen, pool->len));
}

/* Serious matters reach the deputy general manager, general ones the service
 * department, the rest the department the subject is routed to. */
static guint32
choose_complaint_handler (Generator           *gen,
                          const ComplaintSpec *spec)
{
  if (spec->department == DEPT_SERVICE)
    return g_array_index (gen->service_staff, guint32, rng_below (gen, gen->service_staff->len));
  return gen->contact[spec->department];
}

static const char *
complaint_status (Generator           *gen,
                  const ComplaintSpec *spec,
                  gint64               received,
                  gint64               answered)
{
  if (answered != NEVER)
    return "answered";
  if (spec->serious)
    return "escalated";
  return gen->now - received > DAY ? "in_progress" : "open";
}

static gboolean
add_complaint (Generator  *gen,
               guint       i,
               guint       n,
               GError    **error)
{
  const ComplaintSpec *spec = pick_complaint_spec (gen);
  gint64 received = _as_demo_spread_moment (gen, i, n);
  const char *channel = choose_complaint_channel (gen);
  gboolean urgent = spec->serious || rng_percent (gen, 4);
  guint customer = rng_percent (gen, 90) ? rng_below (gen, gen->customers->len) + 1 : 0;
  gint64 answered = urgent ? received + rng_between (gen, HOUR / 2, 8 * HOUR)
                           : _as_demo_later_open_moment (gen, received, 0, 6);

  if (answered > gen->now || rng_below (gen, 1000) < 15)
    answered = NEVER;           /* still waiting, a few of them for too long */
  row_begin (gen, T_COMPLAINTS);
  col_int (gen, i + 1);
  col_moment (gen, received);
  col_text (gen, channel);
  col_text (gen, spec->kind);
  col_id (gen, customer);
  col_id (gen, customer ? pick_customer_unit (gen, customer - 1, day_of (received)) : 0);
  col_text (gen, spec->subject);
  col_text (gen, spec->description);
  col_id (gen, choose_complaint_receiver (gen, channel));
  col_int (gen, urgent);
  col_int (gen, spec->department + 1);
  col_id (gen, choose_complaint_handler (gen, spec));
  col_text (gen, complaint_status (gen, spec, received, answered));
  col_moment (gen, received + (urgent ? 4 * HOUR : 2 * DAY));
  col_moment (gen, answered);
  return row_end (gen, error);
}

gboolean
_as_demo_create_complaints (Generator  *gen,
                            GError    **error)
{
  guint n = MAX (gen->n_repairs / 10, 10);

  for (guint i = 0; i < n; i++)
    if (((i & 4095) == 0 && !_as_demo_tick (gen, i, n, error)) || !add_complaint (gen, i, n, error))
      return FALSE;
  return TRUE;
}

/* --------------------------------------------------------------- returns */

static gboolean
add_return (Generator  *gen,
            guint       u,
            GError    **error)
{
  const Unit *unit = get_unit (gen, u);
  const Model *model = get_model (gen, unit->model);
  const CategorySpec *spec = &_as_demo_categories[model->category];
  guint k = rng_below (gen, _as_demo_n_return_specs);
  gboolean exchange = rng_percent (gen, _as_demo_return_specs[k].exchange_percent);
  gint64 requested =
    _as_demo_later_open_moment (gen, (gint64) unit->sale_day * DAY + 10 * HOUR, 1,
                                exchange ? spec->exchange_days : spec->return_days);
  const char *decision = gen->now - requested < 5 * DAY ? "pending"
                       : rng_percent (gen, 75) ? "accepted" : "rejected";

  row_begin (gen, T_RETURNS);
  col_int (gen, gen->counts[T_RETURNS] + 1);
  col_int (gen, u + 1);
  col_int (gen, unit->customer + 1);
  col_text (gen, exchange ? "exchange" : "return");
  col_text (gen, _as_demo_return_specs[k].reason);
  col_text (gen, decision);
  col_moment (gen, requested);
  col_int (gen, _as_demo_return_specs[k].department + 1);
  col_int (gen, !exchange && g_str_equal (decision, "accepted") ? model->price_cents : 0);
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
 * 18 months; sales of the last 40 days are left out so none lies ahead. */
gboolean
_as_demo_create_returns (Generator  *gen,
                         GError    **error)
{
  guint n = MAX (gen->n_repairs / 100, 3);
  guint first = gen->first_unit_in_window, last = _as_demo_units_sold_before (gen, gen->today - 40);
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
