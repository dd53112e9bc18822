/** The message catalogues as flat lists of [key, text], for tests. */
export function flatten(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : flatten(value as object, `${prefix}${key}.`),
  );
}

/** The `{{name}}` placeholders of a message, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}

/**
 * The English words of a message that would give it away on a page in another language: the
 * message cut at its placeholders and markup, each piece of at least `min` characters with a
 * letter in it.
 */
export function englishFragments(text: string, min = 4): string[] {
  return text
    .split(/\{\{\w+\}\}|<\/?b>/)
    .map((piece) => piece.trim().replace(/^[\s.,;:()"“”'’·–—-]+|[\s.,;:()"“”'’·–—-]+$/g, ''))
    .filter((piece) => piece.length >= min && /\p{L}/u.test(piece));
}
