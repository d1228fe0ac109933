import {plural, type TimelinePoint, type TokenView} from '@site/src/tokens';

type LaneKey = NonNullable<TimelinePoint['tokenId']> | 'none';

export interface Band {
  readonly from: number;
  readonly to: number;
}

const PALETTE_SIZE = 3;

function laneLabel(key: LaneKey): string {
  if (key === 'none') return 'No token';
  if (key === 'unknown') return 'Unknown token';
  return `Token ${key}`;
}

/** Only pushes carry an Import API token; Connect and web-app actions are not traffic. */
export function layout(points: readonly TimelinePoint[], tokens: readonly TokenView[]) {
  const pushes = points.filter((p) => p.via === 'import');
  const start = pushes[0]?.at ?? 0;
  const end = pushes[pushes.length - 1]?.at ?? 0;
  const laneOf = (p: TimelinePoint): LaneKey => p.tokenId ?? 'none';
  // Tokens by id (older first), then the failure-only lanes.
  const keys = [...new Set(pushes.map(laneOf))].sort(
    (a, b) => (typeof a === 'number' ? a : Infinity) - (typeof b === 'number' ? b : Infinity),
  );
  const lanes = keys.map((key, i) => {
    const mine = pushes.filter((p) => laneOf(p) === key);
    const ok = mine.filter((p) => p.ok).length;
    const token = tokens.find((t) => t.id === key);
    // Without a token (unknown/none lanes), `from` is past `to`: no span.
    const from = Math.max(start, token?.createdAt ?? Infinity);
    const to = Math.min(end, token?.revokedAt ?? end);
    return {
      key,
      label: laneLabel(key),
      // Index into the token palette; failures-only lanes (unknown/none) get none.
      colour: typeof key === 'number' ? i % PALETTE_SIZE : null,
      ok,
      failed: mine.length - ok,
      // When the token was valid, clipped to the chart.
      span: from <= to ? {from, to} : null,
      integrationId: token?.integrationId ?? null,
    };
  });

  // Where two tokens of one integration were both valid: the rotation window.
  const overlaps: Band[] = [];
  lanes.forEach((one, i) => {
    for (const other of lanes.slice(i + 1)) {
      const [a, b] = [one.span, other.span];
      if (a === null || b === null || one.integrationId !== other.integrationId) continue;
      const from = Math.max(a.from, b.from);
      const to = Math.min(a.to, b.to);
      if (from < to) overlaps.push({from, to});
    }
  });

  // Runs of consecutive failed pushes: the gap in delivery.
  const gaps: Band[] = [];
  pushes.forEach((p, i) => {
    if (p.ok) return;
    const run = pushes[i - 1]?.ok === false ? gaps.pop() : undefined;
    gaps.push({from: run?.from ?? p.at, to: p.at});
  });

  // Failed pushes the application sends again by itself (503/504), not waiting for a re-send.
  const retried = pushes.filter((p) => p.retried).length;
  return {pushes, lanes, start, end, overlaps, gaps, retried};
}

export type Layout = ReturnType<typeof layout>;

/** The picture in words, for screen readers and as the visible caption. */
export function describe(l: Layout): string {
  if (l.pushes.length === 0) {
    return 'No pushes yet. Send a push from your application to see it here.';
  }
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
  const fromTo = (b: Band) => `from ${seconds(b.from - l.start)} to ${seconds(b.to - l.start)}`;
  const failed = l.lanes.reduce((n, lane) => n + lane.failed, 0);
  const parts = [
    `${plural(l.pushes.length, 'push', 'pushes')} over ${seconds(l.end - l.start)}.`,
    ...l.lanes.map((lane) => {
      const used = lane.span === null ? '' : `, valid ${fromTo(lane.span)}`;
      return `${lane.label}: ${lane.ok} accepted, ${lane.failed} failed${used}.`;
    }),
    ...l.overlaps.map((o) => `Two tokens valid ${fromTo(o)}.`),
    failed === 0
      ? 'No push failed.'
      : `${plural(failed, 'push', 'pushes')} failed, in ${plural(l.gaps.length, 'gap')}.`,
  ];
  if (l.retried > 0) {
    const were = l.retried === 1 ? 'was' : 'were';
    parts.push(
      `Of those, ${l.retried} answered 503 or 504 and ${were} retried by the application.`,
    );
  }
  return parts.join(' ');
}
