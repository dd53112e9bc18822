/**
 * i18next's `t`, remembered: a key asked again with the same options in the same language gets
 * the string it got before, without i18next resolving, interpolating and formatting it again.
 * A filter change re-renders a few hundred labels (sectors, sexes, years, chart titles), each
 * through `t`: measured in a profile of the benchmark's filter changes at 1M rows, that was
 * ~7 ms of each, more than publishing the view's figures took.
 *
 * Only calls whose options are plain values (strings, numbers, booleans, arrays of them) are
 * remembered; any other goes straight through. What is remembered is forgotten when the language
 * changes or a catalogue is added to, and all of it once there are `limit` entries (interpolated
 * counts can make many).
 */
import type { i18n as I18n } from 'i18next';

const PLAIN = new Set(['string', 'number', 'boolean', 'undefined']);

function plain(value: unknown): boolean {
  if (value === null || PLAIN.has(typeof value)) return true;
  return Array.isArray(value) && value.every((v) => v === null || PLAIN.has(typeof v));
}

/** The cache key of a call, or undefined if it is not one to remember. */
export function translationKey(
  language: string,
  key: unknown,
  rest: unknown[],
): string | undefined {
  const keys = Array.isArray(key) ? key : [key];
  if (!keys.every((k) => typeof k === 'string')) return undefined;
  if (
    !rest.every(
      (arg) => plain(arg) || (typeof arg === 'object' && Object.values(arg!).every(plain)),
    )
  ) {
    return undefined;
  }
  return JSON.stringify([language, key, rest]);
}

export function rememberTranslations(instance: I18n, limit = 20_000): void {
  const translate = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const remembered = new Map<string, unknown>();
  const forget = () => remembered.clear();
  instance.on('languageChanged', forget);
  instance.store.on('added', forget);
  instance.t = ((key: unknown, ...rest: unknown[]) => {
    const id = translationKey(instance.language, key, rest);
    if (id === undefined) return translate(key, ...rest);
    if (remembered.has(id)) return remembered.get(id);
    const text = translate(key, ...rest);
    if (remembered.size >= limit) remembered.clear();
    remembered.set(id, text);
    return text;
  }) as unknown as I18n['t'];
}
