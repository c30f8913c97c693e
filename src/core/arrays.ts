/**
 * Array helpers for arrays as long as a sheet: `target.push(...items)` puts every item on the stack
 * as an argument, and 200,000 rows overflow it ("Maximum call stack size exceeded"). Lint refuses
 * a spread in a call's arguments; these do the same in a loop.
 */

/** Appends every item of each list to `target`, in order. */
export function pushAll<T>(target: T[], ...lists: readonly (readonly T[])[]): void {
  for (const list of lists) for (const item of list) target.push(item);
}
