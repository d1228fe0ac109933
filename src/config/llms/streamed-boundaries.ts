import type {Element, Parents, Root, RootContent} from 'hast';
import {elements, isElement, textOf} from './hast';

/*
 * React streams a Suspense boundary that was not ready in time as its fallback,
 *
 *   <!--$?--><template id="B:0"></template>FALLBACK<!--/$-->
 *
 * and its real content later in the page, in `<div hidden id="S:0">`, which an inline
 * `$RC("B:0","S:0")` script moves into place. A reader with scripts sees the content, so
 * the Markdown export must too: the docs' code blocks arrive this way, and only the real
 * one has the language and title (the fallback is a bare <pre>).
 */

/**
 * The completion calls' arguments: `$RC("B:1","S:1")`, or `(...)("B:0","S:0")` for the first
 * one, which defines $RC in the same expression.
 */
const COMPLETE_CALL = /\(\s*"(B:[^"]+)"\s*,\s*"(S:[^"]+)"\s*\)/g;

/** boundary id → segment id, from the page's completion calls. */
function completedBoundaries(root: Root): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const el of elements(root)) {
    if (el.tagName !== 'script') continue;
    for (const [, boundary, segment] of textOf(el).matchAll(COMPLETE_CALL)) {
      pairs.set(boundary, segment);
    }
  }
  return pairs;
}

function isComment(node: RootContent, value: string): boolean {
  return node.type === 'comment' && node.value === value;
}

/** Index of the `<!--/$-->` that closes the boundary opened just before `from`. */
function boundaryEnd(siblings: RootContent[], from: number): number {
  let depth = 1;
  for (let i = from; i < siblings.length; i++) {
    const node = siblings[i];
    if (node.type !== 'comment') continue;
    if (node.value === '/$') depth--;
    else if (/^\$[?!~]?$/.test(node.value)) depth++;
    if (depth === 0) return i;
  }
  return -1;
}

function replaceFallback(parent: Parents, template: Element, segment: Element): boolean {
  const siblings = parent.children as RootContent[];
  const start = siblings.indexOf(template);
  if (start < 1 || !isComment(siblings[start - 1], '$?')) return false;
  const end = boundaryEnd(siblings, start + 1);
  if (end < 0) return false;
  siblings.splice(start, end - start, ...(segment.children as RootContent[]));
  return true;
}

function parentsOf(root: Root): Map<Element, Parents> {
  const parents = new Map<Element, Parents>();
  const walk = (node: Parents) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      parents.set(child, node);
      walk(child);
    }
  };
  walk(root);
  return parents;
}

/** Puts every completed boundary's content in place of its fallback, as the browser does. */
export function resolveStreamedBoundaries(root: Root): void {
  const pairs = completedBoundaries(root);
  if (pairs.size === 0) return;
  const parents = parentsOf(root);
  const byId = new Map<string, Element>();
  for (const el of parents.keys()) {
    if (typeof el.properties.id === 'string') byId.set(el.properties.id, el);
  }
  for (const [boundaryId, segmentId] of pairs) {
    const template = byId.get(boundaryId);
    const segment = byId.get(segmentId);
    const templateParent = template && parents.get(template);
    const segmentParent = segment && parents.get(segment);
    if (!template || !segment || !templateParent || !segmentParent) continue;
    if (!replaceFallback(templateParent, template, segment)) continue;
    segmentParent.children = segmentParent.children.filter((c) => c !== segment);
  }
}
