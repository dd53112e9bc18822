import { useState } from 'react';
import { countryName } from '../domain/countries';
import { drawableValue, formatDisclosed, policyNote, type Disclosed } from '../domain/disclosure';
import { PLACE_ROLES, type PlaceRole } from '../domain/publish';
import { SECTOR_LABELS } from '../domain/sectors';
import { countriesCsv, flowsCsv, type ExportContext } from '../export/csv';
import type { View } from '../state/use-dashboard';
import { downloadText } from './download';

const ROLE_LABELS: Record<PlaceRole, string> = {
  involved: 'Involved',
  outgoing: 'Moved out (origin)',
  incoming: 'Moved in (destination)',
  transit: 'Moved through (transit)',
  internal: 'Internal',
};

type SortKey = 'from' | 'to' | 'victims';
interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Rank of a published figure: shown values by size, then withheld, then hidden. */
const rank = (d: Disclosed) =>
  d.kind === 'shown' ? drawableValue(d) : d.kind === 'withheld' ? -1 : -2;

export interface TableViewProps {
  view: View;
  datasetLabel: string;
}

/** The published figures of the current view as tables, with their CSV exports. */
export function TableView({ view, datasetLabel }: TableViewProps) {
  const ctx: ExportContext = { datasetLabel, filter: view.filter, policy: view.policy };
  const { places } = view.published;
  const [sort, setSort] = useState<Sort>({ key: 'victims', descending: true });
  const legs = [...view.published.legs].sort((a, b) => {
    const order =
      sort.key === 'victims'
        ? rank(a.victims) - rank(b.victims)
        : countryName(a[sort.key]).localeCompare(countryName(b[sort.key]));
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
        <div className="table-heading">
          <h2 id="flows-title">Flow legs</h2>
          <button
            type="button"
            onClick={() =>
              downloadText('rutas-flows.csv', flowsCsv(view.published, ctx), 'text/csv')
            }
          >
            Download flows CSV
          </button>
        </div>
        <table>
          <thead>
            <tr>
              {header('from', 'From')}
              {header('to', 'To')}
              {header('victims', 'Victims')}
              <th scope="col">Sectors</th>
            </tr>
          </thead>
          <tbody>
            {legs.map((leg) => (
              <tr key={`${leg.from}>${leg.to}`}>
                <td>{countryName(leg.from)}</td>
                <td>{countryName(leg.to)}</td>
                <td className="count">{formatDisclosed(leg.victims)}</td>
                <td>
                  {leg.sectors
                    .map((s) => `${SECTOR_LABELS[s.sector]}: ${formatDisclosed(s.victims)}`)
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="countries-title">
        <div className="table-heading">
          <h2 id="countries-title">Countries</h2>
          <button
            type="button"
            onClick={() =>
              downloadText('rutas-countries.csv', countriesCsv(view.published, ctx), 'text/csv')
            }
          >
            Download countries CSV
          </button>
        </div>
        <table>
          <thead>
            <tr>
              <th scope="col">Country</th>
              {PLACE_ROLES.map((r) => (
                <th scope="col" key={r}>
                  {ROLE_LABELS[r]}
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
