import { useTranslation } from 'react-i18next';
import type { Presentation } from '../state/use-presentation';

/** The slide being presented: "n / N", its title, its speaker note, and the steps. */
export function SlideCaption({ presentation }: { presentation: Presentation }) {
  const { t } = useTranslation();
  const { deck, presenting, show, end } = presentation;
  if (presenting === null) return null;
  const slide = deck.slides[presenting];
  if (!slide) return null;
  return (
    <section className="slide-caption" aria-label={t('deck.caption')} aria-live="polite">
      <p className="slide-count">
        {presenting + 1} / {deck.slides.length}
      </p>
      <h2>{slide.title}</h2>
      {slide.note && (
        <details>
          <summary>{t('deck.note')}</summary>
          <p>{slide.note}</p>
        </details>
      )}
      <div className="slide-actions">
        <button type="button" onClick={() => show(Math.max(0, presenting - 1))}>
          {t('deck.previous')}
        </button>
        <button
          type="button"
          onClick={() => show(Math.min(deck.slides.length - 1, presenting + 1))}
        >
          {t('deck.next')}
        </button>
        <button type="button" onClick={end}>
          {t('deck.end')}
        </button>
      </div>
    </section>
  );
}
