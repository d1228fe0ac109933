import type {Element, ElementContent, Nodes, Parents} from 'hast';
import {isElement} from 'hast-util-is-element';
import {toText} from 'hast-util-to-text';
import {EXIT, visit} from 'unist-util-visit';

/*
 * Rewrites a doc's rendered article into plain HTML of what the reader sees, so the generic
 * HTML → Markdown step gets it right.
 */

/** Has a class equal to `name`, or, for CSS-module names (`title_x1y2`), starting `name_`. */
export function hasClass(el: Element, name: string): boolean {
  const classes = Array.isArray(el.properties.className) ? el.properties.className : [];
  return classes.some((c) => c === name || String(c).startsWith(`${name}_`));
}

/** The text a reader sees, spaces collapsed (innerText, as hast-util-to-text computes it). */
const label = (node: Nodes | undefined) => (node ? toText(node).trim() : '');

const firstChildElement = (el: Element, test: (child: Element) => boolean) =>
  el.children.find((c): c is Element => isElement(c) && test(c));

/** The first element, depth first (the root included), that passes `test`. */
export function findElement(root: Nodes, test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(root, 'element', (el) => {
    if (!test(el)) return undefined;
    found = el;
    return EXIT;
  });
  return found;
}

const element = (tagName: string, children: ElementContent[], properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({type: 'text', value});

const DROPPED_TAGS = ['script', 'style', 'template', 'noscript', 'button'];

function isDropped(el: Element): boolean {
  if (DROPPED_TAGS.includes(el.tagName)) return true;
  // Heading "direct link" markers, and anything hidden from assistive technology.
  if (el.tagName === 'a' && hasClass(el, 'hash-link')) return true;
  if (el.properties.ariaHidden === 'true') return true;
  // A hidden tab panel is one click away (another language): kept; the tab list goes.
  if (el.properties.hidden === true && el.properties.role !== 'tabpanel') return true;
  if (el.properties.role === 'tablist') return true;
  return el.tagName === 'svg' && el.properties.role !== 'img';
}

/** Relative URLs (`/path/`, `#anchor`) resolved against the page; others kept as written. */
function absolute(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return URL.canParse(url, base) ? new URL(url, base).href : url;
}

/** A sandbox widget (client-only) as one line saying it is there and where to use it. */
function widgetLine(el: Element, pageUrl: string): Element {
  const name = label(firstChildElement(el, () => true)) || 'sandbox';
  return element('p', [
    text(`(Interactive widget: ${name} — open `),
    element('a', [text('the page')], {href: pageUrl}),
    text(' to use it)'),
  ]);
}

/** `:::note` and friends: heading (icon + title) and content become a titled blockquote. */
function admonition(el: Element): Element {
  const [heading, ...rest] = el.children.filter((c) => isElement(c));
  const title = label(heading) || 'Note';
  const content = rest.flatMap((child) => child.children);
  return element('blockquote', [
    element('p', [element('strong', [text(title.charAt(0).toUpperCase() + title.slice(1))])]),
    ...content,
  ]);
}

/** A theme code block (or a plain snippet, `data-code-language`) as a `<pre>` of its text. */
function codeBlock(el: Element): Element {
  const marked = el.properties.dataCodeLanguage;
  const language =
    typeof marked === 'string'
      ? marked
      : (el.properties.className as string[])
          .find((c) => c.startsWith('language-'))
          ?.slice('language-'.length);
  const title = firstChildElement(
    el,
    (c) => hasClass(c, 'codeBlockTitle') || c.properties.dataCodeTitle !== undefined,
  );
  const code = findElement(el, (c) => c !== el && c.tagName === 'code') ?? el;
  // Prism renders one `.token-line` per line, ending in a <br>; a plain block is one text.
  const lines = code.children.filter((c) => isElement(c) && hasClass(c, 'token-line'));
  const value =
    lines.length > 0
      ? lines.map((line) => toText(line, {whitespace: 'pre'}).replace(/\n$/, '')).join('\n')
      : toText(code, {whitespace: 'pre'});
  return element('pre', [text(value)], {
    dataLanguage: language,
    dataTitle: title ? label(title) : undefined,
  });
}

/** An inline SVG picture (`role="img"`) as its title and description. */
function picture(el: Element): Element {
  const part = (tag: string) => label(firstChildElement(el, (c) => c.tagName === tag));
  const words = [part('title'), part('desc')].filter(Boolean).join('. ');
  return element('p', [text(`(${words || 'Picture'})`)]);
}

/** A card link's parts would run together: the title stays the link, the rest follows it. */
const CARD_PARTS = ['span', 'div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6'];

function link(el: Element, pageUrl: string): ElementContent[] {
  const href = el.properties.href;
  el.properties = typeof href === 'string' ? {href: absolute(href, pageUrl)} : {};
  // A card's parts are often wrapped once more (<span class="body">title desc</span>).
  let parts = el.children.filter((c) => label(c) !== '');
  if (parts.length === 1 && isElement(parts[0], 'span')) {
    parts = parts[0].children.filter((c) => label(c) !== '');
  }
  if (parts.length < 2 || !parts.every((c) => isElement(c) && CARD_PARTS.includes(c.tagName))) {
    return [el];
  }
  const [title, ...rest] = parts;
  el.children = [text(label(title))];
  return [el, text(`: ${rest.map(label).join(' ')}`)];
}

/** What an element becomes: itself (possibly changed in place), other nodes, or nothing. */
function rewrite(el: Element, pageUrl: string): ElementContent[] {
  if (isDropped(el)) return [];
  if (el.properties.dataSandboxShell !== undefined) return [widgetLine(el, pageUrl)];
  if (hasClass(el, 'theme-admonition')) return [admonition(el)];
  if (hasClass(el, 'theme-code-block') || el.properties.dataCodeLanguage !== undefined)
    return [codeBlock(el)];
  if (el.tagName === 'svg') return [picture(el)];
  if (el.tagName === 'a') return link(el, pageUrl);
  if (el.tagName === 'img' && typeof el.properties.src === 'string') {
    el.properties.src = absolute(el.properties.src, pageUrl);
  }
  return [el];
}

/** Rewrites in place, top down; replacements are visited in turn (an admonition has links). */
export function prepareArticle(article: Element, pageUrl: string): void {
  visit(article, (node, index, parent: Parents | undefined) => {
    if (parent === undefined || index === undefined) return undefined;
    if (node.type === 'comment') {
      // `<!--$?-->`: a pending Suspense boundary, its content elsewhere in the page.
      if (node.value === '$?') {
        throw new Error(
          'The page has a React Suspense boundary still pending in its server HTML: render that component synchronously on the server (see src/config/remark-import-code-block.ts).',
        );
      }
      // React's text separators (`<!-- -->`) and boundary marks: not content.
      parent.children.splice(index, 1);
      return index;
    }
    if (node.type !== 'element') return undefined;
    const replacement = rewrite(node, pageUrl);
    if (replacement.length === 1 && replacement[0] === node) return undefined;
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    return index;
  });
}
