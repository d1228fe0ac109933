import {useId, useState, type FormEvent, type ReactNode, type Ref} from 'react';
// From the file, not the index: keeps this form free of Docusaurus runtime imports (tests).
import WidgetHeading from '@site/src/components/SandboxShell/Heading';
import {schemaNameOf, type Outcome} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import styles from './styles.module.css';

/**
 * Name the integration and save it. The schema preview uses the core's rule; whether the
 * name is acceptable is the core's answer to the event, shown next to the field.
 */
export default function ImportForm({
  headingRef,
  onSave,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  onSave: (displayName: string) => Outcome;
}): ReactNode {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const schema = schemaNameOf(name).schema;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const outcome = onSave(name);
    setError(outcome.ok ? '' : outcome.reason);
  };

  return (
    <>
      <WidgetHeading depth={1} ref={headingRef} tabIndex={-1} className={styles.screenTitle}>
        {stitchApp.integrations.importApi}
      </WidgetHeading>
      <form className={styles.form} onSubmit={submit} noValidate>
        <label htmlFor={fieldId}>{stitchApp.fields.integrationName}</label>
        <input
          id={fieldId}
          type="text"
          value={name}
          autoComplete="off"
          aria-invalid={error !== '' ? true : undefined}
          aria-describedby={`${hintId} ${errorId}`}
          onChange={(e) => {
            setName(e.target.value);
            setError('');
          }}
        />
        <p id={hintId} className={styles.hint}>
          Destination schema:{' '}
          {schema === '' ? (
            <em>type a name</em>
          ) : (
            <code data-testid="schema-preview">{schema}</code>
          )}
          . It can&rsquo;t be changed once the integration is saved.
        </p>
        <p id={errorId} className={styles.error} aria-live="polite">
          {error}
        </p>
        <div>
          <button type="submit" className="button button--sm button--primary">
            {stitchApp.buttons.saveAndGenerateToken}
          </button>
        </div>
      </form>
    </>
  );
}
