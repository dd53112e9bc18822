import { countryName } from '../domain/countries';
import { formatDisclosed } from '../domain/disclosure';
import type { Iso3 } from '../domain/types';
import type { MapData } from '../map/map-data';

export interface PlacePanelProps {
  place: Iso3;
  data: MapData | null;
  onClear: () => void;
}

/** Totals for the selected country, published figures only. */
export function PlacePanel({ place, data, onClear }: PlacePanelProps) {
  const totals = data?.places.find((p) => p.place === place);
  // Its busiest partners: the legs drawn into and out of it (already in published order).
  const partners = (data?.flows ?? [])
    .filter((f) => f.from === place || f.to === place)
    .slice(0, 5);
  return (
    <section className="place-panel" aria-labelledby="place-title">
      <h2 id="place-title">{countryName(place)}</h2>
      <p className="hint">Showing every route that starts, passes through or ends here.</p>
      {totals ? (
        <dl>
          <dt>Moved out (origin)</dt>
          <dd>{formatDisclosed(totals.outgoing)}</dd>
          <dt>Moved in (destination)</dt>
          <dd>{formatDisclosed(totals.incoming)}</dd>
          <dt>Moved through (transit)</dt>
          <dd>{formatDisclosed(totals.transit)}</dd>
          <dt>Internal</dt>
          <dd>{formatDisclosed(totals.internal)}</dd>
        </dl>
      ) : (
        <p>No victims recorded here under the current filters.</p>
      )}
      {partners.length > 0 && (
        <>
          <h3>Main partners</h3>
          <ul className="partners" aria-label="Main partners">
            {partners.map((f) => (
              <li key={`${f.from}>${f.to}`}>
                {f.from === place ? `to ${countryName(f.to)}` : `from ${countryName(f.from)}`}:{' '}
                {formatDisclosed(f.victims)}
              </li>
            ))}
          </ul>
          <p className="hint">
            The sector chart and the year histogram above now show this country&rsquo;s routes.
          </p>
        </>
      )}
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
