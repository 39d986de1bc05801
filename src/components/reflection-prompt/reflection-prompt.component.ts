import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MhmElement } from '../../internal/mhm-element.js';
import { SlotController } from '../../internal/slot-controller.js';
import { safeUrl } from '../../internal/safe-url.js';
import { onlyInMemory, readItem, removeItem, removeItemsStartingWith, subscribe, writeItem } from '../../internal/storage.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import styles from './reflection-prompt.styles.js';
import {
  asideKey,
  exportFileName,
  exportText,
  formatDate,
  parseRecord,
  recordKey,
  serializeRecord,
} from './reflection-model.js';
import type {} from '../../events/complete.js';
import type {} from '../../events/reflection-change.js';

const defaultMaxLength = 5000;
const defaultRows = 6;

/** The save status, named as its interface text: `reflection${status}`. */
type SaveStatus = 'Private' | 'Saving' | 'Saved' | 'SaveFailed' | 'Unkept' | 'Deleted' | 'DeleteFailed';

/**
 * @summary A private reflection: a question, a text field that stays on the learner's device, and
 * a note on where to get help that is always visible.
 * @tagname mhm-reflection-prompt
 *
 * @slot prompt - The question, when it needs markup; used when the `prompt` attribute is not set. It labels the field.
 * @slot hint - Guiding questions, shown as a list under the prompt and read with the field: `<li slot="hint">`.
 * @slot support - Where to get help near the learner, e.g. a local helpline; replaces the default support note.
 *
 * @event {{ id: string, reflectionId: string, length: number, saved: boolean, text?: string }} mhm-reflection-change - The learner paused typing, deleted the text, or ticked or unticked "Keep on this device". `text` only with `share-text`.
 * @event {{ activity: 'reflection', id: string, completed: true, reflectionId: string, length: number, saved: boolean }} mhm-complete - The learner pressed "Done" with some text written or, with `optional`, "Continue without writing" (`length` is 0 with the field empty). Never carries the text.
 *
 * @csspart base - The outer box.
 * @csspart prompt - The prompt, the field's label.
 * @csspart hints - The box around the guiding questions.
 * @csspart textarea - The text field.
 * @csspart counter - The character counter.
 * @csspart counter-over - The character counter, while the text is longer than `max-length`.
 * @csspart min-length - The suggested length, while the text is shorter than `min-length`.
 * @csspart status - The save status: private, saving, saved, or could not save.
 * @csspart keep - The "Keep on this device" checkbox, its label and note.
 * @csspart notice - The note shown when a reflection stored earlier could not be read.
 * @csspart actions - The row of buttons.
 * @csspart done-button - The "Done" button; with `optional` and the field empty, "Continue without writing".
 * @csspart completed-badge - The "Completed" badge.
 * @csspart download-button - The "Download a copy" button.
 * @csspart delete-button - The "Delete" button.
 * @csspart confirm - The in-place question asked before deleting.
 * @csspart confirm-button - The button that confirms deleting.
 * @csspart cancel-button - The button that cancels deleting.
 * @csspart done-note - The message shown when "Done" is pressed with nothing written.
 * @csspart support - The support note.
 * @csspart support-link - The link from `support-href`.
 * @csspart author-error - The message shown in place when the author's markup has a mistake.
 *
 * @cssproperty [--mhm-color-accent=#0b6565 | dark #72d0cb] - Buttons, focus of the field, the completed state.
 * @cssproperty [--mhm-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--mhm-color-text=#1c2428 | dark #edf1f2] - Text.
 * @cssproperty [--mhm-color-text-muted=#4b565c | dark #b9c4c9] - Hints, counter, status and notes.
 * @cssproperty [--mhm-color-surface=#ffffff | dark #182024] - Background of the box and the field.
 * @cssproperty [--mhm-color-surface-alt=#eef5f5 | dark #22303a] - Support note background.
 * @cssproperty [--mhm-color-border=#b9c7cb | dark #44535b] - Borders.
 * @cssproperty [--mhm-color-success=#1d6a34 | dark #86dca0] - The completed badge and the saved status.
 * @cssproperty [--mhm-color-notice=#6d4300 | dark #f4c978] - Could-not-save status and unreadable-data note.
 * @cssproperty [--mhm-color-notice-surface=#fff4dc | dark #33290f] - Background of the unreadable-data note.
 * @cssproperty [--mhm-color-danger=#a1202a | dark #ffa3a8] - Counter over the limit, the delete confirmation, author errors.
 * @cssproperty [--mhm-color-focus=#1849b8 | dark #93b7ff] - Focus ring.
 * @cssproperty [--mhm-color-scheme=light dark] - `light`, `dark` or `light dark` (follow the device).
 * @cssproperty [--mhm-font-family=inherit] - Font family; inherits the page's by default.
 * @cssproperty [--mhm-font-size=1rem] - Base font size.
 * @cssproperty [--mhm-radius=0.75rem] - Corner radius.
 * @cssproperty [--mhm-space-s=0.5rem] - Small spacing.
 * @cssproperty [--mhm-space-m=1rem] - Medium spacing.
 * @cssproperty [--mhm-space-l=1.5rem] - Large spacing.
 * @cssproperty [--mhm-reflection-prompt-padding=var(--mhm-space-l)] - Padding inside the box.
 * @cssproperty [--mhm-reflection-prompt-gap=var(--mhm-space-m)] - Space between the box's sections.
 */
