import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { embedBuild } from './src/embed/vite-plugin.ts';
import { noscriptList } from './src/app/list/noscript-plugin.ts';

// Relative base so dist/ works from any sub-path and from a plain file server.
export default defineConfig({
  base: './',
  plugins: [svelte(), noscriptList(), embedBuild()],
  build: { target: 'es2022', assetsInlineLimit: 0 },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
