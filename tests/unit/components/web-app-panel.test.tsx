// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import ImportForm from '@site/src/components/WebAppPanel/ImportForm';
import {resolveScreen} from '@site/src/components/WebAppPanel/screens';
import TokensSection from '@site/src/components/WebAppPanel/TokensSection';
import type {SandboxStore} from '@site/src/components/SandboxStore';
import {applyEvent} from '@site/src/tokens/reducer';
import {canGenerate} from '@site/src/tokens/ops/generate';
import {checkDisplayName} from '@site/src/tokens/schema-name';
import {initialState} from '@site/src/tokens/state';
import {integrations} from '@site/src/tokens/selectors/tokens';
import {seededEnv} from '@site/src/tokens/random';
import type {Outcome} from '@site/src/tokens/events';
import {defined} from '../../support/defined';

afterEach(cleanup);

const env = seededEnv(1);
const withIntegration = () =>
  applyEvent(initialState(), {type: 'createIntegration', displayName: 'Customer Records'}, env)
    .state;

describe('resolveScreen', () => {
  it('starts each view where its guide section starts', () => {
    const s = withIntegration();
    const id = defined(s.integrations[0], 'integration').id;
    expect(resolveScreen(null, 'full', s)).toEqual({kind: 'dashboard'});
    // The guide's step 2 is "On the Stitch Dashboard, click Add Integration".
    expect(resolveScreen(null, 'generate', s)).toEqual({kind: 'dashboard'});
    expect(resolveScreen(null, 'revoke', s)).toEqual({kind: 'integration', id, tab: 'settings'});
    // Nothing to revoke yet: the dashboard, where an integration can be added.
    expect(resolveScreen(null, 'revoke', initialState())).toEqual({kind: 'dashboard'});
  });

  it('never shows an integration that a reset (or another tab) removed', () => {
    const gone = {kind: 'integration', id: 999, tab: 'settings'} as const;
    expect(resolveScreen(gone, 'full', withIntegration())).toEqual({kind: 'dashboard'});
  });
});

describe('ImportForm', () => {
  // Stands in for the store: the core's own rule decides, as dispatch would.
  const save =
    (taken: string[]) =>
    (name: string): Outcome => {
      const r = checkDisplayName(name, taken);
      return r.ok ? {ok: true, type: 'revealClosed'} : r;
    };

  it('previews the schema name with the core rule', () => {
    render(<ImportForm onSave={save([])} />);
    fireEvent.change(screen.getByLabelText('Integration name'), {
      target: {value: 'Customer (EU) Records.v2'},
    });
    expect(screen.getByTestId('schema-preview')).toHaveTextContent('customer_eu_recordsv2');
  });

  it('shows a refusal next to the field, as text, and marks the field invalid', () => {
    render(<ImportForm onSave={save(['img_srcx_onerror'])} />);
    const field = screen.getByLabelText('Integration name');
    fireEvent.change(field, {target: {value: '<img src=x onerror>'}});
    fireEvent.click(screen.getByRole('button', {name: 'Save and Generate Token'}));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/already used by another integration/);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('TokensSection', () => {
  it('describes Generate Token with the core’s reason once the limit is reached, before a click', () => {
    let s = withIntegration();
    const id = defined(s.integrations[0], 'integration').id;
    s = applyEvent(s, {type: 'acknowledgeReveal'}, env).state;
    const store = {dispatch: () => ({ok: true, type: 'revealClosed'})} as unknown as SandboxStore;
    const section = () => (
      <TokensSection
        integration={defined(integrations(s)[0], 'integration')}
        state={s}
        store={store}
        onGenerate={() => {}}
      />
    );
    const {rerender} = render(section());
    const button = screen.getByRole('button', {name: 'Generate Token'});
    expect(button).not.toHaveAttribute('aria-describedby');

    s = applyEvent(s, {type: 'generateToken', integrationId: id}, env).state;
    s = applyEvent(s, {type: 'acknowledgeReveal'}, env).state;
    const limit = canGenerate(s, id);
    if (limit.ok) throw new Error('expected the limit');
    rerender(section());
    expect(button).toBeEnabled();
    expect(button).toHaveAccessibleDescription(limit.reason);
    expect(screen.getByTestId('generate-limit')).toBeVisible();
  });
});
