import { StatusBadge } from '@utrecht/component-library-react';
import type { TNominationStatus } from '../../../../contracts/nomination.ts';
import { nl } from '../../../i18n/nl.ts';

/** The badge's colour only repeats what its word says (WCAG 1.4.1). */
const badge: Record<TNominationStatus, string> = {
  proposed: 'neutral',
  presented: 'neutral',
  invited: 'warning',
  hired: 'safe',
  rejected: 'danger',
  withdrawn: 'neutral',
};

export const NominationStatusBadge = ({ status }: { status: TNominationStatus }) => (
  <StatusBadge status={badge[status]} className="werkplein-badge">
    {nl.matching.nominationStatuses[status]}
  </StatusBadge>
);
