import { toCsv } from '@/lib/dashboard/csv';
import { useDashText } from './use-dash-text';

export interface Cell {
  /** As shown. */
  text: string;
  /** As exported (a number stays a number; a share stays a fraction). */
  value: string | number | null;
}

export const cell = (text: string, value: string | number | null = text): Cell => ({ text, value });

/** Offers a CSV file for download, built in the page (nothing leaves the browser). */
function download(name: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A table with its caption and a CSV export of exactly what it shows. Every chart has one. */
export function DataTable({ caption, columns, rows, file, testId, text = false }: { caption: string; columns: string[]; rows: { key: string; cells: Cell[] }[]; file: string; testId: string; /** Its cells are names, not numbers: left-aligned, each kept on one line. */ text?: boolean }) {
  const { t } = useDashText();
  return (
    <div className="table-wrap">
      <table data-testid={testId} className={text ? 'text-table' : undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              {row.cells.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c.text}
                  </th>
                ) : (
                  <td key={i}>{c.text}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="link-button"
        aria-label={t('dash.csvOf', { table: caption })}
        onClick={() => download(`${file}.csv`, toCsv(columns, rows.map((row) => row.cells.map((c) => c.value))))}
        data-testid={`${testId}-csv`}
      >
        {t('dash.csv')}
      </button>
    </div>
  );
}
