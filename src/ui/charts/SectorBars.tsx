import { drawableValue, type Disclosed } from '../../domain/disclosure';
import { formatDisclosed } from '../../i18n/disclosure-text';
import { SEX_COLORS } from '../palette';
import type { Sector } from '../../domain/sectors';
import { t } from '../../i18n';
import { sectorLabel, sexLabel } from '../../i18n/labels';
import type { Sex } from '../../domain/types';
import { RankedBars } from './RankedBars';

export interface SectorBarsProps {
  /** With `bySex`, each bar is stacked by sex (published parts; hidden ones draw nothing). */
  bars: { sector: Sector; victims: Disclosed; bySex?: { sex: Sex; victims: Disclosed }[] }[];
  /** Sectors in the filter; none means all. */
  selected: readonly Sector[];
  /** Clicking a bar toggles its sector in the filter. */
  onToggle?: (sector: Sector) => void;
  width?: number;
}

/**
 * Victims by sector as horizontal bars, stacked by sex when given (published figures only: a
 * hidden count has no bar and reads "< k"). Pure: the same props give the same SVG.
 */
export function SectorBars({ bars, selected, onToggle, width = 260 }: SectorBarsProps) {
  return (
    <RankedBars
      className="sector-bars"
      label={t('sectorChart.title')}
      width={width}
      labelWidth={150}
      valueWidth={56}
      selected={selected}
      onSelect={onToggle ? (id) => onToggle(id as Sector) : undefined}
      bars={bars.map((b) => ({
        id: b.sector,
        label: sectorLabel(b.sector),
        value: drawableValue(b.victims),
        text: formatDisclosed(b.victims),
        segments: b.bySex?.map((x) => ({
          id: x.sex,
          color: SEX_COLORS[x.sex],
          label: sexLabel(x.sex).toLowerCase(),
          value: drawableValue(x.victims),
          text: formatDisclosed(x.victims),
        })),
      }))}
    />
  );
}
