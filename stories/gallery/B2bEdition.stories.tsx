import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { type GalleryArgs, type GalleryStory, galleryStory } from './galleryStory.js';

// One story per status seed 000 names for B2B Edition, built by `galleryStory` from problemkit/msw's `statusGallery` (why one line each:
// galleryStory.tsx).

const meta = {
  title: 'Status gallery/B2B Edition',
  args: { onSignIn: fn().mockName('onSignIn') },
  argTypes: { onSignIn: { table: { disable: true } } },
  parameters: {
    docs: {
      description: {
        component:
          'BigCommerce B2B Edition (seed 000): the v3 envelope `{"code", "data": {"errMsg"}, "meta": {"message"}}` and the v2 one with per-field strings in `data`.',
      },
    },
  },
} satisfies Meta<GalleryArgs>;

export default meta;

export const Status400: GalleryStory = { name: '400 Bad Request', ...galleryStory('b2b-edition-400') };
export const Status401: GalleryStory = { name: '401 Unauthorized', ...galleryStory('b2b-edition-401') };
export const Status403: GalleryStory = { name: '403 Forbidden', ...galleryStory('b2b-edition-403') };
export const Status404: GalleryStory = { name: '404 Not Found', ...galleryStory('b2b-edition-404') };
export const Status405: GalleryStory = { name: '405 Method Not Allowed', ...galleryStory('b2b-edition-405') };
export const Status406: GalleryStory = { name: '406 Not Acceptable', ...galleryStory('b2b-edition-406') };
export const Status409: GalleryStory = { name: '409 Conflict', ...galleryStory('b2b-edition-409') };
export const Status413: GalleryStory = { name: '413 Request Entity Too Large', ...galleryStory('b2b-edition-413') };
export const Status415: GalleryStory = { name: '415 Unsupported Media Type', ...galleryStory('b2b-edition-415') };
export const Status422: GalleryStory = { name: '422 Missing or Invalid Data', ...galleryStory('b2b-edition-422') };
export const Status429: GalleryStory = { name: '429 Too Many Requests', ...galleryStory('b2b-edition-429') };
export const Status500: GalleryStory = { name: '500 Internal Server Error', ...galleryStory('b2b-edition-500') };
export const Status501: GalleryStory = { name: '501 Not Implemented', ...galleryStory('b2b-edition-501') };
export const Status503: GalleryStory = { name: '503 Service Unavailable', ...galleryStory('b2b-edition-503') };
export const Status507: GalleryStory = { name: '507 Insufficient Storage', ...galleryStory('b2b-edition-507') };
