import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

// The unit project runs the React tests under React 19 and unit-react18 under React 18 (vitest.config.ts): this
// proves each really gets the version it names, and one copy of React with a matching react-dom.
it('runs under the React major its project names, with a matching react-dom', () => {
  expect(version.split('.')[0]).toBe(process.env.PROBLEMKIT_REACT_MAJOR);
  expect(domVersion).toBe(version);
});
