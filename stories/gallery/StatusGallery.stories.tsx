/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type StatusGalleryEntry, statusGallery } from 'problemkit/msw';
import type { ReactNode } from 'react';
import { expect } from 'storybook/test';
import { expectedKind } from './galleryStory.js';
import { specFieldErrors } from './specFieldErrors.js';

// The index of the status gallery, and its guard: every `statusGallery` entry (problemkit/msw) must have exactly one
// story in the per-API files beside this one, and every story must name a real entry. The files are read as text
// (Vite's `?raw`), not imported: importing a CSF file would run its stories a second time under this one.

/**
 * Storybook's story id for an export (storybook/internal/csf `toId(title, storyNameFromExport(exportName))`), written
 * out: importing that internal module from a story makes Vite re-optimise its dependencies mid-run on a cold cache,
 * which reloads the test page. The play function checks the result against ids from Storybook's own index.
 */
function storyIdOf(title: string, exportName: string): string {
  const sanitize = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const words = exportName.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/([0-9])([A-Za-z])/g, '$1 $2');
  return `${sanitize(title)}--${sanitize(words)}`;
}

const sources = import.meta.glob<string>(['./*.stories.tsx', '!./StatusGallery.stories.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** One gallery story as its file declares it. */
interface DeclaredStory {
  readonly file: string;
  readonly title: string;
  readonly exportName: string;
  readonly name: string;
  readonly entryId: string;
  readonly storyId: string;
}

const storyPattern =
  /export const (\w+): GalleryStory = \{\s*name: '([^']*)',\s*\.\.\.galleryStory\('([^']+)'\),?\s*\};/g;

function declaredStories(): DeclaredStory[] {
  return Object.entries(sources).flatMap(([file, source]) => {
    const title = /title: '([^']+)'/.exec(source)?.[1] ?? '';
    return [...source.matchAll(storyPattern)].map(([, exportName = '', name = '', entryId = '']) => ({
      file,
      title,
      exportName,
      name,
      entryId,
      storyId: storyIdOf(title, exportName),
    }));
  });
}

function StatusGalleryIndex(): ReactNode {
  const stories = new Map(declaredStories().map((story) => [story.entryId, story]));
  return (
    <>
      <h1>Status gallery</h1>
      <p>
        Every error status the three seed pages name, for each seed API, answered by the mocked API in that API&apos;s
        own dialect (<code>statusGallery</code> from <code>problemkit/msw</code>) and shown as a person sees it.
      </p>
      <table>
        <caption>Statuses by API</caption>
        <thead>
          <tr>
            <th scope="col">API</th>
            <th scope="col">Status</th>
            <th scope="col">Kind</th>
            <th scope="col">Body</th>
          </tr>
        </thead>
        <tbody>
          {statusGallery.map((entry) => (
            <Row key={entry.id} entry={entry} storyId={stories.get(entry.id)?.storyId} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function Row({ entry, storyId }: { readonly entry: StatusGalleryEntry; readonly storyId: string | undefined }) {
  const label = `${entry.status} ${entry.label}`;
  return (
    <tr>
      <td>{entry.api}</td>
      <td>
        {/* The manager's URL for the story: the canvas is an iframe, so the link opens in the top window. */}
        {storyId === undefined ? (
          label
        ) : (
          <a href={`./?path=/story/${storyId}`} target="_top">
            {label}
          </a>
        )}
      </td>
      <td>
        <code>{expectedKind(entry.status, specFieldErrors(entry.spec).length > 0)}</code>
      </td>
      <td>{entry.source}</td>
    </tr>
  );
}

const meta = {
  title: 'Status gallery/Overview',
  component: StatusGalleryIndex,
  parameters: {
    docs: {
      description: {
        component:
          'The index of the status gallery: one story per status per seed API. Its play function fails when an entry ' +
          'of `statusGallery` has no story, or a story names no entry.',
      },
    },
  },
} satisfies Meta<typeof StatusGalleryIndex>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every seed status, with the kind DESIGN.md gives it and a link to its story. */
export const Overview: Story = {
  play: async ({ canvas, step }) => {
    const stories = declaredStories();
    await step('the four API files are read', async () => {
      await expect(new Set(stories.map((story) => story.title))).toEqual(
        new Set([
          'Status gallery/B2B Edition',
          'Status gallery/BigCommerce REST v3',
          'Status gallery/BigCommerce REST v2',
          'Status gallery/Aritma (ASP.NET)',
        ]),
      );
    });
    await step('every statusGallery entry has exactly one story, and every story names an entry', async () => {
      const used = stories.map((story) => story.entryId).sort();
      await expect(used).toEqual(statusGallery.map((entry) => entry.id).sort());
    });
    await step("each story's name starts with the seed's status and name", async () => {
      for (const story of stories) {
        const entry = statusGallery.find((candidate) => candidate.id === story.entryId);
        await expect(story.name.startsWith(`${entry?.status} ${entry?.label}`)).toBe(true);
      }
    });
    await step('the table links every entry to its story', async () => {
      await expect(canvas.getAllByRole('row')).toHaveLength(statusGallery.length + 1);
      const links = canvas.getAllByRole('link');
      await expect(links).toHaveLength(statusGallery.length);
      // Ids as Storybook's index.json names them.
      const hrefs = links.map((link) => link.getAttribute('href'));
      await expect(hrefs).toContain('./?path=/story/status-gallery-b2b-edition--status-400');
      await expect(hrefs).toContain('./?path=/story/status-gallery-bigcommerce-rest-v3--status-509');
      await expect(hrefs).toContain('./?path=/story/status-gallery-aritma-asp-net--status-401-no-permission');
    });
  },
};
