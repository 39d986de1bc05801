import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: '@storybook/web-components-vite',
  // Story images are real files served beside iframe.html: the URL guard refuses `data:` URLs,
  // which Vite would make of a small imported asset.
  staticDirs: [{ from: '../stories/assets', to: '/images' }],
  core: {
    disableTelemetry: true,
  },
};

export default config;
