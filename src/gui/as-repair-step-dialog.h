/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"

G_BEGIN_DECLS

#define AS_TYPE_REPAIR_STEP_DIALOG (as_repair_step_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsRepairStepDialog, as_repair_step_dialog, AS, REPAIR_STEP_DIALOG, GtkWindow)

/* A small form for the inputs of one step of a repair (or of a contract, or
 * a report): the caller adds the fields, and on ::accepted reads them, calls
 * the store, and either closes the dialog or shows the store's refusal in it
 * with as_repair_step_dialog_show_error(), so that nothing typed is lost. */
AsRepairStepDialog *as_repair_step_dialog_new         (GtkWindow          *parent,
                                                       const char         *title,
                                                       const char         *subtitle,
                                                       const char         *accept_label);
void                as_repair_step_dialog_set_intro   (AsRepairStepDialog *self,
                                                       const char         *text);
void                as_repair_step_dialog_set_target  (AsRepairStepDialog *self,
                                                       gint64              id);
gint64              as_repair_step_dialog_get_target  (AsRepairStepDialog *self);

GtkWidget *as_repair_step_dialog_add_entry     (AsRepairStepDialog *self,
                                                const char         *key,
                                                const char         *label,
                                                const char         *text);
GtkWidget *as_repair_step_dialog_add_date      (AsRepairStepDialog *self,
                                                const char         *key,
                                                const char         *label,
                                                const char         *date);
GtkWidget *as_repair_step_dialog_add_money     (AsRepairStepDialog *self,
                                                const char         *key,
                                                const char         *label,
                                                gint64              cents);
GtkWidget *as_repair_step_dialog_add_text_view (AsRepairStepDialog *self,
                                                const char         *key,
                                                const char         *label,
                                                const char         *text);
GtkWidget *as_repair_step_dialog_add_spin      (AsRepairStepDialog *self,
                                                const char         *key,
                                                const char         *label,
                                                int                 min,
                                                int                 max,
                                                int                 value);
GtkWidget *as_repair_step_dialog_add_check     (AsRepairStepDialog *self,
                                                const char         *key,
                                                const char         *label,
                                                gboolean            active);
GtkWidget *as_repair_step_dialog_add_picker    (AsRepairStepDialog *self,
                                                const char         *key,
                                                const char         *label,
                                                AsDatabase         *db,
                                                const char         *entity_name);
/* @labels: NULL to show each code's label from as_code_get_label() */
GtkWidget *as_repair_step_dialog_add_choice    (AsRepairStepDialog *self,
                                                const char         *key,
                                                const char         *label,
                                                const char *const  *codes,
                                                const char *const  *labels,
                                                const char         *selected);
void       as_repair_step_dialog_add_note      (AsRepairStepDialog *self,
                                                const char         *text);
GtkWidget *as_repair_step_dialog_get_widget    (AsRepairStepDialog *self,
                                                const char         *key);
void       as_repair_step_dialog_set_visible   (AsRepairStepDialog *self,
                                                const char         *key,
                                                gboolean            visible);

char       *as_repair_step_dialog_get_text     (AsRepairStepDialog *self,
                                                const char         *key);
gint64      as_repair_step_dialog_get_int      (AsRepairStepDialog *self,
                                                const char         *key);
const char *as_repair_step_dialog_get_choice   (AsRepairStepDialog *self,
                                                const char         *key);
void        as_repair_step_dialog_set_choice   (AsRepairStepDialog *self,
                                                const char         *key,
                                                const char         *code);
gboolean    as_repair_step_dialog_get_money    (AsRepairStepDialog *self,
                                                const char         *key,
                                                gint64             *cents);
void        as_repair_step_dialog_show_error   (AsRepairStepDialog *self,
                                                const char         *message);

/* Money as typed in a form: "45", "45.5", "45,50", "1.234,50". */
gboolean    as_money_parse                     (const char         *text,
                                                gint64             *cents);
char       *as_money_format_entry              (gint64              cents);

G_END_DECLS
