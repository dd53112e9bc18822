/** The domain neither speaks nor formats: importing all of it leaves i18next untouched. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

describe('domain', () => {
  it('starts no i18next and imports nothing from src/i18n', async () => {
    const modules = import.meta.glob('../../src/domain/*.ts');
    expect(Object.keys(modules).length).toBeGreaterThan(10);
    for (const load of Object.values(modules)) await load();
    expect(i18next.isInitialized ?? false).toBe(false);
    const sources = import.meta.glob('../../src/domain/*.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const speaking = Object.entries(sources)
      .filter(([, text]) => /from '\.\.\/i18n/.test(text as string))
      .map(([path]) => path);
    expect(speaking).toEqual([]);
  });
});
