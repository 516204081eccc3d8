/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data: the customer satisfaction survey of each closed repair. Every
 * repair is surveyed (SPEC S1) by the service department a day or three
 * after it closes; the repairs closed in the last days are partly still
 * waiting, so that the Surveys tab has work to show. */

#include "as-demo-private.h"

/* Of the repairs closed in the last days, the share not surveyed yet. */
#define RECENT_DAYS        6
#define RECENT_DUE_PERCENT 30

static const char *const suggestions[] = {
  "Que avisen por teléfono media hora antes de llegar.",
  "Estaría bien poder pedir cita por internet.",
  "Ampliar el horario de atención los sábados.",
  "Enviar el presupuesto por correo electrónico antes de la visita.",
  "Dejar una copia del certificado de servicio por correo.",
  "Que el técnico traiga fundas para el calzado.",
};

static const WordList survey_suggestions = { suggestions, G_N_ELEMENTS (suggestions) };

static int
rate (Generator *gen,
      double     mean)
{
  int value = (int) (mean + rng_double (gen) + rng_double (gen) - 0.5);

  return CLAMP (value, 1, 4);
}

/* The closed repair waits for its survey: a flag the triggers would have set,
 * had they not been dropped for the bulk insert. Few rows: a cached
 * statement, run once for each. */
static gboolean
mark_due (Generator  *gen,
          guint32     repair_id,
          GError    **error)
{
  sqlite3_stmt *stmt = as_database_prepare (gen->db,
                                            "UPDATE repair_orders SET survey_due = 1"
                                            " WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      _as_demo_set_failure (gen, error);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static const char *
pick_comment (Generator *gen,
              double     mean)
{
  if (mean >= 3.5 && rng_percent (gen, 15))
    return PICK (gen, _as_demo_good_comments);
  if (mean <= 2.5 && rng_percent (gen, 50))
    return PICK (gen, _as_demo_bad_comments);
  return "";
}

/* Ratings follow the technician's skill; lateness costs points on arrival
 * and commitments. */
static gboolean
insert_survey (Generator           *gen,
               const SurveySubject *subject,
               gint64               at,
               GError             **error)
{
  double late = subject->late ? 1.0 : 0.0;
  int scores[4];
  double mean;

  scores[0] = rate (gen, subject->quality + 0.2);
  scores[1] = rate (gen, subject->quality);
  scores[2] = rate (gen, subject->quality - 0.8 * late - (subject->suburban ? 0.2 : 0));
  scores[3] = rate (gen, subject->quality - late);
  mean = (scores[0] + scores[1] + scores[2] + scores[3]) / 4.0;

  row_begin (gen, T_SURVEYS);
  col_int (gen, gen->counts[T_SURVEYS] + 1);
  col_int (gen, subject->repair_id);
  col_moment (gen, at);
  for (int k = 0; k < 4; k++)
    col_int (gen, scores[k]);
  col_text (gen, pick_comment (gen, mean));
  col_text (gen, rng_percent (gen, 4) ? PICK (gen, survey_suggestions) : "");
  col_id (gen, gen->service_staff->len > 0
               ? g_array_index (gen->service_staff, guint32,
                                rng_below (gen, gen->service_staff->len))
               : 0);
  return row_end (gen, error);
}

/**
 * _as_demo_add_survey:
 *
 * The survey of a closed repair, or the flag that it still waits for one.
 */
gboolean
_as_demo_add_survey (Generator           *gen,
                     const SurveySubject *subject,
                     GError             **error)
{
  gint64 at = _as_demo_later_open_moment (gen, subject->closed, 1, 3);
  gboolean recent = day_of (subject->closed) > gen->today - RECENT_DAYS;

  if (at > gen->now || (recent && rng_percent (gen, RECENT_DUE_PERCENT)))
    return mark_due (gen, subject->repair_id, error);
  return insert_survey (gen, subject, at, error);
}
