/**
 * Exact aggregates without their cell keys, for tests that check the counts (the keys are checked
 * in tests/sql/cell-key.test.ts).
 */
const KEY_FIELDS = new Set(['key', 'keys', 'unplacedKey']);

export function withoutKeys<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (KEY_FIELDS.has(k) ? undefined : v)));
}
