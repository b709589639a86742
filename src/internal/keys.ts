/**
 * Keys for `repeat` that are unique within one render, as it needs: an item whose key was already
 * given (two updates without ids at the same time and phase) gets the next free one.
 */
export function uniqueKeys<T>(keyOf: (item: T) => string): (item: T) => string {
  const given = new Set<string>();
  return (item) => {
    let key = keyOf(item);
    while (given.has(key)) key += '\u0000';
    given.add(key);
    return key;
  };
}
