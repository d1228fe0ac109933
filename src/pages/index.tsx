import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';

export default function Home(): ReactNode {
  return (
    <Layout title="Home" description="Stitch Import API access tokens guide">
      <main className="container margin-vert--lg">
        <h1>Stitch Import API docs</h1>
        <Link to="/developers/import-api/guides/import-api-access-tokens">Read the guide</Link>
      </main>
    </Layout>
  );
}
