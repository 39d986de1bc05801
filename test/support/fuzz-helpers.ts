import fc from 'fast-check';

/** Shared by the property-based tests: hostile and random attribute values, uncaught-error capture. */

export const hostile = fc.constantFrom(
  '<img src=x onerror="window.__fuzzed=1">',
  'javascript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'data:text/html,<script>window.__fuzzed=1</script>',
  '{"__proto__":{"polluted":true}}',
  '',
  ' ',
  'NaN',
  '-1',
  '1e309',
  '0x3',
  '3.5',
  '٣',
  '\u202e',
);
// Small numbers weigh most: the boundaries of every numeric attribute live there.
export const value = fc.oneof(
  { arbitrary: hostile, weight: 1 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.integer({ min: -1, max: 8 }).map(String), weight: 3 },
  { arbitrary: fc.constantFrom('0', '49.5', '50', '99', '100', '101', '150', '5000', '5001'), weight: 2 },
  { arbitrary: fc.webUrl(), weight: 1 },
);

/** Collects uncaught errors and unhandled rejections while `run` executes. */
export async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return problems;
}

