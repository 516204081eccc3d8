/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The documents of one repair (SPEC M3–M6): the repair card that hangs on
 * goods taken to the workshop, the service certificate the customer signs,
 * and the customer goods receipt. */

#include <glib/gi18n.h>

#include "as-document-private.h"
#include "as-labels.h"
#include "as-repair-store.h"

typedef struct
{
  GHashTable *repair;
  GPtrArray  *charges;
} RepairData;

/* ---------------------------------------------------------------- helpers */

static void
repair_data_free (gpointer data)
{
  RepairData *self = data;

  g_clear_pointer (&self->repair, g_hash_table_unref);
  g_clear_pointer (&self->charges, g_ptr_array_unref);
  g_free (self);
}

static const char *
get (RepairData *data,
     const char *key)
{
  return _as_row_get (data->repair, key);
}

/* "CODE — Name", or whichever of the two is known. */
static char *
format_model (GHashTable *repair)
{
  const char *code = _as_row_get (repair, "model_code");
  const char *name = _as_row_get (repair, "model_name");

  if (*code != '\0' && *name != '\0')
    return g_strdup_printf ("%s — %s", code, name);
  return g_strdup (*code != '\0' ? code : name);
}

static const char *
get_category (GHashTable *row)
{
  const char *code = _as_row_get (row, "category");

  return *code != '\0' ? as_code_get_label (code) : "";
}

/* The technician, or the external service provider, who was dispatched. */
static const char *
get_assignee (RepairData *data)
{
  const char *technician = get (data, "technician_name");

  return *technician != '\0' ? technician : get (data, "provider_name");
}

/* Who and what: customer, contact and product, two pairs to a row. */
static void
add_customer_fields (AsFlow     *flow,
                     RepairData *data)
{
  g_autofree char *model = format_model (data->repair);
  const AsDocField fields[] = {
    { _("Customer"), get (data, "customer_name") },
    { _("Phone"), get (data, "phone") },
    { _("Address"), get (data, "address") },
    { _("Service category"), get_category (data->repair) },
    { _("Model"), model },
    { _("Serial number"), get (data, "serial") },
  };

  _as_flow_fields (flow, fields, G_N_ELEMENTS (fields), 2);
}

static char *
format_repair_number (RepairData *data)
{
  return g_strdup_printf (_("Repair No. %s"), get (data, "id"));
}

/* ------------------------------------------------------------ repair card */

static void
add_parts_table (AsFlow     *flow,
                 RepairData *data)
{
  static const AsDocColumn columns[] = {
    { N_("Spare part"), 4.0, AS_ALIGN_LEFT },
    { N_("Quantity"), 1.1, AS_ALIGN_RIGHT },
    { N_("Category"), 1.8, AS_ALIGN_LEFT },
  };
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  AsDocTable table = { .label = _("Spare parts used"), .columns = translated,
                       .n_columns = G_N_ELEMENTS (columns), .rows = rows };

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; data->charges != NULL && i < data->charges->len; i++)
    {
      GHashTable *line = g_ptr_array_index (data->charges, i);
      char **cells;

      if (!g_str_equal (_as_row_get (line, "kind"), "part"))
        continue;
      cells = g_new0 (char *, 4);
      cells[0] = g_strdup (_as_row_get (line, "description"));
      cells[1] = g_strdup (_as_row_get (line, "quantity"));
      cells[2] = g_strdup (get_category (line));
      g_ptr_array_add (rows, cells);
    }
  /* Blank rows stay for parts written in by hand, fewer once some are recorded. */
  table.min_rows = rows->len >= 3 ? 0 : 3;
  _as_flow_table (flow, &table);
}

