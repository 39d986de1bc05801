import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CourseContent } from '../../content/course/index.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { CourseItem } from './course-activities.js';
import type { MhmCourseProgress } from './course-model.js';

/**
 * The course's header: title, summary (or "Loading"), progress, "Continue where you left off" with
 * "Start over", and the list of activities to jump to. A render helper; the course keeps the state
 * and the handlers.
 */

/** What the header shows. */
export interface HeaderView {
  localize: Pick<LocalizeController, 'term' | 'lang'>;
  /** The course title, if any: the author's `heading`, else the built-in course's. */
  title?: string;
  /** Whether the title is the author's (else it is in the built-in course's language). */
  authorTitle: boolean;
  /** The title's level in the page outline. */
  level: number;
  /** The built-in course, when it is shown and loaded. */
  content?: CourseContent;
  /** Whether the built-in course is still loading. */
  loading: boolean;
  items: readonly CourseItem[];
  completed: ReadonlySet<string>;
  progress: MhmCourseProgress;
  /** The "Start over" control. */
  startOver: TemplateResult;
  /** The "Need to talk to someone?" section, always shown, last: where it is while the course loads too. */
  help: TemplateResult;
  onContinue: () => void;
  /** A button of the list of activities was pressed; its position in the list is the activity's. */
  onJump: (event: Event) => void;
}

export function renderHeader(view: HeaderView): TemplateResult {
  const { localize, title, content, progress } = view;
  const { completed, total, percent } = progress;
  const progressText = localize.term('courseProgress', completed.length, total);
  return html`<header part="header" class="base alt">
    <div part="heading" class="heading" id="heading" role="heading" aria-level=${view.level} tabindex="-1"
      lang=${ifDefined((!view.authorTitle && content?.lang) || undefined)} ?hidden=${!title}>${title}</div>
    ${content
      ? html`<p part="summary" class="summary" lang=${content.lang}>${content.summary}</p>`
      : view.loading
        ? html`<p part="message" class="message" role="status">${localize.term('courseLoading')}</p>
            <div class="skeleton"></div>`
        : nothing}
    ${total
      ? html`<div part="progress" class="progress">
            <progress part="progress-bar" max=${total} .value=${completed.length} aria-label=${localize.term('courseProgressLabel')}
              aria-valuetext=${progressText}></progress>
            <p part="progress-text" class="progress-text">${progressText}</p>
          </div>
          ${completed.length && percent < 100
            ? html`<div part="actions" class="actions">
                <button part="continue-button" class="button primary" type="button" @click=${view.onContinue}>
                  ${localize.term('courseContinue')}
                </button>
                ${view.startOver}
              </div>`
            : nothing}
          <nav aria-labelledby="activities-summary">
            <details part="activities">
              <summary part="activities-summary" id="activities-summary">${localize.term('courseActivities')}</summary>
              <ol part="activity-list" class="activity-list" lang=${ifDefined(content?.lang)}>
                ${view.items.map((item, index) => renderActivityLink(view, item, index))}
              </ol>
            </details>
          </nav>`
      : nothing}
    ${view.help}
  </header>`;
}

function renderActivityLink({ localize, completed, progress, onJump }: HeaderView, { id, title }: CourseItem, index: number): TemplateResult {
  const done = completed.has(id);
  const isCurrent = progress.current === id;
  return html`<li>
    <button part="activity-link${done ? ' activity-link-completed' : ''}${isCurrent ? ' activity-link-current' : ''}" class="activity-link"
      type="button" aria-current=${ifDefined(isCurrent ? 'step' : undefined)} @click=${onJump}>
      <span class="mark ${done ? 'done' : ''}" aria-hidden="true">${done ? '✓' : index + 1}</span>
      <span>${title}</span>
      <span class="sr-only" lang=${localize.lang()}>, ${localize.term(done ? 'completed' : 'courseNotCompleted')}</span>
    </button>
  </li>`;
}
