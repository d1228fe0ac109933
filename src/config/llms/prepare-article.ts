import type {Element, ElementContent} from 'hast';
import {classList, element, hasClass, isElement, rewriteElements, text, textOf} from './hast';

/*
 * Turns a doc page's rendered article (`.theme-doc-markdown`) into plain HTML that says
 * what the reader sees, so that the generic HTML → Markdown step gets it right: theme
 * chrome dropped, admonitions as quotes, code blocks with their language and title,
 * links absolute, and client-only widgets as one line that points to the page.
 */

export interface PrepareOptions {
  /** Absolute URL of the page: links, images and `#anchors` are resolved against it. */
  pageUrl: string;
}

const DROPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'button']);

function isDropped(el: Element): boolean {
  if (DROPPED_TAGS.has(el.tagName)) return true;
  // Heading "direct link" markers, and anything hidden from assistive technology.
  if (el.tagName === 'a' && hasClass(el, 'hash-link')) return true;
  if (el.properties.ariaHidden === 'true' || el.properties.hidden === true) return true;
  // A tab list (the snippets' languages): the shown tab's content stays, the list goes.
  if (el.properties.role === 'tablist') return true;
  return el.tagName === 'svg' && el.properties.role !== 'img';
}

/** Relative URLs (`/path/`, `#anchor`) resolved against the page; others kept as written. */
function absolute(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A sandbox widget (client-only) as one line saying it is there and where to use it. */
function widgetLine(el: Element, pageUrl: string): Element {
  const label =
    textOf(el.children.find((c) => isElement(c)) ?? el)
      .trim()
      .replace(/\s+/g, ' ') || 'sandbox';
  return element('p', [
    text(`(Interactive widget: ${label} — open `),
    element('a', [text('the page')], {href: pageUrl}),
    text(' to use it)'),
  ]);
}

/** `:::note` and friends: heading (icon + title) and content become a titled blockquote. */
function admonition(el: Element): Element {
  const [heading, ...rest] = el.children.filter((c) => isElement(c));
  const title = capitalized(textOf(heading ?? el).trim() || 'Note');
  const content = rest.flatMap((child) => child.children);
  return element('blockquote', [element('p', [element('strong', [text(title)])]), ...content]);
}

/**
 * A theme code block (or a snippet still shown plain, marked `data-code-language`) as
 * `<pre><code class="language-…">` with its lines, and its title.
 */
function codeBlock(el: Element): Element {
  const marked = el.properties.dataCodeLanguage;
  const language =
    typeof marked === 'string'
      ? `language-${marked}`
      : classList(el).find((c) => c.startsWith('language-'));
  const titleEl = el.children.find(
    (c) =>
      isElement(c) && (hasClass(c, 'codeBlockTitle') || c.properties.dataCodeTitle !== undefined),
  );
  const code = findCode(el);
  const lines = code ? tokenLines(code) : [];
  const value = lines.length > 0 ? lines.join('\n') : textOf(code ?? el);
  return element('pre', [element('code', [text(value)], {className: language ? [language] : []})], {
    dataTitle: titleEl ? textOf(titleEl).trim() : undefined,
  });
}

function findCode(node: Element): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'code') return child;
    const found = findCode(child);
    if (found) return found;
  }
  return undefined;
}

/** Prism renders one `.token-line` element per line, each ending in a <br>. */
function tokenLines(code: Element): string[] {
  return code.children
    .filter((c): c is Element => isElement(c) && hasClass(c, 'token-line'))
    .map((line) => textOf(line).replace(/\n$/, ''));
}

/** An inline SVG picture (`role="img"`) as its title and description. */
function picture(el: Element): Element {
  const part = (tag: string) =>
    textOf(el.children.find((c) => isElement(c, tag)) ?? element('span')).trim();
  const words = [part('title'), part('desc')].filter(Boolean).join('. ');
  return element('p', [text(`(${words || 'Picture'})`)]);
}

/**
 * A "card" link (an icon, a title and a description in one <a>, like the guides index's
 * tiles) would run its parts together as one link text: keep the title as the link and put
 * the rest after it, as llms.txt writes a link and its description.
 */
const CARD_PARTS = new Set(['span', 'div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6']);

function cardLink(el: Element): ElementContent[] | null {
  const parts = el.children.filter((c) => textOf(c).trim() !== '');
  if (parts.length < 2 || parts.some((c) => !isElement(c) || !CARD_PARTS.has(c.tagName))) {
    return null;
  }
  const [title, ...rest] = parts;
  const description = rest.map((c) => textOf(c).trim()).join(' ');
  return [{...el, children: [text(textOf(title).trim())]}, text(`: ${description}`)];
}

function flattenSingleWrapper(el: Element): Element {
  // A card link's parts are often wrapped once more (<span class="body">title desc</span>).
  const meaningful = el.children.filter((c) => textOf(c).trim() !== '');
  const only = meaningful[0];
  if (meaningful.length === 1 && isElement(only) && only.tagName === 'span') {
    return {...el, children: only.children};
  }
  return el;
}

function link(el: Element, pageUrl: string): ElementContent | ElementContent[] {
  const href = typeof el.properties.href === 'string' ? el.properties.href : undefined;
  const resolved: Element = {
    ...el,
    properties: href === undefined ? {} : {href: absolute(href, pageUrl)},
  };
  return cardLink(flattenSingleWrapper(resolved)) ?? resolved;
}

function headingWithId(el: Element): Element {
  const id = el.properties.id;
  if (typeof id !== 'string' || id === '') return el;
  // `{#id}`, as Docusaurus and pandoc write explicit ids: keeps the page's anchors citable.
  return {...el, children: [...el.children, text(` {#${id}}`)]};
}

function rewrite(el: Element, options: PrepareOptions): ElementContent | ElementContent[] | null {
  if (isDropped(el)) return null;
  if (el.properties.dataSandboxShell !== undefined) return widgetLine(el, options.pageUrl);
  if (hasClass(el, 'theme-admonition')) return admonition(el);
  if (hasClass(el, 'theme-code-block') || el.properties.dataCodeLanguage !== undefined)
    return codeBlock(el);
  if (el.tagName === 'svg') return picture(el);
  if (el.tagName === 'a') return link(el, options.pageUrl);
  if (el.tagName === 'img' && typeof el.properties.src === 'string') {
    return {
      ...el,
      properties: {...el.properties, src: absolute(el.properties.src, options.pageUrl)},
    };
  }
  if (/^h[2-6]$/.test(el.tagName)) return headingWithId(el);
  return el;
}

/** Comments are React's text separators (`<!-- -->`) and boundary marks: not content. */
function dropComments(node: Element): void {
  node.children = node.children.filter((c) => c.type !== 'comment');
  for (const child of node.children) if (isElement(child)) dropComments(child);
}

/** Rewrites the article element in place. */
export function prepareArticle(article: Element, options: PrepareOptions): void {
  dropComments(article);
  rewriteElements(article, (el) => rewrite(el, options));
}
