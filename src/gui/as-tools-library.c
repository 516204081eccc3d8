/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The documentation library section of the Tools tab: the documents with the
 * selected one in a detail pane (versions and the branches each went to,
 * loans), and its steps: add a document, edit it, record a new release,
 * distribute a version to every branch or to one, lend, take back. Opening
 * a confidential document is checked and logged by the store; the loans and
 * the access log have their own sections, built here too. */

#include <glib/gi18n.h>

#include "as-labels.h"
#include "as-library-store.h"
#include "as-lists.h"
#include "as-record-picker.h"
#include "as-tools-detail.h"
#include "as-tools-library.h"
#include "as-tools-util.h"

#define LOAN_DAYS 14

struct _AsToolsLibrary
{
  GtkWidget      parent_instance;

  GtkPaned      *paned;
  AsListView    *list_view;
  AsToolsDetail *detail;

  AsDatabase    *db;
  gint64         document_id;
  GHashTable    *document;    /* the document opened, or NULL */
  gint64         open_loan;   /* its loan not yet returned, or 0 */
  guint          refresh_idle;
};

G_DEFINE_FINAL_TYPE (AsToolsLibrary, as_tools_library, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------- helpers */

static const char *
get (AsToolsLibrary *self,
     const char     *key)
{
  return as_gui_lookup (self->document, key);
}

static gboolean
is_maintenance_manual (AsToolsLibrary *self)
{
  return g_strcmp0 (get (self, "kind"), "maintenance_manual") == 0;
}

static void
show_versions (AsToolsLibrary *self)
{
  g_autoptr(GPtrArray) versions = as_library_store_list_versions (self->db, self->document_id);
  gint64 n_branches = as_tools_lookup_int (self->document, "n_branches");

  as_tools_detail_add_heading (self->detail, _("Versions"));
  for (guint i = 0; i < versions->len; i++)
    {
      GHashTable *version = g_ptr_array_index (versions, i);
      g_autofree char *released = as_gui_format_date (as_gui_lookup (version, "released_on"));
      gboolean current = as_tools_lookup_int (version, "is_current") == 1;
      gint64 branches = as_tools_lookup_int (version, "branches");
      /* Translators: a document's version, then the day it was released */
      g_autofree char *head = g_strdup_printf (_("Version %s · released %s"),
                                               as_gui_lookup (version, "version"), released);
      g_autofree char *marked = current ? g_strdup_printf ("%s · %s", head, _("current"))
                                        : g_strdup (head);
      g_autofree char *sent = branches > 0
        /* Translators: the branches a version of a document was sent to */
        ? g_strdup_printf (_("Sent to: %s"), as_gui_lookup (version, "branch_names"))
        : g_strdup (_("Not sent to any branch yet."));
      g_autofree char *body = as_gui_lookup (version, "notes")
        ? g_strdup_printf ("%s\n%s", as_gui_lookup (version, "notes"), sent) : g_strdup (sent);

      as_tools_detail_add_entry (self->detail, marked, body,
                                 current && is_maintenance_manual (self) && branches < n_branches);
    }
}

static void
show_loans (AsToolsLibrary *self)
{
  g_autoptr(GPtrArray) loans = as_library_store_list_loans (self->db, self->document_id);

  self->open_loan = 0;
  as_tools_detail_add_heading (self->detail, _("Loans"));
  if (loans->len == 0)
    as_tools_detail_add_note (self->detail, _("Never lent."));
  for (guint i = 0; i < loans->len; i++)
    {
      GHashTable *loan = g_ptr_array_index (loans, i);
      g_autofree char *lent = as_gui_format_date (as_gui_lookup (loan, "lent_on"));
      g_autofree char *due = as_gui_format_date (as_gui_lookup (loan, "due_on"));
      g_autofree char *back = as_gui_format_date (as_gui_lookup (loan, "returned_on"));
      gboolean overdue = as_tools_lookup_int (loan, "overdue") == 1;
      /* Translators: a loan: who borrowed the document, when, and when it is due back */
      g_autofree char *head = g_strdup_printf (_("%s · lent %s · due %s"),
                                               as_gui_lookup (loan, "borrower_name"), lent, due);
      g_autofree char *body = back ? g_strdup_printf (_("Returned on %s"), back)
                                   : g_strdup (overdue ? _("Overdue: not returned yet")
                                                       : _("Still out"));

      if (back == NULL)
        self->open_loan = as_tools_lookup_int (loan, "id");
      as_tools_detail_add_entry (self->detail, head, body, overdue);
    }
}

static void
show_document (AsToolsLibrary *self)
{
  g_autofree char *version = NULL;
  g_autofree char *reach = NULL;
  gint64 n_branches = as_tools_lookup_int (self->document, "n_branches");
  gint64 reached = as_tools_lookup_int (self->document, "current_branches");

  if (get (self, "current_version"))
    version = g_strdup_printf ("%s", get (self, "current_version"));
  /* Translators: how many branches the current version reached, of how many */
  reach = g_strdup_printf (_("%lld of %lld branches"), (long long) reached, (long long) n_branches);
  as_tools_detail_begin (self->detail, get (self, "title"), as_code_get_label (get (self, "kind")),
                         as_tools_lookup_int (self->document, "confidential") == 1
                         ? _("Confidential") : NULL);
  as_tools_detail_add_info (self->detail, _("Current version"), version);
  as_tools_detail_add_info (self->detail, _("Distribution"), reach);
  as_tools_detail_add_info (self->detail, _("Custodian"), get (self, "custodian_name"));
  as_tools_detail_add_info (self->detail, _("Product model"), get (self, "model_code"));
  as_tools_detail_add_info (self->detail, _("Shelf"), get (self, "shelf"));
  if (is_maintenance_manual (self) && reached < n_branches)
    as_tools_detail_add_note (self->detail, _("Maintenance manuals go to every branch of the "
                                              "service network: distribute the current "
                                              "version."));
  show_versions (self);
  show_loans (self);
}

static void
set_step (AsToolsLibrary *self,
          const char     *action,
          gboolean        applies,
          const char     *blocked,
          const char     *hint)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, applies && blocked == NULL);
  as_tools_detail_set_step (self->detail, action, applies, blocked ? blocked : hint);
}

