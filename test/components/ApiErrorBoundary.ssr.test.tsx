// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiErrorBoundary } from '../../src/components/ApiErrorBoundary.js';

describe('server rendering of ApiErrorBoundary', () => {
  it('renders its children and nothing of its own', () => {
    expect(typeof window).toBe('undefined');
    expect(
      renderToString(
        <ApiErrorBoundary>
          <p>3 orders</p>
        </ApiErrorBoundary>,
      ),
    ).toBe('<p>3 orders</p>');
  });
});
