/**
 * The statements waiting for the LRS, kept on the device under one key that every tab of the site
 * shares (`mhm:xapi:queue:<endpoint>`, `{ v: 1, statements }`). Every change reads the stored queue
 * afresh and writes it back in the same task, so a tab adds to what the other tabs queued and takes
 * out only what it delivered: no tab overwrites another's statements.
 */
import { readJson } from '../internal/json.js';
import { readItem, subscribe, writeItem } from '../internal/storage.js';
import type { XapiActor, XapiStatement } from './statements.js';

/** The queue keeps the newest statements beyond this many. */
const queueLimit = 1000;

export class StatementQueue {
  private readonly actor: string;

  constructor(
    private readonly key: string,
    actor: XapiActor,
  ) {
    this.actor = JSON.stringify(actor);
  }

  /**
   * The statements waiting, oldest first: only well-formed ones, and only this learner's, so a
   * damaged entry cannot jam the queue and a shared device never sends one learner's statements
   * under the next learner's credentials.
   */
  read(): XapiStatement[] {
    const stored = readJson<{ v?: unknown; statements?: unknown }>(readItem(this.key));
    if (!stored.ok || stored.value?.v !== 1 || !Array.isArray(stored.value.statements)) {
      return [];
    }
    return stored.value.statements.filter(
      (item): item is XapiStatement =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as XapiStatement).id === 'string' &&
        typeof (item as XapiStatement).verb?.id === 'string' &&
        typeof (item as XapiStatement).object === 'object' &&
        JSON.stringify((item as XapiStatement).actor) === this.actor,
    );
  }

  /** Adds a statement after those every tab queued so far. */
  add(statement: XapiStatement): void {
    const statements = [...this.read(), statement];
    this.write(statements.slice(Math.max(0, statements.length - queueLimit)));
  }

  /** Takes out the statements with these ids (delivered), and nothing another tab added meanwhile. */
  remove(ids: ReadonlySet<string>): void {
    const statements = this.read();
    const left = statements.filter((statement) => !ids.has(statement.id));
    if (left.length !== statements.length) {
      this.write(left);
    }
  }

  /** Calls `listener` when any tab changes the queue; returns the function that stops it. */
  watch(listener: (value: string | null) => void): () => void {
    return subscribe(this.key, listener);
  }

  private write(statements: XapiStatement[]): void {
    writeItem(this.key, JSON.stringify({ v: 1, statements }));
  }
}
