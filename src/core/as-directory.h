/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"
#include "as-record-list.h"
#include "as-types.h"

G_BEGIN_DECLS

typedef enum
{
  AS_FIELD_TEXT,
  AS_FIELD_LONG_TEXT,
  AS_FIELD_PHONE,
  AS_FIELD_EMAIL,
  AS_FIELD_DATE,
  AS_FIELD_INTEGER,   /* zero or more */
  AS_FIELD_BOOL,
  AS_FIELD_CHOICE,    /* one of a fixed list of codes */
  AS_FIELD_REFERENCE, /* the id of a record of another entity */
  AS_FIELD_ROLES,     /* an AsRole mask */
} AsFieldKind;

typedef struct
{
  const char         *column;
  const char         *label;       /* marked for translation */
  AsFieldKind         kind;
  gboolean            required;
  gboolean            unique;
  const char         *reference;   /* entity name, for AS_FIELD_REFERENCE */
  const char *const  *choices;     /* NULL-terminated codes, for AS_FIELD_CHOICE */
  const char         *default_value; /* a new record's value, as the schema's DEFAULT */
} AsField;

/* A kind of shared record kept in the Directory. */
typedef struct
{
  const char       *name;          /* table name */
  const char       *singular;      /* marked for translation */
  const char       *plural;        /* marked for translation */
  const char       *label_expr;    /* SQL naming one row, on alias t */
  const AsField    *fields;
  guint             n_fields;
  const AsListSpec *list;
  guint             editor_roles;  /* AsRole mask allowed to edit; 0 = everyone */
  /* Whole phrases, so that translators can give each its grammatical gender. */
  const char       *new_title;     /* marked for translation: "New Customer" */
  const char       *edit_title;    /* marked for translation: "Edit Customer" */
  const char       *empty_title;   /* marked for translation, shown on an empty list */
  const char       *empty_description;
} AsEntity;

const AsEntity *as_directory_get_entities     (guint            *n_entities);
const AsEntity *as_directory_find_entity      (const char       *name);
const AsField  *as_entity_find_field          (const AsEntity   *entity,
                                               const char       *column);

GHashTable     *as_directory_load             (AsDatabase       *db,
                                               const AsEntity   *entity,
                                               gint64            id,
                                               GError          **error);
gint64          as_directory_save             (AsDatabase       *db,
                                               const AsEntity   *entity,
                                               gint64            id,
                                               GHashTable       *values,
                                               GError          **error);
gboolean        as_directory_delete           (AsDatabase       *db,
                                               const AsEntity   *entity,
                                               gint64            id,
                                               GError          **error);
char           *as_directory_get_label        (AsDatabase       *db,
                                               const AsEntity   *entity,
                                               gint64            id);
gboolean        as_directory_can_edit         (AsDatabase       *db,
                                               const AsEntity   *entity);

gboolean        as_staff_may                  (AsDatabase       *db,
                                               guint             roles);
gboolean        as_staff_require              (AsDatabase       *db,
                                               guint             roles,
                                               const char       *what,
                                               GError          **error);
/* The roles that manage the service's settings (calendar, fees, promotions). */
#define AS_MANAGER_ROLES (AS_ROLE_SUPERVISOR | AS_ROLE_BRANCH_MANAGER)

gint64          as_staff_get_roles            (AsDatabase       *db,
                                               gint64            staff_id);
gboolean        as_staff_has_role             (AsDatabase       *db,
                                               gint64            staff_id,
                                               AsRole            role);
gboolean        as_staff_exists               (AsDatabase       *db,
                                               gint64            staff_id);

G_END_DECLS
