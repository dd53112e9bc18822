import { sankey, sankeyJustify, sankeyLinkHorizontal } from 'd3-sankey';
import { countryName } from '../../i18n/country-text';
import { formatDisclosed } from '../../i18n/disclosure-text';
import type { PublishedSectorRoute } from '../../domain/publish';
import type { Sector } from '../../domain/sectors';
import { t } from '../../i18n';
import { compareNames, formatNumber } from '../../i18n/format';
import { sectorLabel } from '../../i18n/labels';
import type { Disclosed } from '../../domain/disclosure';
import { sectorColor } from './sector-colors';

export interface SectorSankeyProps {
  links: readonly PublishedSectorRoute[];
  /** The sectors filtered on; when some are, the others are dimmed. */
  selected: readonly Sector[];
  onToggle?: (sector: Sector) => void;
  width?: number;
  height?: number;
  /** Room for the country names on each side (less in a narrow box). */
  labelPx?: number;
  /**
   * Published totals of the nodes, by node id ("s:mining", "o:BOL", "d:ARG"), printed after
   * their names; a node without one shows its name only.
   */
  totals?: ReadonlyMap<string, Disclosed>;
}

/** The id of a sector's node, or of a country's at one end (null: unknown), as in `totals`. */
export const sankeyNodeId = (end: 'origin' | 'destination' | 'sector', key: string | null) =>
  end === 'sector' ? `s:${key}` : `${end === 'origin' ? 'o' : 'd'}:${key ?? '?'}`;

interface Node {
  id: string;
  label: string;
  sector?: Sector;
  /** Its published total, as written. */
  total?: string;
}

interface Link {
  source: string;
  target: string;
  value: number;
  text: string;
  sector: Sector;
}

const MARGIN = 8;
const LABEL = 130;

function endNode(end: PublishedSectorRoute['end'], place: string | null): Node {
  if (place === null) {
    return {
      id: sankeyNodeId(end, null),
      label: end === 'origin' ? t('sankey.unknownOrigin') : t('sankey.unknownDestination'),
    };
  }
  return { id: sankeyNodeId(end, place), label: countryName(place) };
}

/** A node with its published total, when it has one. */
function labelled(node: Node, totals: ReadonlyMap<string, Disclosed> | undefined): Node {
  const total = totals?.get(node.id);
  return total ? { ...node, total: formatDisclosed(total) } : node;
}

/** A node's name with its total, as read aloud. */
const fullLabel = (n: Node) =>
  n.total === undefined ? n.label : t('sectorList.nodeTotal', { label: n.label, victims: n.total });

/**
 * Origin → sector → destination, drawn from published figures only: a link's width is its
 * published figure (the bottom of its band), its colour its sector's; hidden and withheld links
 * are not drawn, and how many there are is said below the chart. Nodes carry their published
 * totals when given (never a sum of the links: a case in several sectors counts in each, and a
 * hidden link is in no sum). Pure: the same props give the same SVG.
 */
export function SectorSankey({
  links,
  selected,
  onToggle,
  width = 720,
  height = 520,
  labelPx = LABEL,
  totals,
}: SectorSankeyProps) {
  const nodes = new Map<string, Node>();
  const drawn: Link[] = [];
  for (const l of links) {
    if (l.victims.kind !== 'shown') continue;
    const end = labelled(endNode(l.end, l.place), totals);
    const sector = labelled(
      { id: sankeyNodeId('sector', l.sector), label: sectorLabel(l.sector), sector: l.sector },
      totals,
    );
    nodes.set(end.id, end);
    nodes.set(sector.id, sector);
    const [source, target] = l.end === 'origin' ? [end.id, sector.id] : [sector.id, end.id];
    const text = formatDisclosed(l.victims);
    drawn.push({ source, target, value: l.victims.value, text, sector: l.sector });
  }
  const notDrawn = links.length - drawn.length;
  const note =
    notDrawn > 0 ? t('sankey.notDrawn', { count: notDrawn, n: formatNumber(notDrawn) }) : null;
  if (drawn.length === 0) {
    return <p className="hint">{t('sankey.nothing')}</p>;
  }
  const layout = sankey<Node, Link>()
    .nodeId((n) => n.id)
    .nodeAlign(sankeyJustify)
    .nodeWidth(12)
    .nodePadding(12)
    .nodeSort((a, b) => (b.value ?? 0) - (a.value ?? 0) || compareNames(a.label, b.label))
    .extent([
      [MARGIN + labelPx, MARGIN],
      [width - MARGIN - labelPx, height - MARGIN],
    ]);
  const graph = layout({
    nodes: [...nodes.values()].map((n) => ({ ...n })),
    links: drawn.map((l) => ({ ...l })),
  });
  const path = sankeyLinkHorizontal<Node, Link>();
  const dim = (sector: Sector | undefined) =>
    selected.length > 0 && sector !== undefined && !selected.includes(sector);
  const title = (id: string | number | Node) =>
    typeof id === 'object' ? id.label : (nodes.get(String(id))?.label ?? '');
  return (
    <figure className="sector-sankey">
      <svg
        width="100%"
        style={{ maxWidth: width }}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t('sankey.title')}
      >
        <g className="links" fill="none">
          {graph.links.map((l, i) => (
            <path
              key={i}
              d={path(l) ?? undefined}
              strokeWidth={Math.max(1, l.width ?? 1)}
              // Inline, so that the chart's SVG export keeps it; a dimmed link takes the CSS grey.
              style={dim(l.sector) ? undefined : { stroke: sectorColor(l.sector) }}
              className={dim(l.sector) ? 'link link-off' : 'link'}
            >
              <title>
                {t('sankey.linkTitle', {
                  from: title(l.source),
                  to: title(l.target),
                  victims: l.text,
                })}
              </title>
            </path>
          ))}
        </g>
        {graph.nodes.map((n) => {
          const x0 = n.x0 ?? 0;
          const x1 = n.x1 ?? 0;
          const y0 = n.y0 ?? 0;
          const y1 = n.y1 ?? 0;
          // Origins are labelled on their left; sectors and destinations on their right.
          const left = x0 < width / 3;
          const text = (
            <text
              x={left ? x0 - 6 : x1 + 6}
              y={(y0 + y1) / 2}
              dy="0.35em"
              textAnchor={left ? 'end' : 'start'}
            >
              {n.label}
              {n.total !== undefined && <tspan className="node-total">{`: ${n.total}`}</tspan>}
            </text>
          );
          const rect = (
            <rect
              x={x0}
              y={y0}
              width={x1 - x0}
              height={Math.max(1, y1 - y0)}
              style={n.sector && !dim(n.sector) ? { fill: sectorColor(n.sector) } : undefined}
            />
          );
          if (!n.sector) {
            return (
              <g key={n.id} className="node">
                {rect}
                {text}
              </g>
            );
          }
          const sector = n.sector;
          return (
            <g
              key={n.id}
              className={dim(sector) ? 'node sector-node bar-off' : 'node sector-node'}
              role="button"
              tabIndex={0}
              aria-pressed={selected.includes(sector)}
              aria-label={t('sankey.filterBy', { sector: fullLabel(n) })}
              onClick={() => onToggle?.(sector)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onToggle?.(sector);
                }
              }}
            >
              {rect}
              {text}
            </g>
          );
        })}
      </svg>
      {note && <figcaption className="hint">{note}</figcaption>}
    </figure>
  );
}
