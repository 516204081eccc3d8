/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the widget tests. */

#include <string.h>

#include "test-ui-util.h"
#include "test-util.h"

/* Runs the main loop until @condition holds, for at most @timeout_ms. */
gboolean
wait_for (Condition condition,
          gpointer  data,
          guint     timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
  return TRUE;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

/* Runs the main loop for @ms. */
void
spin (guint ms)
{
  wait_for (never, NULL, ms);
}

gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* The first widget of @root's tree, @root included, for which @test holds. */
GtkWidget *
find_widget (GtkWidget  *root,
             WidgetTest  test,
             gpointer    data)
{
  if (test (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, test, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_type (GtkWidget *widget,
         gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  return find_widget (root, is_type, GSIZE_TO_POINTER (type));
}

/* A label on screen whose text contains @data. */
gboolean
is_shown_label_with (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelQuery;

static gboolean
label_shown (gpointer data)
{
  LabelQuery *query = data;
  return find_widget (query->root, is_shown_label_with, (gpointer) query->text) != NULL;
}

/* Waits up to 5 s for a label showing @text under @root. */
gboolean
wait_for_label (GtkWidget  *root,
                const char *text)
{
  LabelQuery query = { root, text };
  return wait_for (label_shown, &query, 5000);
}

gboolean
has_id (GtkWidget *widget,
        gpointer   data)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), data) == 0;
}

GtkWidget *
find_id (GtkWidget  *root,
         const char *id)
{
  GtkWidget *found = find_widget (root, has_id, (gpointer) id);

  if (found == NULL)
    g_error ("no widget “%s” under %s", id, G_OBJECT_TYPE_NAME (root));
  return found;
}

gboolean
has_action (GtkWidget *widget,
            gpointer   data)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

void
close_dialogs (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_get_transient_for (l->data) != NULL)
      gtk_window_destroy (l->data);
}

char *
init_test_display (void)
{
  g_autofree char *home = NULL;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  home = as_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      as_test_remove_tree (home);
      return NULL;
    }
  return g_steal_pointer (&home);
}
