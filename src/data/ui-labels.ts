/** The Stitch web app's labels (`_data/app.yml`, plus the few marked below), typed once. */
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
