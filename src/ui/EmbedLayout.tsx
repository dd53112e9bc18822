import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../i18n/country-text';
import { type ResolvedPolicy } from '../domain/disclosure';
import { policyNote } from '../i18n/disclosure-text';
import type { Filter } from '../domain/types';
import type { DatasetInfo } from '../state/use-dashboard';
import { t } from '../i18n';
import { formatYears } from '../i18n/format';
import { ageLabel, sectorLabel, sexLabel } from '../i18n/labels';

/** A title that says what a view shows, e.g. "Victims 2015–2023 · Mining · routes via Bolivia". */
export function viewTitle(filter: Filter, dataset: DatasetInfo | null): string {
  if (!dataset) return 'Rutas';
  const parts = [t('view.title', { years: formatYears(filter.yearFrom, filter.yearTo) })];
  if (filter.sectors.length > 0) parts.push(filter.sectors.map(sectorLabel).join(', '));
  if ((filter.sexes ?? []).length > 0) parts.push(filter.sexes!.map(sexLabel).join(', '));
  if ((filter.ageGroups ?? []).length > 0) parts.push(filter.ageGroups!.map(ageLabel).join(', '));
  if (filter.place) parts.push(t('view.via', { country: countryName(filter.place) }));
  return parts.join(' · ');
}

/** The page's link without `embed`: the full dashboard on the same view. */
function fullViewUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('embed');
  return url.toString();
}

export interface EmbedLayoutProps {
  title: string;
  synthetic: boolean;
  /** The dataset's name, for the source line. */
  source: string | null;
  policy: ResolvedPolicy;
  status: string;
  /** Drawn over the map (null for the other views). */
  legend: ReactNode;
  /** The view: map, table or chart. */
  children: ReactNode;
}

/**
 * `?embed=1`: one view for an iframe in a report — a title, the view filling what room there is,
 * its legend, and a line with the source, the disclosure rule and a link to the full view.
 */
export function EmbedLayout({
  title,
  synthetic,
  source,
  policy,
  status,
  legend,
  children,
}: EmbedLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="embed">
      <header className="embed-header">
        <h1 title={title}>{title}</h1>
        {synthetic && <span className="demo-banner">{t('embed.demo')}</span>}
      </header>
      <main className="map-area">
        {children}
        {legend && <div className="embed-legend">{legend}</div>}
      </main>
      <footer className="embed-footer" data-not-a-count>
        {source && <span className="embed-source">{t('embed.source', { source })}</span>}
        <span>{policyNote(policy)} </span>
        <a href={fullViewUrl()} target="_blank" rel="noopener">
          {t('embed.open')}
        </a>
      </footer>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
