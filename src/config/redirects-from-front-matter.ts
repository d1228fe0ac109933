import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  throw new Error(
    `redirect_from must be a string or a list of strings, got ${JSON.stringify(value)}`,
  );
}

/** Old URLs come from each page's `redirect_from` front matter, so a moved page keeps them. */
export function redirectsFromFrontMatter(docsDir: string): {from: string; to: string}[] {
  const files = fs.readdirSync(docsDir, {recursive: true, encoding: 'utf8'}).sort();
  // Partials (`_name.mdx`) are not pages and carry no redirects.
  const pages = files.filter((f) => /\.mdx?$/.test(f) && !path.basename(f).startsWith('_'));
  return pages.flatMap((page) => {
    const file = path.join(docsDir, page);
    const {data} = matter(fs.readFileSync(file, 'utf8'));
    const froms = asList(data.redirect_from);
    if (froms.length === 0) return [];
    if (typeof data.slug !== 'string') {
      throw new Error(`${file} has redirect_from but no slug to redirect to`);
    }
    const to = data.slug.replace(/\/+$/, '') + '/';
    return froms.map((from) => ({from: from.replace(/\/+$/, ''), to}));
  });
}
