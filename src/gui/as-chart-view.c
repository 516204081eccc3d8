/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart on screen: the drawing of as-chart.c, in the text colour and font
 * of the widget's style so it reads in the light and the dark theme alike,
 * over a clear background (the card's own shows through). */

#include <glib/gi18n.h>

#include "as-chart-view.h"
#include "as-gui-util.h"

#define MIN_WIDTH        240
#define MIN_HEIGHT       180
#define NATURAL_WIDTH    420
#define NATURAL_HEIGHT   280
#define FONT_SCALE       0.9   /* chart text a little smaller than the body text */
#define IMAGE_WIDTH      1200  /* a saved image: big enough for a report or a slide */
#define IMAGE_HEIGHT     750
#define IMAGE_FONT_SIZE  18
#define PRINT_FONT_SIZE  10    /* points */

struct _AsChartView
{
  GtkWidget  parent_instance;

  AsChart   *chart;
  char      *font_family;
  GtkWidget *menu;        /* GtkPopoverMenu */
};

G_DEFINE_FINAL_TYPE (AsChartView, as_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------- helpers */

static AsChartColor
color_from_rgba (const GdkRGBA *rgba)
{
  return (AsChartColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/* The body font's size in pixels, as the chart measures its text. */
static double
font_pixels (GtkWidget                  *widget,
             const PangoFontDescription *font)
{
  double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  double dpi = pango_cairo_context_get_resolution (gtk_widget_get_pango_context (widget));

  if (size <= 0)
    return 0;
  if (pango_font_description_get_size_is_absolute (font))
    return size;
  return size * (dpi > 0 ? dpi : 96.0) / 72.0;
}

static void
update_accessible (AsChartView *self)
{
  g_autofree char *description = self->chart != NULL ? as_chart_describe (self->chart) : NULL;
  const char *title = self->chart != NULL ? as_chart_get_title (self->chart) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

/* The chart's title as a file name: no slashes, and a name when untitled. */
static char *
suggest_file_name (AsChart *chart)
{
  const char *title = as_chart_get_title (chart);
  g_autofree char *name = g_strdup (title != NULL && *title != '\0' ? title : _("Chart"));

  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (name, ".png", NULL);
}

/* Paper and saved images: dark text on white, whatever the screen shows. */
static void
init_paper_theme (AsChartTheme *theme,
                  double        font_size,
                  gboolean      clear)
{
  *theme = *as_chart_theme_light ();
  theme->font_size = font_size;
  if (clear)
    theme->background.alpha = 0;
}

/* ------------------------------------------------------------- printing */

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 AsChart           *chart)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  AsChartTheme theme;

  init_paper_theme (&theme, PRINT_FONT_SIZE, TRUE);
  /* A landscape sheet's printable area, no taller than wide. */
  as_chart_draw (chart, gtk_print_context_get_cairo_context (context), width,
                 MIN (height, width * 0.7), &theme);
}

static GtkPrintOperation *
new_print_operation (AsChart *chart)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  const char *title = as_chart_get_title (chart);

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_paper_size_free (a4);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, title != NULL && *title ? title : _("Chart"));
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page_cb), chart, 0);
  return operation;
}

/* ------------------------------------------------------------- actions */

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     AsChartView     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  AsChartTheme theme;

  if (response == GTK_RESPONSE_ACCEPT && self->chart != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  if (path != NULL)
    {
      /* A name typed without its extension still makes a PNG file. */
      if (!g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".PNG"))
        {
          char *with_suffix = g_strconcat (path, ".png", NULL);

          g_free (path);
          path = with_suffix;
        }
      init_paper_theme (&theme, IMAGE_FONT_SIZE, FALSE);
      if (!as_chart_write_png (self->chart, path, IMAGE_WIDTH, IMAGE_HEIGHT, &theme, &error))
        as_gui_show_error (GTK_WIDGET (self), _("The chart could not be saved"), error);
      /* The drawing for the file moved the tooltips' places: draw again. */
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
save_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AsChartView *self = AS_CHART_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->chart == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save Chart as Image"), as_gui_get_window (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PNG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = suggest_file_name (self->chart);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AsChartView *self = AS_CHART_VIEW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(AsChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  if (self->chart == NULL)
    return;
  /* The dialog runs its own loop: keep the chart it prints alive. */
  chart = g_object_ref (self->chart);
  operation = new_print_operation (chart);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               as_gui_get_window (widget), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    as_gui_show_error (widget, _("The chart could not be printed"), error);
  gtk_widget_queue_draw (widget);
}

static void
popup_menu_at (AsChartView *self,
               double       x,
               double       y)
{
  GdkRectangle where = { (int) x, (int) y, 1, 1 };

  if (self->chart == NULL)
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &where);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  popup_menu_at (AS_CHART_VIEW (widget), gtk_widget_get_width (widget) / 2.0,
                 gtk_widget_get_height (widget) / 2.0);
}

