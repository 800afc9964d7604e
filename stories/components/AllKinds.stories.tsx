import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ApiProblem, asProblem, ProblemNotice, problemKinds } from 'problemkit';
import type { ReactNode } from 'react';
import { expect, fn } from 'storybook/test';
import { kindSpecs } from './problemSpecs.js';
import { useMockProblem } from './storyProblem.js';

/** The status, or what stood in for one: no response at all (network), or a thrown error that is no HTTP answer. */
function statusLabel(problem: ApiProblem): string | number {
  if (problem.status !== 0) return problem.status;
  return problem.kind === 'network' ? 'no response' : 'not an HTTP answer';
}

function KindRow({ kind, problem }: { readonly kind: string; readonly problem: ApiProblem }): ReactNode {
  return (
    <li className="problemkit-story-kind">
      <h2>
        <code>{kind}</code> ({statusLabel(problem)})
      </h2>
      <ProblemNotice
        problem={problem}
        headingLevel={3}
        announce="off"
        onRetry={fn()}
        onSignIn={fn()}
        // Several kinds share a title (405/406/415/501), so each region is named by its kind: landmark-unique.
        label={`${kind} notice`}
      />
    </li>
  );
}

function SpecRow({ kind }: { readonly kind: Exclude<(typeof problemKinds)[number], 'unknown'> }): ReactNode {
  return <KindRow kind={kind} problem={useMockProblem(kindSpecs[kind])} />;
}

const unknownProblem = asProblem(new Error('Unexpected end of JSON input'));

/** Every kind's notice on one page, in `problemKinds` order: the matrix to review wording, layout and themes. */
function AllKinds(): ReactNode {
  return (
    <ul className="problemkit-story-kinds">
      {problemKinds.map((kind) =>
        kind === 'unknown' ? (
          <KindRow key={kind} kind={kind} problem={unknownProblem} />
        ) : (
          <SpecRow key={kind} kind={kind} />
        ),
      )}
    </ul>
  );
}

const meta = {
  tags: ['autodocs'],
  title: 'Components/All kinds',
  component: AllKinds,
  parameters: {
    docs: {
      description: {
        component:
          'Every problem kind side by side, each from a realistic answer (see `problemSpecs.ts`), as `ProblemNotice` ' +
          'shows it. Switch locale and theme in the toolbar to review them all at once.',
      },
    },
  },
} satisfies Meta<typeof AllKinds>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Matrix: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem', { name: undefined }).length).toBeGreaterThanOrEqual(
      problemKinds.length,
    );
    for (const kind of problemKinds) {
      await expect(canvas.getByText(kind, { selector: 'h2 > code' })).toBeVisible();
      if (kind !== 'rate-limited') await expect(canvas.getByRole('region', { name: `${kind} notice` })).toBeVisible();
    }
  },
};
