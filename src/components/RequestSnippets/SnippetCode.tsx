import {useEffect, useRef, useState, type ReactNode} from 'react';
import {useDue} from '@site/src/components/WidgetFrame/due';
import {loadedCodeBlock} from '@site/src/theme/CodeBlock/loaded';
import styles from './styles.module.css';

/** A snippet, plain until due (so a first load fetches no Prism), then the theme's CodeBlock. */
export default function SnippetCode({
  code,
  language,
  title,
}: {
  code: string;
  /** Prism's name for the language. */
  language: string;
  title?: string;
}): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  const [CodeBlock, setCodeBlock] = useState<typeof loadedCodeBlock.current>(null);
  const due = useDue(ref, 'near');
  useEffect(() => {
    const loaded = loadedCodeBlock.current;
    if (loaded !== null) return setCodeBlock(() => loaded);
    if (!due) return undefined;
    // The theme's code block brings Prism (about 90 kB of grammars): fetched once, by the bundler.
    // Set after an unmount, the state is dropped: nothing to cancel.
    void import('@theme/CodeBlock').then(({default: block}) => setCodeBlock(() => block));
    return undefined;
  }, [due]);
  return (
    <div ref={ref} data-language={language}>
      {CodeBlock !== null ? (
        <CodeBlock language={language} title={title}>
          {code}
        </CodeBlock>
      ) : (
        // Marked for the site's Markdown export (llms-full.txt), which reads the server's HTML.
        <div className={styles.plain} data-code-language={language}>
          {title !== undefined && (
            <div className={styles.title} data-code-title="">
              {title}
            </div>
          )}
          <pre>
            <code>{code}</code>
          </pre>
        </div>
      )}
    </div>
  );
}
