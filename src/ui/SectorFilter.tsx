import { SECTORS, SECTOR_LABELS, type Sector } from '../domain/sectors';

export interface SectorFilterProps {
  selected: readonly Sector[];
  onToggle: (sector: Sector) => void;
  onAll: () => void;
}

/** Sector checkboxes; none checked means every sector. */
export function SectorFilter({ selected, onToggle, onAll }: SectorFilterProps) {
  return (
    <fieldset className="control">
      <legend>Sector of exploitation</legend>
      <label className="check">
        <input type="checkbox" checked={selected.length === 0} onChange={onAll} />
        All sectors
      </label>
      {SECTORS.map((sector) => (
        <label className="check" key={sector}>
          <input
            type="checkbox"
            checked={selected.includes(sector)}
            onChange={() => onToggle(sector)}
          />
          {SECTOR_LABELS[sector]}
        </label>
      ))}
      <p className="hint">A case in several sectors counts in each of them.</p>
    </fieldset>
  );
}
