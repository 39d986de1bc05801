// A test-runner command that emulates any CSS media feature through the DevTools protocol,
// forced-colors included (the runner's own emulateMedia knows only a few).
export function mediaFeaturesPlugin() {
  // Emulation lasts only as long as the protocol session that set it: keep one per page.
  const clients = new WeakMap();
  return {
    name: 'mhm-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') {
        return undefined;
      }
      const page = session.browser.getPage(session.id);
      if (!clients.has(page)) {
        clients.set(page, await page.createCDPSession());
      }
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await clients.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