export class MhmReflectionPrompt extends MhmElement {
  static override styles = [hostStyles, blockStyles, styles];

  /** The question the learner reflects on; it labels the field. */
  @property() prompt = '';

  /** A name for this reflection, unique on the site; required with `persist`. Names the stored copy and the download. A new name on a kept reflection shows that name's own text. */
  @property({ attribute: 'reflection-id' }) reflectionId = '';

  /** Offers the learner a "Keep on this device" checkbox, unticked until they tick it. */
  @property({ type: Boolean }) persist = false;

  /** The most characters the field takes (a whole number, at least 1). */
  @property({ attribute: 'max-length', type: Number }) maxLength = defaultMaxLength;

  /** A suggested least number of characters: a nudge shown under the field, never a block. */
  @property({ attribute: 'min-length', type: Number }) minLength?: number;

  /** Visible lines of text in the field. */
  @property({ type: Number }) rows = defaultRows;

  /** A local support service, `https:` or `tel:` only, linked from the support note. */
  @property({ attribute: 'support-href' }) supportHref?: string;

  /** Text of the support link, e.g. "Call the Accra helpline, 0800 000 000". */
  @property({ attribute: 'support-label' }) supportLabel?: string;

  /** Puts the learner's text in `mhm-reflection-change` events. Off by default: the text stays private. */
  @property({ attribute: 'share-text', type: Boolean }) shareText = false;

  /**
   * Lets the learner complete the reflection without writing: while the field is empty, "Done"
   * reads "Continue without writing". Writing stays an invitation, never a gate.
   */
  @property({ type: Boolean }) optional = false;

  /** Whether the learner pressed "Done": with text written, or with the field empty when `optional`. */
  @property({ type: Boolean, reflect: true }) completed = false;

  /** What the learner wrote. */
  @state() private text = '';
  /** Whether the learner ticked "Keep on this device" (here or in another copy of this reflection). */
  @state() private keep = false;
  @state() private status: SaveStatus = 'Private';
  /** A stored reflection could not be read and was kept aside. */
  @state() private unreadable?: boolean;
  @state() private confirmingDelete?: boolean;
  /** The learner pressed "Done" with nothing written. */
  @state() private needsText?: boolean;
  /** Text of the polite live region. */
  @state() private announcement?: string;

  private readonly slots = new SlotController(this);

  /** When the text last changed (ms since 1970): the newer copy wins when two copies disagree. */
  private updatedAt = 0;
  /** The storage key this element is subscribed to, while connected with `persist` and a valid id. */
  private storageKey?: string;
  /** The last key subscribed to: coming back to it (the element moved) keeps the text, another key does not. */
  private lastKey?: string;
  private unsubscribe?: () => void;
  /** The typing-pause timer; set while the learner's last change is not yet saved and reported. */
  private pauseTimer?: ReturnType<typeof setTimeout>;
  private listeningForPageHide?: boolean;

