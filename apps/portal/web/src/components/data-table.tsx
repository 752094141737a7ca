import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/vi.js';

export type Column<T> = {
  header: MessageKey;
  render: (item: T) => ReactNode;
  className?: string;
};

/** A plain, accessible table: a caption, column headers with scope, one row per item keyed by id. */
export function DataTable<T extends { id: string }>({
  caption,
  columns,
  items,
  testId,
  rowTestId,
}: {
  caption: string;
  columns: readonly Column<T>[];
  items: readonly T[];
  testId: string;
  rowTestId: string;
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.className}>
                {t(column.header)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid={rowTestId} data-id={item.id}>
              {columns.map((column) => (
                <td key={column.header} className={column.className}>
                  {column.render(item)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
