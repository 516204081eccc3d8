/* PLACEHOLDER: being written. */
#include "as-preferences-window.h"
struct _AsPreferencesWindow { GtkWindow parent_instance; };
G_DEFINE_FINAL_TYPE (AsPreferencesWindow, as_preferences_window, GTK_TYPE_WINDOW)
static void as_preferences_window_class_init (AsPreferencesWindowClass *klass) { }
static void as_preferences_window_init (AsPreferencesWindow *self) { }
AsPreferencesWindow *as_preferences_window_new (GtkWindow *parent, GSettings *settings) { return g_object_new (AS_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL); }
