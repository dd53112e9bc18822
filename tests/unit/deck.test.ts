import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/i18n/country-text';
import { deckJson, readDeck } from '../../src/state/deck';

const known = (iso3: string) => countryName(iso3) !== iso3;

describe('presentation decks', () => {
  it('reads back what it saves, and reads the demo deck without a problem', () => {
    const deck = {
      title: 'Briefing',
      slides: [{ title: 'Mining', note: 'Pause here.', view: '?sector=mining' }],
    };
    expect(readDeck(JSON.parse(deckJson(deck)), known)).toEqual({ deck, problems: [] });
    const demo = (suffix: string) =>
      readDeck(
        JSON.parse(
          readFileSync(
            path.join(import.meta.dirname, `../../public/examples/demo-deck${suffix}.json`),
            'utf8',
          ),
        ),
        known,
      );
    const english = demo('');
    expect(english.problems).toEqual([]);
    expect(english.deck.slides).toHaveLength(5);
    // The Spanish and Portuguese decks show the same views, with their own words.
    for (const suffix of ['.es', '.pt']) {
      const translated = demo(suffix);
      expect(translated.problems).toEqual([]);
      expect(translated.deck.slides.map((s) => s.view)).toEqual(
        english.deck.slides.map((s) => s.view),
      );
      translated.deck.slides.forEach((s, i) => {
        expect(s.title).not.toBe(english.deck.slides[i]!.title);
        expect(s.note).not.toBe(english.deck.slides[i]!.note);
      });
    }
  });

  it('takes nothing on trust: bad shapes, fields and views are said, never passed on', () => {
    expect(readDeck('not a deck', known).problems).toEqual([
      'The file is not a Rutas deck (no slides).',
    ]);
    const { deck, problems } = readDeck(
      { title: 42, slides: [{ title: { x: 1 }, note: null, view: '?country=ZZZ&sector=gold' }] },
      known,
    );
    expect(deck).toEqual({
      title: '',
      slides: [{ title: 'Slide 1', note: '', view: '?country=ZZZ&sector=gold' }],
    });
    expect(problems).toEqual([
      'Slide 1: The link\'s sector="gold" is not a sector Rutas knows.',
      'Slide 1: The link\'s country="ZZZ" is not a country on the map (an ISO 3166 alpha-3 code).',
    ]);
  });
});
