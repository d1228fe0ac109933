import {useId, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {integrations, timeline, tokensOf} from '@site/src/tokens';
import {describe, layout, type Lane} from './layout';
import styles from './styles.module.css';

const LANE_H = 28;
const TOP = 8;
const AXIS_H = 22;
const PAD = 10;

const MIN_WIDTH = 240;

/**
 * Draw at the real pixel width, so labels keep their size from 360 px to desktop. The
 * container is measured before the first paint (layout effect), so the chart never shows
 * at the fallback width and overflows a phone until the resize observer fires.
 */
export function useWidth(fallback: number) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const measured = Math.round(el.getBoundingClientRect().width);
    if (measured > 0) setWidth(Math.max(MIN_WIDTH, measured));
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setWidth(Math.max(MIN_WIDTH, Math.round(entry.contentRect.width)));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return {ref, width: width ?? fallback, measured: width !== null};
}

const cross = (x: number, y: number, r: number) =>
  `M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`;
const triangle = (x: number, y: number, r: number) =>
  `M${x} ${y - r}L${x + r} ${y + r * 0.8}L${x - r} ${y + r * 0.8}Z`;

function laneName(lane: Lane, wide: boolean): string {
  if (wide || typeof lane.key !== 'number') return lane.label;
  return `…${String(lane.key).slice(-4)}`;
}

/**
 * Pushes over time, one lane per token: the overlap window (two tokens valid) is shaded,
 * and runs of failures show as a red band, so a rotation's shape reads at a glance.
 */
export default function Timeline({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state} = useSandbox(sandbox);
  const captionId = useId();
  const {ref, width, measured} = useWidth(600);
  const l = layout(
    timeline(state),
    integrations(state).flatMap((i) => tokensOf(state, i.id)),
  );
  const summary = describe(l);

  const wide = width >= 480;
  const labelW = wide ? 130 : 56;
  const plotW = width - labelW - PAD * 2;
  const span = Math.max(1000, l.end - l.start);
  const x = (t: number) => labelW + PAD + ((t - l.start) / span) * plotW;
  const height = TOP + Math.max(1, l.lanes.length) * LANE_H + AXIS_H;
  const laneY = (i: number) => TOP + i * LANE_H + LANE_H / 2;
  const bandH = Math.max(1, l.lanes.length) * LANE_H;

  return (
    <figure className={styles.timeline} data-widget="timeline" ref={ref}>
      <svg
        role="img"
        aria-labelledby={captionId}
        // Until measured, scale to the container (never wider than it) instead of 600 px.
        width={measured ? width : '100%'}
        height={measured ? height : undefined}
        viewBox={`0 0 ${width} ${height}`}
        className={styles.svg}
      >
        {l.overlaps.map((b, i) => (
          <rect
            key={`o${i}`}
            className={styles.overlap}
            x={x(b.from) - 4}
            y={TOP}
            width={Math.max(8, x(b.to) - x(b.from) + 8)}
            height={bandH}
          />
        ))}
        {l.gaps.map((b, i) => (
          <rect
            key={`g${i}`}
            className={styles.gap}
            x={x(b.from) - 5}
            y={TOP}
            width={Math.max(10, x(b.to) - x(b.from) + 10)}
            height={bandH}
          />
        ))}
        {l.lanes.map((lane, i) => {
          const cls = lane.colour === null ? styles.neutral : styles[`token${lane.colour}`];
          return (
            <g key={String(lane.key)} className={cls}>
              <text x={4} y={laneY(i)} dy="0.35em" className={styles.label}>
                {laneName(lane, wide)}
              </text>
              <line
                className={styles.rail}
                x1={labelW + PAD}
                x2={width - PAD}
                y1={laneY(i)}
                y2={laneY(i)}
              />
              {lane.span !== null && (
                <line
                  className={styles.span}
                  x1={x(lane.span[0])}
                  x2={x(lane.span[1])}
                  y1={laneY(i)}
                  y2={laneY(i)}
                />
              )}
            </g>
          );
        })}
        {l.pushes.map((p) => {
          const i = l.lanes.findIndex((lane) => lane.key === (p.tokenId ?? 'none'));
          const lane = l.lanes[i]!;
          const cx = x(p.at);
          const cy = laneY(i);
          if (p.ok) {
            return (
              <circle
                key={p.seq}
                className={styles[`token${lane.colour ?? 0}`]}
                cx={cx}
                cy={cy}
                r={4.5}
              />
            );
          }
          // A triangle for a 503/504 the application retries; a cross for any other failure.
          return (
            <path
              key={p.seq}
              className={styles.fail}
              d={p.retried ? triangle(cx, cy, 5) : cross(cx, cy, 4)}
            />
          );
        })}
        <text x={labelW + PAD} y={height - 6} className={styles.axis}>
          0 s
        </text>
        <text x={width - PAD} y={height - 6} textAnchor="end" className={styles.axis}>
          {`${Math.round((l.end - l.start) / 1000)} s`}
        </text>
      </svg>
      <ul className={styles.legend}>
        {l.lanes
          .filter((lane) => lane.colour !== null)
          .map((lane) => (
            <li key={String(lane.key)}>
              <svg width="14" height="14" aria-hidden="true">
                <circle className={styles[`token${lane.colour}`]} cx="7" cy="7" r="5" />
              </svg>
              {`${lane.label}: bar while valid, dot per accepted push`}
            </li>
          ))}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <path className={styles.fail} d={cross(7, 7, 4)} />
          </svg>
          Failed push
        </li>
        {l.retried > 0 && (
          <li>
            <svg width="14" height="14" aria-hidden="true">
              <path className={styles.fail} d={triangle(7, 7, 5)} />
            </svg>
            503/504 (the application retries it)
          </li>
        )}
        <li>
          <span className={`${styles.swatch} ${styles.overlap}`} aria-hidden="true" />
          Two tokens valid (rotation window)
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.gap}`} aria-hidden="true" />
          Pushes failing
        </li>
      </ul>
      <figcaption id={captionId} className={styles.caption}>
        {summary}
      </figcaption>
    </figure>
  );
}
