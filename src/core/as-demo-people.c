/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data: the organisation and its daily sign-offs, product models, parts and warranty
 * promotions, customers, units, and maintenance contracts with their renewals. */

#include <string.h>

#include "as-demo-private.h"
#include "as-types.h"

/* ------------------------------------------------------------------ text */

/* Lower-case ASCII for e-mail addresses: "Núñez" → "nunez". */
static void
fold_ascii (const char *in,
            char       *out,
            gsize       size)
{
  static const char latin1[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
  gsize n = 0;

  for (const guchar *p = (const guchar *) in; *p && n + 1 < size; p++)
    {
      if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF)
        out[n++] = latin1[(*++p - 0x80) & 0x1F];
      else if (g_ascii_isalnum (*p))
        out[n++] = g_ascii_tolower (*p);
    }
  out[n] = '\0';
}

static void
make_phone (Generator  *gen,
            const char *area_code,
            char       *out)
{
  char digits[10];
  gsize prefix = area_code ? strlen (area_code) : 1;

  if (area_code)
    memcpy (digits, area_code, prefix);
  else
    digits[0] = rng_percent (gen, 92) ? '6' : '7';
  for (gsize i = prefix; i < 9; i++)
    digits[i] = (char) ('0' + rng_below (gen, 10));
  g_snprintf (out, 20, "+34 %.3s %.3s %.3s", digits, digits + 3, digits + 6);
}

/* A person's full name, and the matching "nombre.apellido" for e-mails. */
static void
make_person_name (Generator *gen,
                  char      *name,
                  char      *mail_local)
{
  const char *first = rng_percent (gen, 50) ? PICK (gen, _as_demo_female_names)
                                            : PICK (gen, _as_demo_male_names);
  const char *surname1 = PICK (gen, _as_demo_surnames);
  const char *surname2 = PICK (gen, _as_demo_surnames);
  char first_word[32], first_ascii[32], surname_ascii[32];

  g_snprintf (name, 80, "%s %s %s", first, surname1, surname2);
  g_strlcpy (first_word, first, MIN (sizeof first_word, strcspn (first, " ") + 1));
  fold_ascii (first_word, first_ascii, sizeof first_ascii);
  fold_ascii (surname1, surname_ascii, sizeof surname_ascii);
  g_snprintf (mail_local, 64, "%s.%s", first_ascii, surname_ascii);
}

static void
make_address (Generator  *gen,
              const char *city,
              char       *out)
{
  guint number = rng_between (gen, 1, 180);

  if (rng_percent (gen, 60))
    g_snprintf (out, 120, "%s, %u, %uº %c, %s", PICK (gen, _as_demo_streets), number,
                rng_between (gen, 1, 8), 'A' + rng_below (gen, 4), city);
  else
    g_snprintf (out, 120, "%s, %u, %s", PICK (gen, _as_demo_streets), number, city);
}

/* --------------------------------------------------------- organisation */

