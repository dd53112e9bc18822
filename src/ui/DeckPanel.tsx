import { useState } from 'react';
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
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  return (
    <section className="deck-panel" aria-labelledby="deck-title">
      <h2 id="deck-title">Presentation</h2>
      <label htmlFor="slide-title">Slide title</label>
      <input id="slide-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor="slide-note">Speaker note</label>
      <textarea id="slide-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <button
        type="button"
        onClick={() => {
          onAdd(title.trim() || `Slide ${deck.slides.length + 1}`, note.trim());
          setTitle('');
          setNote('');
        }}
      >
        Add this view as a slide
      </button>
      {deck.slides.length > 0 && (
        <ol className="slides" aria-label="Slides">
          {deck.slides.map((s, i) => (
            <li key={i}>
              {s.title}{' '}
              <button
                type="button"
                aria-label={`Remove slide ${i + 1}`}
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
          Present
        </button>
        <button
          type="button"
          disabled={deck.slides.length === 0}
          onClick={() => downloadText('rutas-deck.json', deckJson(deck), 'application/json')}
        >
          Save deck
        </button>
        <label className="button">
          Load deck
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
            Load the demo deck
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="deck-problems" aria-label="Deck problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="hint">Present: arrow keys step through the slides, Escape ends.</p>
    </section>
  );
}