  /** Validated values used by render, so nothing an author types reaches the template unchecked (set on each update). */
  private max!: number;
  private min?: number;
  private lines!: number;
  private supportUrl?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // A moved element re-reads its stored copy in willUpdate.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed or moved mid-typing: save now, nothing typed is lost.
    this.flush();
    this.detachStorage();
  }

  protected override willUpdate(): void {
    this.max = this.whole(
      'max-length',
      this.maxLength,
      1,
      Infinity,
      defaultMaxLength,
      `Use a whole number of characters, at least 1, e.g. max-length="2000". Using ${defaultMaxLength} meanwhile.`,
    );
    this.min =
      this.whole(
        'min-length',
        this.minLength ?? 0,
        0,
        this.max,
        0,
        `Use a whole number of characters up to max-length (${this.max}), e.g. min-length="200". No length is suggested meanwhile.`,
      ) || undefined;
    this.lines = this.whole('rows', this.rows, 1, 50, defaultRows, `Use a whole number from 1 to 50. Showing ${defaultRows} lines meanwhile.`);
    const href = this.supportHref;
    const problem = href == null ? undefined : supportUrlProblem(href);
    this.supportUrl = href == null || problem ? undefined : href.trim();
    this.report('support-href', href, problem && `It is not used because ${problem}: use an https:// address or a tel: number.`);
    this.report(
      'support-label',
      this.supportLabel,
      this.supportLabel && href == null && 'Add support-href with the address or phone number it names. The label is not shown meanwhile.',
    );
    const id = this.reflectionId.trim();
    this.report(
      'reflection-id',
      this.getAttribute('reflection-id'),
      this.persist &&
        !id &&
        'Give each reflection kept on the device its own name, e.g. reflection-id="return-identity". Until then the text stays only on this page.',
    );
    this.report(
      'prompt',
      this.prompt,
      !this.prompt.trim() && !this.slots.has('prompt') && 'Write the question, e.g. prompt="What did coming home mean for them?", or put it in a prompt slot.',
    );
    const wanted = this.isConnected && this.persist && id ? recordKey(id) : undefined;
    if (wanted !== this.storageKey) {
      // A save still waiting for the typing pause belongs to the key the text was typed under.
      this.flush();
      this.detachStorage();
      if (wanted) {
        if (this.lastKey && wanted !== this.lastKey) {
          // Another reflection (a new reflection-id, or a course's new course-id, say for the next
          // learner on a shared phone): it shows its own text, never this one's.
          this.text = '';
          this.updatedAt = 0;
          this.status = 'Private';
          this.unreadable = this.needsText = this.confirmingDelete = false;
        }
        this.lastKey = this.storageKey = wanted;
        this.unsubscribe = subscribe(wanted, this.handleStored);
        const raw = readItem(wanted);
        if (parseRecord(raw).kind === 'unreadable') {
          // Moved to a key of its own, so a value this version cannot read is never overwritten.
          if (writeItem(asideKey(id, Date.now()), raw!).persisted) {
            removeItem(wanted);
          }
          this.unreadable = true;
        } else {
          this.handleStored(raw);
        }
      }
    }
  }

  protected override firstUpdated(): void {
    if (!this.slots.has('support') && this.supportUrl === undefined) {
      console.info(
        `<${this.localName}> support: no local contact is configured, so learners see a general note. ` +
          'Add support-href="tel:…" or "https://…" with support-label, or a support slot, naming a service near your learners.',
        this,
      );
    }
  }

  /** `value` when it is a whole number from `low` to `high`; else `fallback`, and the author is told `fix`. */
  private whole(attribute: string, value: number, low: number, high: number, fallback: number, fix: string): number {
    const ok = Number.isInteger(value) && value >= low && value <= high;
    this.report(attribute, this.getAttribute(attribute) ?? value, !ok && fix);
    return ok ? value : fallback;
  }

  private detachStorage(): void {
    // Unsubscribing twice does nothing.
    this.unsubscribe?.();
    this.storageKey = undefined;
    this.keep = false;
    this.listenForPageHide(false);
  }

  /** The stored copy changed: restored on load, or written by another copy of this reflection. */
  private handleStored = (raw: string | null): void => {
    const parsed = parseRecord(raw);
    if (parsed.kind === 'none') {
      if (this.keep) {
        // Another copy stopped keeping it, or deleted it: follow the learner's latest choice.
        this.keep = false;
        this.listenForPageHide(false);
        this.status = this.text ? 'Unkept' : 'Deleted';
      }
    } else if (parsed.kind === 'record') {
      // (An unreadable value was written by another version of the library: left to that version.)
      const { record } = parsed;
      const wasKept = this.keep;
      this.keep = true;
      if (record.updatedAt > this.updatedAt || (record.updatedAt === this.updatedAt && record.text !== this.text)) {
        this.text = record.text;
        this.updatedAt = record.updatedAt;
        this.cancelPause();
        // Another copy's text that the device refused is newer, but not saved.
        this.status = onlyInMemory(this.storageKey!) ? 'SaveFailed' : 'Saved';
      } else if (record.updatedAt < this.updatedAt || !wasKept) {
        // This copy holds newer text (typed here before the learner ticked the box elsewhere).
        this.save();
      }
    }
  };

  /** Writes the text to the device when the learner chose to keep it; updates the status. */
  private save(): void {
    if (this.keep && this.storageKey) {
      const saved = writeItem(this.storageKey, serializeRecord(this.text, this.updatedAt)).persisted;
      // Refused: tried again when the page is hidden or left, in case the device takes it by then.
      this.listenForPageHide(!saved);
      if (saved) {
        this.status = 'Saved';
      } else {
        if (this.status !== 'SaveFailed') {
          this.announce(this.localize.term('reflectionSaveFailed'));
        }
        this.status = 'SaveFailed';
      }
    }
  }

  /** Saves now what the learner typed before the pause timer ran out, or what the device refused (page hidden, element removed). */
  private flush(): void {
    const pending = this.pauseTimer !== undefined || this.status === 'SaveFailed';
    this.cancelPause();
    if (pending) {
      this.save();
    }
  }

  private cancelPause(): void {
    clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
    this.listenForPageHide(false);
  }

  /** Listens for the page going away only while a keepable change waits for the typing pause, or the device refused it. */
  private listenForPageHide(listen: boolean): void {
    if (listen !== !!this.listeningForPageHide) {
      this.listeningForPageHide = listen;
      const method = listen ? 'addEventListener' : 'removeEventListener';
      window[method]('pagehide', this.handlePageHide);
      // Mobile browsers may discard a hidden tab without firing pagehide.
      document[method]('visibilitychange', this.handlePageHide);
    }
  }

  private handlePageHide = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') {
      this.flush();
    }
  };

  private announceStatus(): void {
    this.announce(this.localize.term(`reflection${this.status}` as 'reflectionDeleted'));
  }

  private announce(message: string): void {
    // Emptied first, so the same message is read again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
  }

  /** What both events tell: which reflection, how long, whether it is on the device. Never the text. */
  private summary(): { id: string; reflectionId: string; length: number; saved: boolean } {
    return { id: this.id, reflectionId: this.reflectionId, length: this.text.length, saved: this.keep && this.status === 'Saved' };
  }

  private emitChange(): void {
    this.emit('mhm-reflection-change', { ...this.summary(), ...(this.shareText ? { text: this.text } : {}) });
  }

  private handleInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.updatedAt = Date.now();
    this.needsText = false;
    if (this.status !== 'SaveFailed' || !this.keep) {
      // A failure stays on screen while the learner types: it is still true until a save works.
      this.status = this.keep ? 'Saving' : 'Private';
    }
    clearTimeout(this.pauseTimer);
    // Milliseconds without typing after which the text is saved and `mhm-reflection-change` fires.
    this.pauseTimer = setTimeout(() => this.handlePause(), 1000);
    // Unkept, a page hide has nothing to save.
    this.listenForPageHide(this.keep);
  }

  /** The learner paused typing: save, say how many characters are left when near the limit, report. */
  private handlePause(): void {
    this.flush();
    if (this.max - this.text.length <= Math.max(10, Math.ceil(this.max / 10))) {
      this.announce(this.counterText());
    }
    this.emitChange();
  }

  private handleKeepChange(event: Event): void {
    const keep = (event.target as HTMLInputElement).checked;
    if (this.storageKey) {
      this.keep = keep;
      if (keep) {
        this.updatedAt ||= Date.now();
        this.save();
      } else {
        this.listenForPageHide(false);
        // A browser that blocks its storage mid-session cannot delete the copy: the learner is told.
        this.status = removeItem(this.storageKey).persisted ? 'Unkept' : 'DeleteFailed';
        this.announceStatus();
      }
      this.emitChange();
    }
  }

  /** Asks before deleting, or stops asking; then focuses what stands where the pressed button was. */
  private async confirmDelete(confirming: boolean): Promise<void> {
    this.confirmingDelete = confirming;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part=${confirming ? 'cancel' : 'delete'}-button]`)?.focus();
  }

  private async handleConfirmDelete(): Promise<void> {
    this.erase();
    this.announceStatus();
    this.emitChange();
    await this.updateComplete;
    this.focus();
  }

  /** Erases the text here, on the device and in other tabs; the learner asked for it. */
  private erase(): void {
    this.cancelPause();
    const key = this.storageKey;
    let removed = true;
    if (key) {
      if (this.keep) {
        // An empty, newer copy first, so other tabs clear their field too; then nothing at all.
        writeItem(key, serializeRecord('', Date.now()));
        removed = removeItem(key).persisted;
      }
      // Copies once set aside as unreadable may hold earlier text: Delete means all of it.
      removeItemsStartingWith(`${key}:unreadable:`);
    }
    this.text = '';
    this.updatedAt = Date.now();
    this.keep = false;
    this.status = removed ? 'Deleted' : 'DeleteFailed';
    this.confirmingDelete = this.needsText = false;
  }

  private handleDoneClick(): void {
    if (!this.text.trim() && !this.optional) {
      this.needsText = true;
      this.announce(this.localize.term('reflectionNeedsText'));
      this.focus();
      return;
    }
    if (this.pauseTimer !== undefined) {
      this.handlePause();
    }
    this.needsText = false;
    this.completed = true;
    this.emit('mhm-complete', { activity: 'reflection', completed: true, ...this.summary() });
  }

  /** Downloads a `.txt` file from memory: no request is made, the object URL is revoked after. */
  private handleDownloadClick(): void {
    // The prompt as plain text.
    const slotted = [...this.querySelectorAll(':scope>[slot=prompt]')].map((child) => child.textContent).join(' ');
    const prompt = (this.prompt.trim() || slotted).replace(/\s+/g, ' ').trim() || this.localize.term('reflectionLabel');
    const content = exportText({
      prompt,
      date: formatDate(this.localize.lang(), Date.now(), { dateStyle: 'long', timeStyle: 'short' }),
      text: this.text,
    });
    const url = URL.createObjectURL(new Blob([content], { type: 'text/plain;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: exportFileName(this.reflectionId.trim()) });
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // The object URL of a download outlives the click a little: some browsers read it afterwards.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private counterText(): string {
    const left = this.max - this.text.length;
    return left < 0 ? this.localize.term('reflectionCharactersOver', -left) : this.localize.term('reflectionCharactersLeft', left);
  }

  /**
   * Moves focus to the text field.
   * @param options Standard focus options, e.g. `{ preventScroll: true }`.
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('#field')?.focus(options);
  }

  /**
   * Starts over: erases the text (here, on the device and in other tabs of this reflection) and
   * sets `completed` to false, with no question asked and no event. Only for a host that has already
   * asked the learner, like the course's "Start over" with "Also delete my reflections" ticked.
   */
  reset(): void {
    this.erase();
    // A copy the browser would not delete is still the learner's to know about.
    if (this.status == 'Deleted') {
      this.status = 'Private';
    }
    this.completed = false;
  }

  override render(): TemplateResult {
    const { localize, text, status } = this;
    const hasHints = this.slots.has('hint');
    const showMin = this.min !== undefined && text.length < this.min;
    const over = text.length > this.max;
    // Moving on without writing is offered plainly, not as the main action: writing stays the invitation.
    const skip = this.optional && !text.trim();
    const url = this.supportUrl;
    const external = url?.toLowerCase().startsWith('https:');
    // A time for today's saves, a date and time for older ones.
    const when =
      status === 'Saved' &&
      formatDate(
        localize.lang(),
        this.updatedAt,
        new Date().toDateString() === new Date(this.updatedAt).toDateString()
          ? { timeStyle: 'short' }
          : { dateStyle: 'medium', timeStyle: 'short' },
      );
    // The buttons need no type="button": in a shadow root no form owns them, so none submits.
    return html`<div part="base" class="base" dir=${localize.dir()}>
      ${this.renderAuthorErrors()}
      <label part="prompt" class="prompt" for="field"
        >${this.prompt.trim() ? this.prompt : html`<slot name="prompt">${localize.term('reflectionLabel')}</slot>`}</label
      >
      <div part="hints" class="hints" id="hints" ?hidden=${!hasHints}>
        <p class="hints-lead">${localize.term('reflectionHints')}</p>
        <ul><slot name="hint"></slot></ul>
      </div>
      <textarea part="textarea" class="field" id="field" dir=${text.trim() ? 'auto' : localize.dir()} rows=${this.lines} maxlength=${this.max}
        autocomplete="off" autocapitalize="sentences"
        aria-describedby=${[hasHints && 'hints', 'counter', showMin && 'min-length', 'status'].filter(Boolean).join(' ')}
        .value=${live(text)} @input=${this.handleInput}></textarea>
      <div class="meta">
        <p part=${over ? 'counter counter-over' : 'counter'} class="counter" id="counter">
          ${over ? html`<span aria-hidden="true">⚠ </span>` : nothing}${this.counterText()}
        </p>
        ${showMin
          ? html`<p part="min-length" class="min-length" id="min-length">${localize.term('reflectionMinLength', this.min!)}</p>`
          : nothing}
        <p part="status" class="status status-${status}" id="status">${localize.term(`reflection${status}` as 'reflectionSaved', when as string)}</p>
      </div>
      ${this.unreadable
        ? html`<p part="notice" class="notice"><span aria-hidden="true">⚠ </span>${localize.term('reflectionUnreadable')}</p>`
        : nothing}
      ${this.storageKey
        ? html`<div part="keep" class="keep">
            <input type="checkbox" id="keep" aria-describedby="keep-note" .checked=${live(this.keep)} @change=${this.handleKeepChange} />
            <label for="keep">${localize.term('reflectionKeep')}</label>
            <p class="keep-note" id="keep-note">${localize.term('reflectionKeepNote')}</p>
          </div>`
        : nothing}
      ${this.confirmingDelete
        ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question"
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                void this.confirmDelete(false);
              }
            }}>
            <p class="confirm-question" id="confirm-question">${localize.term('reflectionDeleteConfirm')}</p>
            <div class="actions">
              <button part="confirm-button" class="button danger" @click=${this.handleConfirmDelete}>
                ${localize.term('reflectionDeleteYes')}
              </button>
              <button part="cancel-button" class="button" @click=${() => this.confirmDelete(false)}>
                ${localize.term('reflectionDeleteNo')}
              </button>
            </div>
          </div>`
        : html`<div part="actions" class="actions">
              <button part="done-button" class="button ${skip ? '' : 'primary'}" aria-describedby=${this.needsText ? 'done-note' : nothing}
                @click=${this.handleDoneClick}>
                ${localize.term(skip ? 'reflectionSkip' : 'reflectionDone')}
              </button>
              ${this.completed
                ? html`<span part="completed-badge" class="badge"><span aria-hidden="true">✓ </span>${localize.term('completed')}</span>`
                : nothing}
              ${text
                ? html`<button part="download-button" class="button ${status === 'SaveFailed' ? 'primary' : ''}"
                      @click=${this.handleDownloadClick}>
                      ${localize.term('reflectionDownload')}
                    </button>
                    <button part="delete-button" class="button" @click=${() => this.confirmDelete(true)}>
                      ${localize.term('reflectionDelete')}
                    </button>`
                : nothing}
            </div>
            ${this.needsText
              ? html`<p part="done-note" class="done-note" id="done-note">${localize.term('reflectionNeedsText')}</p>`
              : nothing}`}
      <div part="support" class="support" role="note" aria-label=${localize.term('reflectionSupport')}>
        <slot name="support"><p>${localize.term('reflectionSupportDefault')}</p></slot>
        ${url === undefined
          ? nothing
          : html`<p><a part="support-link" class="support-link" href=${url} target=${external ? '_blank' : nothing}
                rel=${external ? 'noopener noreferrer' : nothing}>${this.supportLabel || localize.term('reflectionSupportLink')}${external
                  ? html`<span class="sr-only"> ${localize.term('reflectionNewTab')}</span>`
                  : nothing}</a></p>`}
      </div>
      <div class="sr-only" role="status">${this.announcement}</div>
    </div>`;
  }
}

/** Why a support link is refused, or undefined: it must be a full https: or tel: address. */
function supportUrlProblem(href: string): string | undefined {
  // No relative address: the learner may be on a partner's page anywhere.
  const result = safeUrl(href, { schemes: ['https', 'tel'], relative: false });
  return result.ok ? undefined : result.reason;
}
