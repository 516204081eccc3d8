/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The words a person sees for the codes stored in the database. */

#include <glib/gi18n.h>
#include <stdio.h>

#include "as-labels.h"

typedef struct
{
  const char *code;
  const char *label;
} CodeLabel;

static const CodeLabel code_labels[] = {
  /* repair status */
  { "received", N_("Received") },
  { "dispatched", N_("Dispatched") },
  { "in_workshop", N_("In workshop") },
  { "ready", N_("Ready for return") },
  { "closed", N_("Closed") },
  { "cancelled", N_("Cancelled") },
  /* service category */
  { "free", N_("Free (warranty)") },
  { "contract", N_("Contract") },
  { "paid", N_("Paid") },
  { "internal", N_("Administrative") },
  /* zone */
  { "urban", N_("Urban") },
  { "suburban", N_("Suburban") },
  /* channel */
  { "phone", N_("Phone") },
  { "hotline", N_("Hotline") },
  { "email", N_("E-mail") },
  { "letter", N_("Letter") },
  { "visit", N_("Visit") },
  { "suggestion_form", N_("Suggestion form") },
  /* complaint kind and status */
  { "consultation", N_("Consultation") },
  { "opinion", N_("Opinion") },
  { "complaint", N_("Complaint") },
  { "suggestion", N_("Suggestion") },
  { "open", N_("Open") },
  { "in_progress", N_("In progress") },
  { "answered", N_("Answered") },
  { "escalated", N_("Escalated") },
  { "survey", N_("Satisfaction survey") },
  { "writing", N_("In writing") },
  /* complaint subject category */
  { "product_quality", N_("Product quality") },
  { "product_function", N_("Product function") },
  { "product_design", N_("Product design") },
  { "product_development", N_("Product development (R&D)") },
  { "packaging", N_("Packaging or transport damage") },
  { "staff_conduct", N_("Staff attitude or diligence") },
  { "retailer", N_("Retailer or intermediary") },
  { "service", N_("After-sales service") },
  /* complaint priority matter and oversight */
  { "major_product", N_("Major product problem") },
  { "crisis", N_("Crisis") },
  { "media", N_("Media exposure") },
  { "legal", N_("Legal proceedings") },
  { "case_management", N_("Case management") },
  { "deputy_gm", N_("Deputy general manager") },
  /* returns */
  { "return", N_("Return") },
  { "exchange", N_("Exchange") },
  { "pending", N_("Pending") },
  { "accepted", N_("Accepted") },
  { "rejected", N_("Rejected") },
  /* customer-care programme: follow-up call outcomes, committee, inspections */
  { "satisfied", N_("Satisfied") },
  { "unsatisfied", N_("Not satisfied") },
  { "no_answer", N_("No answer") },
  { "declined", N_("Declined to answer") },
  { "meeting", N_("Meeting") },
  { "seminar", N_("Seminar") },
  /* Translators: shown instead of a mystery shopper's name to those not allowed to know it */
  { "hidden", N_("Hidden") },
  /* contracts */
  { "active", N_("Active") },
  { "expired", N_("Expired") },
  { "renewed", N_("Renewed") },
  { "refused", N_("Refused") },
  /* repair handling and settlement */
  { "on_site", N_("On site") },
  { "taken_back", N_("Taken to the workshop") },
  { "on_the_spot", N_("Collected on the spot") },
  { "invoice", N_("To invoice") },
  /* charge line kinds */
  { "labour", N_("Labour") },
  { "call_out", N_("Call-out") },
  { "transport", N_("Transport") },
  { "part", N_("Part") },
  /* stock movements */
  { "receipt", N_("Receipt") },
  { "issue", N_("Issue") },
  { "adjustment", N_("Adjustment") },
  { "transfer-in", N_("Transfer in") },
  { "transfer-out", N_("Transfer out") },
  /* loaner units */
  { "available", N_("Available") },
  { "lent", N_("Lent out") },
  { "retired", N_("Retired") },
  /* tool condition */
  { "good", N_("Good") },
  { "worn", N_("Worn") },
  { "damaged", N_("Damaged") },
  { "lost", N_("Lost") },
  /* tool history, incidents */
  { "registered", N_("Registered") },
  { "check_out", N_("Checked out") },
  { "check_in", N_("Checked in") },
  { "handover", N_("Handed over") },
  { "loss", N_("Loss") },
  { "damage", N_("Damage") },
  { "wear", N_("Normal wear") },
  { "condition", N_("Condition changed") },
  /* purchase requests */
  { "approved", N_("Approved") },
  { "ordered", N_("Ordered") },
  /* documentation library: kinds and access log */
  { "manual", N_("Manual") },
  { "maintenance_manual", N_("Maintenance manual") },
  { "parts_manual", N_("Parts manual") },
  { "price_list", N_("Price list") },
  { "technical_letter", N_("Technical letter") },
  { "specification", N_("Specification") },
  { "reference_book", N_("Reference book") },
  { "opened", N_("Opening") },
  { "loaned", N_("Loan") },
  { "returned", N_("Return") },
  { "denied", N_("Access denied") },
  { "edited", N_("Edit") },
  { "distributed", N_("Distribution") },
  { "released", N_("New release") },
  /* department kinds */
  { "rd", N_("R&D") },
  { "design", N_("Design") },
  { "production", N_("Production") },
  { "technical", N_("Technical") },
  { "warehouse_transport", N_("Warehouse & transport") },
  { "marketing", N_("Marketing") },
  { "finance", N_("Finance") },
  { "purchasing", N_("Purchasing") },
  { "after_sales", N_("After-sales service") },
  { "hotline_supervision", N_("Hotline (corporate supervision)") },
  { "management", N_("Management") },
  { "channel", N_("Channel coordination") },
  { "other", N_("Other") },
};

