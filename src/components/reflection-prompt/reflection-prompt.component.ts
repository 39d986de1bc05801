import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MhmElement } from '../../internal/mhm-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { SlotController } from '../../internal/slot-controller.js';
import { readItem, removeItem, removeItemsStartingWith, subscribe, writeItem } from '../../internal/storage.js';
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
/** Milliseconds without typing after which the text is saved and `mhm-reflection-change` fires. */
const typingPause = 1000;
/** The object URL of a download outlives the click a little: some browsers read it afterwards. */
const revokeDelay = 1000;
/** Schemes a support link may use: a web page over https, or a phone number. */
const supportProtocols = new Set(['https:', 'tel:']);

type SaveStatus = 'private' | 'saving' | 'saved' | 'failed' | 'unkept' | 'deleted';

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
 * @event {{ activity: 'reflection', id: string, completed: true, reflectionId: string, length: number, saved: boolean }} mhm-complete - The learner pressed "Done" with some text written. Never carries the text.
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
 * @csspart done-button - The "Done" button.
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

  /** A name for this reflection, unique on the site; required with `persist`. Names the stored copy and the download. */
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

  /** Whether the learner pressed "Done" with text written. */
  @property({ type: Boolean, reflect: true }) completed = false;

  /** What the learner wrote. */
  @state() private text = '';
  /** Whether the learner ticked "Keep on this device" (here or in another copy of this reflection). */
  @state() private keep = false;
  @state() private status: SaveStatus = 'private';
  /** A stored reflection could not be read and was kept aside. */
  @state() private unreadable = false;
  @state() private confirmingDelete = false;
  /** The learner pressed "Done" with nothing written. */
  @state() private needsText = false;
  /** Text of the polite live region. */
  @state() private announcement = '';

  @query('#field') private field?: HTMLTextAreaElement;

  private readonly slots = new SlotController(this);

  /** When the text last changed (ms since 1970): the newer copy wins when two copies disagree. */
  private updatedAt = 0;
  /** The storage key this element is subscribed to, while connected with `persist` and a valid id. */
  private storageKey?: string;
  private unsubscribe?: () => void;
  /** The typing-pause timer; set while the learner's last change is not yet saved and reported. */
  private pauseTimer?: ReturnType<typeof setTimeout>;
  private listeningForPageHide = false;

  /** Validated values used by render, so nothing an author types reaches the template unchecked. */
  private max = defaultMaxLength;
  private min?: number;
  private lines = defaultRows;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('maxLength') || changed.has('minLength')) {
      this.validateLengths();
    }
    if (changed.has('rows')) {
      this.validateRows();
    }
    if (changed.has('supportHref') || changed.has('supportLabel')) {
      this.validateSupport();
    }
    if (changed.has('persist') || changed.has('reflectionId')) {
      this.validateReflectionId();
    }
    this.validatePrompt();
    const wanted = this.isConnected && this.persist && this.reflectionId.trim() ? recordKey(this.reflectionId.trim()) : undefined;
    if (wanted !== this.storageKey) {
      this.detachStorage();
      if (wanted !== undefined) {
        this.attachStorage(wanted);
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

  private validateLengths(): void {
    const max = this.maxLength;
    if (Number.isInteger(max) && max >= 1) {
      this.max = max;
      this.clearAuthorError('max-length');
    } else {
      this.max = defaultMaxLength;
      this.authorError(
        'max-length',
        this.getAttribute('max-length') ?? max,
        `Use a whole number of characters, at least 1, e.g. max-length="2000". Using ${defaultMaxLength} meanwhile.`,
      );
    }
    const min = this.minLength;
    if (min === undefined || min === null || (Number.isInteger(min) && min >= 0 && min <= this.max)) {
      this.min = min || undefined;
      this.clearAuthorError('min-length');
    } else {
      this.min = undefined;
      this.authorError(
        'min-length',
        this.getAttribute('min-length') ?? min,
        `Use a whole number of characters up to max-length (${this.max}), e.g. min-length="200". No length is suggested meanwhile.`,
      );
    }
  }

  private validateRows(): void {
    const rows = this.rows;
    if (Number.isInteger(rows) && rows >= 1 && rows <= 50) {
      this.lines = rows;
      this.clearAuthorError('rows');
    } else {
      this.lines = defaultRows;
      this.authorError('rows', this.getAttribute('rows') ?? rows, `Use a whole number from 1 to 50. Showing ${defaultRows} lines meanwhile.`);
    }
  }

  private validateSupport(): void {
    this.supportUrl = undefined;
    const href = this.supportHref;
    if (href === undefined || href === null) {
      this.clearAuthorError('support-href');
    } else {
      const reason = supportUrlProblem(href);
      if (reason === undefined) {
        this.supportUrl = href.trim();
        this.clearAuthorError('support-href');
      } else {
        this.authorError('support-href', href, `It is not used because ${reason}: use an https:// address or a tel: number.`);
      }
    }
    if (this.supportLabel && (href === undefined || href === null)) {
      this.authorError('support-label', this.supportLabel, 'Add support-href with the address or phone number it names. The label is not shown meanwhile.');
    } else {
      this.clearAuthorError('support-label');
    }
  }

  private validateReflectionId(): void {
    if (this.persist && !this.reflectionId.trim()) {
      this.authorError(
        'reflection-id',
        this.getAttribute('reflection-id'),
        'Give each reflection kept on the device its own name, e.g. reflection-id="return-identity". Until then the text stays only on this page.',
      );
    } else {
      this.clearAuthorError('reflection-id');
    }
  }

  private validatePrompt(): void {
    if (this.prompt.trim() || this.slots.has('prompt')) {
      this.clearAuthorError('prompt');
    } else {
      this.authorError('prompt', this.prompt, 'Write the question, e.g. prompt="What did coming home mean for them?", or put it in a prompt slot.');
    }
  }

  private attachStorage(key: string): void {
    this.storageKey = key;
    this.unsubscribe = subscribe(key, this.handleStored);
    const raw = readItem(key);
    if (parseRecord(raw).kind === 'unreadable') {
      this.setAside(key, raw!);
    } else {
      this.handleStored(raw);
    }
  }

  private detachStorage(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.storageKey = undefined;
    this.keep = false;
  }

  /** Moves a stored value this version cannot read to a key of its own, so it is never overwritten. */
  private setAside(key: string, raw: string): void {
    if (writeItem(asideKey(this.reflectionId.trim(), Date.now()), raw).persisted) {
      removeItem(key);
    }
    this.unreadable = true;
  }

  /** The stored copy changed: restored on load, or written by another copy of this reflection. */
  private handleStored = (raw: string | null): void => {
    const parsed = parseRecord(raw);
    if (parsed.kind === 'unreadable') {
      // Written by another version of the library: leave it to that version.
      return;
    }
    if (parsed.kind === 'none') {
      if (this.keep) {
        // Another copy stopped keeping it, or deleted it: follow the learner's latest choice.
        this.keep = false;
        this.stopListeningForPageHide();
        this.status = this.text ? 'unkept' : 'deleted';
      }
      return;
    }
    const { record } = parsed;
    const wasKept = this.keep;
    this.keep = true;
    if (record.updatedAt > this.updatedAt || (record.updatedAt === this.updatedAt && record.text !== this.text)) {
      this.text = record.text;
      this.updatedAt = record.updatedAt;
      this.cancelPause();
      this.status = 'saved';
    } else if (record.updatedAt < this.updatedAt || !wasKept) {
      // This copy holds newer text (typed here before the learner ticked the box elsewhere).
      this.save();
    }
  };

  /** Writes the text to the device when the learner chose to keep it; updates the status. */
  private save(): void {
    if (!this.keep || this.storageKey === undefined) {
      return;
    }
    const result = writeItem(this.storageKey, serializeRecord(this.text, this.updatedAt));
    if (result.persisted) {
      this.status = 'saved';
    } else {
      if (this.status !== 'failed') {
        this.announce(this.localize.term('reflectionSaveFailed'));
      }
      this.status = 'failed';
    }
  }

  /** Saves now what the learner typed before the pause timer ran out (page hidden, element removed). */
  private flush = (): void => {
    if (this.pauseTimer !== undefined) {
      clearTimeout(this.pauseTimer);
      this.pauseTimer = undefined;
      this.save();
    }
    this.stopListeningForPageHide();
  };

  private cancelPause(): void {
    clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
    this.stopListeningForPageHide();
  }

  /** Listens for the page going away only while a keepable change waits for the typing pause. */
  private listenForPageHide(): void {
    if (!this.listeningForPageHide) {
      this.listeningForPageHide = true;
      window.addEventListener('pagehide', this.flush);
      // Mobile browsers may discard a hidden tab without firing pagehide.
      document.addEventListener('visibilitychange', this.handleVisibilityChange);
    }
  }

  private stopListeningForPageHide(): void {
    if (this.listeningForPageHide) {
      this.listeningForPageHide = false;
      window.removeEventListener('pagehide', this.flush);
      document.removeEventListener('visibilitychange', this.handleVisibilityChange);
    }
  }

  private handleVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') {
      this.flush();
    }
  };

  private announce(message: string): void {
    // Emptied first, so the same message is read again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
  }

  private emitChange(): void {
    this.emit('mhm-reflection-change', {
      id: this.id,
      reflectionId: this.reflectionId,
      length: this.text.length,
      saved: this.isSaved(),
      ...(this.shareText ? { text: this.text } : {}),
    });
  }

  private isSaved(): boolean {
    return this.keep && this.status === 'saved';
  }

  private handleInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.updatedAt = Date.now();
    this.needsText = false;
    if (this.status !== 'failed' || !this.keep) {
      // A failure stays on screen while the learner types: it is still true until a save works.
      this.status = this.keep ? 'saving' : 'private';
    }
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(this.handlePause, typingPause);
    if (this.keep) {
      this.listenForPageHide();
    }
  }

  /** The learner paused typing: save, say how many characters are left when near the limit, report. */
  private handlePause = (): void => {
    this.flush();
    const left = this.max - this.text.length;
    if (left <= Math.max(10, Math.ceil(this.max / 10))) {
      this.announce(this.counterText());
    }
    this.emitChange();
  };

  private handleKeepChange(event: Event): void {
    const keep = (event.target as HTMLInputElement).checked;
    if (this.storageKey === undefined) {
      return;
    }
    this.keep = keep;
    if (keep) {
      this.updatedAt ||= Date.now();
      this.save();
    } else {
      this.stopListeningForPageHide();
      removeItem(this.storageKey);
      this.status = 'unkept';
      this.announce(this.localize.term('reflectionUnkept'));
    }
    this.emitChange();
  }

  private async handleDeleteClick(): Promise<void> {
    this.confirmingDelete = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part="cancel-button"]')?.focus();
  }

  private async handleConfirmDelete(): Promise<void> {
    this.erase();
    this.announce(this.localize.term('reflectionDeleted'));
    this.emitChange();
    await this.updateComplete;
    this.field?.focus();
  }

  /** Erases the text here, on the device and in other tabs; the learner asked for it. */
  private erase(): void {
    this.cancelPause();
    const key = this.storageKey;
    if (key !== undefined && this.keep) {
      // An empty, newer copy first, so other tabs clear their field too; then nothing at all.
      writeItem(key, serializeRecord('', Date.now()));
      removeItem(key);
    }
    if (key !== undefined) {
      // Copies once set aside as unreadable may hold earlier text: Delete means all of it.
      removeItemsStartingWith(`${key}:unreadable:`);
    }
    this.text = '';
    this.updatedAt = Date.now();
    this.keep = false;
    this.status = 'deleted';
    this.confirmingDelete = false;
    this.needsText = false;
  }

  private async handleCancelDelete(): Promise<void> {
    this.confirmingDelete = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part="delete-button"]')?.focus();
  }

  private handleConfirmKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      void this.handleCancelDelete();
    }
  }

  private handleDoneClick(): void {
    if (this.text.trim() === '') {
      this.needsText = true;
      this.announce(this.localize.term('reflectionNeedsText'));
      this.field?.focus();
      return;
    }
    if (this.pauseTimer !== undefined) {
      this.handlePause();
    }
    this.needsText = false;
    this.completed = true;
    this.emit('mhm-complete', {
      activity: 'reflection',
      id: this.id,
      completed: true,
      reflectionId: this.reflectionId,
      length: this.text.length,
      saved: this.isSaved(),
    });
  }

  /** Downloads a `.txt` file from memory: no request is made, the object URL is revoked after. */
  private handleDownloadClick(): void {
    const content = exportText({
      prompt: this.promptText(),
      date: formatDate(this.localize.lang(), Date.now(), { dateStyle: 'long', timeStyle: 'short' }),
      text: this.text,
    });
    const url = URL.createObjectURL(new Blob([content], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(this.reflectionId.trim());
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), revokeDelay);
  }

  /** The prompt as plain text, for the exported file. */
  private promptText(): string {
    const slotted = [...this.children]
      .filter((child) => child.slot === 'prompt')
      .map((child) => child.textContent ?? '')
      .join(' ');
    const text = (this.prompt.trim() || slotted).replace(/\s+/g, ' ').trim();
    return text || this.localize.term('reflectionLabel');
  }

  private counterText(): string {
    const left = this.max - this.text.length;
    return left < 0
      ? this.localize.term('reflectionCharactersOver', -left)
      : this.localize.term('reflectionCharactersLeft', left);
  }

  private statusText(): string {
    switch (this.status) {
      case 'saving':
        return this.localize.term('reflectionSaving');
      case 'saved':
        return this.localize.term('reflectionSaved', this.formatSavedTime());
      case 'failed':
        return this.localize.term('reflectionSaveFailed');
      case 'unkept':
        return this.localize.term('reflectionUnkept');
      case 'deleted':
        return this.localize.term('reflectionDeleted');
      default:
        return this.localize.term('reflectionPrivate');
    }
  }

  /** A time for today's saves, a date and time for older ones. */
  private formatSavedTime(): string {
    const today = new Date().toDateString() === new Date(this.updatedAt).toDateString();
    return formatDate(
      this.localize.lang(),
      this.updatedAt,
      today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
  }

  /**
   * Moves focus to the text field.
   * @param options Standard focus options, e.g. `{ preventScroll: true }`.
   */
  override focus(options?: FocusOptions): void {
    this.field?.focus(options);
  }

  /**
   * Starts over: erases the text (here, on the device and in other tabs of this reflection) and
   * sets `completed` to false, with no question asked and no event. Only for a host that has already
   * asked the learner, like the course's "Start over" with "Also delete my reflections" ticked.
   */
  reset(): void {
    this.erase();
    this.status = 'private';
    this.completed = false;
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.localize.dir()}>
      ${this.renderAuthorErrors()} ${this.renderField()} ${this.renderKeep()} ${this.renderActions()}
      ${this.renderSupport()}
      <div class="sr-only" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderField(): TemplateResult {
    const hasHints = this.slots.has('hint');
    const showMin = this.min !== undefined && this.text.length < this.min;
    const over = this.text.length > this.max;
    const describedBy = [hasHints ? 'hints' : '', 'counter', showMin ? 'min-length' : '', 'status'].filter(Boolean).join(' ');
    return html`<label part="prompt" class="prompt" id="prompt" for="field"
        >${this.prompt.trim() ? this.prompt : html`<slot name="prompt">${this.localize.term('reflectionLabel')}</slot>`}</label
      >
      <div part="hints" class="hints" id="hints" ?hidden=${!hasHints}>
        <p class="hints-lead">${this.localize.term('reflectionHints')}</p>
        <ul><slot name="hint"></slot></ul>
      </div>
      <textarea part="textarea" class="field" id="field" dir=${this.text.trim() ? 'auto' : this.localize.dir()} rows=${this.lines} maxlength=${this.max} autocomplete="off"
        autocapitalize="sentences" aria-describedby=${describedBy} .value=${live(this.text)}
        @input=${this.handleInput}></textarea>
      <div class="meta">
        <p part=${over ? 'counter counter-over' : 'counter'} class="counter" id="counter">
          ${over ? html`<span aria-hidden="true">⚠ </span>` : nothing}${this.counterText()}
        </p>
        ${showMin
          ? html`<p part="min-length" class="min-length" id="min-length">${this.localize.term('reflectionMinLength', this.min!)}</p>`
          : nothing}
        <p part="status" class="status status-${this.status}" id="status">${this.statusText()}</p>
      </div>
      ${this.unreadable
        ? html`<p part="notice" class="notice"><span aria-hidden="true">⚠ </span>${this.localize.term('reflectionUnreadable')}</p>`
        : nothing}`;
  }

  private renderKeep(): TemplateResult | typeof nothing {
    if (this.storageKey === undefined) {
      return nothing;
    }
    return html`<div part="keep" class="keep">
      <input type="checkbox" id="keep" aria-describedby="keep-note" .checked=${live(this.keep)} @change=${this.handleKeepChange} />
      <label for="keep">${this.localize.term('reflectionKeep')}</label>
      <p class="keep-note" id="keep-note">${this.localize.term('reflectionKeepNote')}</p>
    </div>`;
  }

  private renderActions(): TemplateResult {
    if (this.confirmingDelete) {
      return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question"
        @keydown=${this.handleConfirmKeydown}>
        <p class="confirm-question" id="confirm-question">${this.localize.term('reflectionDeleteConfirm')}</p>
        <div class="actions">
          <button part="confirm-button" class="button danger" type="button" @click=${this.handleConfirmDelete}>
            ${this.localize.term('reflectionDeleteYes')}
          </button>
          <button part="cancel-button" class="button" type="button" @click=${this.handleCancelDelete}>
            ${this.localize.term('reflectionDeleteNo')}
          </button>
        </div>
      </div>`;
    }
    const hasText = this.text !== '';
    return html`<div part="actions" class="actions">
        <button part="done-button" class="button primary" type="button" aria-describedby=${this.needsText ? 'done-note' : nothing}
          @click=${this.handleDoneClick}>
          ${this.localize.term('reflectionDone')}
        </button>
        ${this.completed
          ? html`<span part="completed-badge" class="badge"><span aria-hidden="true">✓ </span>${this.localize.term('completed')}</span>`
          : nothing}
        ${hasText
          ? html`<button part="download-button" class="button ${this.status === 'failed' ? 'primary' : ''}" type="button"
                @click=${this.handleDownloadClick}>
                ${this.localize.term('reflectionDownload')}
              </button>
              <button part="delete-button" class="button" type="button" @click=${this.handleDeleteClick}>
                ${this.localize.term('reflectionDelete')}
              </button>`
          : nothing}
      </div>
      ${this.needsText
        ? html`<p part="done-note" class="done-note" id="done-note">${this.localize.term('reflectionNeedsText')}</p>`
        : nothing}`;
  }

  private renderSupport(): TemplateResult {
    const url = this.supportUrl;
    const external = url !== undefined && url.toLowerCase().startsWith('https:');
    const link =
      url === undefined
        ? nothing
        : html`<a part="support-link" class="support-link" href=${url} target=${external ? '_blank' : nothing}
            rel=${external ? 'noopener noreferrer' : nothing}>${this.supportLabel || this.localize.term('reflectionSupportLink')}${external
              ? html`<span class="sr-only"> ${this.localize.term('reflectionNewTab')}</span>`
              : nothing}</a>`;
    return html`<div part="support" class="support" role="note" aria-label=${this.localize.term('reflectionSupport')}>
      <slot name="support"><p>${this.localize.term('reflectionSupportDefault')}</p></slot>
      ${url === undefined ? nothing : html`<p>${link}</p>`}
    </div>`;
  }
}

/** Why a support link is refused, or undefined: it must pass the URL guard and be https: or tel:. */
function supportUrlProblem(href: string): string | undefined {
  const guarded = safeUrl(href);
  if (!guarded.ok) {
    return guarded.reason;
  }
  let protocol: string;
  try {
    // No base: a relative address is refused, the learner may be on a partner's page anywhere.
    protocol = new URL(guarded.url).protocol;
  } catch {
    return 'it is not a full address';
  }
  return supportProtocols.has(protocol) ? undefined : `the "${protocol}" scheme is not allowed here`;
}
