import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import DocLink from '@site/src/components/DocLink';
import {link} from '@site/src/data/urls';
import styles from './index.module.css';

const guide = link('import-api.guides.access-tokens');

const sections = [
  {hash: 'access-tokens-integrations', label: 'How a token is tied to one integration'},
  {hash: 'generate-import-api-access-token', label: 'Generate a token'},
  {hash: 'rotate-your-api-access-tokens', label: 'Rotate tokens without interrupting data'},
  {hash: 'revoke-import-api-access-token', label: 'Revoke a token'},
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Import API access tokens"
      description="A port of Stitch's guide to generating, securing, rotating and revoking Import API access tokens."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">Stitch Import API access tokens</Heading>
          <p className={styles.lead}>
            This site is an independent port of Stitch&rsquo;s guide to Import API access tokens:
            the keys your application uses to push data into Stitch. It covers how a token is tied
            to one integration, and how to generate, secure, rotate and revoke tokens in the Stitch
            web app or with the Connect API.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to={guide.href}>
              Read the access tokens guide
            </Link>
            <DocLink className="button button--secondary button--lg" to="import-api.guides">
              All Import API guides
            </DocLink>
            <DocLink
              className="button button--secondary button--lg"
              to="import-api.guides.token-rotation-sandbox"
              data-testid="sandbox-link"
            >
              Try token rotation in the sandbox
            </DocLink>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2">In the guide</Heading>
        <ul className={styles.sections}>
          {sections.map((section) => (
            <li key={section.hash}>
              <Link to={`${guide.href}#${section.hash}`}>{section.label}</Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
