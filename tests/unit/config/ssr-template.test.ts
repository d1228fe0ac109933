import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {ssrTemplate} from '@site/src/config/ssr-template';

const require = createRequire(import.meta.url);
// The template Docusaurus would use without ours (CommonJS, `exports.default`).
const docusaurusTemplate = (
  require('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as {default: string}
).default;

const SCRIPT_TAGS = /<% it\.scripts\.forEach\(\(script\) => \{ %>[\s\S]*?<% \}\); %>/;
const LOADER = /<script>[\s\S]*?<\/script>/;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the page template', () => {
  it('is Docusaurus’s own, but for where the scripts are loaded', () => {
    // Fails when a Docusaurus upgrade changes its template: port the change here.
    expect(docusaurusTemplate).toMatch(SCRIPT_TAGS);
    expect(ssrTemplate).not.toMatch(SCRIPT_TAGS);
    expect(squash(ssrTemplate.replace(LOADER, ''))).toBe(
      squash(docusaurusTemplate.replace(SCRIPT_TAGS, '')),
    );
  });
});
