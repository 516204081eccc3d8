/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data of the warehouse: the central warehouse and the branches', the
 * spare parts and the models each fits, the opening stock, the issues to
 * repairs (queued by as-demo-work.c) with the replenishments that keep every
 * balance at zero or above, the stock on hand, the consumption per day, the
 * ABC classes, and the loaner units with their loans. The extras (more
 * models per part, loaners) draw from their own random numbers, so that the
 * rest of the data set stays what the seed always gave. */

#include <string.h>

#include "as-demo-private.h"
#include "as-warehouse-private.h"

/* A prepared statement of this file, outside the generator's table list. */
static sqlite3_stmt *
prepare (Generator   *gen,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (gen->handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _as_demo_set_failure (gen, error);
      return NULL;
    }
  return stmt;
}

static gboolean
step (Generator     *gen,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _as_demo_set_failure (gen, error);
      return FALSE;
    }
  return TRUE;
}

/* splitmix64 of a key: random numbers of their own for the extras. */
static guint64
mix (guint64 x)
{
  x += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  x = (x ^ (x >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  x = (x ^ (x >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return x ^ (x >> 31);
}

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

/* A model part also fits another model of its kind one time in four. */
static gboolean
insert_spare_models (Generator     *gen,
                     sqlite3_stmt  *stmt,
                     guint          s,
                     int            model,
                     GError       **error)
{
  guint64 draw = mix (gen->seed ^ ((guint64) s << 20));
  const Model *own = model >= 0 ? &g_array_index (gen->models, Model, model) : NULL;
  guint other = (guint) (draw >> 8) % MAX (gen->models->len, 1);

  if (own == NULL)
    return TRUE;    /* a consumable fits any model */
  sqlite3_bind_int64 (stmt, 1, s + 1);
  sqlite3_bind_int64 (stmt, 2, model + 1);
  if (!step (gen, stmt, error))
    return FALSE;
  if (draw % 4 != 0 || other == (guint) model ||
      g_array_index (gen->models, Model, other).category != own->category)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, s + 1);
  sqlite3_bind_int64 (stmt, 2, other + 1);
  return step (gen, stmt, error);
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

  spare->name = g_string_chunk_insert (gen->strings, name);
  spare->list_price_cents = cost_cents * rng_between (gen, 140, 180) / 100;
  g_array_append_val (gen->spares, *spare);
  row_begin (gen, T_SPARE_PARTS);
  col_int (gen, s + 1);
  col_copy (gen, part_no);
  col_text (gen, spare->name);
  col_id (gen, (guint32) (model + 1));
  col_int (gen, cost_cents);
  col_int (gen, spare->list_price_cents);
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
      spare = (Spare) { NULL, 0, rng_between (gen, 10, 30), rng_between (gen, 20, 100) };
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

      spare = (Spare) { NULL, 0, rng_between (gen, 2, 6), rng_between (gen, 5, 20) };
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

/* The model of spare @s as add_spare() chose it. */
static int
spare_model (Generator   *gen,
             guint        s,
             const guint *pairs,
             guint        n_pairs)
{
  guint q = s - s / 10;

  return (int) (pairs[q % n_pairs] / MAX_PARTS);
}

gboolean
_as_demo_create_spares (Generator  *gen,
                        GError    **error)
{
  guint n = CLAMP (gen->n_repairs / 500, 50, 2000), n_pairs;
  g_autofree guint *pairs = list_model_parts (gen, &n_pairs);
  sqlite3_stmt *models = prepare (gen, "INSERT INTO spare_part_models (part_id, model_id)"
                                       " VALUES (?1, ?2)", error);
  gboolean ok = models != NULL;

  gen->balance = g_new (gint32, n * gen->n_branches);
  gen->last_movement = g_new0 (gint64, n * gen->n_branches);
  for (guint s = 0; ok && s < n; s++)
    {
      ok = add_spare (gen, s, pairs, n_pairs, error) &&
           insert_spare_models (gen, models, s, s % 10 == 9 ? -1 : spare_model (gen, s, pairs,
                                                                                 n_pairs),
                                error);
      /* The central warehouse stocks everything, branches most of it. */
      for (guint w = 0; ok && w < gen->n_branches; w++)
        *stock_cell (gen, s, w) = w == 0 || s % 10 == 9 || rng_percent (gen, 65) ? 0 : -1;
    }
  sqlite3_finalize (models);
  return ok;
}

/* --------------------------------------------------------- stock movements */

/* An issue of @spare to a repair of @branch, from the branch's warehouse
 * when it stocks the part, else from the central one; written later, in
 * time order, by _as_demo_create_stock_movements(). */
void
_as_demo_queue_issue (Generator *gen,
                      gint64     at,
                      guint32    repair_id,
                      guint32    staff_id,
                      guint      spare,
                      guint      branch,
                      guint      quantity)
{
  guint warehouse = *stock_cell (gen, spare, branch) >= 0 ? branch : 0;
  Movement m = { at, repair_id, staff_id ? staff_id : gen->contact[DEPT_WAREHOUSE],
                 (guint16) spare, (guint8) warehouse, (guint8) quantity };

  g_array_append_val (gen->movements, m);
}


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

/* Parts used per day (part_consumption, which a trigger fills outside the
 * generator): the issues come in time order, so a day is complete when the
 * next one starts. */
typedef struct
{
  sqlite3_stmt *insert;
  gint32        day;
  gint32       *used;        /* per spare, on that day */
} Consumption;

static gboolean
flush_consumption (Generator    *gen,
                   Consumption  *c,
                   GError      **error)
{
  char date[11];

  _as_demo_format_date (c->day, date);
  for (guint s = 0; s < gen->spares->len; s++)
    {
      if (c->used[s] == 0)
        continue;
      sqlite3_bind_text (c->insert, 1, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (c->insert, 2, s + 1);
      sqlite3_bind_int64 (c->insert, 3, c->used[s]);
      if (!step (gen, c->insert, error))
        return FALSE;
      c->used[s] = 0;
    }
  return TRUE;
}

static gboolean
count_consumption (Generator       *gen,
                   Consumption     *c,
                   const Movement  *m,
                   GError         **error)
{
  if (day_of (m->at) != c->day && !flush_consumption (gen, c, error))
    return FALSE;
  c->day = day_of (m->at);
  c->used[m->spare] += m->quantity;
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

static gboolean
write_movements (Generator  *gen,
                 GError    **error)
{
  g_autofree gint32 *used = g_new0 (gint32, gen->spares->len);
  Consumption c = { NULL, 0, used };
  gboolean ok;

  if ((c.insert = prepare (gen, "INSERT INTO part_consumption (day, part_id, quantity)"
                                " VALUES (?1, ?2, ?3)", error)) == NULL)
    return FALSE;
  ok = write_opening_stock (gen, error);
  for (guint i = 0; ok && i < gen->movements->len; i++)
    {
      const Movement *m = &g_array_index (gen->movements, Movement, i);

      ok = ((i & 4095) != 0 || _as_demo_tick (gen, i, gen->movements->len, error)) &&
           write_issue (gen, m, error) && count_consumption (gen, &c, m, error);
    }
  ok = ok && flush_consumption (gen, &c, error);
  sqlite3_finalize (c.insert);
  return ok;
}

/* ---------------------------------------------------------------- loaners */

#define UNITS_PER_WAREHOUSE 3u

/* Each warehouse keeps a substitute unit of each kind of product small
 * enough to be taken to the workshop (a model of that kind, varying by
 * warehouse). @kinds gets each unit's product category. */
static gboolean
create_loaner_units (Generator  *gen,
                     guint      *n_units,
                     guint8     *kinds,
                     GError    **error)
{
  sqlite3_stmt *stmt = prepare (gen, "INSERT INTO loaner_units (id, tag, description, model_id,"
                                     " serial, warehouse_id, condition) VALUES (?,?,?,?,?,?,?)",
                                error);
  gboolean ok = stmt != NULL;
  guint id = 0;

  for (guint w = 0; ok && w < gen->n_branches; w++)
    {
      guint k = 0;

      for (guint i = 0; ok && k < UNITS_PER_WAREHOUSE && i < gen->models->len; i++)
        {
          guint m = (i + w) % gen->models->len;
          const Model *model = &g_array_index (gen->models, Model, m);
          const CategorySpec *category = &_as_demo_categories[model->category];
          guint64 draw = mix (gen->seed ^ (G_GUINT64_CONSTANT (0x4C4F414E) << 24) ^ (id + 1));
          char tag[16], serial[32], description[128];
          gboolean taken = FALSE;

          for (guint j = w * UNITS_PER_WAREHOUSE; j < w * UNITS_PER_WAREHOUSE + k; j++)
            taken |= kinds[j] == model->category;
          if (!category->carry_in || taken)
            continue;
          kinds[w * UNITS_PER_WAREHOUSE + k++] = model->category;
          id = w * UNITS_PER_WAREHOUSE + k;
          g_snprintf (tag, sizeof tag, "PR-%03u", id);
          g_snprintf (serial, sizeof serial, "%s-P%05u", model->serial_prefix,
                      (guint) (draw % 100000));
          g_snprintf (description, sizeof description, "%s %s", category->names[0], model->code);
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_text (stmt, 2, tag, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, description, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 4, m + 1);
          sqlite3_bind_text (stmt, 5, serial, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 6, w + 1);
          sqlite3_bind_text (stmt, 7, draw % 10 == 0 ? "worn" : "good", -1, SQLITE_STATIC);
          ok = step (gen, stmt, error);
        }
      /* A kind this warehouse has no unit of matches nothing. */
      for (; k < UNITS_PER_WAREHOUSE; k++)
        kinds[w * UNITS_PER_WAREHOUSE + k] = G_MAXUINT8;
    }
  sqlite3_finalize (stmt);
  *n_units = gen->n_branches * UNITS_PER_WAREHOUSE;
  return ok;
}

typedef struct
{
  gint64  goods_in;
  gint64  goods_out;          /* NEVER while the goods are in the workshop */
  guint32 repair_id;
  guint32 customer_id;
  guint8  branch;
  guint8  kind;               /* the product category */
} Loan;

/* One goods-taken-back repair in six may get a loaner, one in two of those
 * still in the workshop; as-demo-work.c queues them as it plans the repairs. */
void
_as_demo_queue_loan (Generator *gen,
                     guint32    repair_id,
                     guint32    customer_id,
                     guint      branch,
                     guint      model,
                     gint64     goods_in,
                     gint64     goods_out)
{
  Loan loan = { goods_in, goods_out, repair_id, customer_id, (guint8) branch,
                g_array_index (gen->models, Model, model).category };

  if (repair_id % (goods_out == NEVER ? 2 : 6) != 0)
    return;
  if (gen->loans == NULL)
    gen->loans = g_array_new (FALSE, FALSE, sizeof (Loan));
  g_array_append_val (gen->loans, loan);
}

static int
compare_loans (gconstpointer a,
               gconstpointer b)
{
  const Loan *x = a, *y = b;

  if (x->goods_in != y->goods_in)
    return x->goods_in < y->goods_in ? -1 : 1;
  return x->repair_id < y->repair_id ? -1 : (x->repair_id > y->repair_id);
}

static gboolean
insert_loan (Generator     *gen,
             sqlite3_stmt  *insert,
             const Loan    *loan,
             guint          unit,
             GError       **error)
{
  char in[20], out[20], due[11];
  guint64 draw = mix (loan->repair_id);

  _as_demo_format_moment (loan->goods_in, in);
  _as_demo_format_date (day_of (loan->goods_in) + 3 + (gint32) (draw % 12), due);
  sqlite3_bind_int64 (insert, 1, unit + 1);
  sqlite3_bind_int64 (insert, 2, loan->repair_id);
  sqlite3_bind_int64 (insert, 3, loan->customer_id);
  sqlite3_bind_text (insert, 4, in, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (insert, 5, gen->contact[DEPT_WAREHOUSE]);
  sqlite3_bind_text (insert, 6, due, -1, SQLITE_TRANSIENT);
  if (loan->goods_out != NEVER)
    {
      _as_demo_format_moment (loan->goods_out, out);
      sqlite3_bind_text (insert, 7, out, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (insert, 8, gen->contact[DEPT_WAREHOUSE]);
      sqlite3_bind_text (insert, 9, draw % 8 == 0 ? "worn" : "good", -1, SQLITE_STATIC);
    }
  return step (gen, insert, error);
}

/* In the order the goods came in, a loan takes the unit of its kind of
 * product in its branch's warehouse when it is back by then; it is returned with the goods,
 * or still out while they are in the workshop. A loan is due back three
 * days to two weeks after the goods came in, so that a few are overdue. */
static gboolean
lend_loaners (Generator     *gen,
              guint          n_units,
              const guint8  *kinds,
              GError       **error)
{
  sqlite3_stmt *insert = prepare (gen, "INSERT INTO loaner_loans (loaner_id, repair_id,"
                                       " customer_id, lent_at, lent_by, due_date, returned_at,"
                                       " returned_by, return_condition)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  g_autofree gint64 *back = g_new0 (gint64, n_units + 1);
  gboolean ok = insert != NULL;

  if (gen->loans != NULL)
    g_array_sort (gen->loans, compare_loans);
  for (guint i = 0; ok && gen->loans != NULL && i < gen->loans->len; i++)
    {
      const Loan *loan = &g_array_index (gen->loans, Loan, i);

      for (guint u = loan->branch * UNITS_PER_WAREHOUSE;
           u < MIN ((loan->branch + 1) * UNITS_PER_WAREHOUSE, n_units); u++)
        if (kinds[u] == loan->kind && back[u] != NEVER && back[u] <= loan->goods_in)
          {
            ok = insert_loan (gen, insert, loan, u, error);
            back[u] = loan->goods_out;
            break;
          }
    }
  sqlite3_finalize (insert);
  return ok;
}

/* After the movements: the stock on hand, the loaners, and the ABC classes
 * computed by the store from the consumption written. */
gboolean
_as_demo_create_stock_movements (Generator  *gen,
                                 GError    **error)
{
  g_autofree guint8 *kinds = g_new0 (guint8, gen->n_branches * UNITS_PER_WAREHOUSE + 1);
  guint n_units = 0;

  g_array_sort (gen->movements, compare_movements);
  return write_movements (gen, error) && write_stock (gen, error) &&
         create_loaner_units (gen, &n_units, kinds, error) &&
         lend_loaners (gen, n_units, kinds, error) &&
         _as_abc_recompute_quietly (gen->db, error);
}
