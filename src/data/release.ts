/**
 * A protected release: what may leave the analyst's machine instead of the microdata. The shown
 * dataset's cube, at a chosen granularity, with every cell perturbed by the cell key method and
 * those that publish below k dropped — no records, no keys, no exact counts — as a Rutas-format
 * CSV whose first lines are its manifest (method, k, D, date, source). Rutas loads such a file as
 * a release: its figures are shown as they are (sums of published cells), the threshold on top.
 */
import { disclose, type DisclosurePolicy } from '../domain/disclosure';
import type { DbConnector } from './connector';
import { keySum } from './record-keys';

/** The dimensions a release keeps; the others read "unknown" (sex, age, sectors) or are dropped. */
export const RELEASE_GRANULARITIES = {
  /** Year, origin, transit, destination and sectors: what the map and the charts need. */
  routes: ['year', 'origin', 'transit', 'destination', 'sectors'],
  /** Year, origin and destination only: the coarsest, for small datasets. */
  countries: ['year', 'origin', 'destination'],
  /** Every dimension of the cube. */
  full: ['year', 'origin', 'transit', 'destination', 'sectors', 'sex', 'age_group'],
} as const;
export type ReleaseGranularity = keyof typeof RELEASE_GRANULARITIES;

export interface ReleaseManifest {
  format: 'rutas-protected-release';
  version: 1;
  method: string;
  k: number;
  maxNoise: number;
  sigma: number;
  granularity: ReleaseGranularity;
  dimensions: readonly string[];
  created: string;
  source: string;
  /** Cells published; cells that published below k are not in the file. */
  cells: number;
  dropped: number;
}

export interface Release {
  csv: string;
  manifest: ReleaseManifest;
}

const DEFAULTS: Record<string, string> = {
  transit: '[]::VARCHAR[]',
  sectors: "['unknown']",
  sex: "'unknown'",
  age_group: "'unknown'",
};

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The line a Rutas-format file starts with to say it is a protected release. */
export const RELEASE_MARK = '# rutas:release=protected';

/**
 * Builds the protected release of the shown dataset (`cases`) under `policy` (which must carry
 * noise: a release is never exact).
 */
export async function buildRelease(
  db: DbConnector,
  granularity: ReleaseGranularity,
  policy: DisclosurePolicy,
  source: string,
  created = new Date().toISOString().slice(0, 10),
): Promise<Release> {
  if (!policy.noise)
    throw new Error('A protected release needs the cell key noise (k of 2 or more)');
  const dims: readonly string[] = RELEASE_GRANULARITIES[granularity];
  const select = ['year', 'origin', 'transit', 'destination', 'sectors', 'sex', 'age_group'].map(
    (c) => (dims.includes(c) ? c : `${DEFAULTS[c]} AS ${c}`),
  );
  const rows = await db.query(`
    SELECT ${select.join(', ')}, sum(victims)::BIGINT AS n, ${keySum('key_sum')} AS key,
           bool_or(source_suppressed) AS partial
    FROM cases GROUP BY ALL ORDER BY ALL`);
  const lines: string[] = [];
  let dropped = 0;
  for (const r of rows) {
    const d = disclose(Number(r.n), Number(r.key), policy, r.partial === true);
    if (d.kind !== 'shown') {
      dropped++;
      continue;
    }
    const list = (v: unknown) => ((v as string[] | null) ?? []).join(';');
    lines.push(
      [
        String(r.year),
        String(r.origin ?? ''),
        list(r.transit),
        String(r.destination ?? ''),
        list(r.sectors),
        String(r.sex),
        String(r.age_group),
        String(d.value),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  const manifest: ReleaseManifest = {
    format: 'rutas-protected-release',
    version: 1,
    method: 'cell key method (ABS/ONS), counts perturbed by at most ±D; cells below k dropped',
    k: policy.k,
    maxNoise: policy.noise.maxNoise,
    sigma: policy.noise.sigma,
    granularity,
    dimensions: dims,
    created,
    source,
    cells: lines.length,
    dropped,
  };
  // Comment lines without commas or quotes, so that any CSV reader passes over them whole.
  const plain = (v: string) => v.replace(/[",;\n\r]/g, ' ');
  const head = [
    RELEASE_MARK,
    `# rutas:disclosure_floor=${policy.k}`,
    `# rutas:manifest method=cell-key k=${manifest.k} D=${manifest.maxNoise} sigma=${manifest.sigma} ` +
      `granularity=${granularity} created=${created} cells=${manifest.cells} dropped=${dropped}`,
    `# rutas:source=${plain(source)}`,
    'year,origin,transit,destination,sectors,sex,age_group,victims',
  ];
  return { csv: [...head, ...lines].join('\n') + '\n', manifest };
}
