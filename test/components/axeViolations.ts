import axe from 'axe-core';

/**
 * axe-core's violations for `container`, as "rule: help (selectors)" lines, so a failing test names them.
 * Colour contrast is off: jsdom has no layout (research/toolchain.md P11); test/styles checks the palette.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
