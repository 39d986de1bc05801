import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { part } from '../support/helpers.js';
import { inside, recordChanges, swipe, centre } from '../harness/five-reasons.js';
import { custom } from './fixtures.js';

describe('<mhm-five-reasons>', () => {
  describe('swipe', () => {
    it('a swipe towards the start shows the next slide, towards the end the previous, and says "swipe"', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const changes = recordChanges(el);
      const area = part(el, '[part="slides"]');
      swipe(el.querySelector('mhm-slide p')!, [200, 100], [120, 110]);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      swipe(area, [100, 100], [200, 90]);
      await el.updateComplete;
      expect(el.index).to.equal(0);
      expect(changes.map((change) => [change.index, change.reason])).to.deep.equal([
        [1, 'swipe'],
        [0, 'swipe'],
      ]);
    });

    it('ignores short drags, vertical scrolls and cancelled pointers', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      const area = part(el, '[part="slides"]');
      swipe(area, [200, 100], [170, 100]);
      swipe(area, [200, 100], [140, 300]);
      area.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 3, isPrimary: true, clientX: 200, clientY: 100 }));
      area.dispatchEvent(new PointerEvent('pointercancel', { bubbles: true, pointerId: 3 }));
      area.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 3, clientX: 50, clientY: 100 }));
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('stops at the ends without `loop`', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      swipe(part(el, '[part="slides"]'), [100, 100], [250, 100]);
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('mirrors right to left: swiping rightwards shows the next slide', async () => {
      const el = await inside(html`<div lang="ar"><mhm-five-reasons></mhm-five-reasons></div>`);
      swipe(part(el, '[part="slides"]'), [100, 100], [220, 100]);
      await el.updateComplete;
      expect(el.index).to.equal(1);
    });

    it('works with a real mouse drag too', async () => {
      const el = await fixture<MhmFiveReasons>(custom);
      try {
        const [x, y] = centre(part(el, '[part~="slide-active"]'));
        await sendMouse({ type: 'move', position: [x + 60, y] });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [x - 60, y] });
        await sendMouse({ type: 'up' });
        await el.updateComplete;
        expect(el.index).to.equal(1);
      } finally {
        await resetMouse();
      }
    });

    it('a click on a link in a slide still follows it, but not the click that ends a swipe started on it', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons start="1">
        <mhm-slide heading="One"><p>1</p></mhm-slide>
        <mhm-slide heading="Two"><p><a href="#two">Two</a></p></mhm-slide>
        <mhm-slide heading="Three"><p>3</p></mhm-slide>
      </mhm-five-reasons>`);
      const link = el.querySelector('a')!;
      const clicks: MouseEvent[] = [];
      link.addEventListener('click', (event) => {
        clicks.push(event);
        event.preventDefault();
      });
      try {
        await sendMouse({ type: 'click', position: centre(link) });
        expect(clicks).to.have.length(1);
        expect(el.index).to.equal(1);
      } finally {
        await resetMouse();
      }

      swipe(link, [200, 100], [100, 100]);
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.be.true;
      expect(clicks).to.have.length(1);
      await el.updateComplete;
      expect(el.index).to.equal(2);
    });

    it('lets a keyboard click through after a swipe that no click followed', async () => {
      const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons>
        <mhm-slide heading="One"><p><a href="#one">One</a></p></mhm-slide>
        <mhm-slide heading="Two"><p>2</p></mhm-slide>
      </mhm-five-reasons>`);
      swipe(part(el, '[part="slides"]'), [200, 100], [100, 100]);
      el.previous();
      await el.updateComplete;
      const link = el.querySelector('a')!;
      let followed = 0;
      link.addEventListener('click', (event) => {
        followed += 1;
        event.preventDefault();
      });
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(followed).to.equal(1);
    });
  });
});
