/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loaner units as forms: a unit of the register, lending one for a repair
 * and taking it back. */

#include <glib/gi18n.h>

#include "as-loaner-store.h"
#include "as-record-picker.h"
#include "as-warehouse-dialogs.h"
#include "as-warehouse-private-gui.h"

static const char *const unit_conditions[] = { "good", "worn", "damaged", "retired", NULL };
static const char *const return_conditions[] = { "good", "worn", "damaged", NULL };

/* ------------------------------------------------------------ the unit */

static void
on_unit_accepted_cb (AsWarehouseForm *form,
                     AsDatabase      *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tag = as_warehouse_form_get_text (form, "tag");
  g_autofree char *description = as_warehouse_form_get_text (form, "description");
  g_autofree char *serial = as_warehouse_form_get_text (form, "serial");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "loaner-id"));
  AsLoanerUnit unit = { tag, description, as_warehouse_form_get_int (form, "model"), serial,
                        _as_warehouse_get_choice_id (form, "warehouse"),
                        as_warehouse_form_get_choice (form, "condition") };
  gboolean done = as_loaner_store_save_unit (db, id, &unit, &error) != 0;

  /* After the save: the arguments of one call are evaluated in no set order. */
  as_warehouse_form_finish (form, done, error);
}

void
as_warehouse_present_loaner_editor (GtkWindow  *parent,
                                    AsDatabase *db,
                                    gint64      loaner_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) unit = NULL;
  const char *title = loaner_id ? _("Edit Loaner Unit") : _("New Loaner Unit");
  AsWarehouseForm *form;
  GtkWidget *model;

  g_return_if_fail (AS_IS_DATABASE (db));

  if (!as_loaner_store_may (db, TRUE, &error) ||
      (loaner_id != 0 && (unit = as_loaner_store_load_unit (db, loaner_id, &error)) == NULL))
    {
      as_gui_error_dialog (parent, title, error);
      return;
    }
  form = as_warehouse_form_new (parent, title, unit ? g_hash_table_lookup (unit, "tag") : NULL,
                                _("_Save"));
  g_object_set_data (G_OBJECT (form), "loaner-id", GSIZE_TO_POINTER ((gsize) loaner_id));
  as_warehouse_form_set_intro (form, _("A substitute unit kept in the warehouse and lent to "
                                       "customers while their goods are under repair."));
  /* Translators: a loaner unit's inventory number */
  as_warehouse_form_add_entry (form, "tag", _("Loaner number"),
                               unit ? g_hash_table_lookup (unit, "tag") : NULL);
  as_warehouse_form_add_entry (form, "description", _("Description"),
                               unit ? g_hash_table_lookup (unit, "description") : NULL);
  model = as_warehouse_form_add_picker (form, "model", _("Product model"), db,
                                        as_directory_find_entity ("product_models"),
                                        unit ? as_row_get_int (unit, "model_id") : 0);
  as_record_picker_set_required (AS_RECORD_PICKER (model), FALSE);
  as_warehouse_form_add_entry (form, "serial", _("Serial number"),
                               unit ? g_hash_table_lookup (unit, "serial") : NULL);
  g_strfreev (_as_warehouse_add_warehouse_choice (form, db, "warehouse", _("Kept in"),
                                                  unit ? as_row_get_int (unit, "warehouse_id")
                                                       : 0));
  as_warehouse_form_add_choice (form, "condition", _("Condition"), unit_conditions, NULL,
                                unit ? g_hash_table_lookup (unit, "condition") : "good");
  g_signal_connect_object (form, "accepted", G_CALLBACK (on_unit_accepted_cb), db, 0);
  gtk_window_present (GTK_WINDOW (form));
}

/* ------------------------------------------------------------- lending */

typedef struct
{
  AsDatabase      *db;
  gint64           loaner_id;
  AsWarehouseForm *form;
} Lend;

static void
lend_free (gpointer data)
{
  Lend *lend = data;

  g_clear_object (&lend->db);
  g_free (lend);
}

/* The due date follows the repair chosen: its promised date, or the loan period. */
static void
on_lend_repair_changed_cb (GObject    *picker,
                           GParamSpec *pspec,
                           Lend       *lend)
{
  g_autofree char *due = as_loaner_store_propose_due (lend->db,
                                                      as_record_picker_get_id (AS_RECORD_PICKER (picker)));

  gtk_editable_set_text (GTK_EDITABLE (as_warehouse_form_get_widget (lend->form, "due")), due);
}