static void
build_menu (AsChartView *self)
{
  g_autoptr(GMenu) model = g_menu_new ();

  g_menu_append (model, _("_Save as Image…"), "chart.save-image");
  g_menu_append (model, _("_Print…"), "chart.print");
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (model));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
}

/* ------------------------------------------------------------- callbacks */

static void
on_secondary_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         AsChartView     *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu_at (self, x, y);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  AsChartView *self = AS_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  guint series, category;

  if (self->chart == NULL || keyboard_mode ||
      !as_chart_find_at (self->chart, x, y, &series, &category))
    return FALSE;
  text = as_chart_describe_point (self->chart, series, category);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ------------------------------------------------------------- overrides */

static void
as_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  AsChartView *self = AS_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  AsChartTheme theme;
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  as_chart_view_get_theme (self, &theme);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  as_chart_draw (self->chart, cr, width, height, &theme);
  cairo_destroy (cr);
}

static void
as_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? MIN_WIDTH : MIN_HEIGHT;
  *natural = horizontal ? NATURAL_WIDTH : NATURAL_HEIGHT;
}

static void
as_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  AsChartView *self = AS_CHART_VIEW (widget);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
as_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AsChartView *self = AS_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AsChartView *self = AS_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      as_chart_view_set_chart (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
as_chart_view_dispose (GObject *object)
{
  AsChartView *self = AS_CHART_VIEW (object);

  g_clear_object (&self->chart);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  G_OBJECT_CLASS (as_chart_view_parent_class)->dispose (object);
}

static void
as_chart_view_finalize (GObject *object)
{
  AsChartView *self = AS_CHART_VIEW (object);

  g_free (self->font_family);
  G_OBJECT_CLASS (as_chart_view_parent_class)->finalize (object);
}

static void
as_chart_view_class_init (AsChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = as_chart_view_get_property;
  object_class->set_property = as_chart_view_set_property;
  object_class->dispose = as_chart_view_dispose;
  object_class->finalize = as_chart_view_finalize;
  widget_class->snapshot = as_chart_view_snapshot;
  widget_class->measure = as_chart_view_measure;
  widget_class->size_allocate = as_chart_view_size_allocate;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, AS_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.save-image", NULL, save_image_action);
  gtk_widget_class_install_action (widget_class, "chart.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.menu",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.menu", NULL);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
as_chart_view_init (AsChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  /* Reached with Tab, so that the keyboard opens its menu too. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  build_menu (self);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  update_accessible (self);
}

/* ------------------------------------------------------------- public API */

/**
 * as_chart_view_new:
 * @chart: (nullable): the chart to show
 *
 * Returns: (transfer floating): a new view
 */
GtkWidget *
as_chart_view_new (AsChart *chart)
{
  return g_object_new (AS_TYPE_CHART_VIEW, "chart", chart, NULL);
}

void
as_chart_view_set_chart (AsChartView *self,
                         AsChart     *chart)
{
  g_return_if_fail (AS_IS_CHART_VIEW (self));
  g_return_if_fail (chart == NULL || AS_IS_CHART (chart));

  if (!g_set_object (&self->chart, chart))
    return;
  as_chart_view_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/**
 * as_chart_view_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
AsChart *
as_chart_view_get_chart (AsChartView *self)
{
  g_return_val_if_fail (AS_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

/* Redraws the chart and tells screen readers what it now shows. */
void
as_chart_view_update (AsChartView *self)
{
  g_return_if_fail (AS_IS_CHART_VIEW (self));
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * as_chart_view_get_theme:
 * @theme: (out caller-allocates): filled with the style's colours and font
 *
 * The theme's font family stays valid as long as the view.
 */
void
as_chart_view_get_theme (AsChartView  *self,
                         AsChartTheme *theme)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const PangoFontDescription *font;
  GdkRGBA foreground;
  AsChartColor text, clear = { 0, 0, 0, 0 };

  g_return_if_fail (AS_IS_CHART_VIEW (self));
  g_return_if_fail (theme != NULL);

  /* Fine in GTK 4.8; gtk_widget_get_color() only came in 4.10. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  text = color_from_rgba (&foreground);
  as_chart_theme_init_for (theme, &text, &clear);

  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      const char *family = pango_font_description_get_family (font);

      if (g_strcmp0 (self->font_family, family) != 0)
        {
          g_free (self->font_family);
          self->font_family = g_strdup (family);
        }
      theme->font_family = self->font_family;
    }
  if (font != NULL && font_pixels (widget, font) > 0)
    theme->font_size = font_pixels (widget, font) * FONT_SCALE;
}

/**
 * as_chart_print_to_pdf:
 * @pdf_path: the PDF file to write
 *
 * Returns: %TRUE when written
 */
gboolean
as_chart_print_to_pdf (AsChart     *chart,
                       const char  *pdf_path,
                       GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (AS_IS_CHART (chart), FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = new_print_operation (chart);
  gtk_print_operation_set_export_filename (operation, pdf_path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}
