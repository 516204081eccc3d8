/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"
#include "as-directory.h"

G_BEGIN_DECLS

#define AS_TYPE_WAREHOUSE_FORM (as_warehouse_form_get_type ())
G_DECLARE_FINAL_TYPE (AsWarehouseForm, as_warehouse_form, AS, WAREHOUSE_FORM, GtkWindow)

/* The small forms of the Warehouse tab (a receipt, an issue to a repair, a
 * part of the catalogue, a loan…): the caller adds the fields, and on
 * ::accepted reads them and calls a store; a refusal is shown on top of the
 * form with as_warehouse_form_show_error(), and nothing typed is lost.
 * Enter or Ctrl+S confirms, Escape closes. */
AsWarehouseForm *as_warehouse_form_new          (GtkWindow       *parent,
                                                 const char      *title,
                                                 const char      *subtitle,
                                                 const char      *accept_label);
void             as_warehouse_form_set_intro    (AsWarehouseForm *self,
                                                 const char      *text);

/* Any widget as a labelled row; returns @widget. */
GtkWidget  *as_warehouse_form_add_widget   (AsWarehouseForm    *self,
                                            const char         *key,
                                            const char         *label,
                                            GtkWidget          *widget);
GtkWidget  *as_warehouse_form_add_entry    (AsWarehouseForm    *self,
                                            const char         *key,
                                            const char         *label,
                                            const char         *text);
GtkWidget  *as_warehouse_form_add_spin     (AsWarehouseForm    *self,
                                            const char         *key,
                                            const char         *label,
                                            int                 min,
                                            int                 max,
                                            int                 value);
GtkWidget  *as_warehouse_form_add_money    (AsWarehouseForm    *self,
                                            const char         *key,
                                            const char         *label,
                                            gint64              cents);
/* @labels: NULL to show each code's label from as_code_get_label() */
GtkWidget  *as_warehouse_form_add_choice   (AsWarehouseForm    *self,
                                            const char         *key,
                                            const char         *label,
                                            const char *const  *codes,
                                            const char *const  *labels,
                                            const char         *selected);
/* A record of @entity (which must outlive the form), chosen from its paged list. */
GtkWidget  *as_warehouse_form_add_picker   (AsWarehouseForm    *self,
                                            const char         *key,
                                            const char         *label,
                                            AsDatabase         *db,
                                            const AsEntity     *entity,
                                            gint64              id);
/* A value shown, not edited. */
GtkWidget  *as_warehouse_form_add_info     (AsWarehouseForm    *self,
                                            const char         *key,
                                            const char         *label,
                                            const char         *text);
void        as_warehouse_form_add_note     (AsWarehouseForm    *self,
                                            const char         *text);
void        as_warehouse_form_set_visible  (AsWarehouseForm    *self,
                                            const char         *key,
                                            gboolean            visible);
GtkWidget  *as_warehouse_form_get_widget   (AsWarehouseForm    *self,
                                            const char         *key);

/* Trimmed text of an entry. */
char       *as_warehouse_form_get_text     (AsWarehouseForm    *self,
                                            const char         *key);
/* A spin button's value, a picker's id (0: none) or a check button's state. */
gint64      as_warehouse_form_get_int      (AsWarehouseForm    *self,
                                            const char         *key);
const char *as_warehouse_form_get_choice   (AsWarehouseForm    *self,
                                            const char         *key);
void        as_warehouse_form_set_choice   (AsWarehouseForm    *self,
                                            const char         *key,
                                            const char         *code);
/* FALSE (and the reason shown in the form) when the field holds no amount. */
gboolean    as_warehouse_form_get_money    (AsWarehouseForm    *self,
                                            const char         *key,
                                            gint64             *cents);
void        as_warehouse_form_show_error   (AsWarehouseForm    *self,
                                            const char         *message);
/* Shows @error, or closes the form when @done. */
void        as_warehouse_form_finish       (AsWarehouseForm    *self,
                                            gboolean            done,
                                            const GError       *error);

G_END_DECLS
