import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { type GalleryArgs, type GalleryStory, galleryStory } from './galleryStory.js';

// One story per status seed 001 names for BigCommerce REST v2, built by `galleryStory` from problemkit/msw's `statusGallery` (why one line each:
// galleryStory.tsx).

const meta = {
  title: 'Status gallery/BigCommerce REST v2',
  args: { onSignIn: fn().mockName('onSignIn') },
  argTypes: { onSignIn: { table: { disable: true } } },
  parameters: {
    docs: {
      description: {
        component:
          'BigCommerce REST v2 (seed 001): an array of `{"status", "message"}`, rate limits in `X-Rate-Limit-*` headers.',
      },
    },
  },
} satisfies Meta<GalleryArgs>;

export default meta;

export const Status400: GalleryStory = { name: '400 Bad Request', ...galleryStory('bigcommerce-v2-400') };
export const Status401: GalleryStory = { name: '401 Unauthorized', ...galleryStory('bigcommerce-v2-401') };
export const Status403: GalleryStory = { name: '403 Forbidden', ...galleryStory('bigcommerce-v2-403') };
export const Status404: GalleryStory = { name: '404 Not Found', ...galleryStory('bigcommerce-v2-404') };
export const Status405: GalleryStory = { name: '405 Method Not Allowed', ...galleryStory('bigcommerce-v2-405') };
export const Status406: GalleryStory = { name: '406 Not Acceptable', ...galleryStory('bigcommerce-v2-406') };
export const Status409: GalleryStory = { name: '409 Conflict', ...galleryStory('bigcommerce-v2-409') };
export const Status413: GalleryStory = { name: '413 Request Entity Too Large', ...galleryStory('bigcommerce-v2-413') };
export const Status415: GalleryStory = { name: '415 Unsupported Media Type', ...galleryStory('bigcommerce-v2-415') };
export const Status429: GalleryStory = { name: '429 Too Many Requests', ...galleryStory('bigcommerce-v2-429') };
export const Status500: GalleryStory = { name: '500 Internal Server Error', ...galleryStory('bigcommerce-v2-500') };
export const Status501: GalleryStory = { name: '501 Not Implemented', ...galleryStory('bigcommerce-v2-501') };
export const Status503: GalleryStory = { name: '503 Service Unavailable', ...galleryStory('bigcommerce-v2-503') };
export const Status507: GalleryStory = { name: '507 Insufficient Storage', ...galleryStory('bigcommerce-v2-507') };
export const Status509: GalleryStory = { name: '509 Bandwidth Limit Exceeded', ...galleryStory('bigcommerce-v2-509') };
