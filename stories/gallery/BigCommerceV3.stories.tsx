import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { type GalleryArgs, type GalleryStory, galleryStory } from './galleryStory.js';

// One story per status seed 001 names for BigCommerce REST v3, built by `galleryStory` from problemkit/msw's `statusGallery` (why one line each:
// galleryStory.tsx).

const meta = {
  title: 'Status gallery/BigCommerce REST v3',
  args: { onSignIn: fn().mockName('onSignIn') },
  argTypes: { onSignIn: { table: { disable: true } } },
  parameters: {
    docs: {
      description: {
        component:
          'BigCommerce REST v3 (seed 001): `{"status", "title", "type", "detail", "errors": {"field": "one message"}}`, rate limits in `X-Rate-Limit-*` headers.',
      },
    },
  },
} satisfies Meta<GalleryArgs>;

export default meta;

export const Status400: GalleryStory = { name: '400 Bad Request', ...galleryStory('bigcommerce-v3-400') };
export const Status401: GalleryStory = { name: '401 Unauthorized', ...galleryStory('bigcommerce-v3-401') };
export const Status403: GalleryStory = { name: '403 Forbidden', ...galleryStory('bigcommerce-v3-403') };
export const Status404: GalleryStory = { name: '404 Not Found', ...galleryStory('bigcommerce-v3-404') };
export const Status405: GalleryStory = { name: '405 Method Not Allowed', ...galleryStory('bigcommerce-v3-405') };
export const Status406: GalleryStory = { name: '406 Not Acceptable', ...galleryStory('bigcommerce-v3-406') };
export const Status409: GalleryStory = { name: '409 Conflict', ...galleryStory('bigcommerce-v3-409') };
export const Status413: GalleryStory = { name: '413 Request Entity Too Large', ...galleryStory('bigcommerce-v3-413') };
export const Status415: GalleryStory = { name: '415 Unsupported Media Type', ...galleryStory('bigcommerce-v3-415') };
export const Status422: GalleryStory = { name: '422 Missing or Invalid Data', ...galleryStory('bigcommerce-v3-422') };
export const Status429: GalleryStory = { name: '429 Too Many Requests', ...galleryStory('bigcommerce-v3-429') };
export const Status500: GalleryStory = { name: '500 Internal Server Error', ...galleryStory('bigcommerce-v3-500') };
export const Status501: GalleryStory = { name: '501 Not Implemented', ...galleryStory('bigcommerce-v3-501') };
export const Status503: GalleryStory = { name: '503 Service Unavailable', ...galleryStory('bigcommerce-v3-503') };
export const Status507: GalleryStory = { name: '507 Insufficient Storage', ...galleryStory('bigcommerce-v3-507') };
export const Status509: GalleryStory = { name: '509 Bandwidth Limit Exceeded', ...galleryStory('bigcommerce-v3-509') };
