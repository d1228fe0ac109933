import {plural, type TimelinePoint, type TokenView} from '@site/src/tokens';

type LaneKey = number | 'unknown' | 'none';

export interface Lane {
  readonly key: LaneKey;
  readonly label: string;
  /** Index into the token palette; failures-only lanes (unknown/none) get none. */
  readonly colour: number | null;
  readonly ok: number;
  readonly failed: number;
  /** When the token was valid, clipped to the chart (ms); null for unknown/none lanes. */
  readonly span: readonly [number, number] | null;
  readonly integrationId: number | null;
}

interface Band {
  readonly from: number;
  readonly to: number;
}

export interface Layout {
  readonly pushes: readonly TimelinePoint[];
  readonly lanes: readonly Lane[];
  readonly start: number;
  readonly end: number;
  /** Time ranges where two tokens of one integration were both valid: the rotation window. */
  readonly overlaps: readonly Band[];
  /** Runs of consecutive failed pushes: the gap in delivery. */
  readonly gaps: readonly Band[];
  /** Failed pushes the application sends again by itself (503/504), not waiting for a re-send. */
  readonly retried: number;
}

const PALETTE_SIZE = 3;

function laneOf(p: TimelinePoint): LaneKey {
  return p.tokenId === null ? 'none' : p.tokenId;
}

function laneLabel(key: LaneKey): string {
  if (key === 'none') return 'No token';
  if (key === 'unknown') return 'Unknown token';
  return `Token ${key}`;
}

/** Only pushes carry an Import API token; Connect and web-app actions are not traffic. */
export function layout(points: readonly TimelinePoint[], tokens: readonly TokenView[]): Layout {
  const pushes = points.filter((p) => p.via === 'import');
  const start = pushes[0]?.at ?? 0;
  const end = pushes[pushes.length - 1]?.at ?? 0;
  // Tokens by id (older first), then the failure-only lanes.
  const keys = [...new Set(pushes.map(laneOf))].sort(
    (a, b) => (typeof a === 'number' ? a : Infinity) - (typeof b === 'number' ? b : Infinity),
  );
  let colour = 0;
  const lanes = keys.map((key): Lane => {
    const mine = pushes.filter((p) => laneOf(p) === key);
    const ok = mine.filter((p) => p.ok).length;
    const token = tokens.find((t) => t.id === key);
    const from = token === undefined ? end : Math.max(start, token.createdAt);
    const to = token === undefined ? start : Math.min(end, token.revokedAt ?? end);
    return {
      key,
      label: laneLabel(key),
      colour: typeof key === 'number' ? colour++ % PALETTE_SIZE : null,
      ok,
      failed: mine.length - ok,
      span: token !== undefined && from <= to ? [from, to] : null,
      integrationId: token?.integrationId ?? null,
    };
  });

  const overlaps: Band[] = [];
  lanes.forEach((one, i) => {
    for (const other of lanes.slice(i + 1)) {
      const [a, b] = [one.span, other.span];
      if (a === null || b === null || one.integrationId !== other.integrationId) continue;
      const from = Math.max(a[0], b[0]);
      const to = Math.min(a[1], b[1]);
      if (from < to) overlaps.push({from, to});
    }
  });

  const gaps: Band[] = [];
  let run: Band | null = null;
  for (const p of pushes) {
    if (!p.ok) run = run === null ? {from: p.at, to: p.at} : {from: run.from, to: p.at};
    else if (run !== null) {
      gaps.push(run);
      run = null;
    }
  }
  if (run !== null) gaps.push(run);

  const retried = pushes.filter((p) => p.retried).length;
  return {pushes, lanes, start, end, overlaps, gaps, retried};
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** The picture in words, for screen readers and as the visible caption. */
export function describe(l: Layout): string {
  if (l.pushes.length === 0) {
    return 'No pushes yet. Send a push from your application to see it here.';
  }
  const total = l.pushes.length;
  const parts = [
    `${plural(total, 'push', 'pushes')} over ${seconds(l.end - l.start)}.`,
    ...l.lanes.map((lane) => {
      const used =
        lane.span === null
          ? ''
          : `, valid from ${seconds(lane.span[0] - l.start)} to ${seconds(lane.span[1] - l.start)}`;
      return `${lane.label}: ${lane.ok} accepted, ${lane.failed} failed${used}.`;
    }),
  ];
  if (l.overlaps.length > 0) {
    parts.push(
      l.overlaps
        .map(
          (o) =>
            `Two tokens valid from ${seconds(o.from - l.start)} to ${seconds(o.to - l.start)}.`,
        )
        .join(' '),
    );
  }
  const failed = l.lanes.reduce((n, lane) => n + lane.failed, 0);
  parts.push(
    failed === 0
      ? 'No push failed.'
      : `${plural(failed, 'push', 'pushes')} failed, in ${plural(l.gaps.length, 'gap')}.`,
  );
  if (l.retried > 0) {
    const were = l.retried === 1 ? 'was' : 'were';
    parts.push(
      `Of those, ${l.retried} answered 503 or 504 and ${were} retried by the application.`,
    );
  }
  return parts.join(' ');
}
