/**
 * A stand-in for the reader's application: it pushes one record every ~100 ms with whatever
 * token is in the token file at that moment, as an application that re-reads its secret
 * would, and keeps every status it got.
 */
import fs from 'node:fs';
import {setTimeout as sleep} from 'node:timers/promises';
import {importRecord} from '../../support/snippet-requests';

export interface TrafficResult {
  /**
   * Each push, in order: its status, the token file's content it was sent with, and the
   * milliseconds from reading the file to the answer (how long an old token can be in flight).
   */
  readonly pushes: ReadonlyArray<{status: number; token: string; ms: number}>;
}

export interface Traffic {
  /** Pushes done so far. */
  count(): number;
  stop(): Promise<TrafficResult>;
}

export const PUSH_EVERY_MS = 100;

export function startTraffic(baseUrl: string, tokenFile: string, clientId: number): Traffic {
  const pushes: {status: number; token: string; ms: number}[] = [];
  const record = importRecord({clientId, tableName: 'customers', data: {id: 1}});
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const start = performance.now();
      const token = fs.readFileSync(tokenFile, 'utf8').trim();
      const res = await fetch(`${baseUrl}/v2/import/push`, {
        method: 'POST',
        headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json'},
        body: JSON.stringify([record]),
      });
      await res.text();
      pushes.push({status: res.status, token, ms: performance.now() - start});
      await sleep(PUSH_EVERY_MS);
    }
  })();
  return {
    count: () => pushes.length,
    stop: async () => {
      stopped = true;
      await loop;
      return {pushes};
    },
  };
}
