import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/safe-url.js';

describe('URL guard', () => {
  const allowed = [
    'https://www.iom.int/',
    'http://example.org/page?x=1#top',
    'mailto:help@example.org',
    'tel:+233000000',
    '/course/lesson-2',
    'lesson-2.html',
    '../images/card.png',
    '#takeaways',
    '?lang=fr',
  ];
  for (const url of allowed) {
    it(`allows ${url}`, () => {
      expect(safeUrl(url)).to.deep.equal({ ok: true, url });
    });
  }

  const refused = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
    'http://[::1',
    '',
    '   ',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)} with a reason`, () => {
      const result = safeUrl(url);
      expect(result.ok).to.be.false;
      expect(result.ok === false && result.reason).to.be.a('string').and.not.be.empty;
    });
  }
});
