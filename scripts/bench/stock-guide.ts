/**
 * The stock site's copy of our guide: generated from our own build's HTML of the guide, so
 * that both sites show the same prose (partials expanded, labels filled in) and the copy
 * follows every edit of the guide. Widgets (their placeholders) and our SVG pictures are
 * dropped: the stock page is plain Markdown, with no custom component.
 *
 * The converter knows only the elements the guide uses; any other element stops it with
 * its name, rather than dropping text silently.
 */
import {parse, type DefaultTreeAdapterMap} from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface StockGuide {
  markdown: string;
  /** What was left out, e.g. `widget "Guided rotation"`, `picture`. */
  dropped: string[];
}

interface Context {
  /** Root-relative links to our site become absolute: the stock site has no such pages. */
  siteUrl: string;
  baseUrl: string;
  dropped: string[];
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string): string | undefined =>
  el.attrs.find((a) => a.name === name)?.value;
const classes = (el: Element): string[] => (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean);

function findElement(node: Node, match: (el: Element) => boolean): Element | undefined {
  if (isElement(node) && match(node)) return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = findElement(child, match);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Backslash-escapes what Markdown or MDX would read as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]{}<>]/g, '\\$&');
}

function inlineCode(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text}${fence}`;
}

function unexpected(el: Element): Error {
  return new Error(
    `The guide has a <${el.tagName} class="${attr(el, 'class') ?? ''}"> that scripts/bench/stock-guide.ts does not convert`,
  );
}

function inline(nodes: Node[], ctx: Context): string {
  return nodes.map((n) => inlineNode(n, ctx)).join('');
}

function inlineNode(node: Node, ctx: Context): string {
  if (node.nodeName === '#text') return escapeMarkdown(textOf(node).replace(/\s+/g, ' '));
  if (!isElement(node)) return '';
  const children = () => inline(node.childNodes, ctx).trim();
  switch (node.tagName) {
    case 'a': {
      // The heading's "direct link" anchor: Docusaurus adds its own.
      if (classes(node).includes('hash-link')) return '';
      const href = attr(node, 'href') ?? '';
      const target = href.startsWith(ctx.baseUrl) ? ctx.siteUrl + href : href;
      return `[${children()}](${target})`;
    }
    case 'strong':
    case 'b':
      return `**${children()}**`;
    case 'em':
    case 'i':
      return `_${children()}_`;
    case 'code':
      return inlineCode(textOf(node));
    case 'br':
      return '\\\n';
    case 'span':
    case 'p': // a paragraph inside a list item
      return inline(node.childNodes, ctx);
    default:
      throw unexpected(node);
  }
}

function listItems(list: Element, ctx: Context): string {
  const ordered = list.tagName === 'ol';
  return list.childNodes
    .filter(isElement)
    .map((li, i) => {
      if (li.tagName !== 'li') throw unexpected(li);
      return `${ordered ? `${i + 1}.` : '-'} ${inline(li.childNodes, ctx).trim()}`;
    })
    .join('\n');
}

function admonition(el: Element, ctx: Context): string[] {
  const type = classes(el)
    .find((c) => c.startsWith('theme-admonition-'))
    ?.slice('theme-admonition-'.length);
  const content = findElement(el, (e) => classes(e).some((c) => c.startsWith('admonitionContent')));
  if (!type || !content) throw unexpected(el);
  return [`:::${type}`, ...blocks(content.childNodes, ctx), ':::'];
}

/**
 * Code shown in tabs (one per language) as one fence with the first language, as a stock
 * page would show it: `plain` is the first tab's unhighlighted code (`data-code-language`).
 */
function codeFence(plain: Element, container: Element, ctx: Context): string {
  const code = findElement(plain, (e) => e.tagName === 'code');
  if (!code) throw unexpected(container);
  const title = findElement(plain, (e) => attr(e, 'data-code-title') !== undefined);
  const tabs = findElement(container, (e) => attr(e, 'role') === 'tablist');
  if (tabs) ctx.dropped.push('code tabs other than the first');
  const text = textOf(code).replace(/\n$/, '');
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const info = `${attr(plain, 'data-code-language')}${title ? ` title=${JSON.stringify(textOf(title).trim())}` : ''}`;
  return `${fence}${info}\n${text}\n${fence}`;
}

function block(el: Element, ctx: Context): string[] {
  const heading = /^h([2-6])$/.exec(el.tagName);
  if (heading) {
    const id = attr(el, 'id');
    // Docusaurus's explicit heading id (the comment form that `future.v4` accepts): the
    // guide's in-page links keep working.
    const suffix = id ? ` {/* #${id} */}` : '';
    return [`${'#'.repeat(Number(heading[1]))} ${inline(el.childNodes, ctx).trim()}${suffix}`];
  }
  if (attr(el, 'data-sandbox-shell') !== undefined) {
    const label = findElement(el, (e) => e.tagName === 'p');
    ctx.dropped.push(`widget "${label ? textOf(label).trim() : '?'}"`);
    return [];
  }
  if (classes(el).includes('theme-admonition')) return admonition(el, ctx);
  const snippet = findElement(el, (e) => attr(e, 'data-code-language') !== undefined);
  if (snippet) return [codeFence(snippet, el, ctx)];
  switch (el.tagName) {
    case 'header': // the title, which goes to the front matter
      return [];
    case 'figure':
      ctx.dropped.push('picture');
      return [];
    case 'p':
      return [inline(el.childNodes, ctx).trim()];
    case 'ol':
    case 'ul':
      return [listItems(el, ctx)];
    default:
      throw unexpected(el);
  }
}

function blocks(nodes: Node[], ctx: Context): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (isElement(node)) out.push(...block(node, ctx));
    else if (node.nodeName === '#text' && textOf(node).trim() !== '')
      throw new Error(`Loose text in the guide's body: "${textOf(node).trim().slice(0, 60)}"`);
  }
  return out;
}

/** The guide page of our build (its HTML) as a plain Markdown doc for the stock site. */
export function stockGuideFromHtml(
  html: string,
  opts: {siteUrl: string; baseUrl: string},
): StockGuide {
  const doc = parse(html);
  const body = findElement(doc, (el) => classes(el).includes('theme-doc-markdown'));
  const h1 = findElement(doc, (el) => el.tagName === 'h1');
  if (!body || !h1) throw new Error('No doc body (.theme-doc-markdown) or <h1> in the guide');
  const description = findElement(
    doc,
    (el) => el.tagName === 'meta' && attr(el, 'name') === 'description',
  );
  const ctx: Context = {...opts, dropped: []};
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(textOf(h1).trim())}`,
    ...(description ? [`description: ${JSON.stringify(attr(description, 'content') ?? '')}`] : []),
    '---',
  ].join('\n');
  const markdown = [frontMatter, ...blocks(body.childNodes, ctx)].join('\n\n') + '\n';
  return {markdown, dropped: ctx.dropped};
}
