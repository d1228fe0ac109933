import {useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
// From the file, not the index: keeps this form free of Docusaurus runtime imports (tests).
import Button from '@site/src/components/SandboxShell/Button';
import {schemaNameOf, type Outcome} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {FocusHeading} from './FocusHeading';
import styles from './styles.module.css';

type Field = 'name' | 'schema';

const LABELS: Record<Field, string> = {
  name: stitchApp.fields.integrationName,
  schema: stitchApp.fields.integrationSchemaName,
};

/** Refusals said by the schema field, once the reader has opened it; the rest by the name's. */
const SCHEMA_CODES = ['schema-empty', 'schema-taken', 'schema-too-long'];

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
  const [values, setValues] = useState<Record<Field, string>>({name: '', schema: ''});
  const [custom, setCustom] = useState(false);
  const inputs = {name: useRef<HTMLInputElement>(null), schema: useRef<HTMLInputElement>(null)};
  const [error, setError] = useState<{field: Field; text: string} | null>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const outcome = onSave(values.name, custom ? values.schema : '');
    if (outcome.ok) return setError(null);
    const field = custom && SCHEMA_CODES.includes(outcome.code) ? 'schema' : 'name';
    setError({field, text: outcome.reason});
    // The reader fixes the value next: focus goes to the field the message is about.
    inputs[field].current?.focus();
  };

  /** A field, described by the schema preview and, when refused, by the reason. */
  const field = (which: Field) => {
    const refusal = error?.field === which ? error.text : null;
    return (
      <>
        <label htmlFor={`${id}-${which}`}>{LABELS[which]}</label>
        <input
          id={`${id}-${which}`}
          ref={inputs[which]}
          type="text"
          autoComplete="off"
          value={values[which]}
          spellCheck={which === 'schema' ? false : undefined}
          // The link is replaced by the field it opens: focus goes to the field, not to the page.
          autoFocus={which === 'schema'}
          aria-invalid={refusal !== null ? true : undefined}
          aria-describedby={refusal === null ? hintId : `${hintId} ${errorId}`}
          onChange={(e) => {
            setValues((v) => ({...v, [which]: e.target.value}));
            if (refusal !== null) setError(null);
          }}
        />
        {refusal !== null && (
          <p id={errorId} className={styles.error} role="alert">
            {refusal}
          </p>
        )}
      </>
    );
  };

  return (
    <>
      <FocusHeading mark="title">{stitchApp.integrations.importApi}</FocusHeading>
      <form className={styles.form} onSubmit={submit} noValidate>
        {field('name')}
        {custom ? (
          field('schema')
        ) : (
          <Button kind="link" className={styles.linkButton} onClick={() => setCustom(true)}>
            {stitchApp.links.differentSchemaName}
          </Button>
        )}
        <Preview
          from={custom && values.schema.trim() !== '' ? values.schema : values.name}
          id={hintId}
        />
        <div>
          <Button type="submit">{stitchApp.buttons.saveAndGenerateToken}</Button>
        </div>
      </form>
    </>
  );
}
