import type {docSections, DocLike} from './docs-order';

/* `llms.txt` and `llms-full.txt`, laid out as the llmstxt.org proposal describes. */

export interface SiteText {
  name: string;
  summary: string;
  details: string;
}

/** `[text](url)` with the characters that would end the link text escaped. */
function markdownLink(label: string, url: string): string {
  return `[${label.replace(/([\\[\]])/g, '\\$1')}](${url.replace(/[ ()]/g, encodeURIComponent)})`;
}

/** A doc as llms.txt lists it: by its Markdown version. */
export type ListedDoc = DocLike & {markdownUrl: string};

function listItem(title: string, url: string, description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  return `- ${markdownLink(title, url)}${text ? `: ${text}` : ''}`;
}

function header(site: SiteText): string[] {
  return [`# ${site.name}`, '', `> ${site.summary.replace(/\s+/g, ' ').trim()}`, ''];
}

export function renderLlmsTxt(
  site: SiteText,
  sections: ReturnType<typeof docSections<ListedDoc>>,
  optional: {title: string; url: string; description: string}[],
): string {
  const lines = [...header(site), site.details, ''];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '');
    for (const doc of section.docs)
      lines.push(listItem(doc.title, doc.markdownUrl, doc.description));
    lines.push('');
  }
  if (optional.length > 0) {
    lines.push('## Optional', '');
    for (const link of optional) lines.push(listItem(link.title, link.url, link.description));
    lines.push('');
  }
  return lines.join('\n');
}

/** One page's Markdown file: its title, where it lives, then its content. */
export function renderPageMarkdown(title: string, pageUrl: string, body: string): string {
  return `# ${title}\n\nSource: ${pageUrl}\n\n${body}\n`;
}

export function renderLlmsFullTxt(site: SiteText, intro: string, pages: string[]): string {
  return [
    ...header(site),
    intro,
    '',
    ...pages.flatMap((page) => ['---', '', page.trimEnd(), '']),
  ].join('\n');
}
