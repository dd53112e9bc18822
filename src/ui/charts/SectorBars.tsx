import { drawableValue, formatDisclosed, type Disclosed } from '../../domain/disclosure';
import { SECTOR_LABELS, type Sector } from '../../domain/sectors';
import { RankedBars } from './RankedBars';

export interface SectorBarsProps {
  bars: { sector: Sector; victims: Disclosed }[];
  /** Sectors in the filter; none means all. */
  selected: readonly Sector[];
  /** Clicking a bar toggles its sector in the filter. */
  onToggle?: (sector: Sector) => void;
  width?: number;
}

/**
 * Victims by sector as horizontal bars (published figures only: a hidden count has no bar and
 * reads "< k"). Pure: the same props give the same SVG.
 */
export function SectorBars({ bars, selected, onToggle, width = 260 }: SectorBarsProps) {
  return (
    <RankedBars
      className="sector-bars"
      label="Victims by sector"
      width={width}
      labelWidth={150}
      valueWidth={56}
      selected={selected}
      onSelect={onToggle ? (id) => onToggle(id as Sector) : undefined}
      bars={bars.map((b) => ({
        id: b.sector,
        label: SECTOR_LABELS[b.sector],
        value: drawableValue(b.victims),
        text: formatDisclosed(b.victims),
      }))}
    />
  );
}
