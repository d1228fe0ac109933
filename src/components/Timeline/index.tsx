import {useId, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {integrations, timeline, tokenHistory} from '@site/src/tokens';
import {describe, layout, type Band, type Layout} from './layout';
import styles from './styles.module.css';

const LANE_H = 28;
const TOP = 8;
const AXIS_H = 22;
const PAD = 10;

const MIN_WIDTH = 240;

/** The container's width, measured before first paint so the chart never overflows a phone. */
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
/** A lane's rail, or the time its token was valid. */
const hline = (className: string | undefined, x1: number, x2: number, y: number) => (
  <line className={className} x1={x1} x2={x2} y1={y} y2={y} />
);
const tokenClass = (colour: number | null) =>
  colour === null ? styles.neutral : styles[`token${colour}`];

/** Pushes over time, a lane per token, overlaps shaded and failures banded: a rotation's shape. */
export default function Timeline({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state} = useSandbox(sandbox);
  const captionId = useId();
  const {ref, width, measured} = useWidth(600);
  const l = layout(
    timeline(state),
    integrations(state).flatMap((i) => tokenHistory(state, i.id)),
  );
  const height = TOP + Math.max(1, l.lanes.length) * LANE_H + AXIS_H;
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
        <Chart l={l} width={width} height={height} />
      </svg>
      <Legend l={l} />
      <figcaption id={captionId} className={styles.caption}>
        {describe(l)}
      </figcaption>
    </figure>
  );
}

/** The bands, lanes, pushes and time axis, at `width` pixels. */
function Chart({l, width, height}: {l: Layout; width: number; height: number}): ReactNode {
  const wide = width >= 480;
  const labelW = wide ? 130 : 56;
  const plotW = width - labelW - PAD * 2;
  const span = Math.max(1000, l.end - l.start);
  const x = (t: number) => labelW + PAD + ((t - l.start) / span) * plotW;
  const laneY = (i: number) => TOP + i * LANE_H + LANE_H / 2;
  const bandH = Math.max(1, l.lanes.length) * LANE_H;
  const band = (className: string | undefined, margin: number) => (b: Band, i: number) => (
    <rect
      key={`${className}${i}`}
      className={className}
      x={x(b.from) - margin}
      y={TOP}
      width={Math.max(2 * margin, x(b.to) - x(b.from) + 2 * margin)}
      height={bandH}
    />
  );
  return (
    <>
      {l.overlaps.map(band(styles.overlap, 4))}
      {l.gaps.map(band(styles.gap, 5))}
      {l.lanes.map((lane, i) => (
        <g key={String(lane.key)} className={tokenClass(lane.colour)}>
          <text x={4} y={laneY(i)} dy="0.35em" className={styles.label}>
            {/* A narrow chart names a token by its last four digits. */}
            {wide || typeof lane.key !== 'number' ? lane.label : `…${String(lane.key).slice(-4)}`}
          </text>
          {hline(styles.rail, labelW + PAD, width - PAD, laneY(i))}
          {lane.span !== null && hline(styles.span, x(lane.span.from), x(lane.span.to), laneY(i))}
        </g>
      ))}
      {l.pushes.map((p) => {
        const i = l.lanes.findIndex((lane) => lane.key === (p.tokenId ?? 'none'));
        const [cx, cy] = [x(p.at), laneY(i)];
        if (p.ok)
          return (
            <circle
              key={p.seq}
              className={tokenClass(l.lanes[i]?.colour ?? 0)}
              cx={cx}
              cy={cy}
              r={4.5}
            />
          );
        // A triangle for a 503/504 the application retries; a cross for any other failure.
        const d = p.retried ? triangle(cx, cy, 5) : cross(cx, cy, 4);
        return <path key={p.seq} className={styles.fail} d={d} />;
      })}
      <text x={labelW + PAD} y={height - 6} className={styles.axis}>
        0 s
      </text>
      <text x={width - PAD} y={height - 6} textAnchor="end" className={styles.axis}>
        {`${Math.round((l.end - l.start) / 1000)} s`}
      </text>
    </>
  );
}

/** A 14 px sample of a mark, beside its meaning in the legend. */
const Mark = ({children}: {children: ReactNode}) => (
  <svg width="14" height="14" aria-hidden="true">
    {children}
  </svg>
);

function Legend({l}: {l: Layout}): ReactNode {
  return (
    <ul className={styles.legend}>
      {l.lanes
        .filter((lane) => lane.colour !== null)
        .map((lane) => (
          <li key={String(lane.key)}>
            <Mark>
              <circle className={tokenClass(lane.colour)} cx="7" cy="7" r="5" />
            </Mark>
            {`${lane.label}: bar while valid, dot per accepted push`}
          </li>
        ))}
      <li>
        <Mark>
          <path className={styles.fail} d={cross(7, 7, 4)} />
        </Mark>
        Failed push
      </li>
      {l.retried > 0 && (
        <li>
          <Mark>
            <path className={styles.fail} d={triangle(7, 7, 5)} />
          </Mark>
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
  );
}
