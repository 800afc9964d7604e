import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticeFrame } from '../../src/components/NoticeFrame.js';

describe('NoticeFrame', () => {
  it('renders a region labelled by its heading, the message in one alert, extras and actions after it', () => {
    render(
      <NoticeFrame
        baseClass="problemkit-Demo"
        className="mine"
        kind="conflict"
        state="shown"
        headingLevel={3}
        title="Your change could not be saved"
        details={['Someone else changed it.', '<b>bold</b>']}
        body="Reload to see the latest version."
        extra={<p>Extra</p>}
        actions={<button type="button">Reload</button>}
      />,
    );
    const region = screen.getByRole('region', { name: 'Your change could not be saved' });
    expect(region).toHaveClass('problemkit-Demo', 'mine');
    expect(region).toHaveAttribute('data-kind', 'conflict');
    expect(region).toHaveAttribute('data-state', 'shown');
    expect(region).toHaveAttribute('tabindex', '-1');
    const alert = within(region).getByRole('alert');
    expect(alert).toHaveClass('problemkit-Demo-message');
    expect(within(alert).getByRole('heading', { level: 3 })).toHaveClass('problemkit-Demo-title');
    expect([...alert.querySelectorAll('.problemkit-Demo-detail')].map((p) => p.textContent)).toEqual([
      'Someone else changed it.',
      '<b>bold</b>',
    ]);
    expect(alert.querySelector('b')).toBeNull();
    expect(alert.querySelector('.problemkit-Demo-text')).toHaveTextContent('Reload to see the latest version.');
    expect(alert).not.toHaveTextContent('Extra');
    expect(region.querySelector('.problemkit-Demo-actions')).toContainElement(screen.getByRole('button'));
  });

  it('leaves out what it is not given', () => {
    render(<NoticeFrame baseClass="problemkit-Demo" kind="timeout" title="Too slow" announce="off" />);
    const region = screen.getByRole('region', { name: 'Too slow' });
    expect(region.querySelector('p, .problemkit-Demo-actions')).toBeNull();
    expect(region).not.toHaveAttribute('data-state');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes focus when it appears if asked, or if focus had fallen to the body', () => {
    const view = render(<NoticeFrame baseClass="problemkit-Demo" kind="server" title="Always" focus="always" />);
    expect(screen.getByRole('region', { name: 'Always' })).toHaveFocus();
    view.unmount();

    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    render(<NoticeFrame baseClass="problemkit-Demo" kind="server" title="Kept" focus="if-lost" />);
    expect(input).toHaveFocus();
    input.remove();
    render(<NoticeFrame baseClass="problemkit-Demo" kind="server" title="Lost" focus="if-lost" />);
    expect(screen.getByRole('region', { name: 'Lost' })).toHaveFocus();
  });
});
