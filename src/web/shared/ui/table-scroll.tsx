import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a narrow screen. The region is named and focusable so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="werkplein-table-scroll" role="region" aria-label={label} tabIndex={0}>
    {children}
  </div>
);
