/**
 * A linear-programming attacker (HiGHS): given every constraint that published figures put on the
 * unknown cell counts (see attack-model.ts), the smallest and largest value each target cell can
 * take. Constraints on the same cells are intersected first: the same set of records published
 * twice says no more than once, unless the two figures differ.
 */
import loadHighs from 'highs';
import type { Constraint } from './attack-model';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let solver: Promise<Highs> | undefined;

/** The same constraints, one per distinct set of coefficients, with their intervals intersected. */
export function mergeConstraints(constraints: readonly Constraint[]): Constraint[] {
  const byCoef = new Map<string, Constraint>();
  for (const c of constraints) {
    const id = JSON.stringify([...c.coef].sort((a, b) => a[0] - b[0]));
    const seen = byCoef.get(id);
    if (!seen) byCoef.set(id, { ...c, coef: new Map(c.coef) });
    else {
      seen.lo = Math.max(seen.lo, c.lo);
      seen.hi = Math.min(seen.hi, c.hi);
    }
  }
  return [...byCoef.values()];
}

function lpText(
  sense: 'Minimize' | 'Maximize',
  target: number,
  cells: number,
  rows: Constraint[],
): string {
  const term = (coef: Map<number, number>) =>
    [...coef].map(([i, a]) => `${a >= 0 ? '+' : '-'} ${Math.abs(a)} x${i}`).join(' ');
  const lines = [sense, ` obj: x${target}`, 'Subject To'];
  rows.forEach((r, i) => {
    if (r.coef.size === 0) return;
    lines.push(` lo${i}: ${term(r.coef)} >= ${r.lo}`);
    if (Number.isFinite(r.hi)) lines.push(` hi${i}: ${term(r.coef)} <= ${r.hi}`);
  });
  lines.push('Bounds');
  for (let i = 0; i < cells; i++) lines.push(` x${i} >= 0`);
  lines.push('End');
  return lines.join('\n');
}

/**
 * [lo, hi] of each target cell over every non-negative solution of the constraints (the LP
 * relaxation; an integer attacker could only do as well after rounding lo up and hi down).
 */
export async function attackCells(
  cells: number,
  constraints: readonly Constraint[],
  targets: readonly number[],
): Promise<Map<number, [number, number]>> {
  solver ??= loadHighs();
  const highs = await solver;
  const rows = mergeConstraints(constraints);
  const out = new Map<number, [number, number]>();
  for (const target of targets) {
    const bound = (sense: 'Minimize' | 'Maximize') => {
      const result = highs.solve(lpText(sense, target, cells, rows), { output_flag: false });
      if (result.Status === 'Unbounded') return sense === 'Maximize' ? Infinity : 0;
      if (result.Status !== 'Optimal') throw new Error(`LP ${sense}: ${result.Status}`);
      return result.Columns[`x${target}`]!.Primal;
    };
    out.set(target, [Math.ceil(bound('Minimize') - 1e-6), Math.floor(bound('Maximize') + 1e-6)]);
  }
  return out;
}
