// @vitest-environment jsdom
import {afterEach, describe, expect, it} from 'vitest';
import {act, cleanup, render, screen} from '@testing-library/react';
import {claimReveal, useShowsReveal} from '@site/src/components/WebAppPanel/revealOwner';

afterEach(cleanup);

/** Every value a panel rendered with, first render included. */
const renders: Record<string, boolean[]> = {};

function Panel({id}: {id: string}) {
  const shows = useShowsReveal('guide', id);
  (renders[id] ??= []).push(shows);
  return <p data-testid={id}>{shows ? 'dialog' : 'none'}</p>;
}

const showing = () =>
  screen
    .queryAllByText('dialog')
    .map((el) => el.dataset.testid)
    .sort();

describe('reveal ownership', () => {
  it('exactly one mounted panel per store shows the reveal, from the first render on', () => {
    const {rerender} = render(
      <>
        <Panel id="a" />
        <Panel id="b" />
        <Panel id="c" />
      </>,
    );
    // No panel showed it on its first render (it was not registered yet).
    expect(renders.a?.[0]).toBe(false);
    expect(renders.b?.[0]).toBe(false);
    expect(renders.c?.[0]).toBe(false);
    expect(showing()).toEqual(['a']);

    // The panel that generates claims it, and every panel re-renders.
    act(() => claimReveal('guide', 'c'));
    expect(showing()).toEqual(['c']);

    // The owner goes away: the first panel still mounted takes over, without any other event.
    rerender(
      <>
        <Panel id="a" />
        <Panel id="b" />
      </>,
    );
    expect(showing()).toEqual(['a']);
    rerender(<Panel id="b" />);
    expect(showing()).toEqual(['b']);
  });
});
