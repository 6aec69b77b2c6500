import Papa from 'papaparse';

/**
 * Downloads rows as a CSV file: UTF-8 with a byte-order mark, which Excel needs to open Chinese
 * text as UTF-8. Papa Parse does the quoting (commas, quotes and line breaks inside cells).
 */
export function downloadCsv(fileName: string, header: string[], rows: (string | number | null)[][]): void {
  const text = '\uFEFF' + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.csv') ? fileName : `${fileName}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL; keep it a moment for browsers that read it lazily.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
