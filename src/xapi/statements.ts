/** The xAPI statements the bridge writes: their types, and the pure helpers that build and check them. */
import { safeUrl } from '../internal/safe-url.js';
import type { MhmCourseQuizResult } from '../events/course-complete.js';

/** Who the statements are about: an xAPI Agent with exactly one identifier. */
export interface XapiActor {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

/** An xAPI statement as this bridge writes it. */
export interface XapiStatement {
  id: string;
  actor: XapiActor;
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { name: Record<string, string>; type: string; interactionType?: 'choice' };
  };
  result?: {
    completion?: boolean;
    success?: boolean;
    response?: string;
    score?: { scaled: number; raw: number; min: number; max: number };
  };
  context: {
    language: string;
    platform: string;
    contextActivities?: { parent?: Array<{ objectType: 'Activity'; id: string }>; grouping?: Array<{ objectType: 'Activity'; id: string }> };
  };
  timestamp: string;
}

export const activityTypes: Record<string, string> = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  other: 'http://adlnet.gov/expapi/activities/module',
};

/** A version 4 UUID from `crypto.getRandomValues`, which unlike `randomUUID` also works on http pages. */
export function uuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function httpUrl(value: unknown): URL | null {
  const checked = typeof value === 'string' ? safeUrl(value, { schemes: ['https', 'http'] }) : undefined;
  return checked?.ok ? new URL(checked.url, document.baseURI) : null;
}

/** Why an actor is not a valid xAPI Agent (exactly one inverse functional identifier), or null. */
export function actorProblem(actor: XapiActor | undefined): string | null {
  if (typeof actor !== 'object' || actor === null) {
    return 'the actor is missing';
  }
  const identifiers = [
    typeof actor.mbox === 'string' && actor.mbox.startsWith('mailto:'),
    typeof actor.mbox_sha1sum === 'string' && /^[0-9a-f]{40}$/i.test(actor.mbox_sha1sum),
    httpUrl(actor.openid) !== null && /^[a-z]+:/i.test(actor.openid ?? ''),
    typeof actor.account?.name === 'string' && httpUrl(actor.account.homePage) !== null,
  ].filter(Boolean).length;
  const given = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => key in actor).length;
  return identifiers === 1 && given === 1 ? null : 'the actor needs exactly one of mbox ("mailto:…"), mbox_sha1sum, openid or account { homePage, name }';
}

export function score(quiz: MhmCourseQuizResult): NonNullable<XapiStatement['result']>['score'] {
  const max = quiz.maxScore > 0 ? quiz.maxScore : 1;
  const raw = Math.min(max, Math.max(0, quiz.score));
  return { scaled: Math.round((raw / max) * 10_000) / 10_000, raw, min: 0, max };
}
