import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CourseActivity, CourseBlock, CourseContent, CourseFiveReasons } from '../../content/course/index.js';
import { fiveReasonsContent } from '../../content/five-reasons/load.js';
import type { FiveReasonsContent } from '../../content/five-reasons/types.js';
import type { ContentSource } from '../../internal/built-in-content.js';
import { renderRichText } from '../../internal/rich-text.js';
import type { CourseSupportContact } from '../reflection-prompt/reflection-support.js';
import { scopedId } from './course-model.js';
// Already loaded with the course, which registers them before it downloads this module.
import '../five-reasons/five-reasons.js';
import '../lesson-card/lesson-card.js';
import '../quiz/quiz.js';
import '../reflection-prompt/reflection-prompt.js';

/**
 * Renders the built-in course's activities. Only a course without the author's own activities needs
 * it, so `<mhm-course>` downloads it beside the course text instead of with its own code.
 */

/** What the built-in activities take from the course. */
export interface BuiltInState {
  /** Heading level of each activity, one below the course's. */
  level: number;
  completed: ReadonlySet<string>;
  /** The trimmed `course-id` when progress is stored, so the activities store theirs too, under ids scoped by it. */
  courseId?: string;
  passMark?: number;
  /** The course's help contact, linked from the reflections' support notes and the lessons' content notes. */
  support?: CourseSupportContact;
}

/** The box of the built-in activities, in the course's language and direction. */
export function renderActivities(content: CourseContent, state: BuiltInState): TemplateResult {
  return html`<div part="activities-body" class="activities-body" lang=${content.lang} dir=${content.dir}>
    ${content.activities.map((activity) => renderActivity(activity, content, state))}
  </div>`;
}

function renderActivity(activity: CourseActivity, content: CourseContent, { level, completed, courseId, passMark, support }: BuiltInState): TemplateResult {
  const { id } = activity;
  const done = completed.has(id);
  switch (activity.kind) {
    case 'lesson':
      return html`<mhm-lesson-card id=${id} data-activity=${id} eyebrow=${activity.eyebrow} heading=${activity.heading}
        heading-level=${level} duration=${activity.duration} .completed=${done} .courseSupport=${support}>
        ${activity.contentNote ? html`<span slot="content-note">${activity.contentNote}</span>` : nothing}
        ${activity.paragraphs.map(renderBlock)}
        <ul slot="takeaways">
          ${activity.takeaways.map((takeaway) => html`<li>${takeaway}</li>`)}
        </ul>
        ${activity.source ? html`<span slot="source">${activity.source}</span>` : nothing}
      </mhm-lesson-card>`;
    case 'reflection':
      return html`<mhm-reflection-prompt id=${id} data-activity=${id} reflection-id=${courseId ? scopedId(courseId, id) : id} ?persist=${!!courseId}
        optional prompt=${activity.prompt} .completed=${done} .courseSupport=${support}>
        ${activity.hints.map((hint) => html`<li slot="hint">${hint}</li>`)}
        <p slot="support">${activity.help ?? content.supportNote}</p>
      </mhm-reflection-prompt>`;
    case 'quiz':
      return html`<mhm-quiz id=${id} data-activity=${id} heading=${activity.heading} heading-level=${level}
        pass-mark=${ifDefined(passMark ?? undefined)} ?persist=${!!courseId} quiz-id=${ifDefined(courseId ? scopedId(courseId, id) : undefined)}>
        ${activity.questions.map(
          (question) => html`<mhm-question type=${question.type} prompt=${question.prompt} explanation=${question.explanation}
            answer=${ifDefined(question.type === 'true-false' ? question.answer : undefined)}>
            ${question.type === 'true-false'
              ? nothing
              : question.choices.map(
                  (choice) => html`<mhm-choice ?correct=${choice.correct} feedback=${ifDefined(choice.feedback)}>${choice.text}</mhm-choice>`,
                )}
          </mhm-question>`,
        )}
      </mhm-quiz>`;
    default:
      return html`<mhm-five-reasons id=${id} data-activity=${id} heading-level=${level} .contentSource=${reasonsSource(activity, content)}></mhm-five-reasons>`;
  }
}

/** A paragraph or a list of a lesson's body, its safe markup rendered by Lit (never as HTML). */
function renderBlock(block: CourseBlock): TemplateResult {
  if (typeof block === 'string') {
    return html`<p>${renderRichText(block)}</p>`;
  }
  const items = block.list.map((item) => html`<li>${renderRichText(item)}</li>`);
  return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
}

const sources = new WeakMap<CourseFiveReasons, ContentSource<FiveReasonsContent>>();

/** The course's own five reasons (a course file's), whatever the language; else the carousel's built-in ones. */
function reasonsSource(activity: CourseFiveReasons, content: CourseContent): ContentSource<FiveReasonsContent> {
  const { heading, reasons } = activity;
  if (!heading || !reasons) {
    return fiveReasonsContent;
  }
  let source = sources.get(activity);
  if (!source) {
    const text: FiveReasonsContent = { lang: content.lang, dir: content.dir, heading, reasons };
    source = { locales: [content.lang], locale: () => ({ locale: content.lang, fallback: false }), load: async () => text };
    sources.set(activity, source);
  }
  return source;
}
