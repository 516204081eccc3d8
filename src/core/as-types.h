/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Staff roles, stored as a bit mask in staff.roles. */
typedef enum
{
  AS_ROLE_RECEPTIONIST    = 1 << 0,
  AS_ROLE_TECHNICIAN      = 1 << 1,
  AS_ROLE_SUPERVISOR      = 1 << 2,  /* service supervisor or director */
  AS_ROLE_BRANCH_MANAGER  = 1 << 3,
  AS_ROLE_SERVICE_DEPT    = 1 << 4,
  AS_ROLE_FINANCE         = 1 << 5,
  AS_ROLE_PURCHASING      = 1 << 6,
  AS_ROLE_DEPUTY_GM       = 1 << 7,
  AS_ROLE_HOTLINE         = 1 << 8,
} AsRole;

#define AS_N_ROLES 9


G_END_DECLS
