import {useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type Ref} from 'react';
// From the file, not the index: keeps this form free of Docusaurus runtime imports (tests).
import WidgetHeading from '@site/src/components/SandboxShell/Heading';
import {schemaNameOf, type Outcome} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import styles from './styles.module.css';

/** Which field a refusal belongs next to. */
function fieldOf(outcome: Outcome, custom: boolean): 'name' | 'schema' | null {
  if (outcome.ok) return null;
  const schemaCodes = ['schema-empty', 'schema-taken', 'schema-too-long'];
  return custom && schemaCodes.includes(outcome.code) ? 'schema' : 'name';
}

function Preview({from, id}: {from: string; id: string}): ReactNode {
  const {schema, dropped} = schemaNameOf(from);
  return (
    <p id={id} className={styles.hint}>
      Destination schema:{' '}
      {schema === '' ? (
        <em>type a name with letters or digits</em>
      ) : (
        <code data-testid="schema-preview">{schema}</code>
      )}
      {dropped.length > 0 && schema !== '' && (
        <>
          {' '}
          (a schema name cannot hold {dropped.map((c) => `“${c}”`).join(' ')}, so they are left out)
        </>
      )}
      . It can&rsquo;t be changed once the integration is saved.
    </p>
  );
}

/**
 * Name the integration (and, through "Use a different schema name?", its schema) and save
 * it. The preview uses the core's rule; whether the names are acceptable is the core's
 * answer to the event, shown next to the field it is about. Typed text is never cleared.
 */
export default function ImportForm({
  headingRef,
  onSave,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  onSave: (displayName: string, schemaName: string) => Outcome;
}): ReactNode {
  const [name, setName] = useState('');
  const [schemaName, setSchemaName] = useState('');
  const [custom, setCustom] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const schemaField = useRef<HTMLInputElement>(null);
  // The link is replaced by the field it opens: focus goes to the field, not to the page.
  useEffect(() => {
    if (custom) schemaField.current?.focus();
  }, [custom]);
  const [error, setError] = useState<{field: 'name' | 'schema'; text: string} | null>(null);
  const id = useId();
  const ids = {
    name: `${id}-name`,
    schema: `${id}-schema`,
    hint: `${id}-hint`,
    error: `${id}-error`,
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const outcome = onSave(name, custom ? schemaName : '');
    const field = fieldOf(outcome, custom);
    setError(field === null || outcome.ok ? null : {field, text: outcome.reason});
    // The reader fixes the value next: focus goes to the field the message is about.
    if (field !== null) (field === 'name' ? nameField : schemaField).current?.focus();
  };

  const fieldProps = (field: 'name' | 'schema') => ({
    'aria-invalid': error?.field === field ? true : undefined,
    'aria-describedby': `${ids.hint}${error?.field === field ? ` ${ids.error}` : ''}`,
  });
  const errorLine = (field: 'name' | 'schema') =>
    error?.field === field ? (
      <p id={ids.error} className={styles.error} role="alert">
        {error.text}
      </p>
    ) : null;

  return (
    <>
      <WidgetHeading depth={1} ref={headingRef} tabIndex={-1} className={styles.screenTitle}>
        {stitchApp.integrations.importApi}
      </WidgetHeading>
      <form className={styles.form} onSubmit={submit} noValidate>
        <label htmlFor={ids.name}>{stitchApp.fields.integrationName}</label>
        <input
          ref={nameField}
          id={ids.name}
          type="text"
          value={name}
          autoComplete="off"
          {...fieldProps('name')}
          onChange={(e) => {
            setName(e.target.value);
            if (error?.field === 'name') setError(null);
          }}
        />
        {errorLine('name')}
        {custom ? (
          <>
            <label htmlFor={ids.schema}>{stitchApp.fields.integrationSchemaName}</label>
            <input
              ref={schemaField}
              id={ids.schema}
              type="text"
              value={schemaName}
              autoComplete="off"
              spellCheck={false}
              {...fieldProps('schema')}
              onChange={(e) => {
                setSchemaName(e.target.value);
                if (error?.field === 'schema') setError(null);
              }}
            />
            {errorLine('schema')}
          </>
        ) : (
          <button
            type="button"
            className={`button button--link ${styles.linkButton}`}
            onClick={() => setCustom(true)}
          >
            {stitchApp.links.differentSchemaName}
          </button>
        )}
        <Preview from={custom && schemaName.trim() !== '' ? schemaName : name} id={ids.hint} />
        <div>
          <button type="submit" className="button button--primary">
            {stitchApp.buttons.saveAndGenerateToken}
          </button>
        </div>
      </form>
    </>
  );
}
