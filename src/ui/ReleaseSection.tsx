import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DbConnector } from '../data/connector';
import { buildRelease, RELEASE_GRANULARITIES, type ReleaseGranularity } from '../data/release';
import type { ResolvedPolicy } from '../domain/disclosure';
import { downloadText } from './download';

export interface ReleaseSectionProps {
  engine: DbConnector | null;
  /** The shown dataset's name, and whether it is a protected release already. */
  label: string;
  isRelease: boolean;
  /** The dataset is served from a path next to the app (`?data=`): a link serves the file. */
  servedFile: boolean;
  policy: ResolvedPolicy;
}

/**
 * In the Share dialog: a warning when a link or embed would serve a dataset that is not a
 * protected release, and "Publish a protected extract", which downloads one (and its manifest).
 */
export function ReleaseSection({
  engine,
  label,
  isRelease,
  servedFile,
  policy,
}: ReleaseSectionProps) {
  const { t } = useTranslation();
  const [granularity, setGranularity] = useState<ReleaseGranularity>('routes');
  const [status, setStatus] = useState<string | null>(null);
  if (isRelease) return <p className="hint">{t('release.isRelease')}</p>;
  const publish = async () => {
    if (!engine || !policy.noise) return;
    try {
      const release = await buildRelease(engine, granularity, policy, label);
      const base = `rutas-release-${label.replace(/\.[^.]+$/, '').replace(/[^\w-]+/g, '-')}`;
      downloadText(`${base}.csv`, release.csv, 'text/csv');
      downloadText(
        `${base}.manifest.json`,
        JSON.stringify(release.manifest, null, 2),
        'application/json',
      );
      setStatus(t('release.done', { cells: release.manifest.cells }));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="release-section" aria-labelledby="release-title">
      <h3 id="release-title">{t('release.title')}</h3>
      {servedFile && (
        <p role="alert" className="warning">
          {t('release.warning')}
        </p>
      )}
      <p className="hint">{t('release.hint')}</p>
      <div className="share-row">
        <label htmlFor="release-granularity">{t('release.granularity')}</label>
        <select
          id="release-granularity"
          value={granularity}
          onChange={(e) => setGranularity(e.target.value as ReleaseGranularity)}
        >
          {Object.keys(RELEASE_GRANULARITIES).map((g) => (
            <option key={g} value={g}>
              {t(`release.${g as ReleaseGranularity}`)}
            </option>
          ))}
        </select>
        <button type="button" disabled={!engine || !policy.noise} onClick={() => void publish()}>
          {t('release.publish')}
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
