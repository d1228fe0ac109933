import {stitchApp} from '@site/src/data/ui-labels';

/**
 * Labels the mock web app shows. Stitch's own (from `_data/app.yml`) come from the shared
 * UI-label module; the few the product shows but the data file does not list are named
 * here once, so the widget never retypes a label inline.
 */
export const labels = {
  ...stitchApp,
  /** Field on the Import API setup page. */
  integrationName: 'Integration name',
  /** Button in the API Access Tokens section. */
  generateToken: 'Generate Token',
  /** Button in the token reveal. */
  copy: 'Copy',
  /** The sandbox's stand-in for the Integration Details page's first tab. */
  overviewTab: 'Overview',
} as const;
