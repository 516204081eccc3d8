/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* Complaint statuses (complaints.status):
 *   open        → in_progress (a handler takes it)
 *   open, in_progress → answered (the result reported to the customer)
 *   answered    → closed       (the customer is satisfied)
 *   answered    → in_progress  (not satisfied: escalated to case management)
 * Oversight levels (complaints.level), only ever raised:
 *   service         general matters, handled by the service department
 *   case_management a customer still not satisfied, or a repeated complaint
 *   deputy_gm       serious matters, reviewed by the deputy general manager
 * Every change goes through this store: one transaction with a
 * complaint_history row and an audit row; a refused change writes nothing. */

/* Subject categories (complaints.category); each routes to a department. */
#define AS_COMPLAINT_CATEGORY_QUALITY     "product_quality"     /* → production */
#define AS_COMPLAINT_CATEGORY_FUNCTION    "product_function"    /* → technical */
#define AS_COMPLAINT_CATEGORY_DESIGN      "product_design"      /* → design */
#define AS_COMPLAINT_CATEGORY_DEVELOPMENT "product_development" /* → R&D */
#define AS_COMPLAINT_CATEGORY_PACKAGING   "packaging"           /* → warehouse & transport */
#define AS_COMPLAINT_CATEGORY_STAFF       "staff_conduct"       /* → marketing */
#define AS_COMPLAINT_CATEGORY_RETAILER    "retailer"            /* → channel coordination */
#define AS_COMPLAINT_CATEGORY_SERVICE     "service"             /* → after-sales service */
#define AS_COMPLAINT_CATEGORY_OTHER       "other"               /* → after-sales service */

/* Settings keys (settings table), with their defaults. */
#define AS_SETTING_COMPLAINT_RESPONSE_DAYS "complaints.response_days"        /* 3 */
#define AS_SETTING_COMPLAINT_URGENT_HOURS  "complaints.urgent_response_hours" /* 4 */
#define AS_SETTING_COMPLAINT_REPEAT_DAYS   "complaints.repeat_window_days"   /* 90 */

typedef struct
{
  const char *channel;         /* "phone", "hotline", "email", "letter", "visit",
                                * "suggestion_form", "survey"; NULL: "phone" */
  const char *kind;            /* "consultation", "opinion", "complaint", "suggestion";
                                * NULL: "complaint" */
  gint64      customer_id;     /* 0: anonymous */
  gint64      unit_id;         /* 0: no unit concerned */
  gint64      model_id;        /* 0: the unit's model, or none */
  const char *category;        /* AS_COMPLAINT_CATEGORY_*; NULL: "other" */
  const char *subject;         /* required */
  const char *description;
  gint64      received_by;     /* 0: the acting staff member */
  const char *received_at;     /* "YYYY-MM-DD HH:MM:SS"; NULL: now */
  gboolean    urgent;          /* an emergency: shown at once on the Dashboard */
  gboolean    serious;         /* reviewed by the deputy general manager */
  const char *priority;        /* NULL, or "major_product", "crisis", "media", "legal" */
  const char *retailer;        /* for "retailer" complaints; NULL: the unit's retailer */
  gint64      department_id;   /* 0: routed by the category's rule */
  gint64      handler_id;      /* 0: not assigned yet */
  const char *due_at;          /* "YYYY-MM-DD HH:MM:SS"; NULL: from the settings */
  gint64      survey_id;       /* the satisfaction survey that raised it; 0: none */
} AsComplaintRequest;

/* The codes, NULL-terminated. */
const char *const *as_complaint_categories    (void);
const char *const *as_complaint_channels      (void);
const char *const *as_complaint_kinds         (void);
const char *const *as_complaint_priorities    (void);
const char *const *as_complaint_levels        (void);

/* Registers a contact: validated, routed, its due time set, a repeated
 * complaint of the same customer on the same matter escalated to case
 * management, a serious one sent to the deputy general manager; through the
 * hotline, the accepting staff member must not belong to the after-sales
 * department. Returns: the new complaint's id, or 0 with @error set. */
gint64      as_complaint_store_register       (AsDatabase                *db,
                                               const AsComplaintRequest  *request,
                                               GError                   **error);

