/**
 * The audit of a view: the relations a viewer knows between its published cells, and the
 * figures withheld so that no hidden cell can be pinned through them (see disclosure.ts for how
 * each cell is published).
 */
import {
  disclose,
  possibleValues,
  withheldFigure,
  type Disclosed,
  type DisclosurePolicy,
} from './disclosure';

/** A relation a viewer knows between published cells: Σ total = Σ parts (by cell id). */
export interface Relation {
  totals: string[];
  parts: string[];
}

/** One cell of a view as the audit sees it. */
export interface AuditCell {
  /** The exact count (never published as is). */
  value: number;
  /** The cell key: the sum of its records' keys (see KEY_RANGE). */
  key: number;
  /** The count leaves out values suppressed at source: a lower bound. */
  partial?: boolean;
  /** A viewer knows the cell is not empty (e.g. a leg listed in the Table). */
  exists?: boolean;
}

/**
 * What a viewer can tell a hidden cell in `relation` is worth, given every other cell's published
 * figure: the interval of values consistent with the relation, within [0, k − 1] (or [1, k − 1]
 * for a cell known to exist). Empty (lo > hi) when the published figures cannot all hold, i.e.
 * the relation is not exact in this data.
 */
export function hiddenCellRange(
  relation: Relation,
  cell: string,
  published: ReadonlyMap<string, Disclosed>,
  policy: DisclosurePolicy,
  exists: (id: string) => boolean = () => false,
): [number, number] {
  // cell = Σ totals − Σ other parts (if cell is a part), or Σ parts − Σ other totals.
  const isTotal = relation.totals.includes(cell);
  const plus = isTotal ? relation.parts : relation.totals;
  const minus = (isTotal ? relation.totals : relation.parts).filter((id) => id !== cell);
  let lo = 0;
  let hi = 0;
  for (const id of plus) {
    const [a, b] = possibleValues(published.get(id)!, policy, exists(id));
    lo += a;
    hi += b;
  }
  for (const id of minus) {
    const [a, b] = possibleValues(published.get(id)!, policy, exists(id));
    lo -= b;
    hi -= a;
  }
  const [ownLo, ownHi] = possibleValues(published.get(cell)!, policy, exists(cell));
  return [Math.max(lo, ownLo), Math.min(hi, ownHi)];
}

/** A sum of ranges' ends that may be infinite: the finite part, and how many are infinite. */
interface EndSum {
  finite: number;
  infinite: number;
}

function endSum(ends: readonly number[]): EndSum {
  const sum = { finite: 0, infinite: 0 };
  for (const e of ends) {
    if (e === Infinity) sum.infinite++;
    else sum.finite += e;
  }
  return sum;
}

/** The sum without one of its terms. */
function without(sum: EndSum, end: number): number {
  if (end === Infinity) return sum.infinite > 1 ? Infinity : sum.finite;
  return sum.infinite > 0 ? Infinity : sum.finite - end;
}

const total = (sum: EndSum) => (sum.infinite > 0 ? Infinity : sum.finite);

/**
 * Whether a relation narrows one of its hidden cells to a single value of 1 or more: the same
 * answer as hiddenCellRange for each hidden cell, with each side's sums worked out once.
 */
