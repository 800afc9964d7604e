'use client';
import { type FocusEvent, type MouseEvent, type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import { fieldPath } from '../core/fieldPath.js';
import type { Translator } from '../core/messages/createTranslator.js';
import { findFieldControls } from '../react/findFieldControls.js';
import { useFieldElementIds } from '../react/useFieldElementIds.js';
import { useMessages } from '../react/useMessages.js';
import { useProblem } from '../react/useProblem.js';
import { useSummaryFocus } from '../react/useSummaryFocus.js';
import { carriedProblem } from './carriedProblem.js';
import { classNames } from './classNames.js';
import type { HeadingLevel } from './HeadingLevel.js';
import { headingTag } from './headingTag.js';

/**
 * One line of the error summary.
 *
 * @example
 * ```ts
 * const item: ErrorSummaryItem = { field: 'companyName', text: 'Enter a company name', href: '#companyName' };
 * ```
 */
export interface ErrorSummaryItem {
  /** The server's key for the field (its own spelling), or `undefined` for a message about the whole form. */
  readonly field: string | undefined;
  /** The message, worded exactly as the field's inline `FieldError` shows it. */
  readonly text: string;
  /** The link target (`#` + the field's element id, else `#` + the server's key); `undefined` for form messages. */
  readonly href: string | undefined;
}

/**
 * What `ErrorSummary`'s `children` function receives.
 *
 * @example
 * ```tsx
 * const describe = ({ items }: ErrorSummaryRenderState) => <p>{items.length} answers need changing.</p>;
 * ```
 */
export interface ErrorSummaryRenderState {
  readonly problem: ApiProblem;
  readonly items: readonly ErrorSummaryItem[];
}

/**
 * Props of `ErrorSummary`.
 *
 * @example
 * ```tsx
 * const props: ErrorSummaryProps = { documentTitle: true, headingLevel: 2 };
 * ```
 */
export interface ErrorSummaryProps {
  /** The problem to summarise instead of the nearest `ProblemScope`'s. */
  readonly problem?: ApiProblem | null;
  /**
   * An `ApiError` (what `apiFetch` rejects with, e.g. a mutation's `error`) instead of `problem`; `null` for none.
   * Anything else shows nothing, as with `FieldError`, whose messages the summary repeats: another HTTP client's
   * error carries its field messages in a body only `asProblem` can read, so give it to a `ProblemScope` (which
   * reads anything with `asProblem`) or pass `problem={asProblem(error)}`. This keeps the body parsers out of a
   * bundle that imports only `ErrorSummary`.
   */
  readonly error?: unknown;
  /** Added after the default class `problemkit-ErrorSummary`. */
  readonly className?: string;
  /** The heading's level. GOV.UK uses an `<h2>` above the page's `<h1>`. Default `2`. */
  readonly headingLevel?: HeadingLevel;
  /**
   * Do not move focus to the summary when a new problem arrives (GOV.UK's `disableAutoFocus`). Focus moves by
   * default, once per new problem, so keyboard and screen-reader users land on the list of what to fix.
   * Default `false`.
   */
  readonly disableAutoFocus?: boolean;
  /**
   * Prefix `document.title` with "Error: " (localized) while the summary is shown, as GOV.UK asks, and restore it
   * afterwards. Use it on one summary per page. Default `false`.
   */
  readonly documentTitle?: boolean;
  /**
   * Shown between the heading and the list (GOV.UK's optional description), as a node or a function of the
   * problem and the items. Default: nothing.
   */
  readonly children?: ReactNode | ((state: ErrorSummaryRenderState) => ReactNode);
}

/**
 * The GOV.UK error summary (research/anchors.md §5) for a failed submit: a "There is a problem" heading and one
 * link per field message, in the server's order and worded exactly like the field's inline `FieldError`, after
 * the messages that concern the whole form (not links). `role="alert"` sits on an inner element, not the root
 * (GOV.UK moved it there because JAWS read only part of the summary). Focus moves to the summary once per new
 * problem (it gets `tabindex="-1"` while focused; `disableAutoFocus` opts out), not again on re-renders or
 * remounts. A link scrolls the field's `<label>` (or its fieldset's `<legend>`, for radios, checkboxes and
 * fields near the top of a group) into view first and then focuses the field without scrolling again, so the
 * question is visible and screen readers announce its label; the field is found through the scope's registry
 * of field ids (`useFieldProps`), else by its `name` in the nearest form. `documentTitle` prefixes the page title
 * with "Error: " while shown.
 *
 * It renders nothing without something to fix: it shows for any problem with field errors, for `validation`
 * problems (a 422 with no field messages lists its detail or title), and for `bad-request` problems with
 * form-level messages. Other kinds (server errors, conflicts, rate limits …) are not the person's answers to fix,
 * so GOV.UK's rule "do not use error messages for service problems" applies: `ProblemNotice` shows those.
 * The list is fixed for the problem it was built from: editing a field clears that field's inline message but
 * not its summary line, like GOV.UK's server-rendered summary, until the next submit.
 *
 * @example
 * ```tsx
 * <ProblemScope error={save.error}>
 *   <ErrorSummary documentTitle />
 *   <form onSubmit={submit} noValidate>
 *     <label htmlFor="companyName">Company name</label>
 *     <input {...useFieldProps('companyName', { id: 'companyName' })} />
 *     <FieldError name="companyName" />
 *   </form>
 * </ProblemScope>
 * ```
 */
export function ErrorSummary({
  problem: problemProp,
  error,
  className,
  headingLevel = 2,
  disableAutoFocus = false,
  documentTitle = false,
  children,
}: ErrorSummaryProps): ReactNode {
  // The first of `problem` and `error` that is not null/undefined, as ProblemScope reads them; passing either
  // (even `null`) means the scope is not read.
  const given = problemProp !== undefined || error !== undefined;
  const scoped = useProblem();
  const problem = given ? carriedProblem(problemProp ?? error) : scoped;
  const translator = useMessages();
  const ids = useFieldElementIds();
  const rootRef = useRef<HTMLDivElement>(null);
  const takeFocus = useSummaryFocus();

  const items = useMemo(() => problem && summaryItems(problem, ids, translator), [problem, ids, translator]);
  const shown = problem !== undefined && items !== undefined;

  useEffect(() => {
    const root = rootRef.current;
    if (!shown || disableAutoFocus || root === null || !takeFocus(problem)) return;
    // GOV.UK's error-summary.mjs: tabindex -1 so the box can take focus, removed again on blur (see onBlur).
    root.setAttribute('tabindex', '-1');
    root.focus();
  }, [shown, problem, disableAutoFocus, takeFocus]);

  useEffect(() => {
    if (!documentTitle || !shown || typeof document === 'undefined') return;
    const original = document.title;
    const titled = translator.errorDocumentTitle(original);
    document.title = titled;
    return () => {
      // Restore only what we set: if the app changed the title meanwhile (a route change), keep the app's.
      if (document.title === titled) document.title = original;
    };
  }, [documentTitle, shown, translator]);

  const onBlur = useCallback((event: FocusEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget) event.currentTarget.removeAttribute('tabindex');
  }, []);

  // One handler for every link (no closure per item: a summary can list a thousand fields).
  const onLinkClick = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      // Leave modified clicks (new tab, new window) to the browser.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const key = event.currentTarget.getAttribute('data-field');
      const field = key === null ? undefined : findField(event.currentTarget, key, ids);
      // No field found: the browser follows the href (the app may have given some element that id).
      if (field === undefined) return;
      event.preventDefault();
      // GOV.UK `focusTarget`: scroll the question into view first, then focus the field without a second scroll.
      const target = legendOrLabel(field) ?? field;
      // jsdom and very old browsers have no scrollIntoView.
      if (typeof target.scrollIntoView === 'function') target.scrollIntoView();
      field.focus({ preventScroll: true });
    },
    [ids],
  );

  if (!shown) return null;

  const Heading = headingTag(headingLevel);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: onBlur only undoes the programmatic focus GOV.UK gives the box
    <div
      ref={rootRef}
      className={classNames('problemkit-ErrorSummary', className)}
      data-kind={problem.kind}
      onBlur={onBlur}
    >
      <div role="alert">
        <Heading className="problemkit-ErrorSummary-title">{translator.t('errorSummary.heading')}</Heading>
        {typeof children === 'function' ? children({ problem, items }) : children}
        <ul className="problemkit-ErrorSummary-list">
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt per problem; messages may repeat
            <li key={index}>
              {item.href === undefined ? (
                item.text
              ) : (
                <a href={item.href} data-field={item.field} onClick={onLinkClick}>
                  {item.text}
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

// --- private helpers -------------------------------------------------------------------------------------------

/** The summary's lines for a problem, or `undefined` when there is nothing for the person to fix. */
function summaryItems(
  problem: ApiProblem,
  ids: ReadonlyMap<string, string>,
  translator: Translator,
): ErrorSummaryItem[] | undefined {
  try {
    const items: ErrorSummaryItem[] = [];
    for (const message of problem.formErrors) {
      if (typeof message === 'string' && message !== '')
        items.push({ field: undefined, text: message, href: undefined });
    }
    let links = 0;
    for (const [key, messages] of problem.fieldErrors) {
      if (!Array.isArray(messages)) continue;
      const canonical = fieldPath(key);
      // A key for the whole document (`$`, `#`, `/`) names no field: its messages are form-level.
      const href = canonical === '' ? undefined : `#${ids.get(canonical) ?? key}`;
      for (const message of messages) {
        if (typeof message !== 'string' || message === '') continue;
        items.push({ field: href && key, text: message, href });
        if (href !== undefined) links += 1;
      }
    }
    if (links > 0) return items;
    if (problem.kind === 'validation') {
      // A validation failure that named nothing to fix still gets a summary (GOV.UK: always show one on a
      // validation error), with the server's explanation, else the title in the person's language.
      if (items.length === 0) {
        const detail = typeof problem.detail === 'string' && problem.detail.trim() !== '' ? problem.detail : undefined;
        items.push({ field: undefined, text: detail ?? translator.titleFor(problem), href: undefined });
      }
      return items;
    }
    return problem.kind === 'bad-request' && items.length > 0 ? items : undefined;
  } catch {
    // Only a hostile problem object (throwing getters) gets here: show nothing rather than break the page.
    return undefined;
  }
}

/**
 * The control for a summary line: the element the scope registered for the field (`useFieldProps`), else a
 * control whose `name` is the field in any notation (`items[0].sku` ≡ `Items.0.Sku`) in the summary's own form,
 * else anywhere on the page (summaries usually sit above the form), else an element whose id is the key.
 */
function findField(link: Element, key: string, ids: ReadonlyMap<string, string>): HTMLElement | undefined {
  const document = link.ownerDocument;
  const registered = ids.get(fieldPath(key));
  const field =
    (registered === undefined ? null : document.getElementById(registered)) ??
    findFieldControls(link.closest('form') ?? document, [key])[0]?.[1] ??
    document.getElementById(key);
  return field instanceof HTMLElement ? field : undefined;
}

/**
 * GOV.UK's error-summary.mjs `getAssociatedLegendOrLabel`: a fieldset's legend for radios and checkboxes, or for
 * a field that would still be in the top half of the viewport with the legend scrolled to the top; else the
 * field's own label.
 */
function legendOrLabel(field: HTMLElement): HTMLElement | undefined {
  const legend = field.closest('fieldset')?.getElementsByTagName('legend')[0];
  if (legend !== undefined) {
    const type = field.getAttribute('type');
    if (field instanceof HTMLInputElement && (type === 'checkbox' || type === 'radio')) return legend;
    const view = field.ownerDocument.defaultView;
    const fieldRect = field.getBoundingClientRect();
    if (
      fieldRect.height > 0 &&
      view !== null &&
      view.innerHeight > 0 &&
      fieldRect.top + fieldRect.height - legend.getBoundingClientRect().top < view.innerHeight / 2
    ) {
      return legend;
    }
  }
  return (field as HTMLInputElement).labels?.[0] ?? field.closest('label') ?? undefined;
}
