import type { Presentation } from '../state/use-presentation';

/** The slide being presented: "n / N", its title, its speaker note, and the steps. */
export function SlideCaption({ presentation }: { presentation: Presentation }) {
  const { deck, presenting, show, end } = presentation;
  if (presenting === null) return null;
  const slide = deck.slides[presenting];
  if (!slide) return null;
  return (
    <section className="slide-caption" aria-label="Slide" aria-live="polite">
      <p className="slide-count">
        {presenting + 1} / {deck.slides.length}
      </p>
      <h2>{slide.title}</h2>
      {slide.note && (
        <details>
          <summary>Speaker note</summary>
          <p>{slide.note}</p>
        </details>
      )}
      <div className="slide-actions">
        <button type="button" onClick={() => show(Math.max(0, presenting - 1))}>
          Previous
        </button>
        <button
          type="button"
          onClick={() => show(Math.min(deck.slides.length - 1, presenting + 1))}
        >
          Next
        </button>
        <button type="button" onClick={end}>
          End
        </button>
      </div>
    </section>
  );
}
