import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {redirectsFromFrontMatter} from './src/config/redirects-from-front-matter';
import {normalizeBaseUrl} from './src/config/base-url';
import {sidebarItemsGenerator} from './src/config/sidebar-items';
import {darkCodeTheme, lightCodeTheme} from './src/config/prism-themes';
import deferPrismPlugin from './src/config/defer-prism-plugin';
import rawImportPlugin from './src/config/raw-import-plugin';
import {ssrTemplate} from './src/config/ssr-template';
import remarkImportCodeBlock from './src/config/remark-import-code-block';
import llmsTxtPlugin from './src/config/llms/plugin';

// One repo deploys at a domain root or under a sub-path: both come from the environment
// so that CI, GitHub Pages and a local build differ only in two variables.
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = normalizeBaseUrl(process.env.BASE_URL);

const config: Config = {
  title: 'Stitch Import API docs',
  tagline: 'Manage and rotate Import API access tokens without interrupting your data.',
  favicon: 'img/favicon.svg',

  future: {
    v4: true,
  },

  url: siteUrl,
  baseUrl,
  // Every page is written as `page/index.html`: the one layout every static host
  // (GitHub Pages, S3, nginx, Netlify) serves without extra rules.
  trailingSlash: true,

  // Scripts are requested after the first paint: see src/config/ssr-template.ts.
  ssrTemplate,
  // Its check runs at DOMContentLoaded, before those scripts start, so it would always
  // insert its (CSS-hidden) warning; the deploy tests check the base URL instead.
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          // The guide keeps Stitch's own permalinks, so docs sit straight under baseUrl.
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // Stitch's `order` front matter positions docs; `icon`/`description` feed the tiles.
          sidebarItemsGenerator,
          // Pages with a code fence load the code block (and Prism) with the page.
          remarkPlugins: [remarkImportCodeBlock],
        },
        pages: {
          remarkPlugins: [remarkImportCodeBlock],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          changefreq: 'weekly',
          priority: 0.5,
        },
      } satisfies Preset.Options,
    ],
  ],

  // Keeps a linked section in view while the widgets above it arrive.
  clientModules: ['./src/client/hold-linked-section.ts'],

  plugins: [
    deferPrismPlugin,
    rawImportPlugin,
    // llms.txt, llms-full.txt and a `.md` version of every doc, from the built pages.
    llmsTxtPlugin({
      details:
        'An independent port of Stitch’s “Import API access tokens” guide (how to generate, secure, rotate and revoke the tokens an application uses to push data to Stitch’s Import API), with an in-browser token rotation sandbox. Not affiliated with Stitch.',
    }),
    [
      '@docusaurus/plugin-client-redirects',
      {
        redirects: redirectsFromFrontMatter('docs'),
      },
    ],
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      },
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'Stitch Import API',
      logo: {
        alt: 'Stitch Import API docs home',
        src: 'img/logo.svg',
      },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'importApiSidebar',
          position: 'left',
          label: 'Guides',
        },
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        'An independent port of Stitch’s “Import API access tokens” guide, with an in-browser token sandbox. Not affiliated with Stitch.',
    },
    tableOfContents: {
      minHeadingLevel: 2,
      maxHeadingLevel: 4,
    },
    prism: {
      // GitHub and Dracula with the colours that fail WCAG AA on their background fixed.
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      // json ships with prism-react-renderer; bash is added by src/theme/CodeBlock.
      additionalLanguages: ['bash'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
