import type {Element, Root} from 'hast';
import type {Code} from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {findElement, hasClass, isElement, textOf} from './hast';
import {prepareArticle} from './prepare-article';
import {resolveStreamedBoundaries} from './streamed-boundaries';

/** A doc page's content as Markdown: what the reader sees in the article, as text. */
export interface PageMarkdown {
  /** The page's h1. */
  title: string;
  /** The article below the h1, as Markdown (no trailing newline). */
  body: string;
}

/** Code blocks keep their title in the fence's meta, as Docusaurus writes it. */
function preToCode(_state: unknown, node: Element): Code {
  const code = node.children.find((c) => isElement(c, 'code'));
  const className = code && isElement(code) ? code.properties.className : undefined;
  const language = (Array.isArray(className) ? className.map(String) : [])
    .find((c) => c.startsWith('language-'))
    ?.slice('language-'.length);
  const title = node.properties.dataTitle;
  return {
    type: 'code',
    lang: language ?? null,
    meta: typeof title === 'string' && title !== '' ? `title=${JSON.stringify(title)}` : null,
    value: textOf(code ?? node).replace(/\n+$/, ''),
  };
}

const toMarkdown = unified()
  .use(rehypeRemark, {handlers: {pre: preToCode}})
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
  });

/** The doc's article: `.theme-doc-markdown`, where Docusaurus renders a doc's content. */
function findArticle(root: Root): Element {
  const article =
    findElement(root, (el) => hasClass(el, 'theme-doc-markdown')) ??
    findElement(root, (el) => el.tagName === 'article');
  if (!article) throw new Error('No .theme-doc-markdown or <article> in the page');
  return article;
}

/** Takes the first h1 out of the article and returns its text. */
function takeTitle(article: Element): string {
  const h1 = findElement(article, (el) => el.tagName === 'h1');
  if (!h1) return '';
  const drop = (parent: Element): void => {
    parent.children = parent.children.filter((c) => c !== h1);
    for (const child of parent.children) if (isElement(child)) drop(child);
  };
  drop(article);
  return textOf(h1)
    .replace(/\u200b/g, '')
    .trim();
}

function parse(html: string): Root {
  const root = unified().use(rehypeParse).parse(html);
  resolveStreamedBoundaries(root);
  return root;
}

function articleToMarkdown(article: Element, pageUrl: string): string {
  prepareArticle(article, {pageUrl});
  const mdast = toMarkdown.runSync({type: 'root', children: [article]});
  return toMarkdown.stringify(mdast).trim();
}

/** Converts a built doc page (its whole HTML) to Markdown. */
export function pageToMarkdown(html: string, pageUrl: string): PageMarkdown {
  const article = findArticle(parse(html));
  const title = takeTitle(article);
  return {title, body: articleToMarkdown(article, pageUrl)};
}

/** Converts a fragment of an article's HTML to Markdown. */
export function fragmentToMarkdown(html: string, pageUrl: string): string {
  const root = parse(`<div>${html}</div>`);
  const wrapper = findElement(root, (el) => el.tagName === 'div');
  return wrapper ? articleToMarkdown(wrapper, pageUrl) : '';
}
