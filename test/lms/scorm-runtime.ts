import { Scorm12API } from 'scorm-again';

/** The LMS side of the SCORM tests: scorm-again, a real SCORM 1.2 run-time, not a hand-written mock. */
export type Runtime = InstanceType<typeof Scorm12API>;

/** A fresh LMS run-time, as an LMS starts one for each launch; `stored` seeds it with earlier CMI data. */
export function lmsRuntime(stored?: Record<string, unknown>): Runtime {
  const runtime = new Scorm12API({ logLevel: 5 });
  if (stored) {
    runtime.loadFromJSON(stored, '');
  }
  return runtime;
}

/** One CMI value as the LMS holds it. */
export function cmi(runtime: Runtime, element: string): string {
  return String(runtime.getCMIValue(element));
}

/** Every CMI value the LMS would store, as one string. */
export function everyCmiValue(runtime: Runtime): string {
  return JSON.stringify(runtime.renderCMIToJSONObject());
}
