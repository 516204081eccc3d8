/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "as-chart.h"
#include "as-document.h"
#include "as-labels.h"

G_BEGIN_DECLS

/* A document is laid out by one "flow" pass over its content: the same pass
 * counts the pages (nothing drawn) and draws one page (only what falls on
 * it), so pagination and drawing can never disagree. Sizes are in points:
 * the print dialog runs in GTK_UNIT_POINTS and PDF surfaces use points. */

typedef struct _AsFlow AsFlow;

typedef void (*AsDocumentRenderFunc) (AsDocument *self,
                                      AsFlow     *flow);

struct _AsDocument
{
  AsDocumentKind        kind;
  char                 *company_name;  /* NULL or "": none */
  cairo_surface_t      *logo;          /* NULL: none */
  char                 *title;         /* the document's name */
  char                 *reference;     /* e.g. "Repair No. 42", in the header band */
  char                 *printed_at;    /* "YYYY-MM-DD HH:MM", in the footer */
  char                 *voided;        /* a stamp on every page, or NULL */
  gpointer              data;          /* what the family's render function reads */
  GDestroyNotify        data_free;
  AsDocumentRenderFunc  render;

  /* Pagination of the last page size asked for. */
  int                   n_pages;
  double                paged_width;
  double                paged_height;
};

typedef enum
{
  AS_ALIGN_LEFT,
  AS_ALIGN_CENTER,
  AS_ALIGN_RIGHT,
} AsAlign;

/* One label/value pair of a grid; an empty value draws a line to write on. */
typedef struct
{
  const char *label;
  const char *value;
} AsDocField;

typedef struct
{
  const char *heading;
  double      weight;    /* share of the table's width */
  AsAlign     align;
} AsDocColumn;

typedef struct
{
  const char         *heading;     /* a section heading kept with the table, or NULL */
  const char         *label;       /* a small label over it, or NULL */
  const AsDocColumn  *columns;
  guint               n_columns;
  GPtrArray          *rows;        /* GStrv, one string per column */
  const char *const  *totals[3];   /* bold closing rows, up to the first NULL */
  guint               min_rows;    /* blank rows added to write in by hand */
  const char         *empty_text;  /* shown when there are no rows at all */
  gboolean            markup;      /* the rows' cells are Pango markup */
} AsDocTable;

typedef struct
{
  const char *role;      /* "Customer's signature" */
  const char *name;      /* the signer, or NULL: a line to write the name on */
  const char *date;      /* the date signed, or NULL: a line to write it on */
} AsDocSignature;

/* as-document-layout.c */
AsFlow     *_as_flow_new            (AsDocument          *document,
                                     cairo_t             *cr,
                                     double               width,
                                     double               height,
                                     int                  target_page);
int         _as_flow_free           (AsFlow              *flow);
void        _as_flow_title          (AsFlow              *flow,
                                     const char          *title,
                                     const char          *subtitle);
void        _as_flow_heading        (AsFlow              *flow,
                                     const char          *text);
void        _as_flow_fields         (AsFlow              *flow,
                                     const AsDocField    *fields,
                                     guint                n_fields,
                                     guint                n_columns);
void        _as_flow_paragraph      (AsFlow              *flow,
                                     const char          *text,
                                     AsAlign              align);
void        _as_flow_text_block     (AsFlow              *flow,
                                     const char          *label,
                                     const char          *text,
                                     guint                blank_lines);
void        _as_flow_banner         (AsFlow              *flow,
                                     const char          *text);
void        _as_flow_table          (AsFlow              *flow,
                                     const AsDocTable    *table);
void        _as_flow_signatures     (AsFlow              *flow,
                                     const AsDocSignature *signatures,
                                     guint                n_signatures);
void        _as_flow_space          (AsFlow              *flow,
                                     double               points);
void        _as_flow_page_break     (AsFlow              *flow);
/* as-chart.h's chart, across the page; @height in points. */
void        _as_flow_chart          (AsFlow              *flow,
                                     AsChart             *chart,
                                     double               height);

/* as-document.c: formatting shared by the families */
const char *_as_row_get             (GHashTable          *row,
                                     const char          *key);
gint64      _as_row_get_int         (GHashTable          *row,
                                     const char          *key);
char       *_as_format_money        (gint64               cents);
char       *_as_format_minutes      (gint64               minutes);
char       *_as_format_date_time    (const char          *iso);
char       *_as_format_date         (const char          *iso);
void        _as_translate_columns   (const AsDocColumn   *columns,
                                     AsDocColumn         *translated,
                                     guint                n_columns);

/* Each family fills in title, reference, data and render, or fails with a
 * clear message. */
gboolean    _as_document_load_repair  (AsDocument              *self,
                                       AsDatabase              *db,
                                       const AsDocumentRequest *request,
                                       GError                 **error);
gboolean    _as_document_load_notice  (AsDocument              *self,
                                       AsDatabase              *db,
                                       const AsDocumentRequest *request,
                                       GError                 **error);
gboolean    _as_document_load_report  (AsDocument              *self,
                                       AsDatabase              *db,
                                       const AsDocumentRequest *request,
                                       GError                 **error);
gboolean    _as_document_load_review  (AsDocument              *self,
                                       AsDatabase              *db,
                                       const AsDocumentRequest *request,
                                       GError                 **error);

G_END_DECLS
