import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deckJson, type Deck } from '../state/deck';
import { downloadText } from './download';

export interface DeckPanelProps {
  deck: Deck;
  problems: string[];
  onAdd: (title: string, note: string) => void;
  onRemove: (index: number) => void;
  onPresent: () => void;
  /** Reads a deck file the trainer picked. */
  onLoad: (file: File) => void;
  /** Loads the deck that ships with the demo data (null when another dataset is shown). */
  onLoadDemo: (() => void) | null;
}

/** Slides for a presentation: the current view saved with a title and a speaker note. */
export function DeckPanel({
  deck,
  problems,
  onAdd,
  onRemove,
  onPresent,
  onLoad,
  onLoadDemo,
}: DeckPanelProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  return (
    <section className="deck-panel" aria-labelledby="deck-title">
      <h2 id="deck-title">{t('deck.title')}</h2>
      <label htmlFor="slide-title">{t('deck.slideTitle')}</label>
      <input id="slide-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor="slide-note">{t('deck.note')}</label>
      <textarea id="slide-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <button
        type="button"
        onClick={() => {
          onAdd(title.trim() || t('deck.slide', { n: deck.slides.length + 1 }), note.trim());
          setTitle('');
          setNote('');
        }}
      >
        {t('deck.add')}
      </button>
      {deck.slides.length > 0 && (
        <ol className="slides" aria-label={t('deck.slides')}>
          {deck.slides.map((s, i) => (
            <li key={i}>
              {s.title}{' '}
              <button
                type="button"
                aria-label={t('deck.removeSlide', { n: i + 1 })}
                onClick={() => onRemove(i)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="deck-actions">
        <button type="button" disabled={deck.slides.length === 0} onClick={onPresent}>
          {t('deck.present')}
        </button>
        <button
          type="button"
          disabled={deck.slides.length === 0}
          onClick={() => downloadText('rutas-deck.json', deckJson(deck), 'application/json')}
        >
          {t('deck.save')}
        </button>
        <label className="button">
          {t('deck.load')}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onLoad(file);
              e.target.value = '';
            }}
          />
        </label>
        {onLoadDemo && (
          <button type="button" onClick={onLoadDemo}>
            {t('deck.loadDemo')}
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="deck-problems" aria-label={t('deck.problems')}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="hint">{t('deck.hint')}</p>
    </section>
  );
}
