/**
 * Disclosure control: the one module every answer an aggregate-only reader reaches goes through
 * (docs/kpi.md, "Disclosure control").
 *
 * - Primary: a count below 5 is suppressed.
 * - A share or average needs a denominator of at least 5, and is suppressed with its numerator.
 * - Secondary: a published total lets a reader recompute a lone suppressed cell from the others
 *   in its row or column. Every such relation is an equation (a list of cells, one of which is the
 *   sum or difference of the others); while an equation has exactly one suppressed cell, the
 *   smallest other count in it is suppressed too. Repeats until no equation leaks.
 */

export const MIN_COUNT = 5;

export interface Cell {
  id: string;
  value: number | null;
  /** `count`: people, subject to primary suppression; `derived`: a difference, share or average. */
  kind: 'count' | 'derived';
  /** For a share or average: the count it is taken of (denominator) and, for a share, its numerator. */
  denominator?: string;
  numerator?: string;
}

export interface Table {
  cells: readonly Cell[];
  /** Sets of cells of which any one follows from the others (a row or column with its total). */
  equations: readonly (readonly string[])[];
}

/** The ids of the cells to suppress. */
export const suppressedCells = (table: Table): Set<string> => {
  const byId = new Map(table.cells.map((c) => [c.id, c]));
  const suppressed = new Set<string>();
  for (const cell of table.cells)
    if (cell.kind === 'count' && cell.value !== null && cell.value < MIN_COUNT) suppressed.add(cell.id);

  const shares = () => {
    for (const cell of table.cells) {
      if (cell.kind !== 'derived' || suppressed.has(cell.id)) continue;
      const denominator = cell.denominator ? byId.get(cell.denominator) : undefined;
      if (
        (denominator && (denominator.value === null || denominator.value < MIN_COUNT)) ||
        (cell.numerator && suppressed.has(cell.numerator)) ||
        (cell.denominator && suppressed.has(cell.denominator))
      )
        suppressed.add(cell.id);
    }
  };

  shares();
  for (let changed = true; changed;) {
    changed = false;
    for (const equation of table.equations) {
      const members = equation.filter((id) => byId.has(id));
      const hidden = members.filter((id) => suppressed.has(id));
      if (hidden.length !== 1) continue;
      // The smallest published count, preferring a cell over the total (the last member).
      const candidates = members
        .filter((id) => !suppressed.has(id))
        .map((id) => byId.get(id) as Cell)
        .sort(
          (a, b) =>
            Number(a.kind !== 'count') - Number(b.kind !== 'count') ||
            Number(a.id === members.at(-1)) - Number(b.id === members.at(-1)) ||
            (a.value ?? 0) - (b.value ?? 0),
        );
      const pick = candidates[0];
      if (!pick) continue;
      suppressed.add(pick.id);
      changed = true;
    }
    if (changed) shares();
  }
  return suppressed;
};

/** The table as an aggregate-only reader may see it: suppressed cells have no value. */
export const applyDisclosureControl = <C extends Cell>(
  cells: readonly C[],
  equations: Table['equations'],
): (C & { suppressed: boolean })[] => {
  const suppressed = suppressedCells({ cells, equations });
  return cells.map((c) =>
    suppressed.has(c.id) ? { ...c, value: null, suppressed: true } : { ...c, suppressed: false },
  );
};