function pinsHiddenCell(
  relation: Relation,
  ids: readonly string[],
  /** A cell is named twice in it. */
  repeats: boolean,
  range: (id: string) => [number, number],
  hidden: (id: string) => boolean,
): boolean {
  // A cell named twice: cell by cell, as hiddenCellRange does.
  if (repeats) {
    return ids.some((id) => {
      if (!hidden(id)) return false;
      const isTotal = relation.totals.includes(id);
      const plus = isTotal ? relation.parts : relation.totals;
      const minus = (isTotal ? relation.totals : relation.parts).filter((x) => x !== id);
      let lo = 0;
      let hi = 0;
      for (const x of plus) [lo, hi] = [lo + range(x)[0], hi + range(x)[1]];
      for (const x of minus) [lo, hi] = [lo - range(x)[1], hi - range(x)[0]];
      lo = Math.max(lo, range(id)[0]);
      hi = Math.min(hi, range(id)[1]);
      return lo === hi && lo >= 1;
    });
  }
  const sides = [relation.totals, relation.parts].map((side) => ({
    lo: endSum(side.map((id) => range(id)[0])),
    hi: endSum(side.map((id) => range(id)[1])),
  }));
  const check = (side: readonly string[], own: (typeof sides)[0], other: (typeof sides)[0]) =>
    side.some((id) => {
      if (!hidden(id)) return false;
      const [ownLo, ownHi] = range(id);
      // id = Σ other side − Σ the rest of its own side.
      const lo = Math.max(total(other.lo) - without(own.hi, ownHi), ownLo);
      const hi = Math.min(total(other.hi) - without(own.lo, ownLo), ownHi);
      return lo === hi && lo >= 1;
    });
  return (
    check(relation.totals, sides[0]!, sides[1]!) || check(relation.parts, sides[1]!, sides[0]!)
  );
}

/**
 * Publishes a view's cells so that no hidden cell can be pinned to one value of 1 or more
 * through the view's own relations: each cell is disclosed, then any relation in which a hidden
 * cell's possible range narrows to a single such value has its largest figure withheld, until
 * none does. (Learning that a hidden cell is 0 reveals no one.) Relations whose cells are not all
 * in `exact` are ignored.
 */
export function auditRelations(
  exact: ReadonlyMap<string, AuditCell>,
  relations: readonly Relation[],
  policy: DisclosurePolicy,
): Map<string, Disclosed> {
  const published = new Map<string, Disclosed>();
  for (const [id, cell] of exact)
    published.set(id, disclose(cell.value, cell.key, policy, cell.partial));
  const exists = (id: string) => exact.get(id)?.exists === true;
  // Each usable relation's cells, with whether one is named twice, worked out once.
  const usable: { relation: Relation; ids: string[]; repeats: boolean }[] = [];
  for (const relation of relations) {
    const ids = [...relation.totals, ...relation.parts];
    if (ids.every((id) => exact.has(id))) {
      usable.push({ relation, ids, repeats: new Set(ids).size !== ids.length });
    }
  }
  // The relations each cell is in: when a cell is withheld, only those can change their answer.
  const relationsOf = new Map<string, number[]>();
  usable.forEach(({ ids }, i) => {
    for (const id of ids) {
      const list = relationsOf.get(id);
      if (list) list.push(i);
      else relationsOf.set(id, [i]);
    }
  });
  // What each published figure can stand for, worked out once (again when it is withheld).
  const ranges = new Map<string, [number, number]>();
  const range = (id: string) => {
    let r = ranges.get(id);
    if (!r) ranges.set(id, (r = possibleValues(published.get(id)!, policy, exists(id))));
    return r;
  };
  const hidden = (id: string) => published.get(id)!.kind === 'suppressed';
  // A relation is looked at again only once one of its cells has changed since it last was:
  // its answer depends on its cells' figures alone, so the passes withhold what passes over
  // every relation would, in the same order.
  const stale = new Uint8Array(usable.length).fill(1);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < usable.length; i++) {
      if (stale[i] === 0) continue;
      stale[i] = 0;
      const { relation: r, ids, repeats } = usable[i]!;
      if (!ids.some(hidden)) continue;
      if (!pinsHiddenCell(r, ids, repeats, range, hidden)) continue;
      // Withhold the largest figure, a shown one if any: that widens every hidden part's range.
      const rank = (id: string) =>
        (published.get(id)!.kind === 'shown' ? 1e12 : 0) + exact.get(id)!.value;
      const largest = ids
        .filter((id) => published.get(id)!.kind !== 'withheld')
        .sort((a, b) => rank(b) - rank(a))[0];
      if (largest === undefined) continue;
      published.set(largest, withheldFigure);
      ranges.delete(largest);
      for (const j of relationsOf.get(largest)!) stale[j] = 1;
      changed = true;
    }
  }
  return published;
}
