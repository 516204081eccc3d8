/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Asks who is using the program, from the active staff. It only picks: the
 * application stores the choice and attributes every change to that person. */

#include <glib/gi18n.h>

#include "as-identity-dialog.h"
#include "as-list-view.h"

struct _AsIdentityDialog
{
  GtkWindow     parent_instance;

  AsListView   *list_view;
  GtkButton    *continue_button;

  AsDatabase   *db;
};

G_DEFINE_FINAL_TYPE (AsIdentityDialog, as_identity_dialog, GTK_TYPE_WINDOW)

enum { PROP_0, PROP_DATABASE, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

static const AsListColumn staff_columns[] = {
  { "name", N_("Name"), "t.name", "as_fold (t.name)", AS_COLUMN_TEXT, 24 },
  { "roles", N_("Roles"), "t.roles", NULL, AS_COLUMN_ROLES, 26 },
  { "branch", N_("Branch"), "b.name", NULL, AS_COLUMN_TEXT, 24 },
};

/* Only people still working here can act; the Directory's staff list also
 * shows those who left, which is why this dialog has its own list. The
 * condition sits in the FROM so that the list view offers no filter to undo it. */
static const AsListSpec active_staff_list = {
  .name = "active-staff", .table = "staff",
  .from = "(SELECT * FROM staff WHERE active = 1) t",
  .joins = "LEFT JOIN branches b ON b.id = t.branch_id",
  .like_expr = "t.name",
  .columns = staff_columns, .n_columns = G_N_ELEMENTS (staff_columns),
  .default_sort = "name",
};

/* ---------------------------------------------------------------- helpers */

static void
choose (AsIdentityDialog *self,
        gint64            staff_id)
{
  if (staff_id <= 0)
    return;
  g_signal_emit (self, signals[CHOSEN], 0, staff_id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
update_continue (AsIdentityDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->continue_button),
                            as_list_view_get_selected_id (self->list_view) > 0);
}

static void
fill_list (AsIdentityDialog *self)
{
  g_autoptr(AsRecordList) list = as_record_list_new (self->db, &active_staff_list);

  as_list_view_set_exportable (self->list_view, FALSE);
  as_list_view_set_list (self->list_view, list);
  as_list_view_set_empty_text (self->list_view, _("No active staff members"),
                               _("Add the people who use the program in the Directory tab, "
                                 "then choose your name here."));

  g_signal_connect_object (self->list_view, "selection-changed", G_CALLBACK (update_continue),
                           self, G_CONNECT_SWAPPED);
  update_continue (self);
}

/* ------------------------------------------------------------- callbacks */

static void
on_continue_clicked_cb (AsIdentityDialog *self,
                        GtkButton        *button)
{
  choose (self, as_list_view_get_selected_id (self->list_view));
}

static void
on_staff_activated_cb (AsIdentityDialog *self,
                       gint64            staff_id,
                       AsListView       *view)
{
  choose (self, staff_id);
}

/* ------------------------------------------------------------- overrides */

static void
as_identity_dialog_constructed (GObject *object)
{
  AsIdentityDialog *self = AS_IDENTITY_DIALOG (object);

  G_OBJECT_CLASS (as_identity_dialog_parent_class)->constructed (object);

  fill_list (self);
  /* Typing a few letters of one's name is the quickest way to the row. */
  as_list_view_focus_search (self->list_view);
}

static void
as_identity_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AsIdentityDialog *self = AS_IDENTITY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_identity_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AsIdentityDialog *self = AS_IDENTITY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_identity_dialog_dispose (GObject *object)
{
  AsIdentityDialog *self = AS_IDENTITY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), AS_TYPE_IDENTITY_DIALOG);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (as_identity_dialog_parent_class)->dispose (object);
}

static void
as_identity_dialog_class_init (AsIdentityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = as_identity_dialog_constructed;
  object_class->set_property = as_identity_dialog_set_property;
  object_class->get_property = as_identity_dialog_get_property;
  object_class->dispose = as_identity_dialog_dispose;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, AS_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AsIdentityDialog::chosen:
   * @staff_id: the staff member who said they are using the program
   *
   * Emitted once, just before the dialog closes. Not emitted on Cancel.
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/AfterSales/ui/as-identity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsIdentityDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, AsIdentityDialog, continue_button);
  gtk_widget_class_bind_template_callback (widget_class, on_continue_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_staff_activated_cb);

  g_type_ensure (AS_TYPE_LIST_VIEW);
}

static void
as_identity_dialog_init (AsIdentityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------- public API */

/**
 * as_identity_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @db: the database whose staff are listed
 *
 * Returns: (transfer none): a new dialog, not yet shown; it destroys itself
 *   when closed
 */
AsIdentityDialog *
as_identity_dialog_new (GtkWindow  *parent,
                        AsDatabase *db)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return g_object_new (AS_TYPE_IDENTITY_DIALOG,
                       "transient-for", parent,
                       "database", db,
                       NULL);
}
