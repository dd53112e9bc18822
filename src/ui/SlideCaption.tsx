import { useTranslation } from 'react-i18next';
import type { Presentation } from '../state/use-presentation';

/**
 * The slide being presented, as a band above the view: its title, "n / N" with a progress bar,
 * its speaker note (folded) and the steps; the view fills the rest of the screen.
 */
export function SlideCaption({
  presentation,
  synthetic,
}: {
  presentation: Presentation;
  /** The data is the synthetic demo: every slide says so. */
  synthetic: boolean;
}) {
  const { t } = useTranslation();
  const { deck, presenting, show, end } = presentation;
  if (presenting === null) return null;
  const slide = deck.slides[presenting];
  if (!slide) return null;
  const n = presenting + 1;
  const total = deck.slides.length;
  return (
    <section className="slide-caption" aria-label={t('deck.caption')} aria-live="polite">
      <div className="slide-heading">
        <h2>{slide.title}</h2>
        {synthetic && <p className="demo-banner">{t('embed.demo')}</p>}
        <p className="slide-count">
          {n} / {total}
        </p>
      </div>
      <div
        className="slide-progress"
        role="progressbar"
        aria-label={t('present.progress', { n, total })}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={n}
      >
        <span style={{ width: `${(100 * n) / total}%` }} />
      </div>
      <div className="slide-actions">
        {slide.note && (
          <details>
            <summary>{t('deck.note')}</summary>
            <p>{slide.note}</p>
          </details>
        )}
        <button type="button" onClick={() => show(Math.max(0, presenting - 1))}>
          {t('deck.previous')}
        </button>
        <button type="button" onClick={() => show(Math.min(total - 1, presenting + 1))}>
          {t('deck.next')}
        </button>
        <button type="button" onClick={end}>
          {t('deck.end')}
        </button>
      </div>
    </section>
  );
}
