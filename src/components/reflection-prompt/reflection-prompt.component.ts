import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { ConfirmController } from '../../controllers/confirm.js';
import { MhmElement } from '../../internal/mhm-element.js';
import { SlotController } from '../../controllers/slots.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import styles from './reflection-prompt.styles.js';
import { exportFileName, exportText, formatDate, hasTime, promptLine } from './reflection-model.js';
import { ReflectionDraftController } from './reflection-draft-controller.js';
import { downloadText } from './reflection-download.js';
import { adviseOnSupport, checkSupport, renderSupportNote, type CourseSupportContact } from './reflection-support.js';
import type {} from '../../events/complete.js';
import type {} from '../../events/reflection-change.js';

const defaultMaxLength = 5000;
const defaultRows = 6;
/** Past this many characters (four times the default max-length: only a stored text gets there), the field lays out in one direction. */
const longText = 20000;

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

  /** The help of the `<mhm-course>` around it, set by the course when the reflection has no support of its own. JavaScript only. */
  @property({ attribute: false }) courseSupport?: CourseSupportContact;

  /** Puts the learner's text in `mhm-reflection-change` events. Off by default: the text stays private. */
  @property({ attribute: 'share-text', type: Boolean }) shareText = false;

  /**
   * Lets the learner complete the reflection without writing: while the field is empty, "Done"
   * reads "Continue without writing". Writing stays an invitation, never a gate.
   */
  @property({ type: Boolean }) optional = false;

  /** Whether the learner pressed "Done": with text written, or with the field empty when `optional`. */
  @property({ type: Boolean, reflect: true }) completed = false;

  /** The learner pressed "Done" with nothing written. */
  @state() private needsText = false;

  private readonly slots = new SlotController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly confirm = new ConfirmController(this, 'delete-button', () => void this.handleDeleteConfirmed());
  /** The text, the "Keep on this device" choice and the save status. */
  private readonly draft = new ReflectionDraftController(this, {
    onPause: () => this.handlePause(),
    onSaveRefused: () => this.announcer.announce(this.localize.term('reflectionSaveFailed')),
  });

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

  protected override willUpdate(): void {
    const maxFix = `Use a whole number of characters, at least 1, e.g. max-length="2000". Using ${defaultMaxLength} meanwhile.`;
    this.max = this.whole('max-length', this.maxLength, 1, Infinity, defaultMaxLength, maxFix);
    const minFix = `Use a whole number of characters up to max-length (${this.max}), e.g. min-length="200". No length is suggested meanwhile.`;
    this.min = this.whole('min-length', this.minLength ?? 0, 0, this.max, 0, minFix) || undefined;
    const rowsFix = `Use a whole number from 1 to 50. Showing ${defaultRows} lines meanwhile.`;
    this.lines = this.whole('rows', this.rows, 1, 50, defaultRows, rowsFix);
    this.supportUrl = checkSupport((attribute, value, fix) => this.report(attribute, value, fix), this.supportHref, this.supportLabel);
    const id = this.reflectionId.trim();
    const idFix = 'Give each reflection kept on the device its own name, e.g. reflection-id="return-identity". Until then the text stays only on this page.';
    this.report('reflection-id', this.getAttribute('reflection-id'), this.persist && !id && idFix);
    const promptFix = 'Write the question, e.g. prompt="What did coming home mean for them?", or put it in a prompt slot.';
    this.report('prompt', this.prompt, !this.prompt.trim() && !this.slots.has('prompt') && promptFix);
    if (this.draft.use(this.isConnected && this.persist && id ? id : undefined)) {
      // Another reflection: nothing shown about the previous one stays.
      this.needsText = false;
      this.confirm.close();
    }
  }

  protected override firstUpdated(): void {
    adviseOnSupport(this, this.slots.has('support') || this.supportUrl !== undefined || !!this.courseSupport);
  }

  /** `value` when it is a whole number from `low` to `high`; else `fallback`, and the author is told `fix`. */
  private whole(attribute: string, value: number, low: number, high: number, fallback: number, fix: string): number {
    const ok = Number.isInteger(value) && value >= low && value <= high;
    this.report(attribute, this.getAttribute(attribute) ?? value, !ok && fix);
    return ok ? value : fallback;
  }

  private handleInput(event: Event): void {
    this.needsText = false;
    this.draft.input((event.target as HTMLTextAreaElement).value);
  }

  /** The learner paused typing (the text is saved): say how many characters are left when near the limit, report. */
  private handlePause(): void {
    if (this.max - this.draft.text.length <= Math.max(10, Math.ceil(this.max / 10))) {
      this.announcer.announce(this.counterText());
    }
    this.emitChange();
  }

  private handleKeepChange(event: Event): void {
    if (this.draft.keepable) {
      const keep = (event.target as HTMLInputElement).checked;
      this.draft.setKeep(keep);
      if (!keep) {
        this.announceStatus();
      }
      this.emitChange();
    }
  }

  private handleDeleteClick(): void {
    this.confirm.ask();
  }

  private async handleDeleteConfirmed(): Promise<void> {
    this.erase();
    this.announceStatus();
    this.emitChange();
    await this.updateComplete;
    this.focus();
  }

  private handleDoneClick(): void {
    if (!this.draft.text.trim() && !this.optional) {
      this.needsText = true;
      this.announcer.announce(this.localize.term('reflectionNeedsText'));
      this.focus();
      return;
    }
    this.draft.endPause();
    this.needsText = false;
    this.completed = true;
    this.emit('mhm-complete', { activity: 'reflection', completed: true, ...this.summary() });
  }

  /** Downloads a `.txt` copy: the prompt as one line of plain text, the date, and the text as the learner wrote it. */
  private handleDownloadClick(): void {
    const slotted = [...this.querySelectorAll(':scope>[slot=prompt]')].map((child) => child.textContent).join(' ');
    const prompt = promptLine(this.prompt.trim() || slotted) || this.localize.term('reflectionLabel');
    const date = formatDate(this.localize.lang(), Date.now(), { dateStyle: 'long', timeStyle: 'short' });
    downloadText(this.renderRoot, exportFileName(this.reflectionId.trim()), exportText({ prompt, date, text: this.draft.text }));
  }

  /** Erases the text here, on the device and in other tabs, and closes what asked about it. */
  private erase(erased?: 'Deleted' | 'Private'): void {
    this.draft.erase(erased);
    this.confirm.close();
    this.needsText = false;
  }

  private announceStatus(): void {
    this.announcer.announce(this.localize.term(`reflection${this.draft.status}` as 'reflectionDeleted'));
  }

  /** What both events tell: which reflection, how long, whether it is on the device. Never the text. */
  private summary(): { id: string; reflectionId: string; length: number; saved: boolean } {
    const { text, keep, status } = this.draft;
    return { id: this.id, reflectionId: this.reflectionId, length: text.length, saved: keep && status === 'Saved' };
  }

  private emitChange(): void {
    this.emit('mhm-reflection-change', { ...this.summary(), ...(this.shareText ? { text: this.draft.text } : {}) });
  }

  private counterText(): string {
    const left = this.max - this.draft.text.length;
    return left < 0 ? this.localize.term('reflectionCharactersOver', -left) : this.localize.term('reflectionCharactersLeft', left);
  }

  /**
   * The save status; a saved one with a time for today's saves, a date and time for older ones, and
   * none for a text restored from a device whose clock was wrong.
   */
  private statusText(): string {
    const { status, updatedAt } = this.draft;
    if (status !== 'Saved') {
      return this.localize.term(`reflection${status}` as 'reflectionPrivate');
    }
    const sameDay = new Date().toDateString() === new Date(updatedAt).toDateString();
    const options: Intl.DateTimeFormatOptions = sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
    const when = hasTime(updatedAt) ? formatDate(this.localize.lang(), updatedAt, options) : '';
    return when ? this.localize.term('reflectionSaved', when) : this.localize.term('reflectionSavedUndated');
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
    // Private again, unless the browser would not delete the copy: that is still the learner's to know.
    this.erase('Private');
    this.completed = false;
  }

  private renderPrompt(): TemplateResult {
    return html`<label part="prompt" class="prompt" for="field"
      >${this.prompt.trim() ? this.prompt : html`<slot name="prompt">${this.localize.term('reflectionLabel')}</slot>`}</label
    >`;
  }

  private renderField(hasHints: boolean, showMin: boolean): TemplateResult {
    const { text } = this.draft;
    return html`<textarea part="textarea" class=${text.length > longText ? 'field long' : 'field'} id="field"
      dir=${text.trim() ? 'auto' : this.localize.dir()} rows=${this.lines}
      maxlength=${this.max} autocomplete="off" autocapitalize="sentences"
      aria-describedby=${[hasHints && 'hints', 'counter', showMin && 'min-length', 'status'].filter(Boolean).join(' ')}
      .value=${live(text)} @input=${this.handleInput}></textarea>`;
  }

  private renderMeta(showMin: boolean): TemplateResult {
    const over = this.draft.text.length > this.max;
    return html`<div class="meta">
      <p part=${over ? 'counter counter-over' : 'counter'} class="counter" id="counter">
        ${over ? html`<span aria-hidden="true">⚠ </span>` : nothing}${this.counterText()}
      </p>
      ${showMin ? html`<p part="min-length" class="min-length" id="min-length">${this.localize.term('reflectionMinLength', this.min!)}</p>` : nothing}
      <p part="status" class="status status-${this.draft.status}" id="status">${this.statusText()}</p>
    </div>`;
  }

  /** The notes on what was kept aside (a record that could not be read, another copy's text): a warning sign and no role, unlike the shared notice box. */
  private renderUnreadable(): Array<TemplateResult | typeof nothing> {
    const { unreadable, setAside } = this.draft;
    return [unreadable && ('reflectionUnreadable' as const), setAside && ('reflectionSetAside' as const)].map((term) =>
      term ? html`<p part="notice" class="notice"><span aria-hidden="true">⚠ </span>${this.localize.term(term)}</p>` : nothing,
    );
  }

  private renderKeep(): TemplateResult | typeof nothing {
    const { localize } = this;
    return this.draft.keepable
      ? html`<div part="keep" class="keep">
          <input type="checkbox" id="keep" aria-describedby="keep-note" .checked=${live(this.draft.keep)} @change=${this.handleKeepChange} />
          <label for="keep">${localize.term('reflectionKeep')}</label>
          <p class="keep-note" id="keep-note">${localize.term('reflectionKeepNote')}</p>
        </div>`
      : nothing;
  }

  /** "Done", the badge, "Download" and "Delete"; or the in-place question before deleting. */
  private renderActions(): TemplateResult {
    const { localize } = this;
    const { text, status } = this.draft;
    if (this.confirm.open) {
      return this.confirm.render({
        question: localize.term('reflectionDeleteConfirm'),
        yes: localize.term('reflectionDeleteYes'),
        no: localize.term('reflectionDeleteNo'),
        tone: 'danger',
      });
    }
    // Moving on without writing is offered plainly, not as the main action: writing stays the invitation.
    const skip = this.optional && !text.trim();
    // The buttons need no type="button": in a shadow root no form owns them, so none submits.
    return html`<div part="actions" class="actions">
        <button part="done-button" class="button ${skip ? '' : 'primary'}" aria-describedby=${this.needsText ? 'done-note' : nothing}
          @click=${this.handleDoneClick}>
          ${localize.term(skip ? 'reflectionSkip' : 'reflectionDone')}
        </button>
        ${this.completed
          ? html`<span part="completed-badge" class="badge"><span aria-hidden="true">✓ </span>${localize.term('completed')}</span>`
          : nothing}
        ${text
          ? html`<button part="download-button" class="button ${status === 'SaveFailed' ? 'primary' : ''}" @click=${this.handleDownloadClick}>
                ${localize.term('reflectionDownload')}
              </button>
              <button part="delete-button" class="button" @click=${this.handleDeleteClick}>${localize.term('reflectionDelete')}</button>`
          : nothing}
      </div>
      ${this.needsText ? html`<p part="done-note" class="done-note" id="done-note">${localize.term('reflectionNeedsText')}</p>` : nothing}`;
  }

  override render(): TemplateResult {
    const hasHints = this.slots.has('hint');
    const showMin = this.min !== undefined && this.draft.text.length < this.min;
    return html`<div part="base" class="base" dir=${this.localize.dir()}>
      ${this.renderAuthorErrors()}
      ${this.renderPrompt()}
      <div part="hints" class="hints" id="hints" ?hidden=${!hasHints}>
        <p class="hints-lead">${this.localize.term('reflectionHints')}</p>
        <ul><slot name="hint"></slot></ul>
      </div>
      ${this.renderField(hasHints, showMin)}
      ${this.renderMeta(showMin)}
      ${this.renderUnreadable()}
      ${this.renderKeep()}
      ${this.renderActions()}
      ${renderSupportNote(this.localize, this.supportUrl, this.supportLabel, this.courseSupport)}
      ${this.announcer.render()}
    </div>`;
  }
}

