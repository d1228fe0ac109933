import type {Comment, Element} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {select} from 'hast-util-select';
import {toText} from 'hast-util-to-text';
import type {Code} from 'mdast';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {EXIT, visit} from 'unist-util-visit';
import {prepareArticle} from './prepare-article';

/** A `<pre>` as prepareArticle leaves it (language, title as data); title in the fence's meta. */
function preToCode(_state: unknown, node: Element): Code {
  const {dataLanguage: lang, dataTitle: title} = node.properties;
  return {
    type: 'code',
    lang: typeof lang === 'string' ? lang : null,
    meta: typeof title === 'string' && title !== '' ? `title=${JSON.stringify(title)}` : null,
    value: toText(node, {whitespace: 'pre'}).replace(/\n+$/, ''),
  };
}

/** React's text separators (`<!-- -->`) and boundary marks: not content. */
function dropComment(_state: unknown, node: Comment): undefined {
  // `<!--$?-->`: a pending Suspense boundary, its content elsewhere in the page.
  if (node.value === '$?') {
    throw new Error(
      'The page has a React Suspense boundary still pending in its server HTML: render that component synchronously on the server (see src/config/remark-import-code-block.ts).',
    );
  }
}

const toMarkdown = unified()
  .use(rehypeRemark, {handlers: {pre: preToCode}, nodeHandlers: {comment: dropComment}})
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

/** A built doc page's h1, and its article below the h1 as Markdown (no trailing newline). */
export function pageToMarkdown(html: string, pageUrl: string): {title: string; body: string} {
  const root = fromHtml(html);
  // Where Docusaurus renders a doc's content.
  const article = select('.theme-doc-markdown', root) ?? select('article', root);
  if (!article) throw new Error('No .theme-doc-markdown or <article> in the page');
  const h1 = select('h1', article);
  const title = (h1 ? toText(h1) : '').replace(/\u200b/g, '').trim();
  // The title heads the Markdown file, so the body leaves it out.
  visit(
    article,
    (node) => node === h1,
    (_, index, parent) => {
      if (parent && index !== undefined) parent.children.splice(index, 1);
      return EXIT;
    },
  );
  prepareArticle(article, pageUrl);
  const mdast = toMarkdown.runSync({type: 'root', children: [article]});
  return {title, body: toMarkdown.stringify(mdast).trim()};
}
