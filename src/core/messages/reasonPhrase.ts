// HTTP reason phrases (RFC 9110 §15 and the IANA status code registry), plus the few that
// frameworks are known to send as a problem `title` in place of a real one.
const phrases: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  511: 'Network Authentication Required',
};

/** Built on first use (nothing runs at import): every phrase and framework default, lower-case. */
let generic: ReadonlySet<string> | undefined;
/**
 * The standard reason phrase of an HTTP status ("Not Found"), or `undefined` for a status without
 * one. Used in developer hints, never shown to the person.
 *
 * @example
 * ```ts
 * reasonPhrase(415); // 'Unsupported Media Type'
 * ```
 */
export function reasonPhrase(status: number): string | undefined {
  return phrases[status];
}

/**
 * Whether a title is only a status's reason phrase or a framework's default ("Not Found",
 * "One or more validation errors occurred."), which says less than the catalog title and is
 * English whatever the person's language. Case, surrounding space and a final full stop are ignored.
 *
 * @example
 * ```ts
 * isReasonPhrase('Not Found');             // true
 * isReasonPhrase('Connection 123 missing'); // false
 * ```
 */
export function isReasonPhrase(title: unknown): boolean {
  generic ??= new Set(
    [
      ...Object.values(phrases),
      // Older names of the same statuses (RFC 7231/4918), still what many servers send.
      'Payload Too Large',
      'Request Entity Too Large',
      'Unprocessable Entity',
      'Requested Range Not Satisfiable',
      'Error',
      // ASP.NET Core's default titles (ValidationProblemDetails, the developer exception handler).
      'One or more validation errors occurred',
      'An error occurred while processing your request',
    ].map((phrase) => phrase.toLowerCase()),
  );
  return typeof title === 'string' && generic.has(title.trim().replace(/\.$/, '').toLowerCase());
}
