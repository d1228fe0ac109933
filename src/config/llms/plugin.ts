import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {fromHtml} from 'hast-util-from-html';
import {select} from 'hast-util-select';
import {toText} from 'hast-util-to-text';
import {docSections} from './docs-order';
import {pageToMarkdown} from './html-to-markdown';
import {renderLlmsFullTxt, renderLlmsTxt, renderPageMarkdown, type ListedDoc} from './llms-txt';
import {markdownUrlFor} from './markdown-url';

/* Build plugin: llms.txt, llms-full.txt and a `<page>.md` per doc, from the built HTML. */

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/** Title (h1) and meta description of a built page, for the home page's entry. */
function pageSummary(html: string): {title: string; description: string} {
  const root = fromHtml(html);
  const h1 = select('h1', root);
  const content = select('meta[name="description"]', root)?.properties.content;
  return {
    title: h1 ? toText(h1).trim() : '',
    description: typeof content === 'string' ? content : '',
  };
}

/** `plugins: [llmsTxtPlugin({details})]`: `details` is llms.txt's paragraph under the tagline. */
export default (options: {details: string}) =>
  function llmsTxt({siteConfig, baseUrl}: LoadContext): Plugin {
    const origin = siteConfig.url.replace(/\/+$/, '');
    const absolute = (sitePath: string) => `${origin}${sitePath}`;
    let sections: ReturnType<typeof docSections<ListedDoc>> = [];

    return {
      name: 'llms-txt',

      allContentLoaded({allContent}) {
        const docsContent = allContent[DOCS_PLUGIN]?.default as LoadedContent | undefined;
        const versions = docsContent?.loadedVersions ?? [];
        const version = versions.find((v) => v.isLast) ?? versions[0];
        if (!version) return;
        const docs: ListedDoc[] = version.docs.map((doc) => ({
          ...doc,
          markdownUrl: absolute(markdownUrlFor(doc.permalink, baseUrl)),
        }));
        sections = docSections(version.sidebars, docs);
      },

      async postBuild({outDir}) {
        const site = {
          name: siteConfig.title,
          summary: siteConfig.tagline,
          details:
            `${options.details} Each link below is a page’s Markdown version; the page itself ` +
            'is at the same address with `/` in place of `.md`.',
        };
        const pages: string[] = [];
        for (const doc of sections.flatMap((s) => s.docs)) {
          // With `trailingSlash: true`, the page is `a/b/index.html` and its URL ends in `/`.
          const page = doc.permalink.slice(baseUrl.length);
          const html = await fs.readFile(path.join(outDir, page, 'index.html'), 'utf8');
          const pageUrl = absolute(doc.permalink.replace(/\/?$/, '/'));
          const {title, body} = pageToMarkdown(html, pageUrl);
          const markdown = renderPageMarkdown(title || doc.title, pageUrl, body);
          // Beside the page's folder, which the build made: `a/b/index.html` gives `a/b.md`.
          await fs.writeFile(
            path.join(outDir, markdownUrlFor(doc.permalink, baseUrl).slice(baseUrl.length)),
            markdown,
          );
          pages.push(markdown);
        }

        const fullUrl = absolute(`${baseUrl}llms-full.txt`);
        const home = pageSummary(await fs.readFile(path.join(outDir, 'index.html'), 'utf8'));
        const llmsTxt = renderLlmsTxt(site, sections, [
          {title: home.title || 'Home page', url: absolute(baseUrl), description: home.description},
          {
            title: 'Full text',
            url: fullUrl,
            description: 'every page above, in this order, in one Markdown file.',
          },
        ]);
        const intro =
          `Every documentation page of ${absolute(baseUrl)} as Markdown, in the order of the ` +
          `site's sidebar. The index of the site for assistants is ${absolute(`${baseUrl}llms.txt`)}.`;
        await fs.writeFile(path.join(outDir, 'llms.txt'), llmsTxt);
        await fs.writeFile(
          path.join(outDir, 'llms-full.txt'),
          renderLlmsFullTxt(site, intro, pages),
        );
      },
    };
  };
