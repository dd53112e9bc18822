/** A dataset in the engine, as the page knows it, and how it is named in words. */
import type { LoadReport } from '../data/ingest/report';
import { rowCount } from '../data/ingest/report';
import type { DatasetExtent } from '../data/queries/summary';
import { t } from '../i18n';
import { formatYears } from '../i18n/format';

export interface DatasetInfo {
  id: string;
  label: string;
  synthetic: boolean;
  extent: DatasetExtent;
  /** The smallest disclosure threshold the dataset declares, if any. */
  disclosureFloor: number | null;
  /** A protected release (see data/release.ts): its counts are shown as they are. */
  protectedRelease: boolean;
  /** It was fetched from a path published next to the app (`?data=`): links serve the file. */
  served: boolean;
  /** What the load read and set aside (none for the demo). */
  report: LoadReport | null;
  /** It has criminal-justice figures (GLOTIP's): the Justice view is offered. */
  hasJustice: boolean;
}

/** A dataset's name as shown: the file's, or the demo's in the language shown. */
export function datasetName(info: Pick<DatasetInfo, 'id' | 'label'>): string {
  return info.id === 'demo' ? t('datasets.demo') : info.label;
}

export function loadedStatus(info: DatasetInfo): string {
  const r = info.report;
  const read = r?.rowsRead ?? info.extent.rows;
  return t('load.loaded', {
    count: read,
    name: datasetName(info),
    rows: rowCount(read),
    used: r && r.rowsUsed !== r.rowsRead ? t('load.used', { rows: rowCount(r.rowsUsed) }) : '',
    years: formatYears(info.extent.yearMin, info.extent.yearMax),
  });
}
