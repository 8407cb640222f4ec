import { nl } from '../../i18n/nl.ts';
import { useSession } from '../lib/session.tsx';
import { KitSelectField } from './form-kit.tsx';

/** The Werkplein a new registration belongs to; asked only of employees who work for more than one. */
export const WerkpleinField = () => {
  const { werkpleinen } = useSession();
  return werkpleinen.length > 1 ? (
    <KitSelectField
      name="werkpleinId"
      label={nl.register.fields.werkpleinId}
      options={werkpleinen.map((w) => ({ value: w.id, label: w.name }))}
      placeholder={nl.register.chooseWerkplein}
    />
  ) : null;
};
