'use client';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useProblem } from '../react/useProblem.js';
import { useProblemContext } from '../react/useProblemContext.js';
import { classNames } from './classNames.js';
import { copyText } from './copyText.js';
import { useGivenProblem } from './useGivenProblem.js';

/** Where copying stands: not tried yet (or a while ago), copied, or failed (the reference is then selected). */
export type TraceIdCopyState = 'idle' | 'copied' | 'failed';

/**
 * What `TraceId`'s `children` function receives.
 *
 * @example
 * ```tsx
 * <TraceId>{({ traceId, copy }: TraceIdRenderProps) => <button type="button" onClick={copy}>{traceId}</button>}</TraceId>
 * ```
 */
export interface TraceIdRenderProps {
  /** The trace id, as the server sent it. */
  readonly traceId: string;
  /** Copy progress, for your own confirmation. */
  readonly state: TraceIdCopyState;
  /** Copies the trace id (Clipboard API, else the `execCommand` fallback). */
  readonly copy: () => void;
}

/**
 * Props of `TraceId`. The id comes from `traceId`, else from `problem`/`error`, else from the nearest
 * `ProblemScope`'s problem.
 *
 * @example
 * ```tsx
 * const props: TraceIdProps = { problem, hint: false };
 * ```
 */
export interface TraceIdProps {
  /** The id to show, when you have it yourself (e.g. from your own tracing). */
  readonly traceId?: string;
  /** An `ApiProblem`, or anything `asProblem` accepts; its `traceId` is shown. */
  readonly problem?: unknown;
  /** Like `problem`. */
  readonly error?: unknown;
  /** Whether to say what the reference is for ("If you contact support, give them this reference."). Default `true`. */
  readonly hint?: boolean;
  /** Added to the default class `problemkit-TraceId`. */
  readonly className?: string;
  /** Your own content inside the element, instead of the default label, value, button and confirmation. */
  readonly children?: (props: TraceIdRenderProps) => ReactNode;
}

/** How long "Copied" stays before the button is back to its resting state, so a second copy is announced again. */
const copiedForMs = 5000;

function selectContents(element: HTMLElement | null): void {
  if (element === null || typeof window === 'undefined' || typeof window.getSelection !== 'function') return;
  const selection = window.getSelection();
  if (selection === null || typeof document.createRange !== 'function') return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * The trace id of a failed request, labelled "Reference", with a button that copies it and a polite "Copied"
 * confirmation, so a person can quote it to support (users of every anchor asked for this: a copyable request id
 * on each failure, hidden when absent; research/anchors.md §10). Renders nothing when there is no trace id. The
 * value is marked `translate="no"`, so page translation leaves it intact. Copying uses the Clipboard API, falls
 * back to `execCommand('copy')`, and when both fail it selects the id on screen and says so.
 *
 * @example
 * ```tsx
 * <TraceId problem={problem} />
 * // <p class="problemkit-TraceId" data-state="idle">If you contact support, give them this reference.
 * //   Reference <code>0HMVFE0A6N9VS:00000001</code> <button>Copy reference</button> <span role="status"></span></p>
 * ```
 */
export function TraceId(props: TraceIdProps): ReactNode {
  const { translator, clock } = useProblemContext();
  const given = useGivenProblem(props.problem, props.error);
  const scoped = useProblem();
  const problem = given.given ? given.problem : scoped;
  const explicit = typeof props.traceId === 'string' ? props.traceId.trim() : '';
  const fromProblem = typeof problem?.traceId === 'string' ? problem.traceId.trim() : '';
  const traceId = explicit !== '' ? explicit : fromProblem;

  // The state belongs to one id: a new id starts idle, without an effect.
  const [copy, setCopy] = useState<{ readonly traceId: string; readonly state: TraceIdCopyState }>({
    traceId,
    state: 'idle',
  });
  const state: TraceIdCopyState = copy.traceId === traceId ? copy.state : 'idle';
  const valueRef = useRef<HTMLElement>(null);

  const copyId = useCallback(() => {
    if (traceId === '') return;
    void copyText(traceId).then((copied) => {
      if (!copied) selectContents(valueRef.current);
      setCopy({ traceId, state: copied ? 'copied' : 'failed' });
    });
  }, [traceId]);

  useEffect(() => {
    if (state !== 'copied') return undefined;
    const handle = clock.setTimeout(() => setCopy({ traceId, state: 'idle' }), copiedForMs);
    return () => clock.clearTimeout(handle);
  }, [state, traceId, clock]);

  if (traceId === '') return null;

  const { t } = translator;
  const confirmation = state === 'copied' ? t('server.copied') : state === 'failed' ? t('server.copyFailed') : '';
  return (
    <p className={classNames('problemkit-TraceId', props.className)} data-state={state}>
      {typeof props.children === 'function' ? (
        props.children({ traceId, state, copy: copyId })
      ) : (
        <>
          {props.hint === false ? null : <span className="problemkit-TraceId-hint">{t('server.referenceHint')} </span>}
          <span className="problemkit-TraceId-label">{t('server.reference')}</span>{' '}
          <code className="problemkit-TraceId-value" translate="no" ref={valueRef}>
            {traceId}
          </code>{' '}
          <button type="button" className="problemkit-action problemkit-TraceId-copy" onClick={copyId}>
            {t('server.copy')}
          </button>{' '}
          {/* Present (empty) from the first render: a live region announces changes, not its own arrival. */}
          <span className="problemkit-TraceId-status" role="status">
            {confirmation}
          </span>
        </>
      )}
    </p>
  );
}
