import {useId, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {language} from '@site/src/tokens/snippets/languages';
import python from '@site/static/rotation/rotate_token.py?raw';
import javascript from '@site/static/rotation/rotate-token.mjs?raw';
import go from '@site/static/rotation/rotate_token.go?raw';
import SnippetCode from './SnippetCode';
import SnippetTabs from './SnippetTabs';
import styles from './styles.module.css';

/** The script in each language that has one (curl alone cannot keep a rotation's state). */
export const ROTATION_SCRIPTS = [
  {...language('python'), fileName: 'rotate_token.py', code: python},
  {...language('javascript'), fileName: 'rotate-token.mjs', code: javascript},
  {...language('go'), fileName: 'rotate_token.go', code: go},
] as const;

/** One file: its first lines, the rest behind a button, the whole file to copy or download. */
function ScriptFileView({script}: {script: (typeof ROTATION_SCRIPTS)[number]}): ReactNode {
  const [expanded, setExpanded] = useState(false);
  const codeId = useId();
  const href = useBaseUrl(`/rotation/${script.fileName}`);
  return (
    <div>
      <div id={codeId} className={expanded ? undefined : styles.collapsed}>
        <SnippetCode code={script.code} language={script.prism} title={script.fileName} />
      </div>
      <div className={styles.scriptActions}>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={expanded}
          aria-controls={codeId}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded
            ? 'Show the first lines only'
            : `Show the whole script (${script.code.trimEnd().split('\n').length} lines)`}
        </button>
        <a className="button button--outline button--primary" href={href} download>
          Download {script.fileName}
        </a>
      </div>
    </div>
  );
}

/** The rotation script per language; not lazy, so the HTML (and the Markdown export) holds all. */
export default function RotationScript(): ReactNode {
  return <SnippetTabs snippets={ROTATION_SCRIPTS} render={(s) => <ScriptFileView script={s} />} />;
}
