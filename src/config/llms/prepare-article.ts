import type {Element, ElementContent, Nodes, Parents} from 'hast';
import {isElement} from 'hast-util-is-element';
import {matches, select, selectAll} from 'hast-util-select';
import {toText} from 'hast-util-to-text';
import {h} from 'hastscript';
import {visit} from 'unist-util-visit';

/* The rendered article as plain HTML of what the reader sees, for the generic HTML → Markdown. */

/** The text a reader sees, spaces collapsed (innerText, as hast-util-to-text computes it). */
const label = (node: Nodes | null | undefined) => (node ? toText(node).trim() : '');

/** Not what a reader sees or reads: one CSS selector list, tested on each element. */
const DROPPED = [
  'script, style, template, noscript, button',
  // Heading "direct link" markers, and anything hidden from assistive technology.
  'a.hash-link, [aria-hidden="true"]',
  // A hidden tab panel is one click away (another language): kept; the tab list goes.
  '[hidden]:not([role="tabpanel"]), [role="tablist"]',
  'svg:not([role="img"])',
].join(', ');

/** Relative URLs (`/path/`, `#anchor`) resolved against the page; others kept as written. */
function absolute(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return URL.canParse(url, base) ? new URL(url, base).href : url;
}

/** A sandbox widget (client-only) as one line saying it is there and where to use it. */
function widgetLine(el: Element, pageUrl: string): Element {
  const name = label(select(':scope > *', el)) || 'sandbox';
  return h('p', [
    `(Interactive widget: ${name} — open `,
    h('a', {href: pageUrl}, 'the page'),
    ' to use it)',
  ]);
}

/** `:::note` and friends: heading (icon + title) and content become a titled blockquote. */
function admonition(el: Element): Element {
  const [heading, ...rest] = el.children.filter((c) => isElement(c));
  const title = label(heading) || 'Note';
  const content = rest.flatMap((child) => child.children);
  return h('blockquote', [
    h('p', [h('strong', title.charAt(0).toUpperCase() + title.slice(1))]),
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
  // The theme's title has a CSS-module class (`codeBlockTitle_x1y2`).
  const title = select(':scope > [class*="codeBlockTitle_"], :scope > [data-code-title]', el);
  const code = select('code', el) ?? el;
  // Prism renders one `.token-line` per line, ending in a <br>; a plain block is one text.
  const lines = selectAll(':scope > .token-line', code);
  const value =
    lines.length > 0
      ? lines.map((line) => toText(line, {whitespace: 'pre'}).replace(/\n$/, '')).join('\n')
      : toText(code, {whitespace: 'pre'});
  return h('pre', {dataLanguage: language, dataTitle: title ? label(title) : undefined}, value);
}

/** An inline SVG picture (`role="img"`) as its title and description. */
function picture(el: Element): Element {
  const words = [label(select(':scope > title', el)), label(select(':scope > desc', el))];
  return h('p', `(${words.filter(Boolean).join('. ') || 'Picture'})`);
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
  el.children = [{type: 'text', value: label(title)}];
  return [el, {type: 'text', value: `: ${rest.map(label).join(' ')}`}];
}

/** What an element becomes: itself (possibly changed in place), other nodes, or nothing. */
function rewrite(el: Element, pageUrl: string): ElementContent[] {
  if (matches(DROPPED, el)) return [];
  if (matches('[data-sandbox-shell]', el)) return [widgetLine(el, pageUrl)];
  if (matches('.theme-admonition', el)) return [admonition(el)];
  if (matches('.theme-code-block, [data-code-language]', el)) return [codeBlock(el)];
  if (el.tagName === 'svg') return [picture(el)];
  if (el.tagName === 'a') return link(el, pageUrl);
  if (el.tagName === 'img' && typeof el.properties.src === 'string') {
    el.properties.src = absolute(el.properties.src, pageUrl);
  }
  return [el];
}

/** Rewrites in place, top down; replacements are visited in turn (an admonition has links). */
export function prepareArticle(article: Element, pageUrl: string): void {
  visit(article, 'element', (node, index, parent: Parents | undefined) => {
    if (parent === undefined || index === undefined) return undefined;
    const replacement = rewrite(node, pageUrl);
    if (replacement.length === 1 && replacement[0] === node) return undefined;
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    return index;
  });
}
