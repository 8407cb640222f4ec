import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll.tsx';

/** One column: its header text and what each row shows in it. */
export type DataColumn<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell names its row (a `<th scope="row">`), as the first column of most lists does. */
  rowHeader?: boolean;
  /** A class on the column's body cells, e.g. `werkplein-nowrap`. */
  className?: string;
};

/**
 * A list as a table: a caption (only for screen readers unless `captionVisible`), one header row of
 * column headers and one row per item, in a region that scrolls sideways on a narrow screen.
 */
export const DataTable = <Row,>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  className,
}: {
  caption: string;
  captionVisible?: boolean;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** A class on the table, e.g. `werkplein-table--compact`. */
  className?: string;
}) => (
  <TableScroll label={caption}>
    <Table className={className}>
      <TableCaption className={captionVisible ? undefined : 'werkplein-visually-hidden'}>
        {caption}
      </TableCaption>
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.key} scope="col">
              {column.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <TableHeaderCell key={column.key} scope="row" className={column.className}>
                  {column.cell(row)}
                </TableHeaderCell>
              ) : (
                <TableCell key={column.key} className={column.className}>
                  {column.cell(row)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </TableScroll>
);
