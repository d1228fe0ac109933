import type {ComponentProps, ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {link, type LinkKey} from '@site/src/data/urls';

interface Props extends Omit<ComponentProps<typeof Link>, 'to' | 'href'> {
  /** A key of the URL table (`src/data/urls.ts`); an unknown key fails the build. */
  to: LinkKey;
  /** Optional anchor on the target page, with or without the leading `#`. */
  hash?: string;
  /** The link's text: a link without one has no name. */
  children: ReactNode;
}

/** A link by URL-table key: ported pages through `@docusaurus/Link`, others to Stitch's docs. */
export default function DocLink({to, hash, ...rest}: Props): ReactNode {
  return <Link {...rest} to={link(to, hash).href} />;
}