static void
on_lend_accepted_cb (AsWarehouseForm *form,
                     Lend            *lend)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = as_warehouse_form_get_text (form, "due");
  g_autofree char *notes = as_warehouse_form_get_text (form, "notes");
  gint64 repair = as_warehouse_form_get_int (form, "repair");
  gboolean done;

  if (repair == 0)
    {
      as_warehouse_form_show_error (form, _("Choose the repair the loaner is lent for."));
      return;
    }
  done = as_loaner_store_lend (lend->db, lend->loaner_id, repair, due, notes, &error) != 0;
  as_warehouse_form_finish (form, done, error);
}

void
as_warehouse_present_lend (GtkWindow  *parent,
                           AsDatabase *db,
                           gint64      loaner_id,
                           gint64      repair_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) unit = NULL;
  g_autofree char *due = NULL, *what = NULL;
  GtkWidget *picker;
  Lend *lend;

  g_return_if_fail (AS_IS_DATABASE (db));

  if (!as_loaner_store_may (db, FALSE, &error) ||
      (unit = as_loaner_store_load_unit (db, loaner_id, &error)) == NULL)
    {
      as_gui_error_dialog (parent, _("Lend Loaner Unit"), error);
      return;
    }
  lend = g_new0 (Lend, 1);
  lend->db = g_object_ref (db);
  lend->loaner_id = loaner_id;
  what = g_strdup_printf ("%s — %s", (char *) g_hash_table_lookup (unit, "tag"),
                          (char *) g_hash_table_lookup (unit, "description"));
  lend->form = as_warehouse_form_new (parent, _("Lend Loaner Unit"), what, _("_Lend"));
  g_object_set_data_full (G_OBJECT (lend->form), "lend", lend, lend_free);
  as_warehouse_form_set_intro (lend->form, _("The customer keeps the loaner while their goods "
                                             "are under repair; the repair cannot be closed "
                                             "until it is back."));
  picker = as_warehouse_form_add_picker (lend->form, "repair", _("For repair"), db,
                                         _as_warehouse_repair_entity (), repair_id);
  due = as_loaner_store_propose_due (db, repair_id);
  as_warehouse_form_add_entry (lend->form, "due", _("Due back (YYYY-MM-DD)"), due);
  as_warehouse_form_add_entry (lend->form, "notes", _("Handed over with"), NULL);
  g_signal_connect (picker, "notify::id", G_CALLBACK (on_lend_repair_changed_cb), lend);
  g_signal_connect (lend->form, "accepted", G_CALLBACK (on_lend_accepted_cb), lend);
  gtk_window_present (GTK_WINDOW (lend->form));
}

/* ---------------------------------------------------------- taking back */

static void
on_return_accepted_cb (AsWarehouseForm *form,
                       AsDatabase      *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = as_warehouse_form_get_text (form, "notes");
  gint64 loan = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (form), "loan-id"));
  gboolean done = as_loaner_store_return (db, loan, as_warehouse_form_get_choice (form, "condition"),
                                          notes, &error);

  as_warehouse_form_finish (form, done, error);
}

void
as_warehouse_present_loan_return (GtkWindow  *parent,
                                  AsDatabase *db,
                                  gint64      loan_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) loan = NULL;
  g_autofree char *what = NULL, *lent = NULL;
  AsWarehouseForm *form;

  g_return_if_fail (AS_IS_DATABASE (db));

  if (!as_loaner_store_may (db, FALSE, &error) ||
      (loan = as_loaner_store_load_loan (db, loan_id, &error)) == NULL)
    {
      as_gui_error_dialog (parent, _("Take Back Loaner Unit"), error);
      return;
    }
  what = g_strdup_printf ("%s — %s", (char *) g_hash_table_lookup (loan, "tag"),
                          (char *) g_hash_table_lookup (loan, "description"));
  /* Translators: customer name, repair number, the day lent, the day due back */
  lent = g_strdup_printf (_("%s, repair %s; lent %.10s, due back %s"),
                          (char *) g_hash_table_lookup (loan, "customer_name"),
                          (char *) g_hash_table_lookup (loan, "repair_id"),
                          (char *) g_hash_table_lookup (loan, "lent_at"),
                          (char *) g_hash_table_lookup (loan, "due_date"));
  form = as_warehouse_form_new (parent, _("Take Back Loaner Unit"), what, _("_Take Back"));
  g_object_set_data (G_OBJECT (form), "loan-id", GSIZE_TO_POINTER ((gsize) loan_id));
  as_warehouse_form_add_info (form, "loan", _("Lent to"), lent);
  as_warehouse_form_add_choice (form, "condition", _("Came back"), return_conditions, NULL, "good");
  as_warehouse_form_add_entry (form, "notes", _("Notes"), NULL);
  g_signal_connect_object (form, "accepted", G_CALLBACK (on_return_accepted_cb), db, 0);
  gtk_window_present (GTK_WINDOW (form));
}