static void
render_repair_card (AsDocument *self,
                    AsFlow     *flow)
{
  RepairData *data = self->data;
  gint64 minutes = _as_row_get_int (data->repair, "labour_minutes");
  g_autofree char *number = format_repair_number (data);
  g_autofree char *received = _as_format_date_time (get (data, "received_at"));
  g_autofree char *goods_in = _as_format_date_time (get (data, "goods_in_at"));
  g_autofree char *goods_out = _as_format_date_time (get (data, "goods_out_at"));
  g_autofree char *promised = _as_format_date (get (data, "promised_date"));
  g_autofree char *inspected = _as_format_date_time (get (data, "inspected_at"));
  g_autofree char *time = minutes > 0 ? _as_format_minutes (minutes) : g_strdup ("");
  const AsDocField dates[] = {
    { _("Repair No."), get (data, "id") },
    { _("Received"), received },
    { _("Goods in"), goods_in },
    { _("Promised date"), promised },
  };
  const AsDocField work[] = {
    { _("Technician"), get_assignee (data) },
    /* Translators: the labour time actually spent, hours:minutes */
    { _("Actual repair time"), time },
  };
  const AsDocField inspection[] = {
    { _("Inspected by"), get (data, "inspector_name") },
    { _("Inspection date"), inspected },
  };
  const AsDocField returned[] = {
    /* Translators: the date the goods went back to the customer (goods out) */
    { _("Return date"), goods_out },
  };

  _as_flow_title (flow, self->title, number);
  _as_flow_fields (flow, dates, G_N_ELEMENTS (dates), 2);
  add_customer_fields (flow, data);
  _as_flow_text_block (flow, _("Fault as described"), get (data, "fault"), 2);

  _as_flow_heading (flow, _("Repair"));
  _as_flow_fields (flow, work, G_N_ELEMENTS (work), 2);
  add_parts_table (flow, data);
  _as_flow_text_block (flow, _("Work done"), get (data, "work_done"), 3);

  _as_flow_heading (flow, _("Inspection by the service director"));
  _as_flow_fields (flow, inspection, G_N_ELEMENTS (inspection), 2);
  _as_flow_text_block (flow, _("Inspection notes"), get (data, "inspection_notes"), 2);
  _as_flow_fields (flow, returned, G_N_ELEMENTS (returned), 2);
}

/* ---------------------------------------------------- service certificate */

static char **
new_charge_row (GHashTable *line)
{
  char **cells = g_new0 (char *, 6);

  cells[0] = g_strdup (_as_row_get (line, "description"));
  cells[1] = g_strdup (get_category (line));
  cells[2] = g_strdup (_as_row_get (line, "quantity"));
  cells[3] = _as_format_money (_as_row_get_int (line, "unit_price_cents"));
  cells[4] = _as_format_money (_as_row_get_int (line, "total_cents"));
  return cells;
}

/* Every line at its value, the total, and what the customer pays (the lines
 * of paid service) when some lines are covered by warranty or contract. */
