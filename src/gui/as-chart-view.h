/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-chart.h"

G_BEGIN_DECLS

#define AS_TYPE_CHART_VIEW (as_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (AsChartView, as_chart_view, AS, CHART_VIEW, GtkWidget)

/* Shows an AsChart in the colours and font of the widget's style (light or
 * dark), with the value under the pointer in a tooltip and the chart in
 * words for screen readers. Give it a new chart, or call
 * as_chart_view_update() after changing the one it shows. Its menu
 * (right click, Shift+F10 or the Menu key) saves the chart as a PNG image
 * or prints it: the same drawing on paper, in the light theme. */
GtkWidget *as_chart_view_new       (AsChart     *chart);
void       as_chart_view_set_chart (AsChartView *self,
                                    AsChart     *chart);
AsChart   *as_chart_view_get_chart (AsChartView *self);
void       as_chart_view_update    (AsChartView *self);
/* The theme the view draws with now, e.g. to print what is on screen. */
void       as_chart_view_get_theme (AsChartView  *self,
                                    AsChartTheme *theme);
/* The printed page, written as PDF through GtkPrintOperation's export
 * (what the print dialog's "Print to File" gives). */
gboolean   as_chart_print_to_pdf   (AsChart      *chart,
                                    const char   *pdf_path,
                                    GError      **error);

G_END_DECLS
