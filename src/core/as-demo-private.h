/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo generator's shared state, random numbers, row binding and cross-file internals. */
#pragma once

#include "as-calendar.h"
#include "as-demo.h"
#include "as-demo-data-private.h"

G_BEGIN_DECLS

#define DAY           86400
#define HOUR          3600
#define NEVER         G_MAXINT64
#define MAX_COLUMNS   48

/* ------------------------------------------------------------ structs */

enum
{
  T_BRANCHES, T_DEPARTMENTS, T_STAFF, T_PROVIDERS, T_MODELS, T_MODEL_PARTS, T_PROMOTIONS,
  T_CUSTOMERS, T_UNITS, T_CONTRACTS, T_CONTRACT_UNITS, T_WAREHOUSES, T_SPARE_PARTS, T_TOOLS,
  T_REPAIRS, T_EVENTS, T_CHARGES, T_INVOICES, T_SURVEYS, T_MOVEMENTS, T_STOCK, T_COMPLAINTS,
  T_RETURNS, T_SIGNOFFS, N_TABLES
};

#define MAX_PROMOTIONS 2        /* per model */

/* Day flags of the working calendar. */
#define DAY_HOLIDAY   1
#define DAY_IRREGULAR 2         /* the clocks change during the working hours */

typedef struct
{
  gint32      certificate_expiry;   /* day; G_MAXINT32 for staff without a certificate */
  float       quality;              /* the mean rating customers give this person */
  const char *name;
} Person;

typedef struct
{
  const char *code;
  const char *serial_prefix;    /* the code without its dash */
  guint8      category;
  guint8      n_parts;
  guint8      max_warranty;     /* months of the part with the longest warranty */
  guint8      n_promotions;
  guint32     price_cents;
  guint32     first_part_id;    /* model_parts.id of part 0; the others follow */
  gint32      spare_of_part[MAX_PARTS];   /* spare index, or -1 */
  gint32      promotion_from[MAX_PROMOTIONS];   /* sale days, inclusive */
  gint32      promotion_to[MAX_PROMOTIONS];
  guint8      promotion_months[MAX_PROMOTIONS];
} Model;

typedef struct
{
  const char *name;
  const char *address;
  const char *phone;
  guint8      branch;
  gboolean    suburban;
  gboolean    business;
} Customer;

typedef struct
{
  const char *serial;
  guint32     customer;
  guint16     model;
  gint32      sale_day;
  gint32      cover_start;      /* maintenance contract; cover_end < cover_start when none */
  gint32      cover_end;
} Unit;

typedef struct
{
  const char *name;
  guint32     list_price_cents;
  guint16     reorder_point;
  guint16     reorder_qty;
} Spare;

typedef struct
{
  gint64  at;
  guint32 repair_id;
  guint32 staff_id;
  guint16 spare;
  guint8  warehouse;
  guint8  quantity;
} Movement;

typedef struct
{
  AsDatabase     *db;
  sqlite3        *handle;
  GCancellable   *cancellable;
  AsDemoProgress  progress;
  gpointer        progress_data;
  double          phase_start;
  double          phase_span;
  int             last_percent;

  guint64         rng;
  guint64         seed;
  guint           n_repairs;
  gint64          now;          /* seconds since 1970-01-01 00:00 in local time */
  gint32          today;
  gint32          first_day;    /* start of the 18 months covered */
  guint           n_days;
  double         *activity;     /* cumulative day weights, n_days + 1 entries */

  /* The working calendar of the database (as-demo.c), and the settings read once. */
  AsCalendar     *calendar;
  int             open_minute[8];       /* by ISO weekday; open == close on a day off */
  int             close_minute[8];
  gint32          calendar_first;       /* the first day of day_flags */
  guint           n_calendar_days;
  guint8         *day_flags;            /* DAY_HOLIDAY, DAY_IRREGULAR */
  gint64          sla_hours[2];         /* urban, suburban */
  gint64          labour_per_hour_cents;
  gint64          call_out_cents;
  gint64          transport_cents;

  sqlite3_stmt   *stmts[N_TABLES];
  guint           counts[N_TABLES];
  sqlite3_stmt   *row;
  int             row_table;
  int             column;
  char            scratch[MAX_COLUMNS][20];   /* dates and times of the row being bound */
  GPtrArray      *saved_schema;
  GStringChunk   *strings;

  guint           n_branches;
  GArray         *people;
  GArray         *receptionists[MAX_BRANCHES];
  GArray         *technicians[MAX_BRANCHES];
  GArray         *supervisors[MAX_BRANCHES];
  guint32         managers[MAX_BRANCHES];
  GArray         *hotline;
  GArray         *service_staff;
  GHashTable     *staff_mails;
  guint32         contact[N_DEPTS];
  guint           n_providers;
  gint32          provider_end[MAX_PROVIDERS];
  GArray         *models;
  GArray         *customers;
  GArray         *units;
  guint          *customer_units;       /* unit indexes grouped by customer */
  guint          *customer_first_unit;  /* n_customers + 1 offsets into customer_units */
  guint           first_unit_in_window;
  GArray         *spares;
  GArray         *consumables;          /* spare indexes that fit any model */
  gint32         *balance;              /* per spare × warehouse; -1 when not stocked there */
  gint64         *last_movement;
  GArray         *movements;
  GArray         *loans;                /* Loan candidates, made when first queued */
} Generator;

