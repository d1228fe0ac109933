import {useState, type ReactNode} from 'react';
import {copyMarkdownFrom} from './copy';
import styles from './styles.module.css';

/** Copy or view the page's Markdown (the build's `<page>.md`), fetched only on click. */
export default function CopyPageMarkdown({markdownUrl}: {markdownUrl: string}): ReactNode {
  const [status, setStatus] = useState<ReactNode>(null);

  const copy = () => {
    // Cleared first, so that a second "Copied" is announced again.
    setStatus(null);
    copyMarkdownFrom(markdownUrl).then(
      () => setStatus('Copied the page as Markdown.'),
      // Short enough for one line at 360 px: the status line has room for one.
      () =>
        setStatus(
          <>
            Could not copy: <a href={markdownUrl}>open the Markdown</a>.
          </>,
        ),
    );
  };

  return (
    <div className={styles.actions}>
      <button type="button" className="button button--secondary" onClick={copy}>
        Copy page as Markdown
      </button>
      <a className={styles.view} href={markdownUrl}>
        View as Markdown
      </a>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
