import i18next, { type i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES, LANGUAGES } from '../../src/i18n';
import { rememberTranslations, translationKey } from '../../src/i18n/remembered-t';

/** `t` as the catalogue-agnostic function it is at run time (the typed one knows only en's keys). */
type AnyT = (key: string, options?: object) => unknown;
type Instance = { t: AnyT; translator: { translate: (...args: unknown[]) => unknown } } & Omit<
  I18n,
  't'
>;

function instance(remember: boolean): Instance {
  const i = i18next.createInstance();
  void i.init({
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: CATALOGUES[l] }])),
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  if (remember) rememberTranslations(i);
  return i as unknown as Instance;
}

/** Every key of a catalogue, as `a.b.c`, plural forms folded into their base key. */
function keysOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? keysOf(v as object, `${prefix}${k}.`)
      : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('remembered translations', () => {
  it('give what i18next gives, for every key of every language, counted or not', () => {
    const remembered = instance(true);
    const plain = instance(false);
    const keys = [...new Set(keysOf(CATALOGUES.en))];
    expect(keys.length).toBeGreaterThan(200);
    for (const lng of LANGUAGES) {
      void remembered.changeLanguage(lng);
      void plain.changeLanguage(lng);
      const fixed = remembered.getFixedT(null, 'translation') as unknown as AnyT;
      for (const key of keys) {
        for (const options of [undefined, { count: 1 }, { count: 7, n: '7', name: 'Perú' }]) {
          // Twice: the second answer is the remembered one.
          const want = plain.t(key, options);
          expect(remembered.t(key, options)).toEqual(want);
          expect(remembered.t(key, options)).toEqual(want);
          expect(fixed(key, options)).toEqual(want);
        }
      }
    }
  });

  it('translate a call once, and again after the language or a catalogue changes', () => {
    const i = instance(true);
    const translate = vi.spyOn(i.translator, 'translate');
    const key = keysOf(CATALOGUES.en).find((k) => !/\{\{/.test(String(i.t(k))))!;
    const english = i.t(key);
    i.t(key);
    expect(translate).toHaveBeenCalledTimes(1);
    void i.changeLanguage('pt');
    expect(i.t(key)).toBe(instance(false).t(key, { lng: 'pt' }));
    expect(translate).toHaveBeenCalledTimes(2);
    void i.changeLanguage('en');
    expect(i.t(key)).toBe(english);
    i.addResource('en', 'translation', key, 'Changed');
    expect(i.t(key)).toBe('Changed');
  });

  it('let through, untouched, a call whose options are not plain values', () => {
    const i = instance(true);
    const translate = vi.spyOn(i.translator, 'translate');
    i.addResource('en', 'translation', 'greeting', 'Hello {{who}}');
    const options = { who: 'you', interpolation: { escapeValue: true } };
    expect(i.t('greeting', options)).toBe('Hello you');
    expect(i.t('greeting', options)).toBe('Hello you');
    expect(translate).toHaveBeenCalledTimes(2);
    expect(translationKey('en', 'greeting', [options])).toBeUndefined();
    expect(translationKey('en', (() => 'k') as unknown, [])).toBeUndefined();
    expect(translationKey('en', 'k', [{ count: 2 }])).toBe(
      translationKey('en', 'k', [{ count: 2 }]),
    );
    expect(translationKey('en', 'k', [{ count: 2 }])).not.toBe(
      translationKey('es', 'k', [{ count: 2 }]),
    );
  });

  it('forget everything once the limit is reached, and still answer rightly', () => {
    const created = i18next.createInstance();
    void created.init({
      resources: { en: { translation: { n: '{{n}} victims' } } },
      lng: 'en',
      initAsync: false,
    });
    rememberTranslations(created, 10);
    const i = created as unknown as Instance;
    for (let n = 0; n < 35; n++) expect(i.t('n', { n })).toBe(`${n} victims`);
    const translate = vi.spyOn(i.translator, 'translate');
    // 35 calls with a limit of 10: the cache was emptied at 30 and holds 30–34 only.
    i.t('n', { n: 34 });
    i.t('n', { n: 3 });
    expect(translate).toHaveBeenCalledTimes(1);
  });
});
