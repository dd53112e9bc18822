/**
 * A list of sectors with their published figures, summarised for reading: the sectors shown,
 * by name, then whether others have fewer than k victims, or are withheld, instead of a "< 10"
 * after nearly every sector of every leg.
 *
 * Why counting them leaks nothing: the lists come from the publication step (domain/publish),
 * which holds only the sectors with at least one case (a sector with none is no cell of the
 * aggregate: the cell-key method keeps a zero at zero and publishes no "0" for it), and which
 * already names each hidden one as "< k" ("so a viewer knows they are not empty"). Saying that
 * there are such sectors says less than their names did; a sector with no case is in neither
 * list, so it is never mentioned: "no case" reads as nothing, "hidden" as "fewer than k". No
 * figure is added, and none can be worked out from this that could not be from the names.
 */
import type { Disclosed } from '../domain/disclosure';
import { formatDisclosed } from '../i18n/disclosure-text';
import { sectorLabel } from '../i18n/labels';
import type { Sector } from '../domain/sectors';
import { t } from '../i18n';

export interface SectorSummary<T> {
  /** The sectors whose figure is shown, in the order given. */
  shown: T[];
  /** How many have fewer than `k` victims (hidden). */
  few: number;
  /** The threshold of the hidden ones (from their figures), if any is hidden. */
  k: number | null;
  /** How many are withheld (their figure would reveal a hidden one). */
  withheld: number;
}

/** Splits a list of sectors into those shown and the counts of the hidden and withheld. */
export function summariseSectors<T extends { victims: Disclosed }>(
  list: readonly T[],
): SectorSummary<T> {
  const shown: T[] = [];
  let few = 0;
  let withheld = 0;
  let k: number | null = null;
  for (const item of list) {
    const v = item.victims;
    if (v.kind === 'shown') shown.push(item);
    else if (v.kind === 'withheld') withheld++;
    else {
      few++;
      k = v.k;
    }
  }
  return { shown, few, k, withheld };
}

/**
 * The phrases for the sectors not shown: "other sectors with fewer than 10 victims each". Their
 * number is not written: beside victim counts a reader (and the disclosure tests, which read
 * every number in the Table, the sidebar and the CSV as a count) would take a small digit for a
 * count below k.
 */
export function notShownPhrases(summary: SectorSummary<unknown>): string[] {
  const phrases: string[] = [];
  if (summary.few > 0) phrases.push(t('sectorList.few', { count: summary.few, k: summary.k }));
  if (summary.withheld > 0) phrases.push(t('sectorList.withheld', { count: summary.withheld }));
  return phrases;
}

/**
 * A leg's sector mix as one line: "Sexual exploitation: 1,234; Mining: 56; other sectors with
 * fewer than 10 victims each".
 */
export function sectorMixText(list: readonly { sector: Sector; victims: Disclosed }[]): string {
  const summary = summariseSectors(list);
  return [
    ...summary.shown.map((s) => `${sectorLabel(s.sector)}: ${formatDisclosed(s.victims)}`),
    ...notShownPhrases(summary),
  ].join('; ');
}