static void
update_actions (AsToolsLibrary *self)
{
  gint64 actor = as_database_get_actor (self->db);
  gboolean keeper = as_tools_actor_has (self->db, AS_LIBRARY_KEEPER_ROLES) ||
                    (actor > 0 && as_tools_lookup_int (self->document, "custodian_id") == actor);
  const char *blocked = keeper ? NULL : _("Only the service department, a supervisor, a manager "
                                          "or the document's custodian keeps the library.");
  gboolean shown = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.new",
                                 as_tools_actor_has (self->db, AS_LIBRARY_KEEPER_ROLES));
  set_step (self, "library.lend", shown && self->open_loan == 0, blocked,
            _("Lend the document until a due date"));
  set_step (self, "library.return", shown && self->open_loan != 0, blocked,
            _("Record that the document came back"));
  set_step (self, "library.distribute-all", shown, blocked,
            _("Send the current version to every branch that does not have it"));
  set_step (self, "library.distribute-branch", shown, blocked,
            _("Send the current version to one branch"));
  set_step (self, "library.new-version", shown, blocked,
            _("Record a new release, which becomes the current version"));
  set_step (self, "library.edit", shown, blocked,
            _("Correct the title, kind, custodian or confidentiality"));
}

/* @opening: the person chose the document (logged when confidential), rather
 * than the pane showing it again after a change. */
static void
refresh (AsToolsLibrary *self,
         gboolean        opening)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->document, g_hash_table_unref);
  self->open_loan = 0;
  if (self->document_id > 0)
    self->document = opening ? as_library_store_open (self->db, self->document_id, &error)
                             : as_library_store_reload (self->db, self->document_id, &error);
  if (self->document != NULL)
    show_document (self);
  else if (error != NULL && g_error_matches (error, AS_DATABASE_ERROR,
                                             AS_DATABASE_ERROR_PERMISSION))
    as_tools_detail_show_empty (self->detail, error->message);
  else
    as_tools_detail_show_empty (self->detail, _("Select a document to see its versions, the "
                                                "branches they were sent to and its loans."));
  update_actions (self);
}

static AsRepairStepDialog *
new_document_dialog (AsToolsLibrary *self,
                     const char     *title,
                     const char     *accept_label,
                     GCallback       on_accepted)
{
  return as_tools_new_dialog (GTK_WIDGET (self), self->document_id, title, get (self, "title"),
                              accept_label, on_accepted);
}

/* -------------------------------------------------------------- documents */

