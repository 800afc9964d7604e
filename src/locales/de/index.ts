// Entry `problemkit/locales/de`: the German catalog, kept out of the root entry so that an app pays only for the
// languages it passes in: `<ProblemProvider locale="de" catalogs={{ de: deMessages }}>`.
export { deMessages } from '../../core/messages/deMessages.js';
