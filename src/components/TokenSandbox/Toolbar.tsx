import {useId, useState, type ReactNode} from 'react';
import {copyText, Switch, widgetStyles as w} from '@site/src/components/SandboxShell';
import type {SandboxStore} from '@site/src/components/SandboxStore';
import type {PresetKey, SandboxState} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

const DRILLS = Object.keys(sandboxLabels.drills) as PresetKey[];

/**
 * The workspace's controls: start a drill, reset, share, and the Import API outage fault.
 * Starting a drill or resetting replaces the sandbox with Undo (the store keeps a backup).
 */
export default function Toolbar({
  state,
  store,
}: {
  state: SandboxState;
  store: SandboxStore;
}): ReactNode {
  const id = useId();
  const [drill, setDrill] = useState<PresetKey>(state.preset);
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const share = async () => {
    const fragment = store.shareFragment();
    if (!fragment.ok) {
      setLink(null);
      return setMessage(`No share link: ${fragment.reason}`);
    }
    const url = `${window.location.origin}${window.location.pathname}#${fragment.value}`;
    setLink(url);
    setMessage(
      (await copyText(url))
        ? 'Share link copied. Anyone who opens it gets this scenario in their own sandbox (no token values are in it).'
        : 'Your browser did not allow copying: copy the share link from the field.',
    );
  };

  return (
    <div className={styles.toolbar} role="group" aria-label="Sandbox controls">
      <div className={w.actions}>
        <label htmlFor={`${id}-drill`} className={styles.drillLabel}>
          {sandboxLabels.buttons.drill}
        </label>
        <select
          id={`${id}-drill`}
          value={drill}
          onChange={(e) => setDrill(e.target.value as PresetKey)}
        >
          {DRILLS.map((key) => (
            <option key={key} value={key}>
              {sandboxLabels.drills[key]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--primary"
          onClick={() => store.startDrill(drill)}
        >
          Start drill
        </button>
        <button
          type="button"
          className="button button--outline button--primary"
          onClick={() => store.reset()}
        >
          {sandboxLabels.buttons.reset}
        </button>
        <button
          type="button"
          className="button button--outline button--primary"
          onClick={() => void share()}
        >
          {sandboxLabels.buttons.share}
        </button>
        <Switch
          label={sandboxLabels.buttons.outage}
          on={state.outage}
          onChange={(on) => store.dispatch({type: 'setOutage', on})}
        />
      </div>
      {link !== null && (
        <div className={styles.shareField}>
          <label htmlFor={`${id}-link`}>Share link</label>
          <input
            id={`${id}-link`}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <p role="status" className={styles.toolbarStatus}>
        {message}
      </p>
    </div>
  );
}