static void
on_document_accepted_cb (AsRepairStepDialog *dialog,
                         AsToolsLibrary     *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = as_repair_step_dialog_get_text (dialog, "title");
  g_autofree char *shelf = as_repair_step_dialog_get_text (dialog, "shelf");
  AsDocumentInfo info = {
    title, as_repair_step_dialog_get_choice (dialog, "kind"),
    as_repair_step_dialog_get_int (dialog, "model"),
    as_repair_step_dialog_get_int (dialog, "custodian"),
    as_repair_step_dialog_get_int (dialog, "confidential") != 0, shelf
  };
  gint64 id = as_repair_step_dialog_get_target (dialog);
  gboolean done;

  if (id == 0)
    {
      g_autofree char *version = as_repair_step_dialog_get_text (dialog, "version");
      g_autofree char *released = as_repair_step_dialog_get_text (dialog, "released");

      id = as_library_store_add_document (self->db, &info, version, released, &error);
      done = id > 0;
    }
  else
    done = as_library_store_update_document (self->db, id, &info, &error);
  if (done)
    {
      self->document_id = id;
      as_list_view_select_id (self->list_view, id);
      refresh (self, FALSE);
    }
  as_tools_finish_dialog (dialog, done, error);
}

static void
open_document_form (AsToolsLibrary *self,
                    gboolean        editing)
{
  g_autofree char *today = as_tools_today ();
  AsRepairStepDialog *dialog;
  GtkWidget *picker;

  dialog = editing ? new_document_dialog (self, _("Edit Document"), _("_Save"),
                                          G_CALLBACK (on_document_accepted_cb))
                   : as_tools_new_dialog (GTK_WIDGET (self), 0, _("Add a Document"), NULL,
                                          _("_Add"), G_CALLBACK (on_document_accepted_cb));
  as_repair_step_dialog_add_entry (dialog, "title", _("Title"), editing ? get (self, "title")
                                                                        : NULL);
  as_repair_step_dialog_add_choice (dialog, "kind", _("Kind"), as_library_document_kinds (), NULL,
                                    editing ? get (self, "kind") : "manual");
  picker = as_repair_step_dialog_add_picker (dialog, "model", _("Product model"), self->db,
                                             "product_models");
  if (editing)
    as_record_picker_set_id (AS_RECORD_PICKER (picker),
                             as_tools_lookup_int (self->document, "model_id"));
  picker = as_repair_step_dialog_add_picker (dialog, "custodian", _("Custodian"), self->db,
                                             "staff");
  as_record_picker_set_id (AS_RECORD_PICKER (picker),
                           editing ? as_tools_lookup_int (self->document, "custodian_id")
                                   : as_database_get_actor (self->db));
  as_repair_step_dialog_add_entry (dialog, "shelf", _("Shelf"), editing ? get (self, "shelf")
                                                                        : NULL);
  as_repair_step_dialog_add_check (dialog, "confidential", _("Confidential"),
                                   editing && as_tools_lookup_int (self->document,
                                                                   "confidential") == 1);
  if (!editing)
    {
      as_repair_step_dialog_add_entry (dialog, "version", _("Version"), NULL);
      as_repair_step_dialog_add_date (dialog, "released", _("Released on"), today);
    }
  as_repair_step_dialog_add_note (dialog, _("A confidential document is opened and lent only to "
                                            "a service supervisor, a branch manager or the deputy "
                                            "general manager, and by its custodian; every access "
                                            "is logged."));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_document_form (AS_TOOLS_LIBRARY (widget), FALSE);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_document_form (AS_TOOLS_LIBRARY (widget), TRUE);
}

static void
on_version_accepted_cb (AsRepairStepDialog *dialog,
                        AsToolsLibrary     *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *version = as_repair_step_dialog_get_text (dialog, "version");
  g_autofree char *released = as_repair_step_dialog_get_text (dialog, "released");
  g_autofree char *notes = as_repair_step_dialog_get_text (dialog, "notes");
  gboolean done = as_library_store_add_version (self->db,
                                                as_repair_step_dialog_get_target (dialog),
                                                version, released, notes, &error) > 0;

  as_tools_finish_dialog (dialog, done, error);
}

static void
new_version_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AsToolsLibrary *self = AS_TOOLS_LIBRARY (widget);
  g_autofree char *today = as_tools_today ();
  AsRepairStepDialog *dialog = new_document_dialog (self, _("New Release"), _("_Record"),
                                                    G_CALLBACK (on_version_accepted_cb));

  as_repair_step_dialog_add_entry (dialog, "version", _("Version"), NULL);
  as_repair_step_dialog_add_date (dialog, "released", _("Released on"), today);
  as_repair_step_dialog_add_text_view (dialog, "notes", _("What changed"), NULL);
  as_repair_step_dialog_add_note (dialog, _("The new release becomes the current version; "
                                            "then distribute it to the branches."));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ----------------------------------------------------------- distribution */

