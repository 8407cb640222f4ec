import type { BackOfficeUnit, Role } from '../../db/schema.ts';

/** The employee on whose behalf a request acts. */
export interface Actor {
  employeeId: string;
  login: string;
  name: string;
  partnerId: string;
  partnerName: string;
  roles: readonly Role[];
  backOfficeUnit: BackOfficeUnit | null;
  werkpleinIds: readonly string[];
}
