'use client';
import {
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { ApiProblem } from '../core/ApiProblem.js';
import type { UnavailableCondition } from '../core/conditions/ConditionsSnapshot.js';
import { serviceBackAt } from '../core/conditions/serviceBackAt.js';
import { type Maintenance, useMaintenance } from '../react/useMaintenance.js';
import { useProblemContext } from '../react/useProblemContext.js';
import { catalogTitle } from './catalogTitle.js';
import { classNames } from './classNames.js';
import type { HeadingLevel } from './HeadingLevel.js';
import { headingTag } from './headingTag.js';
import { MaintenanceTime } from './MaintenanceTime.js';
import { type GivenProblem, useGivenProblem } from './useGivenProblem.js';

/** What the banner shows: the outage, or the short "available again" news after it cleared. */
export type MaintenanceBannerState = 'unavailable' | 'back';

/**
 * What `MaintenanceBanner`'s `children` function receives.
 *
 * @example
 * ```tsx
 * <MaintenanceBanner>
 *   {({ state, headingId, backAt }: MaintenanceBannerRenderProps) =>
 *     state === 'unavailable' ? <h2 id={headingId}>Down until {String(backAt)}</h2> : null}
 * </MaintenanceBanner>
 * ```
 */
export interface MaintenanceBannerRenderProps {
  readonly state: MaintenanceBannerState;
  /** Epoch ms when the service should be back, when the server said. */
  readonly backAt: number | undefined;
  /** The latest unavailable problem (`undefined` in the `back` state). */
  readonly problem: ApiProblem | undefined;
  /** Hides the banner (it returns with the next unavailable report). */
  readonly dismiss: () => void;
  /** Give your heading this id: the banner's region is labelled by it. */
  readonly headingId: string;
}

/**
 * Props of `MaintenanceBanner`. Without `problem`/`error` the banner follows the provider's global conditions.
 *
 * @example
 * ```tsx
 * const props: MaintenanceBannerProps = { headingLevel: 2, countdownMs: 5 * 60_000 };
 * ```
 */
export interface MaintenanceBannerProps {
  /**
   * An unavailable problem to show instead of the provider's condition (anything `asProblem` accepts; other kinds
   * and `null` show nothing). The banner then shows it until it changes: the provider's probe does not clear it.
   */
  readonly problem?: unknown;
  /** Like `problem`. */
  readonly error?: unknown;
  /** The heading's level. Default 2. */
  readonly headingLevel?: HeadingLevel;
  /** Whether the person can hide it (a button, and Escape while focus is inside). Default `true`. */
  readonly dismissible?: boolean;
  /** Called after the person hid the banner. */
  readonly onDismiss?: () => void;
  /** From how long before the time it should be back a live `m:ss` countdown replaces the time. Default 10 minutes. */
  readonly countdownMs?: number;
  /**
   * How long "The service is available again." shows after the outage cleared by itself (the probe or any request
   * succeeded). `0` removes the banner at once, without saying so. Default 5 seconds.
   */
  readonly backNoticeMs?: number;
  /** Added to the default class `problemkit-MaintenanceBanner`. */
  readonly className?: string;
  /** Your own content inside the region (the polite announcement stays the banner's). */
  readonly children?: (props: MaintenanceBannerRenderProps) => ReactNode;
}

const defaultBackNoticeMs = 5000;

/**
 * The service-unavailable banner: it appears when any request under the provider gets a 503 (no per-query code),
 * says when the service should be back in the person's language (the day, date and time, "in 45 minutes", or a
 * live countdown in the last minutes), and never blames the person (GOV.UK's service-unavailable content rules;
 * research/anchors.md §5). It is a region labelled by its heading (GOV.UK notification banner) and announces
 * itself politely when it appears, without taking focus (Polaris, Primer; §6). The person can hide it with its
 * button or Escape (focus then returns to where it was before it entered the banner); it returns with the next
 * 503, and clears itself when the provider's probe (or any request) succeeds, saying "The service is available
 * again." for a few seconds.
 *
 * @example
 * ```tsx
 * <ProblemProvider probe="/api/health">
 *   <MaintenanceBanner />
 *   <App />
 * </ProblemProvider>
 * ```
 */
export function MaintenanceBanner(props: MaintenanceBannerProps): ReactNode {
  // The store is read here and the view keeps its render-to-render state below, in a component of its own: React 18
  // loses a useSyncExternalStore update in a component that also sets state while rendering (facebook/react#25565,
  // fixed in 19 only), and the banner would then never clear when the service is back.
  const given = useGivenProblem(props.problem, props.error);
  const maintenance = useMaintenance();
  return <MaintenanceBannerView props={props} given={given} maintenance={maintenance} />;
}

interface MaintenanceBannerViewProps {
  readonly props: MaintenanceBannerProps;
  readonly given: GivenProblem;
  readonly maintenance: Maintenance;
}

function MaintenanceBannerView({ props, given, maintenance }: MaintenanceBannerViewProps): ReactNode {
  const { translator, clock } = useProblemContext();
  const headingId = useId();
  const backTextId = useId();
  const backNoticeMs =
    typeof props.backNoticeMs === 'number' && Number.isFinite(props.backNoticeMs) && props.backNoticeMs >= 0
      ? props.backNoticeMs
      : defaultBackNoticeMs;
  const dismissible = props.dismissible !== false;

  // An explicit problem is dismissed per problem object, here; the provider's condition through useMaintenance,
  // which every banner under the provider shares.
  const [dismissedProblem, setDismissedProblem] = useState<ApiProblem | undefined>(undefined);
  const explicit = given.given ? given.problem : undefined;
  const explicitShown = explicit !== undefined && explicit.kind === 'unavailable' && dismissedProblem !== explicit;

  // "Available again": remembered from render to render (react.dev "storing information from previous renders").
  const [lastShown, setLastShown] = useState<UnavailableCondition | undefined>(undefined);
  const [back, setBack] = useState(false);
  const visibleCondition = !given.given && maintenance.show ? maintenance.unavailable : undefined;
  if (visibleCondition !== undefined && visibleCondition !== lastShown) {
    setLastShown(visibleCondition);
    if (back) setBack(false);
  } else if (visibleCondition === undefined && lastShown !== undefined) {
    setLastShown(undefined);
    // Only an outage that ended, not one the person hid, earns the news that it is over.
    if (!given.given && maintenance.unavailable === undefined && backNoticeMs > 0) setBack(true);
  }

  const state: MaintenanceBannerState | undefined = given.given
    ? explicitShown
      ? 'unavailable'
      : undefined
    : maintenance.show
      ? 'unavailable'
      : back
        ? 'back'
        : undefined;
  const problem = given.given ? explicit : maintenance.unavailable?.problem;
  const backAt = given.given ? serviceBackAt(explicit) : maintenance.backAt;
  const title = problem === undefined ? translator.t('unavailable.title') : catalogTitle(translator, problem);

  useEffect(() => {
    if (!back) return undefined;
    const handle = clock.setTimeout(() => setBack(false), backNoticeMs);
    return () => clock.clearTimeout(handle);
  }, [back, backNoticeMs, clock]);

  // The polite announcement: empty when the region mounts, filled right after, because a live region announces
  // changes, not its own arrival. Announced when the banner appears, when the time changes and when it clears;
  // not for every further 503 while it shows, nor for the countdown's seconds.
  const [announcement, setAnnouncement] = useState('');
  if (state === undefined && announcement !== '') setAnnouncement('');
  useEffect(() => {
    if (state === 'unavailable') {
      setAnnouncement(`${title}. ${translator.backAtText(backAt, clock.now())}`);
    } else if (state === 'back') {
      setAnnouncement(translator.t('maintenance.back'));
    }
  }, [state, title, backAt, translator, clock]);

  // Where focus was before it entered the banner, to return it there when the banner goes (DWP/MOJ banners).
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) returnFocusTo.current = from;
  }, []);

  const { dismiss: dismissCondition } = maintenance;
  const { onDismiss } = props;
  const dismiss = useCallback(() => {
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    if (given.given) setDismissedProblem(explicit);
    else if (state === 'back') setBack(false);
    else dismissCondition();
    // Before the button unmounts, so focus never falls to the document body.
    if (target?.isConnected) target.focus();
    onDismiss?.();
  }, [given.given, explicit, state, dismissCondition, onDismiss]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Escape' || !dismissible || event.defaultPrevented) return;
      event.preventDefault();
      dismiss();
    },
    [dismiss, dismissible],
  );

  if (state === undefined) return null;

  const Heading = headingTag(props.headingLevel);
  const { t } = translator;
  let content: ReactNode;
  if (typeof props.children === 'function') {
    content = props.children({ state, backAt, problem: state === 'back' ? undefined : problem, dismiss, headingId });
  } else if (state === 'unavailable') {
    content = (
      <>
        <Heading id={headingId} className="problemkit-MaintenanceBanner-title">
          {title}
        </Heading>
        <p className="problemkit-MaintenanceBanner-text">
          <MaintenanceTime backAt={backAt} countdownMs={props.countdownMs} />
        </p>
      </>
    );
  } else {
    content = (
      <p id={backTextId} className="problemkit-MaintenanceBanner-text">
        {t('maintenance.back')}
      </p>
    );
  }

  return (
    <section
      className={classNames('problemkit-MaintenanceBanner', props.className)}
      data-state={state}
      aria-labelledby={state === 'back' && typeof props.children !== 'function' ? backTextId : headingId}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      {content}
      {dismissible ? (
        <button type="button" className="problemkit-action problemkit-MaintenanceBanner-dismiss" onClick={dismiss}>
          {t('maintenance.dismiss')}
        </button>
      ) : null}
      <span className="problemkit-visually-hidden" role="status">
        {announcement}
      </span>
    </section>
  );
}
