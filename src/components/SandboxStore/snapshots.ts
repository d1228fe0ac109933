/** An immutable snapshot that React reads with `useSyncExternalStore`, and its listeners. */
export class Snapshots<T extends object> {
  protected snap: T;
  private readonly listeners = new Set<() => void>();

  constructor(first: T) {
    this.snap = first;
  }

  // Arrow-function fields: React and widgets pass these around unbound.
  getSnapshot = (): T => this.snap;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected set(next: Partial<T>): void {
    this.snap = {...this.snap, ...next};
    this.changed();
    this.listeners.forEach((l) => l());
  }

  /** Called on every change, before listeners hear of it. */
  protected changed(): void {}
}
