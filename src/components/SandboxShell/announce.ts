import {useCallback, useEffect, useRef, useState} from 'react';

/**
 * Text for a live region that is announced again when the same result comes twice (a
 * refused click, repeated): screen readers speak a live region only when its text changes,
 * so an identical message is cleared first and set again on the next frame.
 */
export function useAnnouncement(): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const current = useRef('');
  const frame = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  const announce = useCallback((next: string) => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    if (next !== '' && next === current.current) {
      setText('');
      frame.current = requestAnimationFrame(() => {
        frame.current = null;
        setText(next);
      });
    } else setText(next);
    current.current = next;
  }, []);
  return [text, announce];
}
