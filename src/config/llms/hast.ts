import type {Element, ElementContent, Nodes, Parents, Root, RootContent} from 'hast';

/*
 * The few hast helpers the Markdown export needs, instead of three more dependencies
 * (hast-util-select, -to-string, -is-element) for a handful of one-liners.
 */

export function isElement(node: Nodes | undefined, tagName?: string): node is Element {
  return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

export function classList(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

/** Has a class equal to `name`, or, for CSS-module names (`title_x1y2`), starting `name_`. */
export function hasClass(node: Element, name: string): boolean {
  return classList(node).some((c) => c === name || c.startsWith(`${name}_`));
}

/** The concatenated text of a node (textContent, not innerText: no layout-made spaces). */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'template') return '';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Every element under `node`, depth first, in document order. */
export function* elements(node: Parents): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

export function findElement(node: Parents, test: (el: Element) => boolean): Element | undefined {
  for (const el of elements(node)) if (test(el)) return el;
  return undefined;
}

export function element(
  tagName: string,
  children: ElementContent[] = [],
  properties: Element['properties'] = {},
): Element {
  return {type: 'element', tagName, properties, children};
}

export function text(value: string): ElementContent {
  return {type: 'text', value};
}

/**
 * Rewrites a tree bottom-up: `rewrite` returns what replaces an element (itself, other
 * nodes, or nothing to drop it). Children are rewritten first, so `rewrite` sees the
 * finished contents of the element it is given.
 */
export function rewriteElements(
  node: Root | Element,
  rewrite: (el: Element) => ElementContent | ElementContent[] | null,
): void {
  const next: RootContent[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') {
      next.push(child);
      continue;
    }
    rewriteElements(child, rewrite);
    const result = rewrite(child);
    if (result === null) continue;
    next.push(...(Array.isArray(result) ? result : [result]));
  }
  node.children = next as typeof node.children;
}
