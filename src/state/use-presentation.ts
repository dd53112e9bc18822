import { useCallback, useEffect, useState } from 'react';
import { t } from '../i18n';
import { readDeck, type Deck, type Slide } from './deck';
import { isKnownCountry } from './url-state';

/** The deck that ships with the demo data (public/examples), in the language shown. */
export const demoDeckUrl = (lng: string) =>
  `${import.meta.env.BASE_URL}examples/demo-deck${lng === 'en' ? '' : `.${lng}`}.json`;

export interface Presentation {
  deck: Deck;
  /** What could not be used of a loaded deck. */
  problems: string[];
  /** The slide shown, when presenting. */
  presenting: number | null;
  add: (slide: Slide) => void;
  remove: (index: number) => void;
  /** Reads a deck from parsed JSON (untrusted). */
  load: (json: unknown) => void;
  /** Reads a deck file the trainer picked (untrusted); what fails is said in `problems`. */
  loadFile: (file: File) => void;
  /** Fetches and reads a deck published next to the app. */
  loadUrl: (url: string) => void;
  /** Full screen, from the first slide. */
  start: () => void;
  show: (index: number) => void;
  end: () => void;
}

/**
 * A deck of slides, each a view, and the slide shown while presenting: `applyView` shows a
 * slide's view; the arrow keys (and PageUp/PageDown, Space) step, Escape ends.
 */
export function usePresentation(applyView: (search: string) => void): Presentation {
  const [deck, setDeck] = useState<Deck>({ title: '', slides: [] });
  const [problems, setProblems] = useState<string[]>([]);
  const [presenting, setPresenting] = useState<number | null>(null);
  const load = useCallback((json: unknown) => {
    const read = readDeck(json, isKnownCountry);
    setDeck(read.deck);
    setProblems(read.problems);
  }, []);
  const show = useCallback(
    (index: number) => {
      const slide = deck.slides[index];
      if (!slide) return;
      setPresenting(index);
      applyView(slide.view);
    },
    [deck, applyView],
  );
  const end = useCallback(() => {
    setPresenting(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (presenting === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        show(Math.min(deck.slides.length - 1, presenting + 1));
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        show(Math.max(0, presenting - 1));
      } else if (e.key === 'Escape') end();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, deck, show, end]);
  return {
    deck,
    problems,
    presenting,
    add: (slide) => setDeck((d) => ({ ...d, slides: [...d.slides, slide] })),
    remove: (index) => setDeck((d) => ({ ...d, slides: d.slides.filter((_, i) => i !== index) })),
    load,
    loadFile: (file) =>
      void file
        .text()
        .then((text) => load(JSON.parse(text)))
        .catch((e: unknown) =>
          setProblems([
            t('app.notADeck', {
              file: file.name,
              error: e instanceof Error ? e.message : String(e),
            }),
          ]),
        ),
    loadUrl: (url) =>
      void fetch(url)
        .then((r) => r.json())
        .then(load)
        .catch((e: unknown) => setProblems([e instanceof Error ? e.message : String(e)])),
    start: () => {
      void document.documentElement.requestFullscreen?.().catch(() => undefined);
      show(0);
    },
    show,
    end,
  };
}