/* ------------------------------------------------------------------ PRNG */

/* splitmix64: tiny, fast, and the same on every platform. */
static inline guint64
rng_next (Generator *gen)
{
  guint64 z = (gen->rng += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline guint
rng_below (Generator *gen,
           guint      n)
{
  return (guint) (((rng_next (gen) >> 32) * n) >> 32);
}

static inline int
rng_between (Generator *gen,
             int        low,
             int        high)
{
  return low + (int) rng_below (gen, (guint) (high - low + 1));
}

static inline double
rng_double (Generator *gen)
{
  return (rng_next (gen) >> 11) * (1.0 / 9007199254740992.0);
}

static inline gboolean
rng_percent (Generator *gen,
             guint      percent)
{
  return rng_below (gen, 100) < percent;
}

#define PICK(gen, list) ((list).items[rng_below ((gen), (list).n_items)])

/* -------------------------------------------------- cross-file internals */

/* as-demo.c: the calendar, failures, progress and the test entry point */
void     _as_demo_civil_from_days        (gint32           z,
                                          int             *y,
                                          int             *m,
                                          int             *d);
gint32   _as_demo_add_months             (gint32           day,
                                          int              months);
void     _as_demo_format_date            (gint32           day,
                                          char            *out);
void     _as_demo_format_moment          (gint64           moment,
                                          char            *out);
gint32   _as_demo_next_open_day          (Generator       *gen,
                                          gint32           day);
gboolean _as_demo_open_window            (Generator       *gen,
                                          gint32           day,
                                          gint64          *open,
                                          gint64          *close);
gint64   _as_demo_add_working_time       (Generator       *gen,
                                          gint64           from,
                                          gint64           seconds);
gint64   _as_demo_arrival_deadline       (Generator       *gen,
                                          gint64           received,
                                          gboolean         suburban);
gint64   _as_demo_later_open_moment      (Generator       *gen,
                                          gint64           from,
                                          int              min_days,
                                          int              max_days);
gint64   _as_demo_spread_moment          (Generator       *gen,
                                          guint            i,
                                          guint            n);
void     _as_demo_set_failure            (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_tick                   (Generator       *gen,
                                          guint            done,
                                          guint            total,
                                          GError         **error);

/* For tests: as_demo_generate() with a fixed reference moment instead of now. */
gboolean _as_demo_generate_at            (AsDatabase      *db,
                                          guint            n_repairs,
                                          guint64          seed,
                                          GDateTime       *now,
                                          AsDemoProgress   progress,
                                          gpointer         user_data,
                                          GCancellable    *cancellable,
                                          GError         **error);

/* as-demo-people.c */
gboolean _as_demo_create_branches        (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_departments     (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_staff           (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_providers       (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_models          (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_customers       (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_units           (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_contracts       (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_promotions      (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_signoffs        (Generator       *gen,
                                          GError         **error);
guint    _as_demo_units_sold_before      (Generator       *gen,
                                          gint32           day);

/* as-demo-warehouse.c: warehouses, spare parts, stock and its movements,
 * consumption and ABC classes, loaner units and their loans */
gboolean _as_demo_create_warehouses      (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_spares          (Generator       *gen,
                                          GError         **error);
void     _as_demo_queue_issue            (Generator       *gen,
                                          gint64           at,
                                          guint32          repair_id,
                                          guint32          staff_id,
                                          guint            spare,
                                          guint            branch,
                                          guint            quantity);
void     _as_demo_queue_loan             (Generator       *gen,
                                          guint32          repair_id,
                                          guint32          customer_id,
                                          guint            branch,
                                          guint            model,
                                          gint64           goods_in,
                                          gint64           goods_out);
gboolean _as_demo_create_stock_movements (Generator       *gen,
                                          GError         **error);

/* as-demo-tools.c: the tools register, purchase requests, the library */
gboolean _as_demo_create_tools           (Generator       *gen,
                                          GError         **error);

/* as-demo-work.c */
gboolean _as_demo_create_repairs         (Generator       *gen,
                                          GError         **error);

/* as-demo-complaints.c: complaints and opinions, their history and rewards */
gboolean _as_demo_create_complaints      (Generator       *gen,
                                          GError         **error);

/* as-demo-care.c: returns and exchanges, and the customer-care programme */
gboolean _as_demo_create_returns         (Generator       *gen,
                                          GError         **error);
gboolean _as_demo_create_care            (Generator       *gen,
                                          GError         **error);

/* as-demo-surveys.c: the survey of a closed repair */
typedef struct
{
  guint32  repair_id;
  gint64   closed;
  gboolean late;                /* closed after the promised day */
  gboolean suburban;
  float    quality;             /* the technician's mean rating */
} SurveySubject;

gboolean _as_demo_add_survey             (Generator           *gen,
                                          const SurveySubject *subject,
                                          GError             **error);

/* -------------------------------------------------------------- calendar */

static inline gint32
day_of (gint64 moment)
{
  return (gint32) (moment / DAY);
}

/* ------------------------------------------------------------------ rows */

/* Statements are bound column by column in the order of their SQL. */
static inline void
row_begin (Generator *gen,
           int        table)
{
  gen->row = gen->stmts[table];
  gen->row_table = table;
  gen->column = 0;
}

static inline void
col_int (Generator *gen,
         gint64     value)
{
  sqlite3_bind_int64 (gen->row, ++gen->column, value);
}

static inline void
col_null (Generator *gen)
{
  sqlite3_bind_null (gen->row, ++gen->column);
}

/* Ids are 1-based; 0 stands for "none". */
static inline void
col_id (Generator *gen,
        guint32    id)
{
  if (id == 0)
    sqlite3_bind_null (gen->row, ++gen->column);
  else
    sqlite3_bind_int64 (gen->row, ++gen->column, id);
}

/* For strings that outlive the statements: static tables and gen->strings. */
static inline void
col_text (Generator  *gen,
          const char *text)
{
  sqlite3_bind_text (gen->row, ++gen->column, text, -1, SQLITE_STATIC);
}

static inline void
col_copy (Generator  *gen,
          const char *text)
{
  sqlite3_bind_text (gen->row, ++gen->column, text, -1, SQLITE_TRANSIENT);
}

/* Dates and times are formatted into the row's own slot of gen->scratch,
 * which outlives the step: sparing SQLite a copy of millions of them. */
static inline void
col_date (Generator *gen,
          gint32     day)
{
  char *text = gen->scratch[gen->column];

  _as_demo_format_date (day, text);
  col_text (gen, text);
}

static inline void
col_moment (Generator *gen,
            gint64     moment)
{
  char *text = gen->scratch[gen->column];

  if (moment == NEVER)
    {
      col_null (gen);
      return;
    }
  _as_demo_format_moment (moment, text);
  col_text (gen, text);
}

static inline gboolean
row_end (Generator  *gen,
         GError    **error)
{
  int rc = sqlite3_step (gen->row);

  sqlite3_reset (gen->row);
  if (rc != SQLITE_DONE)
    {
      _as_demo_set_failure (gen, error);
      return FALSE;
    }
  gen->counts[gen->row_table]++;
  return TRUE;
}

/* ------------------------------------------------------------- accessors */

static inline Unit *
get_unit (Generator *gen,
          guint      u)
{
  return &g_array_index (gen->units, Unit, u);
}

G_END_DECLS
