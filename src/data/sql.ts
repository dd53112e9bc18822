/**
 * Helpers that turn values into SQL literals. Every value that reaches SQL goes through one of
 * these; user or URL input is never spliced into SQL as is.
 */

/** A single-quoted SQL string literal. */
export function sqlString(value: string): string {
  if (value.includes('\u0000')) throw new Error('NUL byte in SQL string');
  return `'${value.replaceAll("'", "''")}'`;
}

/** An integer literal; throws on anything that is not a safe integer. */
export function sqlInt(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer: ${String(value)}`);
  return String(value);
}

/** A list literal of strings, e.g. ['a', 'b']. */
export function sqlStringList(values: readonly string[]): string {
  return `[${values.map(sqlString).join(', ')}]::VARCHAR[]`;
}