/* Every complaints column as text (absent when NULL), plus customer_name,
 * customer_phone, customer_email, unit_serial, model_code, model_name,
 * receiver_name, receiver_department, department_name, handler_name,
 * reviewer_name, answerer_name, responsible_department_name,
 * responsible_staff_name and late ("1" when waiting past its due time). */
GHashTable *as_complaint_store_load           (AsDatabase                *db,
                                               gint64                     id,
                                               GError                   **error);
GPtrArray  *as_complaint_store_list_history   (AsDatabase                *db,
                                               gint64                     id);
GPtrArray  *as_complaint_store_list_rewards   (AsDatabase                *db,
                                               gint64                     id);

/* Handling: the service department, supervisors, managers, the deputy GM or
 * the complaint's own handler; refused once answered or closed. */
gboolean    as_complaint_store_assign         (AsDatabase                *db,
                                               gint64                     id,
                                               gint64                     department_id,
                                               gint64                     handler_id,
                                               const char                *note,
                                               GError                   **error);
gboolean    as_complaint_store_escalate       (AsDatabase                *db,
                                               gint64                     id,
                                               const char                *level,
                                               const char                *reason,
                                               GError                   **error);
gboolean    as_complaint_store_classify       (AsDatabase                *db,
                                               gint64                     id,
                                               gboolean                   urgent,
                                               const char                *priority,
                                               GError                   **error);
/* Managers only. */
gboolean    as_complaint_store_set_due        (AsDatabase                *db,
                                               gint64                     id,
                                               const char                *due_at,
                                               const char                *reason,
                                               GError                   **error);
/* The deputy general manager only, for complaints at the deputy_gm level. */
gboolean    as_complaint_store_review         (AsDatabase                *db,
                                               gint64                     id,
                                               const char                *notes,
                                               GError                   **error);
/* @way: "phone" or "writing"; @answered_at NULL: now. */
gboolean    as_complaint_store_answer         (AsDatabase                *db,
                                               gint64                     id,
                                               const char                *answer,
                                               const char                *way,
                                               const char                *answered_at,
                                               GError                   **error);
gboolean    as_complaint_store_record_outcome (AsDatabase                *db,
                                               gint64                     id,
                                               gboolean                   satisfied,
                                               const char                *note,
                                               GError                   **error);
gboolean    as_complaint_store_set_responsible (AsDatabase               *db,
                                                gint64                    id,
                                                gint64                    department_id,
                                                gint64                    staff_id,
                                                GError                  **error);
gint64      as_complaint_store_add_reward     (AsDatabase                *db,
                                               gint64                     id,
                                               const char                *what,
                                               gint64                     amount_cents,
                                               const char                *awarded_on,
                                               gint64                     recipient_staff_id,
                                               GError                   **error);

/* Monthly figures (as-complaint-reports.c); @month is "YYYY-MM". */
GPtrArray  *as_complaint_store_count_by_department (AsDatabase           *db,
                                                    const char           *month,
                                                    GError              **error);
GPtrArray  *as_complaint_store_count_by_staff      (AsDatabase           *db,
                                                    const char           *month,
                                                    GError              **error);
GPtrArray  *as_complaint_store_hotline_report      (AsDatabase           *db,
                                                    const char           *month,
                                                    GError              **error);

/* Routing (as-complaint-rules.c). A rule names a category's department;
 * without one, the first department of the category's default kind. */
const char *as_complaint_category_get_default_kind (const char         *category);
gint64      as_complaint_store_get_default_route   (AsDatabase         *db,
                                                    const char         *category);
gint64      as_complaint_store_get_rule            (AsDatabase         *db,
                                                    const char         *category);
gint64      as_complaint_store_get_route           (AsDatabase         *db,
                                                    const char         *category);
gboolean    as_complaint_store_set_rule            (AsDatabase         *db,
                                                    const char         *category,
                                                    gint64              department_id,
                                                    GError            **error);
GPtrArray  *as_complaint_store_list_departments    (AsDatabase         *db);
gboolean    as_complaint_store_set_deadlines       (AsDatabase         *db,
                                                    gint64              response_days,
                                                    gint64              urgent_hours,
                                                    gint64              repeat_days,
                                                    GError            **error);

G_END_DECLS