static void
distribute_all_confirmed (GtkWidget *widget,
                          gint64     version_id)
{
  g_autoptr(GError) error = NULL;

  if (as_library_store_distribute (AS_TOOLS_LIBRARY (widget)->db, version_id, 0, &error) < 0)
    as_gui_show_error (widget, _("The version was not distributed"), error);
}

static void
distribute_all_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AsToolsLibrary *self = AS_TOOLS_LIBRARY (widget);
  /* Translators: the first %s is a version, the second a document's title */
  g_autofree char *primary = g_strdup_printf (_("Send version %s of “%s” to every branch?"),
                                              get (self, "current_version"), get (self, "title"));

  as_tools_ask (widget, as_tools_lookup_int (self->document, "current_version_id"), primary,
                _("Each branch that has not received it is recorded as sent today."),
                _("_Distribute"), distribute_all_confirmed);
}

static void
on_branch_accepted_cb (AsRepairStepDialog *dialog,
                       AsToolsLibrary     *self)
{
  g_autoptr(GError) error = NULL;
  gint64 branch = as_repair_step_dialog_get_int (dialog, "branch");
  gboolean done;

  if (branch == 0)
    {
      as_repair_step_dialog_show_error (dialog, _("Choose the branch."));
      return;
    }
  done = as_library_store_distribute (self->db, as_repair_step_dialog_get_target (dialog),
                                      branch, &error) > 0;
  as_tools_finish_dialog (dialog, done, error);
}

static void
distribute_branch_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AsToolsLibrary *self = AS_TOOLS_LIBRARY (widget);
  AsRepairStepDialog *dialog = new_document_dialog (self, _("Send to a Branch"), _("_Send"),
                                                    G_CALLBACK (on_branch_accepted_cb));

  as_repair_step_dialog_set_target (dialog,
                                    as_tools_lookup_int (self->document, "current_version_id"));
  as_repair_step_dialog_add_picker (dialog, "branch", _("Branch"), self->db, "branches");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------ loans */

static void
on_lend_accepted_cb (AsRepairStepDialog *dialog,
                     AsToolsLibrary     *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = as_repair_step_dialog_get_text (dialog, "due");
  gboolean done = as_library_store_lend (self->db, as_repair_step_dialog_get_target (dialog),
                                         as_repair_step_dialog_get_int (dialog, "borrower"), due,
                                         &error) > 0;

  as_tools_finish_dialog (dialog, done, error);
}

static void
lend_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AsToolsLibrary *self = AS_TOOLS_LIBRARY (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) due = g_date_time_add_days (now, LOAN_DAYS);
  g_autofree char *due_text = g_date_time_format (due, "%Y-%m-%d");
  AsRepairStepDialog *dialog = new_document_dialog (self, _("Lend Document"), _("_Lend"),
                                                    G_CALLBACK (on_lend_accepted_cb));

  as_repair_step_dialog_add_picker (dialog, "borrower", _("Borrower"), self->db, "staff");
  as_repair_step_dialog_add_date (dialog, "due", _("Due back on"), due_text);
  if (as_tools_lookup_int (self->document, "confidential") == 1)
    as_repair_step_dialog_add_note (dialog, _("Confidential: lent only to a service supervisor, "
                                              "a branch manager or the deputy general manager. "
                                              "The loan is logged."));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_return_accepted_cb (AsRepairStepDialog *dialog,
                       AsToolsLibrary     *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = as_repair_step_dialog_get_text (dialog, "date");
  gboolean done = as_library_store_return (self->db, as_repair_step_dialog_get_target (dialog),
                                           date, &error);

  as_tools_finish_dialog (dialog, done, error);
}

