import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../i18n/country-text';
import { formatDisclosed, policyNote } from '../i18n/disclosure-text';
import { PLACE_ROLES, publishedRank } from '../domain/publish';
import { roleLabel } from '../i18n/labels';
import { compareNames } from '../i18n/format';
import { countriesCsv, flowsCsv, type ExportContext } from '../export/csv';
import type { View } from '../state/use-dashboard';
import { exportName } from '../export/names';
import { sectorMixText } from '../export/sector-summary';
import { downloadText } from './download';

type SortKey = 'from' | 'to' | 'victims';
interface Sort {
  key: SortKey;
  descending: boolean;
}

/** A table's title with the button that downloads it as CSV. */
function TableHeading(props: {
  id: string;
  title: string;
  download: string;
  onDownload: () => void;
}) {
  return (
    <div className="table-heading">
      <h2 id={props.id}>{props.title}</h2>
      <button type="button" onClick={props.onDownload}>
        {props.download}
      </button>
    </div>
  );
}

export interface TableViewProps {
  view: View;
  datasetLabel: string;
}

/** The published figures of the current view as tables, with their CSV exports. */
export function TableView({ view, datasetLabel }: TableViewProps) {
  const { t } = useTranslation();
  const ctx: ExportContext = { datasetLabel, filter: view.filter, policy: view.policy };
  const { places } = view.published;
  const [sort, setSort] = useState<Sort>({ key: 'victims', descending: true });
  const legs = [...view.published.legs].sort((a, b) => {
    const order =
      sort.key === 'victims'
        ? publishedRank(a.victims) - publishedRank(b.victims)
        : compareNames(countryName(a[sort.key]), countryName(b[sort.key]));
    return sort.descending ? -order : order;
  });
  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort"
        onClick={() =>
          setSort({ key, descending: sort.key === key ? !sort.descending : key === 'victims' })
        }
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    <div className="table-view">
      <p className="table-note" data-not-a-count>
        {policyNote(view.policy)}
      </p>
      <section aria-labelledby="flows-title">
        <TableHeading
          id="flows-title"
          title={t('table.flows')}
          download={t('table.downloadFlows')}
          onDownload={() =>
            downloadText(
              `${exportName('rutas-flows', view.filter)}.csv`,
              flowsCsv(view.published, ctx),
              'text/csv',
            )
          }
        />
        <table>
          <thead>
            <tr>
              {header('from', t('table.from'))}
              {header('to', t('table.to'))}
              {header('victims', t('table.victims'))}
              <th scope="col">{t('table.sectors')}</th>
            </tr>
          </thead>
          <tbody>
            {legs.map((leg) => (
              <tr key={`${leg.from}>${leg.to}`}>
                <td>{countryName(leg.from)}</td>
                <td>{countryName(leg.to)}</td>
                <td className="count">{formatDisclosed(leg.victims)}</td>
                <td>{sectorMixText(leg.sectors)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="countries-title">
        <TableHeading
          id="countries-title"
          title={t('table.countries')}
          download={t('table.downloadCountries')}
          onDownload={() =>
            downloadText(
              `${exportName('rutas-countries', view.filter)}.csv`,
              countriesCsv(view.published, ctx),
              'text/csv',
            )
          }
        />
        <table>
          <thead>
            <tr>
              <th scope="col">{t('table.country')}</th>
              {PLACE_ROLES.map((r) => (
                <th scope="col" key={r}>
                  {roleLabel(r)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {places.map((p) => (
              <tr key={p.place}>
                <td>{countryName(p.place)}</td>
                {PLACE_ROLES.map((r) => (
                  <td className="count" key={r}>
                    {formatDisclosed(p[r])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