gboolean
_as_demo_create_branches (Generator  *gen,
                          GError    **error)
{
  gen->n_branches = gen->n_repairs < 10000 ? 4 : gen->n_repairs < 200000 ? 6 : MAX_BRANCHES;
  for (guint b = 0; b < gen->n_branches; b++)
    {
      char phone[20];

      make_phone (gen, _as_demo_branch_specs[b].area_code, phone);
      row_begin (gen, T_BRANCHES);
      col_int (gen, b + 1);
      col_text (gen, _as_demo_branch_specs[b].name);
      col_text (gen, _as_demo_branch_specs[b].address);
      col_copy (gen, phone);
      col_int (gen, b == 0);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_as_demo_create_departments (Generator  *gen,
                             GError    **error)
{
  for (int d = 0; d < N_DEPTS; d++)
    {
      row_begin (gen, T_DEPARTMENTS);
      col_int (gen, d + 1);
      col_text (gen, _as_demo_dept_specs[d].name);
      col_text (gen, _as_demo_dept_specs[d].kind);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

/* Technicians hold a qualification certificate. Apart from the first of every
 * branch, one in eight has let it lapse and is no longer dispatched, and one in
 * eight must renew it within two months. */
static gint32
choose_certificate_expiry (Generator *gen,
                           guint      i)
{
  if (i >= gen->n_branches && (i - gen->n_branches) % 8 == 0)
    return gen->today - rng_between (gen, 5, 300);
  if (i >= gen->n_branches && (i - gen->n_branches) % 8 == 3)
    return gen->today + rng_between (gen, 1, 60);
  return gen->today + rng_between (gen, 61, 1100);
}

static gboolean
add_person (Generator  *gen,
            guint32     roles,
            guint       branch,
            int         department,
            gint32      expiry,
            gboolean    active,
            guint32    *out_id,
            GError    **error)
{
  guint32 id = gen->people->len + 1;
  char name[80], mail_local[64], email[96], phone[20], certificate[24];
  Person person = { expiry, (float) (2.6 + 1.2 * rng_double (gen)), NULL };
  int issued, m, d;

  make_person_name (gen, name, mail_local);
  person.name = g_string_chunk_insert (gen->strings, name);
  /* Namesakes get their staff number in the address. */
  if (g_hash_table_contains (gen->staff_mails, mail_local))
    g_snprintf (email, sizeof email, "%s%u@posventa.example", mail_local, id);
  else
    g_snprintf (email, sizeof email, "%s@posventa.example", mail_local);
  g_hash_table_add (gen->staff_mails, g_strdup (mail_local));
  make_phone (gen, NULL, phone);
  /* Certificates are valid for three years. */
  _as_demo_civil_from_days (_as_demo_add_months (MIN (expiry, gen->today + 2000), -36),
                            &issued, &m, &d);
  g_snprintf (certificate, sizeof certificate, "CT-%04d-%05u", issued, id);
  g_array_append_val (gen->people, person);

  row_begin (gen, T_STAFF);
  col_int (gen, id);
  col_text (gen, person.name);
  col_int (gen, roles);
  col_int (gen, branch + 1);
  col_int (gen, department + 1);
  col_copy (gen, phone);
  col_copy (gen, email);
  col_copy (gen, expiry == G_MAXINT32 ? "" : certificate);
  if (expiry == G_MAXINT32)
    col_null (gen);
  else
    col_date (gen, expiry);
  col_int (gen, active);
  if (out_id)
    *out_id = id;
  return row_end (gen, error);
}

static gboolean
add_people (Generator  *gen,
            guint       count,
            guint32     roles,
            int         department,
            GArray     *ids,
            GError    **error)
{
  for (guint i = 0; i < count; i++)
    {
      guint32 id;

      if (!add_person (gen, roles, 0, department, G_MAXINT32, TRUE, &id, error))
        return FALSE;
      if (ids)
        g_array_append_val (ids, id);
    }
  return TRUE;
}

static guint
pick_branch (Generator *gen)
{
  guint total = 0, draw;

  for (guint b = 0; b < gen->n_branches; b++)
    total += _as_demo_branch_specs[b].weight;
  draw = rng_below (gen, total);
  for (guint b = 0; b < gen->n_branches; b++)
    {
      if (draw < _as_demo_branch_specs[b].weight)
        return b;
      draw -= _as_demo_branch_specs[b].weight;
    }
  return 0;
}

/* Receptionists and technicians: one of each in every branch first, the
 * rest where the customers are. */
static gboolean
add_field_staff (Generator  *gen,
                 guint       count,
                 gboolean    technicians,
                 GError    **error)
{
  for (guint i = 0; i < count; i++)
    {
      guint branch = i < gen->n_branches ? i : pick_branch (gen);
      gint32 expiry = technicians ? choose_certificate_expiry (gen, i) : G_MAXINT32;
      guint32 roles = technicians ? AS_ROLE_TECHNICIAN : AS_ROLE_RECEPTIONIST;
      guint32 id;

      if (!add_person (gen, roles, branch, DEPT_SERVICE, expiry, TRUE, &id, error))
        return FALSE;
      g_array_append_val (technicians ? gen->technicians[branch] : gen->receptionists[branch], id);
    }
  return TRUE;
}

gboolean
_as_demo_create_staff (Generator  *gen,
                       GError    **error)
{
  guint total = CLAMP (20 + gen->n_repairs / 5000, 20, 400), field, desk;
  /* In a small company the branch manager supervises the technicians too. */
  gboolean small = gen->n_repairs < 20000;
  guint32 director, supervisor;

  if (!add_person (gen, AS_ROLE_DEPUTY_GM, 0, DEPT_MANAGEMENT, G_MAXINT32, TRUE,
                   &gen->contact[DEPT_MANAGEMENT], error) ||
      !add_person (gen, AS_ROLE_SUPERVISOR | AS_ROLE_SERVICE_DEPT, 0, DEPT_SERVICE, G_MAXINT32,
                   TRUE, &director, error))
    return FALSE;
  /* The service director supervises at the centre, and inspects its workshop's repairs. */
  g_array_append_val (gen->supervisors[0], director);
  for (guint b = 0; b < gen->n_branches; b++)
    {
      guint32 manager = AS_ROLE_BRANCH_MANAGER | (small ? AS_ROLE_SUPERVISOR : 0);

      if (!add_person (gen, manager, b, DEPT_SERVICE, G_MAXINT32, TRUE, &gen->managers[b], error))
        return FALSE;
      if (small)
        g_array_append_val (gen->supervisors[b], gen->managers[b]);
      else if (b > 0)
        {
          if (!add_person (gen, AS_ROLE_SUPERVISOR, b, DEPT_SERVICE, G_MAXINT32, TRUE, &supervisor,
                           error))
            return FALSE;
          g_array_append_val (gen->supervisors[b], supervisor);
        }
    }
  /* The people complaints are routed to in the other departments. */
  for (int d = DEPT_RD; d <= DEPT_MARKETING; d++)
    if (!add_person (gen, 0, 0, d, G_MAXINT32, TRUE, &gen->contact[d], error))
      return FALSE;
  if (!add_people (gen, 1 + total / 100, AS_ROLE_FINANCE, DEPT_FINANCE, NULL, error) ||
      !add_people (gen, 1 + total / 150, AS_ROLE_PURCHASING, DEPT_PURCHASING, NULL, error) ||
      !add_people (gen, 2 + total / 60, AS_ROLE_HOTLINE, DEPT_HOTLINE, gen->hotline, error) ||
      !add_people (gen, 1 + total / 25, AS_ROLE_SERVICE_DEPT, DEPT_SERVICE, gen->service_staff,
                   error))
    return FALSE;

  /* A receptionist and a technician in every branch at least, and a spare technician. */
  field = MAX (total > gen->people->len ? total - gen->people->len : 0, 2 * gen->n_branches + 1);
  desk = MAX (gen->n_branches, field / 4);
  if (!add_field_staff (gen, desk, FALSE, error) ||
      !add_field_staff (gen, field - desk, TRUE, error))
    return FALSE;
  /* A technician who has left: kept for the history, never dispatched. */
  return add_person (gen, AS_ROLE_TECHNICIAN, 0, DEPT_SERVICE, gen->first_day - 200, FALSE,
                     NULL, error);
}

gboolean
_as_demo_create_providers (Generator  *gen,
                           GError    **error)
{
  gen->n_providers = MIN (3 + gen->n_repairs / 200000, _as_demo_providers.n_items);
  for (guint p = 0; p < gen->n_providers; p++)
    {
      char contact[80], mail_local[64], phone[20], email[96], slug[48];

      /* One contract has ended: the provider appears only in older repairs. */
      gen->provider_end[p] = gen->today + (p == 1 ? -rng_between (gen, 60, 150)
                                                   : rng_between (gen, 30, 700));
      make_person_name (gen, contact, mail_local);
      make_phone (gen, _as_demo_branch_specs[p % gen->n_branches].area_code, phone);
      fold_ascii (_as_demo_providers.items[p], slug, sizeof slug);
      g_snprintf (email, sizeof email, "servicio@%s.example", slug);
      row_begin (gen, T_PROVIDERS);
      col_int (gen, p + 1);
      col_text (gen, _as_demo_providers.items[p]);
      col_copy (gen, contact);
      col_copy (gen, phone);
      col_copy (gen, email);
      col_date (gen, gen->provider_end[p]);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------- products */

static gboolean
add_model_parts (Generator     *gen,
                 guint32        model_id,
                 const PartSpec *parts,
                 GError       **error)
{
  Model *model = &g_array_index (gen->models, Model, model_id - 1);

  model->first_part_id = gen->counts[T_MODEL_PARTS] + 1;
  for (guint p = 0; p < MAX_PARTS && parts[p].name; p++)
    {
      model->max_warranty = MAX (model->max_warranty, parts[p].warranty_months);
      row_begin (gen, T_MODEL_PARTS);
      col_int (gen, gen->counts[T_MODEL_PARTS] + 1);
      col_int (gen, model_id);
      col_text (gen, parts[p].name);
      col_int (gen, parts[p].warranty_months);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_model (Generator  *gen,
           guint       category,
           guint       k,
           guint       per_category,
           GError    **error)
{
  const CategorySpec *spec = &_as_demo_categories[category];
  guint32 id = gen->models->len + 1;
  char code[16], conditions[256];
  guint price = spec->price_euros[0] +
                (spec->price_euros[1] - spec->price_euros[0]) * k / MAX (per_category - 1, 1);
  Model model = { .category = (guint8) category, .price_cents = (price / 50 * 50 + 49) * 100 };

  g_snprintf (code, sizeof code, "%s%u", spec->prefix, spec->first_number + 200 * k);
  model.serial_prefix = g_string_chunk_insert (gen->strings, code);
  g_snprintf (code, sizeof code, "%s-%u", spec->prefix, spec->first_number + 200 * k);
  model.code = g_string_chunk_insert (gen->strings, code);
  while (model.n_parts < MAX_PARTS && spec->parts[model.n_parts].name)
    model.spare_of_part[model.n_parts++] = -1;
  g_array_append_val (gen->models, model);
  g_snprintf (conditions, sizeof conditions,
              "Devolución en %u días si el aparato no se ha instalado y conserva el embalaje "
              "original; cambio en %u días por defecto de fábrica, con el tique de compra.",
              spec->return_days, spec->exchange_days);

  row_begin (gen, T_MODELS);
  col_int (gen, id);
  col_text (gen, model.code);
  col_text (gen, spec->names[k]);
  col_int (gen, spec->service_life_months);
  col_int (gen, spec->return_days);
  col_int (gen, spec->exchange_days);
  col_copy (gen, conditions);
  return row_end (gen, error) && add_model_parts (gen, id, spec->parts, error);
}

gboolean
_as_demo_create_models (Generator  *gen,
                        GError    **error)
{
  guint per_category = gen->n_repairs < 1000 ? 2 : gen->n_repairs < 100000 ? 3 : 4;

  for (guint c = 0; c < _as_demo_n_categories; c++)
    for (guint k = 0; k < per_category; k++)
      if (!add_model (gen, c, k, per_category, error))
        return FALSE;
  return TRUE;
}

/* Sales campaigns of every third model gave one or two periods' buyers extra
 * months of warranty, within the years its units were sold. */
static gboolean
add_promotion (Generator  *gen,
               guint       m,
               GError    **error)
{
  Model *model = &g_array_index (gen->models, Model, m);
  gint32 early = _as_demo_add_months (gen->first_day, -54);
  gint32 from = early + (gint32) rng_below (gen, (guint) (gen->today - 90 - early));
  gint32 to = from + rng_between (gen, 30, 91);
  guint8 months = rng_percent (gen, 60) ? 12 : 24;
  int y, mo, d;
  char name[96];

  _as_demo_civil_from_days (from, &y, &mo, &d);
  g_snprintf (name, sizeof name, "Campaña de %s %d: %u meses más de garantía",
              _as_demo_seasons.items[mo % 12 / 3], y, months);
  model->promotion_from[model->n_promotions] = from;
  model->promotion_to[model->n_promotions] = to;
  model->promotion_months[model->n_promotions++] = months;

  row_begin (gen, T_PROMOTIONS);
  col_int (gen, gen->counts[T_PROMOTIONS] + 1);
  col_int (gen, m + 1);
  col_copy (gen, name);
  col_date (gen, from);
  col_date (gen, to);
  col_int (gen, months);
  return row_end (gen, error);
}

gboolean
_as_demo_create_promotions (Generator  *gen,
                            GError    **error)
{
  for (guint m = 1; m < gen->models->len; m += 3)
    {
      guint n = 1 + rng_below (gen, MAX_PROMOTIONS);

      for (guint k = 0; k < n; k++)
        if (!add_promotion (gen, m, error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
add_customer (Generator  *gen,
              guint32     id,
              GError    **error)
{
  Customer customer = { NULL, NULL, NULL, (guint8) pick_branch (gen), FALSE, FALSE };
  const BranchSpec *branch = &_as_demo_branch_specs[customer.branch];
  gboolean business = customer.business = rng_percent (gen, 6);
  gboolean home_city = rng_percent (gen, 55);
  char name[96], mail_local[64], email[112], address[120], phone[20];

  customer.suburban = home_city ? rng_percent (gen, 15) : rng_percent (gen, 75);
  make_person_name (gen, name, mail_local);
  if (business)
    {
      const char *trade = PICK (gen, _as_demo_business_names);
      g_snprintf (name, sizeof name, "%s %s%s", PICK (gen, _as_demo_business_kinds), trade,
                  rng_percent (gen, 50) ? " S.L." : "");
      fold_ascii (name, mail_local, 40);
      g_snprintf (email, sizeof email, "info@%s.example", mail_local);
    }
  else if (rng_percent (gen, 88))
    {
      char suffix[4] = "";

      if (rng_percent (gen, 50))
        g_snprintf (suffix, sizeof suffix, "%d", rng_between (gen, 1, 99));
      g_snprintf (email, sizeof email, "%s%s@%s", mail_local, suffix,
                  PICK (gen, _as_demo_mail_domains));
    }
  else
    email[0] = '\0';
  make_address (gen, branch->cities[home_city ? 0 : 1 + rng_below (gen, 4)], address);
  make_phone (gen, business || rng_percent (gen, 15) ? branch->area_code : NULL, phone);
  customer.name = g_string_chunk_insert (gen->strings, name);
  customer.address = g_string_chunk_insert (gen->strings, address);
  customer.phone = g_string_chunk_insert (gen->strings, phone);
  g_array_append_val (gen->customers, customer);

  row_begin (gen, T_CUSTOMERS);
  col_int (gen, id);
  col_text (gen, customer.name);
  col_text (gen, customer.address);
  col_text (gen, customer.phone);
  col_copy (gen, email);
  col_text (gen, customer.suburban ? "suburban" : "urban");
  col_int (gen, business ? rng_percent (gen, 50) : rng_percent (gen, 1));
  return row_end (gen, error);
}

gboolean
_as_demo_create_customers (Generator  *gen,
                           GError    **error)
{
  guint n = MAX (gen->n_repairs / 5, 20);

  for (guint i = 0; i < n; i++)
    if (((i & 4095) == 0 && !_as_demo_tick (gen, i, n, error)) || !add_customer (gen, i + 1, error))
      return FALSE;
  return TRUE;
}

/* Units are sold in id order: half in the 4½ years before the 18 months
 * covered, half during them, so repairs find old and new units alike. */
static gint32
choose_sale_day (Generator *gen,
                 guint      i,
                 guint      n)
{
  guint half = n / 2;
  gint32 early = _as_demo_add_months (gen->first_day, -54);

  if (i < half)
    return early + (gint32) ((i + rng_double (gen)) / half * (gen->first_day - early));
  return gen->first_day + (gint32) ((i - half + rng_double (gen)) / (n - half) *
                                    (gen->today - gen->first_day));
}

static gboolean
add_unit (Generator  *gen,
          guint       i,
          guint       n,
          GError    **error)
{
  Unit unit = { NULL, rng_below (gen, gen->customers->len),
                (guint16) rng_below (gen, gen->models->len), choose_sale_day (gen, i, n), 1, 0 };
  const Model *model = &g_array_index (gen->models, Model, unit.model);
  char serial[32];
  int y, m, d;

  _as_demo_civil_from_days (unit.sale_day, &y, &m, &d);
  g_snprintf (serial, sizeof serial, "%s%02d%07u", model->serial_prefix, y % 100, i + 1);
  unit.serial = g_string_chunk_insert (gen->strings, serial);
  g_array_append_val (gen->units, unit);

  row_begin (gen, T_UNITS);
  col_int (gen, i + 1);
  col_text (gen, unit.serial);
  col_int (gen, unit.model + 1);
  col_int (gen, unit.customer + 1);
  col_date (gen, unit.sale_day);
  col_text (gen, PICK (gen, _as_demo_retailers));
  return row_end (gen, error);
}

/* Units grouped by owner, for contracts and complaints about "my units". */
static void
index_units_by_customer (Generator *gen)
{
  guint n_customers = gen->customers->len;
  g_autofree guint *fill = g_new0 (guint, n_customers + 1);

  gen->customer_first_unit = g_new0 (guint, n_customers + 1);
  gen->customer_units = g_new (guint, MAX (gen->units->len, 1));
  for (guint u = 0; u < gen->units->len; u++)
    gen->customer_first_unit[g_array_index (gen->units, Unit, u).customer + 1]++;
  for (guint c = 0; c < n_customers; c++)
    gen->customer_first_unit[c + 1] += gen->customer_first_unit[c];
  for (guint u = 0; u < gen->units->len; u++)
    {
      guint c = g_array_index (gen->units, Unit, u).customer;
      gen->customer_units[gen->customer_first_unit[c] + fill[c]++] = u;
    }
}

gboolean
_as_demo_create_units (Generator  *gen,
                       GError    **error)
{
  guint n = MAX (gen->n_repairs / 3, 30);

  for (guint i = 0; i < n; i++)
    if (((i & 4095) == 0 && !_as_demo_tick (gen, i, n, error)) || !add_unit (gen, i, n, error))
      return FALSE;
  while (gen->first_unit_in_window < n &&
         g_array_index (gen->units, Unit, gen->first_unit_in_window).sale_day < gen->first_day)
    gen->first_unit_in_window++;
  index_units_by_customer (gen);
  return TRUE;
}

/* The number of units sold before @day (units are in sale order). */
guint
_as_demo_units_sold_before (Generator *gen,
                            gint32     day)
{
  guint low = 0, high = gen->units->len;

  while (low < high)
    {
      guint mid = (low + high) / 2;
      if (g_array_index (gen->units, Unit, mid).sale_day < day)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static inline gboolean
is_covered (const Unit *unit)
{
  return unit->cover_start <= unit->cover_end;
}

/* Every tenth contract ends within 30 days, so expiry notices are due. */
static gint32
choose_contract_end (Generator *gen,
                     guint      i)
{
  if (i % 10 == 0)
    return gen->today + rng_between (gen, 1, 30);
  if (i % 10 == 3 || i % 10 == 7)
    return gen->today - rng_between (gen, 1, 240);
  return gen->today + rng_between (gen, 31, 700);
}

/* A contract covers a unit and up to two more of its owner's, all sold
 * before it started and under no other contract. */
static guint
collect_contract_units (Generator *gen,
                        guint      u,
                        gint32     start,
                        guint     *out)
{
  guint owner = get_unit (gen, u)->customer, n = 0;
  guint first = gen->customer_first_unit[owner], last = gen->customer_first_unit[owner + 1];

  out[n++] = u;
  for (guint k = first; k < last && n < 3; k++)
    {
      const Unit *other = get_unit (gen, gen->customer_units[k]);

      if (gen->customer_units[k] != u && other->sale_day < start && !is_covered (other))
        out[n++] = gen->customer_units[k];
    }
  return n;
}

typedef struct
{
  guint32     id;
  guint       customer;
  gint32      start;
  gint32      end;
  gint64      fee_cents;
  gint64      notice;           /* NEVER when not sent */
  const char *renewal;          /* NULL, "renewed" or "refused" */
  const char *renewal_note;
  guint32     renewed_by;
} ContractRow;

/* The contract and its units, which it covers (with its renewal, if any). */
static gboolean
insert_contract (Generator          *gen,
                 const ContractRow  *c,
                 const guint        *units,
                 guint               n,
                 GError            **error)
{
  row_begin (gen, T_CONTRACTS);
  col_int (gen, c->id);
  col_int (gen, c->customer + 1);
  col_date (gen, c->start);
  col_date (gen, c->end);
  col_int (gen, c->fee_cents);
  col_text (gen, c->end < gen->today ? "expired" : "active");
  col_moment (gen, c->notice);
  if (c->renewal)
    col_text (gen, c->renewal);
  else
    col_null (gen);
  col_text (gen, c->renewal_note);
  col_id (gen, c->renewed_by);
  if (!row_end (gen, error))
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      Unit *unit = get_unit (gen, units[k]);

      unit->cover_start = is_covered (unit) ? MIN (unit->cover_start, c->start) : c->start;
      unit->cover_end = MAX (unit->cover_end, c->end);
      row_begin (gen, T_CONTRACT_UNITS);
      col_int (gen, c->id);
      col_int (gen, units[k] + 1);
      if (!row_end (gen, error))
        return FALSE;
    }
  return TRUE;
}

/* The expiry notice goes out about a month before the end, once that day has
 * come; then half of the customers renew for a year, some refuse, the rest
 * do not answer (yet). */
static gboolean
add_renewal (Generator    *gen,
             ContractRow  *old,
             guint         per_unit,
             const guint  *units,
             guint         n,
             GError      **error)
{
  gint64 notice = _as_demo_later_open_moment (gen, (gint64) (old->end - rng_between (gen, 26, 33))
                                                   * DAY, 0, 0);
  guint draw = rng_below (gen, 100), late = old->end < gen->today ? 2 : 1;
  ContractRow renewal = { old->id + 1, old->customer, old->end + 1, old->end + 365,
                          n * per_unit * 103, NEVER, NULL, "", 0 };

  if (notice > gen->now || rng_percent (gen, 15))
    return TRUE;
  old->notice = notice;
  if (draw < 25 * late)
    {
      old->renewal = "renewed";
      old->renewed_by = renewal.id;
      return insert_contract (gen, &renewal, units, n, error);
    }
  if (draw >= 100 - 15 * late)
    {
      old->renewal = "refused";
      old->renewal_note = PICK (gen, _as_demo_renewal_refusals);
    }
  return TRUE;
}

static gboolean
add_contract (Generator  *gen,
              guint       i,
              GError    **error)
{
  gint32 end = choose_contract_end (gen, i);
  gint32 start = end - (end - gen->today > 335 ? 730 : 365) + 1;
  guint eligible = _as_demo_units_sold_before (gen, start), covered[3], n, per_unit;
  ContractRow contract = { gen->counts[T_CONTRACTS] + 1, 0, start, end, 0, NEVER, NULL, "", 0 };

  if (eligible == 0)
    return TRUE;
  covered[0] = rng_below (gen, eligible);
  if (is_covered (get_unit (gen, covered[0])))
    return TRUE;                /* one contract per unit */
  n = collect_contract_units (gen, covered[0], start, covered);
  per_unit = rng_between (gen, 59, 149);
  contract.customer = get_unit (gen, covered[0])->customer;
  contract.fee_cents = n * per_unit * 100 * ((end - start + 1) / 365);
  /* The renewal, when there is one, is the next contract: it is written first
   * so that the old one can refer to it. */
  if (end - gen->today <= 30 && !add_renewal (gen, &contract, per_unit, covered, n, error))
    return FALSE;
  return insert_contract (gen, &contract, covered, n, error);
}

gboolean
_as_demo_create_contracts (Generator  *gen,
                           GError    **error)
{
  guint n = MAX (gen->n_repairs / 50, 5);

  for (guint i = 0; i < n; i++)
    if (!add_contract (gen, i, error))
      return FALSE;
  return TRUE;
}

/* -------------------------------------------------------- daily sign-off */

/* Each branch manager signs the branch's daily report of every past working
 * day, after closing or first thing the next morning; a few days are missed. */
gboolean
_as_demo_create_signoffs (Generator  *gen,
                          GError    **error)
{
  for (guint b = 0; b < gen->n_branches; b++)
    for (gint32 day = gen->first_day; day < gen->today; day++)
      {
        gint64 open, close, at;

        if (!_as_demo_open_window (gen, day, &open, &close) || rng_percent (gen, 3))
          continue;
        if (rng_percent (gen, 70))
          at = close + rng_between (gen, 5, 45) * 60;
        else
          {
            _as_demo_open_window (gen, _as_demo_next_open_day (gen, day + 1), &open, &close);
            at = open + rng_between (gen, 5, 60) * 60;
          }
        if (at > gen->now)
          continue;
        row_begin (gen, T_SIGNOFFS);
        col_int (gen, b + 1);
        col_date (gen, day);
        col_int (gen, gen->managers[b]);
        col_moment (gen, at);
        if (!row_end (gen, error))
          return FALSE;
      }
  return TRUE;
}