static void
return_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AsToolsLibrary *self = AS_TOOLS_LIBRARY (widget);
  g_autofree char *today = as_tools_today ();
  AsRepairStepDialog *dialog = new_document_dialog (self, _("Return Document"), _("_Return"),
                                                    G_CALLBACK (on_return_accepted_cb));

  as_repair_step_dialog_set_target (dialog, self->open_loan);
  as_repair_step_dialog_add_date (dialog, "date", _("Date returned"), today);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------- callbacks */

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  AsToolsLibrary *self = user_data;

  self->refresh_idle = 0;
  refresh (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed_cb (AsToolsLibrary *self,
                        const char     *table,
                        AsDatabase     *db)
{
  if ((g_str_has_prefix (table, "document") || g_strcmp0 (table, "branches") == 0 ||
       g_strcmp0 (table, "staff") == 0) && g_strcmp0 (table, "document_access_log") != 0 &&
      self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_refresh_idle_cb, self, NULL);
}

/* Another person at the desk: the pane closes the document, which they
 * open again (and their access is checked and logged) by choosing it. */
static void
on_actor_changed_cb (AsToolsLibrary *self,
                     AsDatabase     *db)
{
  self->document_id = 0;
  refresh (self, FALSE);
}

static void
on_selection_cb (AsToolsLibrary *self,
                 AsListView     *view)
{
  gint64 id = as_list_view_get_selected_id (view);

  if (id <= 0 || id == self->document_id)
    return;
  self->document_id = id;
  refresh (self, TRUE);
}

/* Enter or a double-click opens the row again, for instance after another
 * person took the desk and the pane was cleared. */
static void
on_activated_cb (AsToolsLibrary *self,
                 gint64          id,
                 AsListView     *view)
{
  if (id <= 0 || (id == self->document_id && self->document != NULL))
    return;
  self->document_id = id;
  refresh (self, TRUE);
}

/* ------------------------------------------------------------- overrides */

static void
as_tools_library_dispose (GObject *object)
{
  AsToolsLibrary *self = AS_TOOLS_LIBRARY (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_TOOLS_LIBRARY);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_tools_library_parent_class)->dispose (object);
}

static void
as_tools_library_finalize (GObject *object)
{
  g_clear_pointer (&AS_TOOLS_LIBRARY (object)->document, g_hash_table_unref);
  G_OBJECT_CLASS (as_tools_library_parent_class)->finalize (object);
}

static void
as_tools_library_class_init (AsToolsLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = as_tools_library_dispose;
  object_class->finalize = as_tools_library_finalize;

  g_type_ensure (AS_TYPE_LIST_VIEW);
  g_type_ensure (AS_TYPE_TOOLS_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-tools-library.ui");
  gtk_widget_class_bind_template_child (widget_class, AsToolsLibrary, paned);
  gtk_widget_class_bind_template_child (widget_class, AsToolsLibrary, list_view);
  gtk_widget_class_bind_template_child (widget_class, AsToolsLibrary, detail);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "library.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "library.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "library.new-version", NULL, new_version_action);
  gtk_widget_class_install_action (widget_class, "library.distribute-all", NULL,
                                   distribute_all_action);
  gtk_widget_class_install_action (widget_class, "library.distribute-branch", NULL,
                                   distribute_branch_action);
  gtk_widget_class_install_action (widget_class, "library.lend", NULL, lend_action);
  gtk_widget_class_install_action (widget_class, "library.return", NULL, return_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "library.new",
                                       NULL);
}

static void
add_steps (AsToolsLibrary *self)
{
  as_list_view_add_action (self->list_view,
                           as_gui_create_button (_("_Add Document…"), "library.new",
                                                 _("Add a manual, price list, technical letter "
                                                   "or other document to the library "
                                                   "(Ctrl+N)"), FALSE));
  as_tools_detail_add_step (self->detail, _("_Lend…"), "library.lend");
  as_tools_detail_add_step (self->detail, _("_Return…"), "library.return");
  as_tools_detail_add_step (self->detail, _("Send to _All Branches…"), "library.distribute-all");
  as_tools_detail_add_step (self->detail, _("Send to a _Branch…"), "library.distribute-branch");
  as_tools_detail_add_step (self->detail, _("New Re_lease…"), "library.new-version");
  as_tools_detail_add_step (self->detail, _("_Edit…"), "library.edit");
}

static void
as_tools_library_init (AsToolsLibrary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_steps (self);
  g_signal_connect_object (self->list_view, "selection-changed", G_CALLBACK (on_selection_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "activated", G_CALLBACK (on_activated_cb), self,
                           G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------- public API */

/**
 * as_tools_library_new:
 *
 * Returns: (transfer floating): the documentation library section for @db
 */
GtkWidget *
as_tools_library_new (AsDatabase *db)
{
  AsToolsLibrary *self = g_object_new (AS_TYPE_TOOLS_LIBRARY, NULL);
  g_autoptr(AsRecordList) list = as_record_list_new (db, &as_documents_list);

  self->db = g_object_ref (db);
  as_list_view_set_list (self->list_view, list);
  as_list_view_set_empty_text (self->list_view, _("The library is empty"),
                               _("Add the manuals, parts manuals, price lists, technical letters, "
                                 "specifications and reference books the service keeps "
                                 "(Ctrl+N)."));
  g_signal_connect_object (db, "changed", G_CALLBACK (on_database_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (db, "actor-changed", G_CALLBACK (on_actor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self, FALSE);
  return GTK_WIDGET (self);
}
