/**
 * Writes rows as RFC 4180 CSV text for DuckDB's built-in CSV reader (the one reader that needs no
 * extension in duckdb-wasm). Lists are joined with `;`, the canonical separator for places and
 * sectors.
 */
export const LIST_SEPARATOR = ';';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value)
    ? value.map((v) => String(v)).join(LIST_SEPARATOR)
    : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function rowsToCsv(
  columns: readonly string[],
  rows: Iterable<Record<string, unknown>>,
): string {
  const lines = [columns.map(cell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(','));
  return lines.join('\n') + '\n';
}
