/**
 * Text bound for a file a spreadsheet may open, kept from being read as a formula (CSV
 * injection, as OWASP describes it): a cell that begins with `=`, `+`, `-` or `@` (or a tab or
 * carriage return, or their full-width forms) gets a `'` in front, so it reads as the text it is.
 * Rutas's own figures never begin so ("< 10", "≥ 20", counts are never negative): only values
 * that came from a file (a name, a label) can.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Whether a spreadsheet could read this cell as a formula. */
export function readsAsFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The cell, with a `'` in front if it could read as a formula. */
export function spreadsheetSafe(text: string): string {
  return readsAsFormula(text) ? `'${text}` : text;
}

/**
 * A line of free text (a comment line of an export, a line of the load report) kept safe where a
 * spreadsheet would split it: each piece after a `,`, `;` or tab that begins (after spaces) like
 * a formula gets a `'` in front.
 */
export function spreadsheetSafeLine(line: string): string {
  return line.replace(
    /([,;\t] *)(?=[=+\-@\r\uff1d\uff0b\uff0d\uff20])/g,
    (separator: string) => `${separator}'`,
  );
}
