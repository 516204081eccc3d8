/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo generator's Spanish word tables (as-demo-data.c), for as-demo*.c only. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MAX_PARTS     6
#define MAX_FAULTS    10
#define MAX_BRANCHES  7
#define MAX_PROVIDERS 8         /* the entries of _as_demo_providers */

typedef struct
{
  const char *name;
  const char *address;
  const char *cities[5];        /* the first is the branch's own city: urban zone */
  const char *area_code;        /* landline prefix of the province */
  guint       weight;           /* share of the customers */
} BranchSpec;

enum
{
  DEPT_RD, DEPT_DESIGN, DEPT_PRODUCTION, DEPT_TECHNICAL, DEPT_WAREHOUSE, DEPT_MARKETING,
  DEPT_FINANCE, DEPT_PURCHASING, DEPT_SERVICE, DEPT_HOTLINE, DEPT_MANAGEMENT, N_DEPTS
};

typedef struct
{
  const char *name;
  const char *kind;
} DeptSpec;

typedef struct
{
  const char *name;
  guint8      warranty_months;
  guint16     cost_euros;
} PartSpec;

typedef struct
{
  const char *text;
  guint8      part;             /* index of the part that usually causes it */
} FaultSpec;

typedef struct
{
  const char *prefix;
  guint       first_number;
  const char *names[4];
  guint16     service_life_months;
  guint8      return_days;
  guint8      exchange_days;
  guint16     price_euros[2];
  gboolean    carry_in;         /* small enough to be taken to the workshop */
  PartSpec    parts[MAX_PARTS];
  FaultSpec   faults[MAX_FAULTS];
} CategorySpec;

typedef struct
{
  const char *name;
  guint16     euros;
} ToolSpec;


typedef struct
{
  const char *reason;
  guint8      department;
  guint8      exchange_percent;
} ReturnSpec;

/* A list of words to pick from; it carries its length across files. */
typedef struct
{
  const char *const *items;
  guint              n_items;
} WordList;

extern const BranchSpec    *const _as_demo_branch_specs;       /* MAX_BRANCHES of them */
extern const DeptSpec      *const _as_demo_dept_specs;         /* N_DEPTS of them */
extern const CategorySpec  *const _as_demo_categories;
extern const guint                _as_demo_n_categories;
extern const ToolSpec      *const _as_demo_tool_specs;
extern const guint                _as_demo_n_tool_specs;
extern const ReturnSpec    *const _as_demo_return_specs;
extern const guint                _as_demo_n_return_specs;

extern const WordList _as_demo_internal_faults;
extern const WordList _as_demo_fault_details;
extern const WordList _as_demo_female_names;
extern const WordList _as_demo_male_names;
extern const WordList _as_demo_surnames;
extern const WordList _as_demo_streets;
extern const WordList _as_demo_business_kinds;
extern const WordList _as_demo_business_names;
extern const WordList _as_demo_mail_domains;
extern const WordList _as_demo_retailers;
extern const WordList _as_demo_providers;
extern const WordList _as_demo_suppliers;
extern const WordList _as_demo_consumables;
extern const WordList _as_demo_good_comments;
extern const WordList _as_demo_bad_comments;
extern const WordList _as_demo_category_tools;      /* one per entry of _as_demo_categories */
extern const WordList _as_demo_assessments;         /* "%s": a part's name */
extern const WordList _as_demo_repairs_with_part;   /* "%s": a part's name */
extern const WordList _as_demo_repairs_without_part;
extern const WordList _as_demo_diagnoses;
extern const WordList _as_demo_inspection_notes;
extern const WordList _as_demo_late_reasons;
extern const WordList _as_demo_workshop_reasons;
extern const WordList _as_demo_early_cancellations;
extern const WordList _as_demo_quote_refusals;
extern const WordList _as_demo_renewal_refusals;
extern const WordList _as_demo_seasons;             /* winter, spring, summer, autumn */

G_END_DECLS
