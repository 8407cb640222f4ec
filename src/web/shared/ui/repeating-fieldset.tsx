import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface RepeatingFieldsetProps<T> {
  /** The entries of the list, one fieldset each. */
  items: readonly T[];
  /** Called with the whole new list after an entry is changed, removed or added. */
  onChange: (items: T[]) => void;
  /** The legend of the entry at a position counted from 1, e.g. "Opleiding 2". */
  legend: (position: number) => string;
  /** The text of an entry's remove button, given its legend. */
  removeLabel: (legend: string) => string;
  /** The text of the button below the list that adds an entry. */
  addLabel: string;
  /** A new, empty entry. */
  newItem: () => T;
  /** The fields of one entry; `update` merges a change into that entry. */
  children: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}

/**
 * A list of entries edited in place: a fieldset with a numbered legend and a remove button per
 * entry, then a button that adds one.
 */
export const RepeatingFieldset = <T,>({
  items,
  onChange,
  legend: legendOf,
  removeLabel,
  addLabel,
  newItem,
  children,
}: RepeatingFieldsetProps<T>) => (
  <>
    {items.map((item, index) => {
      const legend = legendOf(index + 1);
      const update = (patch: Partial<T>) =>
        onChange(items.map((x, j) => (j === index ? { ...x, ...patch } : x)));
      return (
        // Entries have no identity of their own; the position is what the legend and ids name.
        <Fieldset key={index}>
          <FieldsetLegend>{legend}</FieldsetLegend>
          {children(item, index, update)}
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => onChange(items.filter((_, j) => j !== index))}
          >
            {removeLabel(legend)}
          </Button>
        </Fieldset>
      );
    })}
    <Paragraph>
      <Button
        type="button"
        appearance="secondary-action-button"
        onClick={() => onChange([...items, newItem()])}
      >
        {addLabel}
      </Button>
    </Paragraph>
  </>
);
