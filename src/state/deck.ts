/**
 * Presentation decks: slides that each hold a view (the same query string as a link, see
 * url-state.ts), a title and a speaker note. Decks are saved to and loaded from JSON files, which
 * are untrusted: every field is checked, and each slide's view is read like a link.
 */
import { readUrlState } from './url-state';
import { t } from '../i18n';

export interface Slide {
  title: string;
  note: string;
  /** The view, as a link's query string ("?from=2015&sector=mining"). */
  view: string;
}

export interface Deck {
  title: string;
  slides: Slide[];
}

const MAX_SLIDES = 200;
const MAX_TEXT = 2000;

const text = (v: unknown, max = MAX_TEXT) => (typeof v === 'string' ? v.slice(0, max) : '');

/** A deck from parsed JSON; what could not be used is said in `problems`. */
export function readDeck(
  json: unknown,
  isPlace: (iso3: string) => boolean,
): { deck: Deck; problems: string[] } {
  const problems: string[] = [];
  const o = (json ?? {}) as { title?: unknown; slides?: unknown };
  if (typeof json !== 'object' || json === null || !Array.isArray(o.slides)) {
    return {
      deck: { title: '', slides: [] },
      problems: [t('deck.notADeck')],
    };
  }
  const slides: Slide[] = [];
  o.slides.slice(0, MAX_SLIDES).forEach((raw, i) => {
    const s = (raw ?? {}) as { title?: unknown; note?: unknown; view?: unknown };
    const view = text(s.view, 1000);
    const read = readUrlState(view, isPlace);
    for (const problem of read.problems) {
      problems.push(t('deck.slideProblem', { n: i + 1, problem }));
    }
    const title = text(s.title, 200) || t('deck.slide', { n: i + 1 });
    slides.push({ title, note: text(s.note), view });
  });
  if (o.slides.length > MAX_SLIDES) problems.push(t('deck.tooMany', { n: MAX_SLIDES }));
  return { deck: { title: text(o.title, 200), slides }, problems };
}

/** A deck as the JSON file it is saved to. */
export function deckJson(deck: Deck): string {
  return `${JSON.stringify({ rutasDeck: 1, ...deck }, null, 2)}\n`;
}
