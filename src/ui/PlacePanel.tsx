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
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
