/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The maintenance expiry notice (SPEC M12): a letter to the customer a month
 * before the contract ends, inviting them to renew. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-contract-store.h"
#include "as-document-private.h"

/* ---------------------------------------------------------------- helpers */

static const char *
get (AsDocument *self,
     const char *key)
{
  return _as_row_get (self->data, key);
}

static void
add_addressee (AsDocument *self,
               AsFlow     *flow)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *dated = as_format_long_date (iso);
  g_autoptr(GString) address = g_string_new (get (self, "customer_name"));

  if (*get (self, "customer_address") != '\0')
    g_string_append_printf (address, "\n%s", get (self, "customer_address"));
  _as_flow_paragraph (flow, address->str, AS_ALIGN_LEFT);
  _as_flow_paragraph (flow, dated, AS_ALIGN_RIGHT);
  _as_flow_space (flow, 6);
}

/* Whether @end_date ("YYYY-MM-DD", the last day covered) is before today. */
static gboolean
has_ended (const char *end_date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  return *end_date != '\0' && strcmp (end_date, today) < 0;
}

/* --------------------------------------------------------------- render */

static void
render_expiry_notice (AsDocument *self,
                      AsFlow     *flow)
{
  g_autofree char *subtitle = g_strdup_printf (_("Contract No. %s"), get (self, "id"));
  g_autofree char *start = as_format_long_date (get (self, "start_date"));
  g_autofree char *end = as_format_long_date (get (self, "end_date"));
  g_autofree char *fee = _as_format_money (_as_row_get_int (self->data, "fee_cents"));
  g_autofree char *greeting = g_strdup_printf (_("Dear %s,"), get (self, "customer_name"));
  g_autofree char *ending = NULL;
  const AsDocField fields[] = {
    { _("Contract No."), get (self, "id") },
    { _("Start date"), start },
    { _("End date"), end },
    { _("Fee"), fee },
  };
  const AsDocSignature signatures[] = {
    { _("After-sales service department"), NULL, NULL },
  };

  if (has_ended (get (self, "end_date")))
    ending = g_strdup_printf (_("Your maintenance contract No. %s ended on %s: the units it "
                                "covered are no longer serviced under the contract."),
                              get (self, "id"), end);
  else
    ending = g_strdup_printf (_("Your maintenance contract No. %s ends on %s. From the next day "
                                "the units it covers are no longer serviced under the contract."),
                              get (self, "id"), end);

  add_addressee (self, flow);
  _as_flow_title (flow, self->title, subtitle);
  _as_flow_paragraph (flow, greeting, AS_ALIGN_LEFT);
  _as_flow_paragraph (flow, ending, AS_ALIGN_LEFT);
  _as_flow_fields (flow, fields, G_N_ELEMENTS (fields), 2);
  _as_flow_text_block (flow, _("Units covered"), get (self, "units"), 2);
  _as_flow_paragraph (flow, _("We invite you to renew the contract, so that your equipment keeps "
                              "its scheduled maintenance and priority service without "
                              "interruption. Please contact our after-sales service department: "
                              "we will gladly visit you to arrange the renewal."),
                      AS_ALIGN_LEFT);
  _as_flow_paragraph (flow, _("Yours sincerely,"), AS_ALIGN_LEFT);
  _as_flow_signatures (flow, signatures, G_N_ELEMENTS (signatures));
}

/* -------------------------------------------------------------- loading */

gboolean
_as_document_load_notice (AsDocument              *self,
                          AsDatabase              *db,
                          const AsDocumentRequest *request,
                          GError                 **error)
{
  GHashTable *contract = as_contract_store_load (db, request->id, error);

  if (contract == NULL)
    return FALSE;
  self->data = contract;
  self->data_free = (GDestroyNotify) g_hash_table_unref;
  self->reference = g_strdup_printf (_("Contract No. %s"), get (self, "id"));
  self->render = render_expiry_notice;
  return TRUE;
}
