import type { ReactNode } from 'react';
import type { PlaceRole } from '../domain/publish';
import type { FlowScale } from '../map/per-capita';

export interface ShadeChoice {
  role: PlaceRole | null;
  perCapita: boolean;
  /** What flow widths show: victims, or victims per 100,000 people of one end of the leg. */
  flows: FlowScale;
}

const OPTIONS: { role: PlaceRole; label: string }[] = [
  { role: 'incoming', label: 'victims as destination' },
  { role: 'outgoing', label: 'victims as origin' },
  { role: 'transit', label: 'victims as transit' },
  { role: 'involved', label: 'victims involved' },
];

export const SHADE_LABELS = Object.fromEntries(OPTIONS.map((o) => [o.role, o.label])) as Record<
  PlaceRole,
  string
>;

/** Which figure shades the countries of the map (a choropleth), if any, and what flow widths show. */
export function ShadeControl({
  choice,
  onChange,
  children,
}: {
  choice: ShadeChoice;
  onChange: (c: ShadeChoice) => void;
  /** More map controls, below these (the image export). */
  children?: ReactNode;
}) {
  return (
    <div className="shade-control">
      <label>
        Shade countries by{' '}
        <select
          value={choice.role ?? ''}
          onChange={(e) =>
            onChange({ ...choice, role: (e.target.value || null) as PlaceRole | null })
          }
        >
          <option value="">nothing</option>
          {OPTIONS.map((o) => (
            <option key={o.role} value={o.role}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Flow width{' '}
        <select
          value={choice.flows}
          onChange={(e) => onChange({ ...choice, flows: e.target.value as FlowScale })}
        >
          <option value="victims">victims</option>
          <option value="origin">per 100,000 people of the origin</option>
          <option value="destination">per 100,000 people of the destination</option>
        </select>
      </label>
      {choice.role && (
        <label className="check">
          <input
            type="checkbox"
            checked={choice.perCapita}
            onChange={(e) => onChange({ ...choice, perCapita: e.target.checked })}
          />{' '}
          per 100,000 people
        </label>
      )}
      {children}
    </div>
  );
}
