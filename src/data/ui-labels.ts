/**
 * Labels of the Stitch web app, as the product shows them (Stitch's `_data/app.yml`, plus
 * the few the product shows that the data file does not list: marked below). Prose,
 * pictures and widgets import these instead of retyping them, so a renamed button is
 * changed in one place.
 */
export const stitchApp = {
  /** Where users sign in (`site.sign-in`). */
  signInUrl: 'https://app.stitchdata.com',
  pages: {
    dashboard: 'Stitch Dashboard',
    integrationDetails: 'Integration Details',
    integrationSettings: 'Integration Settings',
  },
  buttons: {
    addIntegration: 'Add Integration',
    saveAndGenerateToken: 'Save and Generate Token',
    closeAndContinue: 'Close and Continue',
    revoke: 'Revoke',
    /** In the API Access Tokens section (not in `app.yml`). */
    generateToken: 'Generate Token',
    /** In the token reveal (not in `app.yml`). */
    copy: 'Copy',
  },
  fields: {
    /** On the Import API setup page (not in `app.yml`). */
    integrationName: 'Integration name',
    /** Opened by "Use a different schema name?" (Stitch's destination-schemas docs). */
    integrationSchemaName: 'Integration Schema Name',
  },
  links: {
    /** Below the name field (Stitch's destination-schemas docs). */
    differentSchemaName: 'Use a different schema name?',
  },
  tabs: {
    settings: 'Settings',
  },
  sections: {
    apiAccessTokens: 'API Access Tokens',
  },
  integrations: {
    importApi: 'Import API',
  },
} as const;

export type StitchApp = typeof stitchApp;
