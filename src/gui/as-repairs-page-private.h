/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-calendar.h"
#include "as-document.h"
#include "as-list-view.h"
#include "as-repair-detail.h"
#include "as-repair-step-dialog.h"
#include "as-repairs-page.h"

G_BEGIN_DECLS

struct _AsRepairsPage
{
  AsPage          parent_instance;

  GtkStackSwitcher *switcher;
  GtkStack       *stack;
  GtkPaned       *paned;
  AsListView     *register_view;
  AsRepairDetail *detail;
  AsListView     *dispatch_view;
  AsListView     *contracts_view;
  AsListView     *goods_view;
  GtkWidget      *sign_button;

  AsCalendar     *calendar;
  gint64          detail_id;     /* the repair in the detail pane */
  GHashTable     *detail_values; /* its values, or NULL */
  gint64          board_id;      /* the request selected on the dispatch board */
  GHashTable     *board_values;  /* its values, or NULL */
  GHashTable     *contract_values; /* the selected contract, or NULL */
  guint           refresh_idle;
  guint           tick;
};

/* as-repairs-page.c */
GtkWindow  *_as_repairs_page_get_window     (AsRepairsPage *self);
void        _as_repairs_page_show_error     (AsRepairsPage *self,
                                             const char    *primary,
                                             const GError  *error);
char       *_as_repairs_page_describe_deadline (AsRepairsPage *self,
                                                GHashTable    *repair,
                                                gboolean      *late);

/* as-repairs-page-actions.c: the steps of a repair */
typedef void (*AsRepairsPageConfirmed) (AsRepairsPage *self,
                                        gint64         id);

void                _as_repairs_page_install_actions  (GtkWidgetClass         *widget_class);
void                _as_repairs_page_open_dispatch    (AsRepairsPage          *self,
                                                       gint64                  repair_id);
gboolean            _as_repairs_page_is_supervisor    (AsRepairsPage          *self);
AsRepairStepDialog *_as_repairs_page_new_step_dialog  (AsRepairsPage          *self,
                                                       gint64                  id,
                                                       GHashTable             *repair,
                                                       const char             *title,
                                                       const char             *accept_label,
                                                       GCallback               on_accepted);
void                _as_repairs_page_finish_step      (AsRepairStepDialog     *dialog,
                                                       gboolean                done,
                                                       GError                **error);
void                _as_repairs_page_ask              (AsRepairsPage          *self,
                                                       gint64                  id,
                                                       const char             *primary,
                                                       const char             *secondary,
                                                       const char             *accept_label,
                                                       const char             *reject_label,
                                                       AsRepairsPageConfirmed  confirmed);
gboolean            _as_repairs_page_print            (AsRepairsPage          *self,
                                                       AsDocumentKind          kind,
                                                       gint64                  id);

/* as-repairs-page-documents.c: printing and maintenance contracts */
void                _as_repairs_page_install_document_actions (GtkWidgetClass *widget_class);
void                _as_repairs_page_update_document_actions  (AsRepairsPage  *self);

/* as-repairs-page-steps.c: which steps apply */
GHashTable         *_as_repairs_page_get_current      (AsRepairsPage          *self,
                                                       gint64                 *id);
void                _as_repairs_page_update_actions   (AsRepairsPage          *self);

/* A repair's or contract's value as loaded by a store: NULL when absent or empty. */
static inline const char *
_as_get (GHashTable *values,
         const char *key)
{
  const char *value = values ? g_hash_table_lookup (values, key) : NULL;

  return value && *value ? value : NULL;
}

static inline gboolean
_as_is (GHashTable *values,
        const char *key,
        const char *code)
{
  return g_strcmp0 (_as_get (values, key), code) == 0;
}

static inline gint64
_as_get_int (GHashTable *values,
             const char *key)
{
  const char *value = _as_get (values, key);

  return value ? g_ascii_strtoll (value, NULL, 10) : 0;
}

G_END_DECLS
