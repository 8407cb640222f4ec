import { nl } from '../../i18n/nl.ts';
import { useSession } from '../lib/session.tsx';
import { SelectField } from './form.tsx';

/** The Werkplein a new registration belongs to; asked only of employees who work for more than one. */
export const WerkpleinField = ({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (werkpleinId: string) => void;
  error?: string;
}) => {
  const { werkpleinen } = useSession();
  return werkpleinen.length > 1 ? (
    <SelectField
      id="werkpleinId"
      label={nl.register.fields.werkpleinId}
      value={value}
      onChange={onChange}
      options={werkpleinen.map((w) => ({ value: w.id, label: w.name }))}
      placeholder={nl.register.chooseWerkplein}
      error={error}
    />
  ) : null;
};
