/**
 * Golden SVG snapshots stored readable: one element (or text) per line, indented by depth, and
 * numbers cut to 3 decimals, so that a reviewer can diff the picture's markup.
 */

/** Rounds every number with more than 3 decimals to 3 ("7.2439024390243905" → "7.244"). */
export function cutDecimals(text: string): string {
  return text.replace(/-?\d+\.\d{4,}(?:e-?\d+)?/g, (n) =>
    String(Math.round(Number(n) * 1000) / 1000),
  );
}

const isOpen = (token: string) => /^<[^/!]/.test(token) && !token.endsWith('/>');
const text = (token: string) => token.trim() || JSON.stringify(token);

/**
 * Markup laid out one element per line, indented by depth (an element holding only text, or
 * nothing, stays on its line), numbers cut to 3 decimals.
 */
export function readableSvg(markup: string): string {
  const tokens = cutDecimals(markup).match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const indent = '  '.repeat(depth);
    if (isOpen(token) && tokens[i + 1]?.startsWith('</')) {
      lines.push(`${indent}${token}${tokens[++i]}`);
    } else if (
      isOpen(token) &&
      !tokens[i + 1]?.startsWith('<') &&
      tokens[i + 2]?.startsWith('</')
    ) {
      lines.push(`${indent}${token}${tokens[i + 1]!.trim()}${tokens[i + 2]}`);
      i += 2;
    } else if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push(`${'  '.repeat(depth)}${token}`);
    } else {
      lines.push(`${indent}${token.startsWith('<') ? token : text(token)}`);
      if (isOpen(token)) depth++;
    }
  }
  return `${lines.join('\n')}\n`;
}