static void
add_charges_table (AsFlow     *flow,
                   RepairData *data)
{
  static const AsDocColumn columns[] = {
    { N_("Description"), 3.6, AS_ALIGN_LEFT },
    { N_("Category"), 1.9, AS_ALIGN_LEFT },
    { N_("Qty"), 0.8, AS_ALIGN_RIGHT },
    { N_("Unit price"), 1.5, AS_ALIGN_RIGHT },
    { N_("Amount"), 1.5, AS_ALIGN_RIGHT },
  };
  AsDocColumn translated[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *total_text = NULL;
  g_autofree char *payable_text = NULL;
  const char *total[G_N_ELEMENTS (columns)] = { _("Total") };
  const char *payable[G_N_ELEMENTS (columns)] = { _("Payable by the customer (paid service)") };
  AsDocTable table = { .heading = _("Charges"), .columns = translated,
                       .n_columns = G_N_ELEMENTS (columns), .rows = rows, .totals = { total } };
  gint64 sum = 0, paid = 0;

  _as_translate_columns (columns, translated, G_N_ELEMENTS (columns));
  for (guint i = 0; data->charges != NULL && i < data->charges->len; i++)
    {
      GHashTable *line = g_ptr_array_index (data->charges, i);
      gint64 amount = _as_row_get_int (line, "total_cents");

      sum += amount;
      if (g_str_equal (_as_row_get (line, "category"), "paid"))
        paid += amount;
      g_ptr_array_add (rows, new_charge_row (line));
    }
  total[4] = total_text = _as_format_money (sum);
  payable[4] = payable_text = _as_format_money (paid);
  if (paid != sum)
    table.totals[1] = payable;
  table.min_rows = rows->len == 0 ? 2 : 0;
  _as_flow_table (flow, &table);
}

static void
render_service_certificate (AsDocument *self,
                            AsFlow     *flow)
{
  RepairData *data = self->data;
  g_autofree char *number = format_repair_number (data);
  g_autofree char *call = _as_format_date_time (get (data, "received_at"));
  g_autofree char *arrival = _as_format_date_time (get (data, "arrived_at"));
  g_autofree char *completed = _as_format_date_time (get (data, "closed_at"));
  g_autofree char *signed_on = _as_format_date (get (data, "signed_at"));
  const char *signer = get (data, "signed_by");
  const AsDocField dates[] = {
    { _("Repair No."), get (data, "id") },
    { _("Technician"), get_assignee (data) },
    /* Translators: when the customer called for the repair */
    { _("Call"), call },
    /* Translators: when the technician arrived at the customer's */
    { _("Arrival"), arrival },
    { _("Completed"), completed },
  };
  const AsDocSignature signatures[] = {
    { _("Customer’s signature"), *signer != '\0' ? signer : NULL,
      *signer != '\0' ? signed_on : NULL },
    { _("Technician’s signature"), *get_assignee (data) != '\0' ? get_assignee (data) : NULL,
      *signer != '\0' ? signed_on : NULL },
  };

  _as_flow_title (flow, self->title, number);
  add_customer_fields (flow, data);
  _as_flow_fields (flow, dates, G_N_ELEMENTS (dates), 2);
  _as_flow_text_block (flow, _("Fault as described"), get (data, "fault"), 2);
  _as_flow_text_block (flow, _("Work done"), get (data, "work_done"), 3);
  add_charges_table (flow, data);
  _as_flow_paragraph (flow, _("By signing, the customer confirms that the service described above "
                              "was carried out."), AS_ALIGN_LEFT);
  _as_flow_signatures (flow, signatures, G_N_ELEMENTS (signatures));
}

/* ---------------------------------------------------------- goods receipt */

static void
render_goods_receipt (AsDocument *self,
                      AsFlow     *flow)
{
  RepairData *data = self->data;
  g_autofree char *subtitle = g_strdup_printf (_("Receipt No. %s"), get (data, "id"));
  g_autofree char *date_in = _as_format_date_time (get (data, "goods_in_at"));
  g_autofree char *promised = _as_format_date (get (data, "promised_date"));
  g_autofree char *voided_on = _as_format_date_time (get (data, "receipt_voided_at"));
  const AsDocField head[] = {
    /* Translators: the receipt's number, which is the repair's number */
    { _("Receipt No."), get (data, "id") },
    { _("Date in"), date_in },
    { _("Promised date"), promised },
    { _("Received by"), get_assignee (data) },
  };
  const AsDocSignature signatures[] = {
    { _("Customer’s signature"), NULL, NULL },
    { _("For the service department"), *get_assignee (data) != '\0' ? get_assignee (data) : NULL,
      NULL },
  };

  _as_flow_title (flow, self->title, subtitle);
  if (self->voided != NULL)
    {
      /* Translators: %s is the date and time the receipt was voided */
      g_autofree char *banner = g_strdup_printf (_("VOIDED on %s: goods returned"), voided_on);
      _as_flow_banner (flow, banner);
    }
  _as_flow_fields (flow, head, G_N_ELEMENTS (head), 2);
  add_customer_fields (flow, data);
  _as_flow_text_block (flow, _("Fault as described"), get (data, "fault"), 2);
  /* Written by hand at the handover: the goods' condition is not stored. */
  _as_flow_text_block (flow, _("Condition of the goods"), NULL, 3);
  _as_flow_paragraph (flow, _("The goods above were received for repair. Please keep this receipt: "
                              "it is handed back, and voided, when the goods are returned to you."),
                      AS_ALIGN_LEFT);
  _as_flow_signatures (flow, signatures, G_N_ELEMENTS (signatures));
}

/* ------------------------------------------------------------ loading */

gboolean
_as_document_load_repair (AsDocument              *self,
                          AsDatabase              *db,
                          const AsDocumentRequest *request,
                          GError                 **error)
{
  g_autoptr(GHashTable) repair = as_repair_store_load (db, request->id, error);
  RepairData *data;

  if (repair == NULL)
    return FALSE;
  if (request->kind == AS_DOCUMENT_GOODS_RECEIPT &&
      g_strcmp0 (g_hash_table_lookup (repair, "handling"), "taken_back") != 0)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("Repair No. %s has no customer goods receipt: the goods were not taken "
                     "to the workshop."), _as_row_get (repair, "id"));
      return FALSE;
    }

  data = g_new0 (RepairData, 1);
  data->repair = g_steal_pointer (&repair);
  data->charges = as_repair_store_list_charges (db, request->id);
  self->data = data;
  self->data_free = repair_data_free;
  self->reference = format_repair_number (data);

  switch (request->kind)
    {
    case AS_DOCUMENT_REPAIR_CARD:
      self->render = render_repair_card;
      break;
    case AS_DOCUMENT_SERVICE_CERTIFICATE:
      self->render = render_service_certificate;
      break;
    case AS_DOCUMENT_GOODS_RECEIPT:
      self->render = render_goods_receipt;
      if (g_hash_table_contains (data->repair, "receipt_voided_at"))
        /* Translators: stamped across a customer goods receipt handed back on return */
        self->voided = g_strdup (_("VOIDED"));
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}
