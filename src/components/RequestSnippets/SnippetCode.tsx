import {useEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import type {Props as CodeBlockProps} from '@theme/CodeBlock';
import {useDue} from '@site/src/components/WidgetFrame/due';
import {loadedCodeBlock} from '@site/src/theme/CodeBlock/loaded';
import styles from './styles.module.css';

type CodeBlockComponent = ComponentType<CodeBlockProps>;

let loading: Promise<CodeBlockComponent> | null = null;

/** The theme's code block, fetched once: it brings Prism (about 90 kB of grammars) with it. */
function loadCodeBlock(): Promise<CodeBlockComponent> {
  loading ??= import('@theme/CodeBlock').then((m) => m.default);
  return loading;
}

export interface SnippetCodeProps {
  readonly code: string;
  /** Prism's name for the language. */
  readonly language: string;
  readonly title?: string;
}

/**
 * One snippet, highlighted by the theme's CodeBlock (copy button included) once it is due:
 * at once when a code block is already loaded on the page (a widget brought it), else when
 * the snippet comes into view or the reader first scrolls, types or clicks, as the lazy
 * widgets do. Until then, and on the server, it is the same text in a plain block, so a
 * page that shows snippets does not fetch Prism with its first load.
 */
export default function SnippetCode({code, language, title}: SnippetCodeProps): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  const [CodeBlock, setCodeBlock] = useState<CodeBlockComponent | null>(null);
  const due = useDue(ref, 'near');
  useEffect(() => {
    const loaded = loadedCodeBlock.current;
    if (loaded !== null) return setCodeBlock(() => loaded);
    if (!due) return undefined;
    let cancelled = false;
    void loadCodeBlock().then((block) => {
      if (!cancelled) setCodeBlock(() => block);
    });
    return () => {
      cancelled = true;
    };
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
