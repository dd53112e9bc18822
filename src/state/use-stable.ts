import { useState } from 'react';

/** Whether two objects have the same fields, each the same value (Object.is). */
export const sameFields = <T extends object>(a: T, b: T): boolean => {
  const keys = Object.keys(b) as (keyof T)[];
  return keys.length === Object.keys(a).length && keys.every((k) => Object.is(a[k], b[k]));
};

/**
 * `value`, or the object returned before while each of its fields is the same (Object.is): an
 * object of state and callbacks that the parts showing it can skip re-rendering for. Kept as
 * state adjusted while rendering (React's pattern for information from previous renders): a
 * change of field costs one more render, a render with none costs nothing.
 */
export function useStable<T extends object>(value: T): T {
  const [last, setLast] = useState(value);
  const same = sameFields(last, value);
  if (!same) setLast(value);
  return same ? last : value;
}
