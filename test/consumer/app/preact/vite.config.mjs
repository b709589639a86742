import { defineConfig } from 'vite';

// Preact's JSX runtime, without a plugin
export default defineConfig({ oxc: { jsx: { importSource: 'preact' } }, base: './', logLevel: 'warn' });
