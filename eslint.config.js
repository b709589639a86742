import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Feed bodies are untrusted text: nothing in src may turn a string into markup.
const NO_HTML_FROM_STRINGS = 'Feed text is untrusted: build nodes with lit templates or the DOM API, never from an HTML string.';

export default defineConfig(
  { ignores: ['dist/', '.tmp/', 'coverage/', 'node_modules/', 'storybook-static/', 'test/fixtures/', 'custom-elements.json'] },

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Lit elements and templates
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },

  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: NO_HTML_FROM_STRINGS },
        { property: 'outerHTML', message: NO_HTML_FROM_STRINGS },
        { property: 'insertAdjacentHTML', message: NO_HTML_FROM_STRINGS },
        { property: 'createContextualFragment', message: NO_HTML_FROM_STRINGS },
        { object: 'document', property: 'write', message: NO_HTML_FROM_STRINGS },
        { object: 'document', property: 'writeln', message: NO_HTML_FROM_STRINGS },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/directives/unsafe-html*', '**/directives/unsafe-svg*'], message: NO_HTML_FROM_STRINGS }] },
      ],
      'no-restricted-syntax': [
        'error',
        // a lit property binding such as <div .innerHTML=${text}>
        { selector: 'TemplateElement[value.raw=/\\.(inner|outer)HTML\\s*=/]', message: NO_HTML_FROM_STRINGS },
      ],
    },
  },

  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // chai assertions such as `expect(x).to.be.true` are expressions on purpose
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },

  // Node scripts and tool configuration
  {
    files: ['**/*.{js,mjs,cjs}', 'vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
