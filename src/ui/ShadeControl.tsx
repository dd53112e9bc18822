import type { PlaceRole } from '../domain/publish';

export interface ShadeChoice {
  role: PlaceRole | null;
  perCapita: boolean;
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

/** Which figure shades the countries of the map (a choropleth), if any. */
export function ShadeControl({
  choice,
  onChange,
}: {
  choice: ShadeChoice;
  onChange: (c: ShadeChoice) => void;
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
    </div>
  );
}
