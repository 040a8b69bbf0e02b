/**
 * A list of CSS selectors tried in order; the first that matches wins. Each entry in a site's
 * selector table is one of these, with a comment naming the layout generation it serves.
 */
export type SelectorList = readonly string[];

/** The first element matched by any selector of the list, in list order. */
export function queryFirst(root: ParentNode, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matched by the first selector of the list that matches anything. */
export function queryAllFirst(root: ParentNode, selectors: SelectorList): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}
