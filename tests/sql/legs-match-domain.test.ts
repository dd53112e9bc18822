import { describe, expect, it } from 'vitest';
import { routeToLegs } from '../../src/domain/legs';
import type { CaseRecord } from '../../src/domain/types';
import { caseRow, dbWithCases } from '../support/db';

const PLACES = ['ARG', 'BOL', 'BRA', 'CHL', 'COL'];

/** Seeded routes with repeats, round trips and internal cases, to compare SQL with the domain rule. */
function routes(n: number): CaseRecord[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = () => PLACES[Math.floor(next() * PLACES.length)]!;
  return Array.from({ length: n }, () => {
    const transit = Array.from({ length: Math.floor(next() * 4) }, pick);
    return caseRow({
      origin: pick(),
      transit,
      destination: pick(),
      victims: 1 + Math.floor(next() * 3),
    });
  });
}

describe('the legs table', () => {
  it('splits every route exactly as domain/legs routeToLegs does', async () => {
    const cases = routes(300);
    const db = await dbWithCases(cases);
    const expected = new Map<string, number>();
    for (const c of cases) {
      for (const l of routeToLegs(c.origin!, c.transit, c.destination!)) {
        const key = `${l.seq}:${l.from}>${l.to}`;
        expected.set(key, (expected.get(key) ?? 0) + c.victims);
      }
    }
    const rows = await db.query(
      'SELECT seq, src, dst, sum(victims)::BIGINT AS v FROM legs GROUP BY ALL',
    );
    const actual = new Map(rows.map((r) => [`${r.seq}:${r.src}>${r.dst}`, Number(r.v)]));
    expect(actual).toEqual(expected);
  });
});
