/** SCORM 1.2 CMI data types: the values the bridge writes, formatted as the LMS expects them. */
import type { MhmAnswerDetail } from '../events/answer.js';

/** A SCORM time span, HHHH:MM:SS (SCORM 1.2 CMITimespan). */
export function timespan(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.min(9999, Math.floor(seconds / 3600)))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** A SCORM time of day, HH:MM:SS (SCORM 1.2 CMITime). */
export function timeOfDay(date: Date): string {
  return date.toTimeString().slice(0, 8);
}

/** An interaction id SCORM 1.2 accepts (CMIIdentifier: letters, digits, `-` and `_`, 255 at most). */
export function identifier(text: string): string {
  return text.replace(/[^\w-]/g, '_').slice(0, 255);
}

/** SCORM 1.2's choice identifiers, single characters: the first choice is `a`, the 27th `0`. */
const choiceIds = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A checked answer as SCORM 1.2 writes `student_response`: `t` or `f` for true-false; for a choice
 * question, each chosen choice's authored position as a letter, comma separated (`a,c`). Null when
 * it cannot be written so (a 37th choice, an answer without positions).
 */
export function studentResponse(detail: MhmAnswerDetail): string | null {
  if (detail.questionType === 'true-false') {
    return detail.selected[0] === 'true' ? 't' : 'f';
  }
  const ids = Array.isArray(detail.selectedIndexes) ? detail.selectedIndexes.map((position) => choiceIds[position]) : [];
  return ids.length > 0 && ids.every(Boolean) ? ids.join(',') : null;
}
