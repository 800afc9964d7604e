import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { type GalleryArgs, type GalleryStory, galleryStory } from './galleryStory.js';

// One story per status seed 004 names for Aritma (ASP.NET), built by `galleryStory` from problemkit/msw's `statusGallery` (why one line each:
// galleryStory.tsx).

const meta = {
  title: 'Status gallery/Aritma (ASP.NET)',
  args: { onSignIn: fn().mockName('onSignIn') },
  argTypes: { onSignIn: { table: { disable: true } } },
  parameters: {
    docs: {
      description: {
        component:
          'The Aritma Commerce API (seed 004): ASP.NET problem details with `"type": ""`, `traceId` in the body, PascalCase field keys; no body on 401.',
      },
    },
  },
} satisfies Meta<GalleryArgs>;

export default meta;

export const Status400: GalleryStory = { name: '400 Bad Request', ...galleryStory('aritma-400') };
export const Status401Unauthenticated: GalleryStory = {
  name: '401 Unauthorized (unauthenticated)',
  ...galleryStory('aritma-401-unauthenticated'),
};
export const Status401NoPermission: GalleryStory = {
  name: '401 Unauthorized (no permission)',
  ...galleryStory('aritma-401-no-permission'),
};
export const Status403: GalleryStory = { name: '403 Forbidden', ...galleryStory('aritma-403') };
export const Status404: GalleryStory = { name: '404 Not Found', ...galleryStory('aritma-404') };
export const Status405: GalleryStory = { name: '405 Method Not Allowed', ...galleryStory('aritma-405') };
export const Status406: GalleryStory = { name: '406 Not Acceptable', ...galleryStory('aritma-406') };
export const Status409: GalleryStory = { name: '409 Conflict', ...galleryStory('aritma-409') };
export const Status415: GalleryStory = { name: '415 Unsupported Media Type', ...galleryStory('aritma-415') };
export const Status429: GalleryStory = { name: '429 Too Many Requests', ...galleryStory('aritma-429') };
export const Status500: GalleryStory = { name: '500 Internal Server Error', ...galleryStory('aritma-500') };
export const Status501: GalleryStory = { name: '501 Not Implemented', ...galleryStory('aritma-501') };
export const Status503: GalleryStory = { name: '503 Service Unavailable', ...galleryStory('aritma-503') };
export const Status504: GalleryStory = { name: '504 Gateway Timeout', ...galleryStory('aritma-504') };
