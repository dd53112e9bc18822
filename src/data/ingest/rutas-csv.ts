/**
 * The Rutas format: the CSV an analyst prepares their own data in (README, "Your own data").
 *
 *   year, origin, transit, destination, sector, sex, age_group, victims
 *
 * Countries are ISO 3166-1 alpha-3 codes; `transit` and `sector` may list several values
 * separated by `;`; `victims` is optional (default 1) and may read "<5" for a count suppressed at
 * source. `sectors` is accepted for `sector`. A first line `# rutas:disclosure_floor=11` declares
 * the smallest threshold the data may be shown with.
 */
import type { DbConnector } from '../connector';
import { exclusiveLoad, promoteStaging } from '../schema';
import { sqlString } from '../sql';

export class LoadError extends Error {}

export interface RutasCsvReport {
  rowsRead: number;
  rowsUsed: number;
  /** Rows left out, by reason, e.g. { 'year is not a whole number (first on line 4)': 2 }. */
  setAside: Record<string, number>;
  /** A disclosure floor the file declares, if any. */
  disclosureFloor: number | null;
}

const REQUIRED = ['year', 'origin', 'destination'] as const;
const KNOWN = ['year', 'origin', 'transit', 'destination', 'sector', 'sectors', 'sex', 'age_group', 'victims'];
const DELIMITERS = [',', ';', '\t', '|'];
/** SQL for a `;`-separated text as a list of its trimmed, non-empty items (empty when NULL). */
function splitList(expr: string): string {
  return `list_transform(list_filter(coalesce(string_split(${expr}, ';'), []), x -> trim(x) <> ''), x -> trim(x))`;
}

const FLOOR_LINE = /^#\s*rutas:disclosure_floor\s*=\s*(\d+)\s*$/;

/** The header of a Rutas-format file: its delimiter, columns and leading comment lines. */
export function readRutasHeader(text: string): {
  delimiter: string;
  columns: string[];
  skip: number;
  disclosureFloor: number | null;
} {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let skip = 0;
  let disclosureFloor: number | null = null;
  while (skip < lines.length && lines[skip]!.startsWith('#')) {
    const m = FLOOR_LINE.exec(lines[skip]!);
    if (m) disclosureFloor = Number(m[1]);
    skip++;
  }
  const header = lines[skip] ?? '';
  if (header.trim() === '') throw new LoadError('The file is empty: there is no header line.');
  const delimiter = DELIMITERS.reduce((best, d) =>
    header.split(d).length > header.split(best).length ? d : best,
  );
  const columns = header.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new LoadError(
      `Line ${skip + 1}: the header lacks the column${missing.length > 1 ? 's' : ''} ` +
        `${missing.join(', ')} (found: ${columns.join(', ')}).`,
    );
  }
  return { delimiter, columns, skip, disclosureFloor };
}

/** Loads a Rutas-format CSV into the canonical tables; what was loaded stays if it fails. */
export function loadRutasCsv(
  db: DbConnector,
  bytes: Uint8Array,
  fileName: string,
): Promise<RutasCsvReport> {
  return exclusiveLoad(db, () => loadRutasCsvNow(db, bytes, fileName));
}

async function loadRutasCsvNow(
  db: DbConnector,
  bytes: Uint8Array,
  fileName: string,
): Promise<RutasCsvReport> {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024));
  const { delimiter, columns, skip, disclosureFloor } = readRutasHeader(text);
  const has = (c: string) => columns.includes(c);
  const col = (c: string) => (has(c) ? `trim("${c}")` : 'NULL');
  const sectorCol = has('sector') ? col('sector') : col('sectors');
  const file = `upload-${Date.now()}.csv`;
  await db.registerFile(file, bytes);
  try {
    const source = `read_csv(${sqlString(file)}, header = true, all_varchar = true,
      delim = ${sqlString(delimiter)}, quote = '"', skip = ${skip}, null_padding = true,
      normalize_names = false)`;
    const victims = col('victims');
    await db.exec(`
      CREATE OR REPLACE TEMP TABLE upload_raw AS
      SELECT row_number() OVER () AS line, ${columns.filter((c) => KNOWN.includes(c)).map((c) => `"${c}"`).join(', ')}
      FROM ${source}`);
    await db.exec(`
      CREATE OR REPLACE TEMP TABLE upload_checked AS
      SELECT *,
        CASE
          WHEN TRY_CAST(${col('year')} AS SMALLINT) IS NULL THEN 'year is not a whole number'
          WHEN ${victims} IS NOT NULL AND ${victims} <> ''
               AND NOT regexp_matches(${victims}, '^<\\s*[0-9]+$')
               AND coalesce(TRY_CAST(${victims} AS INTEGER), -1) < 0
            THEN 'victims is not a count'
          ELSE NULL
        END AS problem
      FROM upload_raw`);
    const [counts] = await db.query(
      `SELECT count(*)::BIGINT AS n, count(*) FILTER (WHERE problem IS NULL)::BIGINT AS ok FROM upload_checked`,
    );
    const rowsRead = Number(counts?.n ?? 0);
    const rowsUsed = Number(counts?.ok ?? 0);
    if (rowsRead === 0) throw new LoadError('The file has a header but no rows.');
    const setAside: Record<string, number> = {};
    for (const r of await db.query(
      `SELECT problem, count(*)::BIGINT AS n, min(line)::BIGINT AS first FROM upload_checked
       WHERE problem IS NOT NULL GROUP BY problem ORDER BY problem`,
    )) {
      // Data row 1 is the line after the header.
      const line = Number(r.first) + skip + 1;
      setAside[`${String(r.problem)} (first on line ${line})`] = Number(r.n);
    }
    if (rowsUsed === 0) {
      throw new LoadError(
        `No row could be used: ${Object.entries(setAside)
          .map(([why, n]) => `${why} (${n} rows)`)
          .join('; ')}.`,
      );
    }
    const place = (c: string) => `nullif(upper(${col(c)}), '')`;
    await db.exec(`
      CREATE OR REPLACE TEMP TABLE cases_staging AS
      SELECT CAST(${col('year')} AS SMALLINT) AS year,
             ${place('origin')} AS origin,
             ${splitList(`upper(${col('transit')})`)} AS transit,
             ${place('destination')} AS destination,
             CASE WHEN len(${splitList(`lower(${sectorCol})`)}) = 0 THEN ['unknown']
                  ELSE list_transform(${splitList(`lower(${sectorCol})`)}, x -> replace(x, ' ', '_'))
             END AS sectors,
             coalesce(nullif(lower(${col('sex')}), ''), 'unknown') AS sex,
             coalesce(nullif(lower(${col('age_group')}), ''), 'unknown') AS age_group,
             CASE WHEN regexp_matches(coalesce(${victims}, ''), '^<\\s*[0-9]+$') THEN 0
                  ELSE coalesce(TRY_CAST(nullif(${victims}, '') AS INTEGER), 1) END AS victims,
             regexp_matches(coalesce(${victims}, ''), '^<\\s*[0-9]+$') AS source_suppressed
      FROM upload_checked WHERE problem IS NULL`);
    await promoteStaging(db, 'cases_staging');
    return { rowsRead, rowsUsed, setAside, disclosureFloor };
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError(`${fileName} could not be read as CSV: ${e instanceof Error ? e.message : e}`);
  } finally {
    await db.exec('DROP TABLE IF EXISTS upload_raw; DROP TABLE IF EXISTS upload_checked');
    await db.dropFile(file);
  }
}
