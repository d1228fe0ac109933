import type {ReactNode} from 'react';
import type {WrapperProps} from '@docusaurus/types';
import SkipToContent from '@theme-original/SkipToContent';
import type SkipToContentType from '@theme/SkipToContent';
import {useLocation} from '@docusaurus/router';
import {SANDBOX_ANCHOR} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

type Props = WrapperProps<typeof SkipToContentType>;

/** The sandbox page's workspace panel that the skip link moves focus to. */
function skipToSandbox(e: React.MouseEvent<HTMLAnchorElement>): void {
  const target = document.getElementById(SANDBOX_ANCHOR);
  if (target === null) return;
  e.preventDefault();
  target.focus();
  target.scrollIntoView({block: 'start'});
}

/** Docusaurus's skip link, plus "Skip to the sandbox" on the sandbox page. */
export default function SkipToContentWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  return (
    <>
      <SkipToContent {...props} />
      {pathname.replace(/\/$/, '').endsWith('/token-rotation-sandbox') && (
        <a href={`#${SANDBOX_ANCHOR}`} className={styles.skip} onClick={skipToSandbox}>
          Skip to the sandbox
        </a>
      )}
    </>
  );
}
