/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The fields of a small form window built at run time (a repair step, a
 * warehouse receipt…): labelled rows in a grid, each found again by a key,
 * with Alt+letter keys chosen as the rows are added and a refusal shown above
 * the fields. The window embeds an AsFormGrid in its instance struct and
 * binds its template children with as_form_grid_bind_template(); the
 * template has title_label, subtitle_label, cancel_button, accept_button,
 * error_box, error_label, intro_label and grid. */

typedef enum
{
  AS_FORM_FIELD_WIDGET,
  AS_FORM_FIELD_ENTRY,
  AS_FORM_FIELD_MONEY,
  AS_FORM_FIELD_TEXT_VIEW,
  AS_FORM_FIELD_SPIN,
  AS_FORM_FIELD_CHECK,
  AS_FORM_FIELD_PICKER,
  AS_FORM_FIELD_CHOICE,
  AS_FORM_FIELD_INFO,     /* a value shown, not edited: no Alt+letter */
} AsFormFieldKind;

typedef struct
{
  AsFormFieldKind  kind;
  GtkWidget       *widget;   /* the value widget */
  GtkWidget       *label;    /* NULL for check buttons */
  GtkWidget       *outer;    /* what sits in the grid */
  GStrv            codes;    /* AS_FORM_FIELD_CHOICE */
} AsFormField;

typedef struct
{
  /* template children */
  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkButton  *cancel_button;
  GtkButton  *accept_button;
  GtkWidget  *error_box;
  GtkLabel   *error_label;
  GtkLabel   *intro_label;
  GtkGrid    *grid;

  GtkWidget  *window;
  const char *what;          /* names the form in programming errors */
  GtkAlign    label_valign;
  GHashTable *fields;        /* key → AsFormField */
  GHashTable *mnemonics;     /* letters already used */
  int         n_rows;
  GtkWidget  *first_field;   /* takes the focus when the window shows */
} AsFormGrid;

void         as_form_grid_bind_template (GtkWidgetClass  *widget_class,
                                         gsize            offset);
void         as_form_grid_init          (AsFormGrid      *form,
                                         GtkWidget       *window,
                                         const char      *what,
                                         GtkAlign         label_valign);
void         as_form_grid_finalize      (AsFormGrid      *form);
void         as_form_grid_set_header    (AsFormGrid      *form,
                                         const char      *title,
                                         const char      *subtitle,
                                         const char      *accept_label);
void         as_form_grid_set_intro     (AsFormGrid      *form,
                                         const char      *text);
void         as_form_grid_focus_first   (AsFormGrid      *form);
void         as_form_grid_update_spins  (AsFormGrid      *form);

GtkWidget   *as_form_grid_create_entry  (const char      *text,
                                         int              width_chars);
AsFormField *as_form_grid_add_row       (AsFormGrid      *form,
                                         const char      *key,
                                         const char      *label_text,
                                         AsFormFieldKind  kind,
                                         GtkWidget       *widget,
                                         GtkWidget       *outer);
GtkWidget   *as_form_grid_add_spin      (AsFormGrid      *form,
                                         const char      *key,
                                         const char      *label,
                                         int              min,
                                         int              max,
                                         int              value);
GtkWidget   *as_form_grid_add_choice    (AsFormGrid      *form,
                                         const char      *key,
                                         const char      *label,
                                         const char *const *codes,
                                         const char *const *labels,
                                         const char      *selected);
void         as_form_grid_add_note      (AsFormGrid      *form,
                                         const char      *text,
                                         int              max_width_chars);

AsFormField *as_form_grid_lookup        (AsFormGrid      *form,
                                         const char      *key);
GtkWidget   *as_form_grid_get_widget    (AsFormGrid      *form,
                                         const char      *key);
void         as_form_grid_set_visible   (AsFormGrid      *form,
                                         const char      *key,
                                         gboolean         visible);
char        *as_form_grid_get_text      (AsFormGrid      *form,
                                         const char      *key);
gint64       as_form_grid_get_int       (AsFormGrid      *form,
                                         const char      *key);
const char  *as_form_grid_get_choice    (AsFormGrid      *form,
                                         const char      *key);
void         as_form_grid_set_choice    (AsFormGrid      *form,
                                         const char      *key,
                                         const char      *code);
gboolean     as_form_grid_get_money     (AsFormGrid      *form,
                                         const char      *key,
                                         gint64          *cents);
void         as_form_grid_show_error    (AsFormGrid      *form,
                                         const char      *message);

G_END_DECLS