static const char *const role_labels[AS_N_ROLES] = {
  N_("Receptionist"),
  N_("Technician"),
  N_("Service supervisor"),
  N_("Branch manager"),
  N_("Service department"),
  N_("Finance"),
  N_("Purchasing"),
  N_("Deputy general manager"),
  N_("Hotline"),
};

/**
 * as_code_get_label:
 *
 * Returns: (transfer none): the translated label of a stored code, or @code
 *   itself when it has none
 */
const char *
as_code_get_label (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (code_labels); i++)
    if (g_str_equal (code_labels[i].code, code))
      return _(code_labels[i].label);
  return code ? code : "";
}

const char *
as_role_get_label (AsRole role)
{
  for (guint i = 0; i < AS_N_ROLES; i++)
    if (role == (AsRole) (1u << i))
      return _(role_labels[i]);
  return "";
}

/**
 * as_roles_to_string:
 *
 * Returns: (transfer full): the role names in @roles, comma-separated
 */
char *
as_roles_to_string (gint64 roles)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < AS_N_ROLES; i++)
    if (roles & (1u << i))
      g_string_append_printf (text, "%s%s", text->len ? ", " : "", _(role_labels[i]));
  return g_string_free (text, FALSE);
}

static const char *const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

/**
 * as_month_name:
 * @month: 1 to 12
 *
 * Returns: the month's name in the program's own translation
 */
const char *
as_month_name (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]);
}

/**
 * as_format_month:
 * @month: 1 to 12
 *
 * Returns: (transfer full): "November 2026"
 */
char *
as_format_month (int year,
                 int month)
{
  /* Translators: a month and its year, "November 2026" */
  return g_strdup_printf (_("%1$s %2$d"), as_month_name (month), year);
}

/**
 * as_format_long_date:
 * @iso: (nullable): "YYYY-MM-DD", or a timestamp starting with one
 *
 * Month names come from the program's own translation rather than the C
 * library's locale data, so a date reads the same in the window and on
 * paper whatever locales the computer has installed.
 *
 * Returns: (transfer full): "27 November 2026", or @iso itself when it is not a date
 */
char *
as_format_long_date (const char *iso)
{
  guint year, month, day;

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      month < 1 || month > 12)
    return g_strdup (iso != NULL ? iso : "");
  /* Translators: a date in a letter: day, month name, year, e.g. "27 November 2026";
   * the month is translated separately */
  return g_strdup_printf (_("%1$u %2$s %3$u"), day, as_month_name (month), year);
}
