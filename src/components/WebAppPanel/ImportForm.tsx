import {useId, useRef, useState, type ComponentProps, type FormEvent, type ReactNode} from 'react';
// From the file, not the index: keeps this form free of Docusaurus runtime imports (tests).
import Button from '@site/src/components/SandboxShell/Button';
import {schemaNameOf, type Outcome} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {FocusHeading} from './FocusHeading';
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

/** Names and saves the integration; the core's answer is shown by its field, typed text kept. */
export default function ImportForm({
  onSave,
}: {
  onSave: (displayName: string, schemaName: string) => Outcome;
}): ReactNode {
  const [name, setName] = useState('');
  const [schemaName, setSchemaName] = useState('');
  const [custom, setCustom] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const schemaField = useRef<HTMLInputElement>(null);
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

  const field = (which: 'name' | 'schema', value: string, set: (v: string) => void) => (
    <FormField
      id={ids[which]}
      label={
        which === 'name' ? stitchApp.fields.integrationName : stitchApp.fields.integrationSchemaName
      }
      value={value}
      ref={which === 'name' ? nameField : schemaField}
      hintId={ids.hint}
      spellCheck={which === 'schema' ? false : undefined}
      // The link is replaced by the field it opens: focus goes to the field, not to the page.
      autoFocus={which === 'schema'}
      error={error?.field === which ? {id: ids.error, text: error.text} : null}
      onChange={(e) => {
        set(e.target.value);
        if (error?.field === which) setError(null);
      }}
    />
  );

  return (
    <>
      <FocusHeading mark="title">{stitchApp.integrations.importApi}</FocusHeading>
      <form className={styles.form} onSubmit={submit} noValidate>
        {field('name', name, setName)}
        {custom ? (
          field('schema', schemaName, setSchemaName)
        ) : (
          <Button kind="link" className={styles.linkButton} onClick={() => setCustom(true)}>
            {stitchApp.links.differentSchemaName}
          </Button>
        )}
        <Preview from={custom && schemaName.trim() !== '' ? schemaName : name} id={ids.hint} />
        <div>
          <Button type="submit">{stitchApp.buttons.saveAndGenerateToken}</Button>
        </div>
      </form>
    </>
  );
}

/** A field of the form, described by the schema preview and, when refused, by the reason. */
function FormField({
  label,
  hintId,
  error,
  ...input
}: ComponentProps<'input'> & {
  label: string;
  hintId: string;
  error: {id: string; text: string} | null;
}): ReactNode {
  return (
    <>
      <label htmlFor={input.id}>{label}</label>
      <input
        {...input}
        type="text"
        autoComplete="off"
        aria-invalid={error !== null ? true : undefined}
        aria-describedby={error === null ? hintId : `${hintId} ${error.id}`}
      />
      {error !== null && (
        <p id={error.id} className={styles.error} role="alert">
          {error.text}
        </p>
      )}
    </>
  );
}
