/**
 * Tooltip text for a picked map object. Only published (disclosed) figures reach it.
 */
import { countryName } from '../domain/countries';
import { formatDisclosed } from '../domain/disclosure';
import { formatRate } from '../domain/rates';
import type { MapFlow, MapPlace } from './map-data';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function flowTooltipHtml(flow: MapFlow): string {
  const sectors = flow.sectors
    .slice(0, 3)
    .map((s) => `<li>${escapeHtml(s.label)}: ${escapeHtml(formatDisclosed(s.victims))}</li>`)
    .join('');
  return (
    `<strong>${escapeHtml(countryName(flow.from))} → ${escapeHtml(countryName(flow.to))}</strong>` +
    `<div>Victims: ${escapeHtml(formatDisclosed(flow.victims))}</div>` +
    (flow.magnitude !== undefined
      ? `<div>Per 100,000 people per year: ${escapeHtml(formatRate({ kind: 'rate', value: flow.magnitude }))}</div>`
      : '') +
    (sectors ? `<div>Main sectors:</div><ul>${sectors}</ul>` : '')
  );
}

export function placeTooltipHtml(place: MapPlace): string {
  const row = (label: string, value: string) => `<div>${label}: ${escapeHtml(value)}</div>`;
  return (
    `<strong>${escapeHtml(countryName(place.place))}</strong>` +
    row('Victims involved', formatDisclosed(place.involved)) +
    row('Moved out (origin)', formatDisclosed(place.outgoing)) +
    row('Moved in (destination)', formatDisclosed(place.incoming)) +
    row('Moved through (transit)', formatDisclosed(place.transit)) +
    row('Internal', formatDisclosed(place.internal))
  );
}
