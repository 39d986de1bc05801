import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { isShown, part, textOf } from '../support/helpers.js';

/** The help a course gives its lesson cards' content notes (`courseSupport`, set by <mhm-course>). */

const link = (host: Element) => host.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="support-link"]');

describe('<mhm-lesson-card> courseSupport', () => {
  it('shows the course’s help in a lesson’s content note, and nothing without a content note', async () => {
    const card = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Hard stories">
      <span slot="content-note">This lesson mentions violence.</span><p>Body.</p>
    </mhm-lesson-card>`);
    expect(link(card)).to.equal(null);
    card.courseSupport = { url: 'https://example.org/help', open: () => undefined };
    await card.updateComplete;

    const help = link(card)!;
    expect(part(card, '[part~="content-note"]').contains(help)).to.equal(true);
    expect(textOf(help)).to.equal('Need to talk to someone? (opens in a new tab)');
    expect(isShown(help)).to.equal(true);
    await expect(card).to.be.accessible();

    const plain = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Plain"><p>Body.</p></mhm-lesson-card>`);
    plain.courseSupport = { url: 'https://example.org/help', open: () => undefined };
    await plain.updateComplete;
    expect(isShown(link(plain)!)).to.equal(false);
  });
});
