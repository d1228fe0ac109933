import {useId, useState, type ReactNode} from 'react';
import {Button, copyText, Switch, widgetStyles as w} from '@site/src/components/SandboxShell';
import type {SandboxStore, Snapshot} from '@site/src/components/SandboxStore';
import type {DrillKey} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

const DRILLS = Object.keys(sandboxLabels.drills) as DrillKey[];

const UNDO: Record<NonNullable<Snapshot['undo']>, string> = {
  share: 'Undo the shared scenario',
  reset: 'Undo the reset',
  drill: 'Undo the drill',
};

/** A share link and what became of it, for the reader's sandbox as it was then. */
interface Shared {
  readonly link: string | null;
  readonly text: string;
  readonly revision: number;
}

/** Drill, reset, share, undo and the outage fault; a share message lasts until the next change. */
export default function Toolbar({
  snapshot: {state, revision, undo},
  store,
}: {
  snapshot: Snapshot;
  store: SandboxStore;
}): ReactNode {
  const id = useId();
  const [drill, setDrill] = useState<DrillKey>(state.drill);
  const [shared, setShared] = useState<Shared | null>(null);
  const share = async () => {
    const fragment = store.shareFragment();
    if (!fragment.ok)
      return setShared({link: null, text: `No share link: ${fragment.reason}`, revision});
    const url = `${window.location.origin}${window.location.pathname}#${fragment.value}`;
    const copied = await copyText(url);
    setShared({
      link: url,
      text: copied
        ? 'Share link copied. Anyone who opens it gets this scenario in their own sandbox (no token values are in it).'
        : 'Your browser did not allow copying: copy the share link from the field.',
      revision,
    });
  };
  const current = shared?.revision === revision ? shared : null;
  return (
    <div className={styles.toolbar} role="group" aria-label="Sandbox controls">
      <div className={w.actions}>
        <label htmlFor={`${id}-drill`} className={styles.drillLabel}>
          {sandboxLabels.buttons.drill}
        </label>
        <select
          id={`${id}-drill`}
          value={drill}
          onChange={(e) => setDrill(e.target.value as DrillKey)}
        >
          {DRILLS.map((key) => (
            <option key={key} value={key}>
              {sandboxLabels.drills[key]}
            </option>
          ))}
        </select>
        <Button onClick={() => store.startDrill(drill)}>{sandboxLabels.buttons.startDrill}</Button>
        <Button kind="outline" onClick={() => store.reset()}>
          {sandboxLabels.buttons.reset}
        </Button>
        <Button kind="outline" onClick={() => void share()}>
          {sandboxLabels.buttons.share}
        </Button>
        {undo !== null && (
          <Button kind="outline" onClick={() => store.undo()}>
            {UNDO[undo]}
          </Button>
        )}
        <Switch
          label={sandboxLabels.buttons.outage}
          on={state.outage}
          onChange={(on) => store.dispatch({type: 'setOutage', on})}
        />
      </div>
      {current?.link != null && (
        <div className={styles.shareField}>
          <label htmlFor={`${id}-link`}>Share link</label>
          <input
            id={`${id}-link`}
            type="text"
            readOnly
            value={current.link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <p role="status" className={styles.toolbarStatus} data-testid="toolbar-status">
        {current?.text}
      </p>
    </div>
  );
}
