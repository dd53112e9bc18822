/**
 * Tooltip text for a picked map object. Only published (disclosed) figures reach it.
 */
import { countryName } from '../i18n/country-text';
import { formatDisclosed } from '../i18n/disclosure-text';
import { formatRate } from '../i18n/rate-text';
import { t } from '../i18n';
import { roleLabel, sectorLabel } from '../i18n/labels';
import type { MapFlow, MapPlace } from './map-data';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function flowTooltipHtml(flow: MapFlow): string {
  const sectors = flow.sectors
    .slice(0, 3)
    .map(
      (s) =>
        `<li>${escapeHtml(sectorLabel(s.sector))}: ${escapeHtml(formatDisclosed(s.victims))}</li>`,
    )
    .join('');
  return (
    `<strong>${escapeHtml(countryName(flow.from))} → ${escapeHtml(countryName(flow.to))}</strong>` +
    `<div>${escapeHtml(t('tooltip.victims'))}: ${escapeHtml(formatDisclosed(flow.victims))}</div>` +
    (flow.magnitude !== undefined
      ? `<div>${escapeHtml(t('tooltip.perCapita'))}: ${escapeHtml(formatRate({ kind: 'rate', value: flow.magnitude }))}</div>`
      : '') +
    (sectors ? `<div>${escapeHtml(t('tooltip.mainSectors'))}:</div><ul>${sectors}</ul>` : '')
  );
}

export function placeTooltipHtml(place: MapPlace): string {
  const row = (label: string, value: string) =>
    `<div>${escapeHtml(label)}: ${escapeHtml(value)}</div>`;
  return (
    `<strong>${escapeHtml(countryName(place.place))}</strong>` +
    row(t('place.involved'), formatDisclosed(place.involved)) +
    (['outgoing', 'incoming', 'transit', 'internal'] as const)
      .map((role) => row(roleLabel(role), formatDisclosed(place[role])))
      .join('')
  );
}
