// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import {useWidth} from '@site/src/components/Timeline';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const widths: number[] = [];

function Probe() {
  const {ref, width, measured} = useWidth(600);
  if (measured) widths.push(width);
  return <figure ref={ref} data-width={width} />;
}

describe('Timeline width', () => {
  it('draws at the container width from the first paint, not at the 600 px fallback', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      width: 328,
    } as DOMRect);
    const {container} = render(<Probe />);
    // Measured in a layout effect: the committed DOM never kept 600.
    expect(container.querySelector('figure')).toHaveAttribute('data-width', '328');
    expect(widths).toEqual([328]);
  });
});
