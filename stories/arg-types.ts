/**
 * Controls the manifest cannot give: `lang` is a global attribute the elements observe rather than
 * a property of theirs, `format`'s type is an alias the manifest does not expand, and raw feeds
 * and dates need the object and date controls.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

export const feedElementArgTypes = {
  lang: {
    control: 'text',
    description: "The element's language (`en`, `es`, …); empty follows the page, here the toolbar's language.",
    table: { category: 'attributes' },
  },
  format: { control: 'inline-radio', options: ['auto', 'native', 'statuspage'] },
  feed: { control: 'object' },
  now: { control: 'date' },
} satisfies ArgTypes;
