/**
 * The view index: the tables views read (data/schema.ts, data/place-tables.ts), grouped by the
 * columns the figures filter and group on and held in typed arrays in the page, so that a filter
 * change is answered in a few milliseconds of JavaScript instead of nine queries to the engine
 * (crossfilter's way: the figures from columns in memory). Each figure comes out as the rows its
 * SQL returns (figure-rows.ts) and is read by the same functions: the same aggregates, the same
 * published figures. Built once per dataset shown, once its first view is drawn (state/use-view);
 * until then, and for a dataset too large to hold, the views query the engine.
 */
import { SECTORS } from '../../domain/sectors';
import type { Filter } from '../../domain/types';
import type { DbConnector, Row } from '../connector';
import { filterTerms, type FilterTerms } from '../queries/filter';
import { queryView, viewAggregates, type ViewAggregates, type ViewRows } from '../queries/view';
import { KEY_RANGE } from '../../domain/disclosure';
import {
  everyYearTerms,
  legRows,
  ROLE_NUMBERS,
  roleRows,
  sectorRouteRows,
  sectorRows,
  summaryRows,
  yearRows,
} from './figure-rows';
import { FILTER_COLUMNS, readIndexTable, type IndexTable, type TableSpec } from './index-table';

export interface ViewIndex {
  cases: IndexTable;
  legs: IndexTable;
  legSectors: IndexTable;
  roles: IndexTable;
  sectorRows: IndexTable;
  placeLegs: IndexTable;
  placeLegSectors: IndexTable;
  placePoints: IndexTable;
}

/** Above this many rows of `cases` the index is not built: the engine answers every view. */
export const MAX_INDEXED_CASES = 1_000_000;

const victims = 'coalesce(sum(victims), 0)::DOUBLE AS victims';
const keyOf = (column: string) => `(coalesce(sum(${column}), 0) % ${KEY_RANGE})::DOUBLE`;
const flag = (sql: string, name: string) => `coalesce(${sql}, false)::INTEGER AS ${name}`;
const suppressed = flag('bool_or(source_suppressed)', 'suppressed');
const ROLE_SUMS = ['o', 'i', 't', 'n', 'inv']
  .map((r) => `coalesce(sum(${r}), 0)::DOUBLE AS ${r}, ${keyOf(`k${r}`)} AS k${r}`)
  .join(', ');
const FIGURE = ['victims', 'key_sum'];

const legsTable = (table: string, extra = '') => ({
  sql: `SELECT ${FILTER_COLUMNS}, src, dst${extra}, ${victims}, ${keyOf('key_sum')} AS key_sum,
               ${suppressed}
        FROM ${table} GROUP BY ALL`,
  spec: {
    numbers: FIGURE,
    flags: ['suppressed'],
    groupings: [
      [
        'src',
        'dst',
        ...extra
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
      ],
    ],
  },
});

const legSectorsTable = (table: string) => ({
  sql: `SELECT ${FILTER_COLUMNS}, src, dst, sector, ${victims}, ${keyOf('key_sum')} AS key_sum
        FROM ${table} GROUP BY ALL`,
  spec: { numbers: FIGURE, groupings: [['src', 'dst', 'sector']] },
});

const rolesTable = (table: string) => ({
  sql: `SELECT ${FILTER_COLUMNS}, place, ${ROLE_SUMS}, ${suppressed},
               ${flag('bool_or(has_role)', 'has_role')}
        FROM ${table} GROUP BY ALL`,
  spec: { numbers: ROLE_NUMBERS, flags: ['suppressed', 'has_role'], groupings: [['place']] },
});

/** Each table's SELECT (grouped: the figures only ever sum over these columns) and columns. */
const TABLES: Record<keyof ViewIndex, { sql: string; spec: TableSpec }> = {
  cases: {
    sql: `SELECT ${FILTER_COLUMNS}, ${flag('origin IS NULL OR destination IS NULL', 'unplaced')},
                 ${victims}, ${keyOf('key_sum')} AS key_sum, ${suppressed}
          FROM cases GROUP BY ALL`,
    spec: { numbers: FIGURE, flags: ['suppressed'], groupings: [[], ['unplaced']] },
  },
  legs: legsTable('legs'),
  legSectors: legSectorsTable('leg_sectors'),
  roles: rolesTable('place_roles'),
  sectorRows: {
    sql: `SELECT ${FILTER_COLUMNS}, origin, destination, sex_group, sector, ${victims},
                 ${keyOf('key_sum')} AS key_sum, ${suppressed}
          FROM sector_rows GROUP BY ALL`,
    spec: {
      numbers: FIGURE,
      flags: ['suppressed'],
      groupings: [
        ['sector', 'sex_group'],
        ['origin', 'sector'],
        ['destination', 'sector'],
      ],
    },
  },
  placeLegs: legsTable('place_legs', ', src_country, dst_country'),
  placeLegSectors: legSectorsTable('place_leg_sectors'),
  placePoints: rolesTable('place_point_roles'),
};

