import type { TEmployeeChange } from '../../../contracts/identity.ts';
import { nl } from '../../i18n/nl.ts';

type State = TEmployeeChange['after'];
const t = nl.employees.changes;

const rolesOf = (state: State): string =>
  state.roles
    .map((role) =>
      role === 'backOffice' && state.backOfficeUnit
        ? nl.roleWithUnit(nl.roles[role], nl.backOfficeUnits[state.backOfficeUnit])
        : nl.roles[role],
    )
    .join(nl.listSeparator) || nl.none;

/** What changed, in Dutch, one line per aspect (roles, Werkpleinen, account). */
export const describeEmployeeChange = (
  change: Pick<TEmployeeChange, 'before' | 'after'>,
  werkpleinName: (id: string) => string,
): string[] => {
  const { before, after } = change;
  if (!before) return [t.created(rolesOf(after))];
  const werkpleinen = (state: State) =>
    state.werkpleinIds.map(werkpleinName).join(nl.listSeparator) || nl.none;
  const lines: string[] = [];
  if (rolesOf(before) !== rolesOf(after)) lines.push(t.roles(rolesOf(before), rolesOf(after)));
  if (werkpleinen(before) !== werkpleinen(after))
    lines.push(t.werkpleinen(werkpleinen(before), werkpleinen(after)));
  if (before.active !== after.active) lines.push(after.active ? t.activated : t.deactivated);
  return lines;
};
