/**
 * For values the code's own logic guarantees (an index inside its array, a key just put in a
 * map, a part of the page its component always renders): if one is ever missing, the error says
 * which, where an assertion would let a TypeError surface somewhere further on.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Missing ${what}`);
  return value;
}

/** The element `selector` finds inside `root`, which the component's markup always contains. */
export function requiredElement<E extends Element>(root: ParentNode, selector: string, type: abstract new () => E): E {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`Missing ${type.name} ${selector}`);
  return found;
}

/** `items[index]`, for an index the caller keeps inside the array. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`Index ${index} is outside a list of ${items.length}`);
  return item;
}