/** Reads the shown dataset's tables into an index (null: too large to hold). */
export async function buildViewIndex(
  db: DbConnector,
  maxCases = MAX_INDEXED_CASES,
): Promise<ViewIndex | null> {
  const [count] = await db.query('SELECT count(*)::BIGINT AS n FROM cases');
  if (Number(count?.n ?? 0) > maxCases) return null;
  const index: Partial<ViewIndex> = {};
  // One at a time: the views' queries are answered between them.
  for (const [name, { sql, spec }] of Object.entries(TABLES)) {
    index[name as keyof ViewIndex] = await readIndexTable(db, sql, spec);
  }
  return index as ViewIndex;
}

/** How many figures' rows an index remembers (by figure and the terms it reads). */
const REMEMBERED = 256;
const remembered = new WeakMap<ViewIndex, Map<string, Row[]>>();

/**
 * A figure's rows under the terms it reads, remembered: a chart that ignores the filter just
 * changed (the sector chart when a sector is toggled, the year histogram when the years move) is
 * not worked out again, nor is a filter state visited before.
 */
function figure(index: ViewIndex, name: string, terms: FilterTerms, rows: () => Row[]): Row[] {
  let memo = remembered.get(index);
  if (!memo) remembered.set(index, (memo = new Map()));
  const id = `${name}:${JSON.stringify(terms)}`;
  const hit = memo.get(id);
  if (hit) {
    memo.delete(id);
    memo.set(id, hit);
    return hit;
  }
  const out = rows();
  memo.set(id, out);
  if (memo.size > REMEMBERED) memo.delete(memo.keys().next().value!);
  return out;
}

/** The rows of each of a view's figures under a filter, from the index (see ViewRows). */
export function indexViewRows(index: ViewIndex, filter: Filter): ViewRows {
  const terms = filterTerms(filter);
  const anySector = { ...terms, sectorMask: null };
  const anyYear = everyYearTerms(terms);
  return {
    legs: figure(index, 'legs', terms, () => legRows(index.legs, index.legSectors, terms)),
    places: figure(index, 'places', terms, () => roleRows(index.roles, terms, false)),
    summary: figure(index, 'summary', terms, () => summaryRows(index.cases, terms)),
    sectors: figure(index, 'sectors', anySector, () => sectorRows(index.sectorRows, terms)),
    years: figure(index, 'years', anyYear, () => yearRows(index.cases, terms)),
    sectorRoutes: figure(index, 'sectorRoutes', anySector, () =>
      sectorRouteRows(index.sectorRows, terms),
    ),
    placeYears: figure(index, 'placeYears', anyYear, () => roleRows(index.roles, anyYear, true)),
    placeLegs: figure(index, 'placeLegs', terms, () =>
      legRows(index.placeLegs, index.placeLegSectors, terms, ['src_country', 'dst_country']),
    ),
    placePoints: figure(index, 'placePoints', terms, () =>
      roleRows(index.placePoints, terms, false),
    ),
  };
}

/**
 * Works out a few views before the first filter change asks for one, each in a task of its own:
 * the loops run compiled from the first change on, not interpreted (5–30 times slower).
 */
async function warmUp(index: ViewIndex): Promise<void> {
  const { yearMin, yearMax } = index.cases;
  const place = index.roles.groupings.place?.texts[0]?.[0] ?? null;
  const filters: Filter[] = [
    { yearFrom: yearMin, yearTo: yearMax, sectors: [], place: null },
    { yearFrom: yearMin + 1, yearTo: yearMax, sectors: [SECTORS[0]!], place },
    { yearFrom: yearMin, yearTo: yearMax - 1, sectors: [SECTORS[1]!, SECTORS[2]!], place: null },
  ];
  for (const filter of filters) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    indexViewRows(index, filter);
  }
}

const built = new WeakMap<DbConnector, ViewIndex | null>();
const building = new WeakMap<DbConnector, Promise<ViewIndex | null>>();

/**
 * The index of the tables `db` shows, once built; the first call starts building it. Give one
 * connector per dataset shown (the view cache is one): an index is only valid while the tables
 * stay as they were.
 */
export function viewIndex(db: DbConnector): Promise<ViewIndex | null> {
  let pending = building.get(db);
  if (!pending) {
    pending = buildViewIndex(db)
      // An index that cannot be read leaves the views to the engine, as before.
      .catch(() => null)
      .then(async (index) => {
        if (index) await warmUp(index);
        built.set(db, index);
        if (index) performance.mark('rutas:view-index');
        return index;
      });
    building.set(db, pending);
  }
  return pending;
}

/** A view's aggregates from the index, at once; null while `db` has no index built. */
export function indexedViewNow(db: DbConnector, filter: Filter): ViewAggregates | null {
  const index = built.get(db);
  return index ? viewAggregates(indexViewRows(index, filter), filter) : null;
}

/**
 * A view's aggregates: from the index once it is built (see viewIndex, which starts building
 * it), else from the engine.
 */
export async function indexedView(db: DbConnector, filter: Filter): Promise<ViewAggregates> {
  return indexedViewNow(db, filter) ?? queryView(db, filter);
}
