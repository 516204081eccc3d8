/* PLACEHOLDER: being written. */
#include "as-identity-dialog.h"
struct _AsIdentityDialog { GtkWindow parent_instance; };
G_DEFINE_FINAL_TYPE (AsIdentityDialog, as_identity_dialog, GTK_TYPE_WINDOW)
static void as_identity_dialog_class_init (AsIdentityDialogClass *klass) {
  g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64); }
static void as_identity_dialog_init (AsIdentityDialog *self) { }
AsIdentityDialog *as_identity_dialog_new (GtkWindow *parent, AsDatabase *db) { return g_object_new (AS_TYPE_IDENTITY_DIALOG, "transient-for", parent, NULL); }
