import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorText } from './utils/errors';

/**
 * Hooks the React tree plugs in once mounted (navigation and antd `message` are only
 * reachable from inside the tree; the link is created before it).
 */
export interface ApolloUiHandlers {
  onUnauthenticated: (message: string) => void;
  /** The session's password must change first (PASSWORD_EXPIRED): re-read `me`. */
  onPasswordExpired: () => void;
  onError: (message: string) => void;
}

const handlers: ApolloUiHandlers = {
  onUnauthenticated: () => {
    if (window.location.pathname !== '/login') window.location.assign('/login');
  },
  onPasswordExpired: () => undefined,
  onError: (msg) => console.error(msg),
};

export function setApolloUiHandlers(next: Partial<ApolloUiHandlers>): void {
  Object.assign(handlers, next);
}

/** Pass `context: SILENT` on an operation whose errors the component shows itself. */
export const SILENT = { silentErrors: true } as const;

const errorLink = new ErrorLink(({ error, operation }) => {
  const silent = operation.getContext().silentErrors === true;
  if (CombinedGraphQLErrors.is(error)) {
    const unauth = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauth) {
      handlers.onUnauthenticated(unauth.message);
      return;
    }
    if (error.errors.some((e) => e.extensions?.code === 'PASSWORD_EXPIRED')) {
      handlers.onPasswordExpired();
      if (operation.operationName !== 'ChangePassword') return;
    }
  }
  if (!silent) handlers.onError(errorText(error));
});

// Make `error.message` the server's Chinese text rather than Apollo's English wrapper.
CombinedGraphQLErrors.formatMessage = (errors) => errors.map((e) => e.message).join('；');

const REPLACED_LISTS = [
  'areaChildren',
  'areas',
  'departments',
  'users',
  'roles',
  'mySessions',
  'userSessions',
  'apiTokens',
  'auditLogs',
  'auditActions',
  'households',
];

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([errorLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Lists and pages are re-read from the server after changes; a fresh result simply
        // replaces the cached one (no merging, no "cache data may be lost" warnings).
        Query: { fields: Object.fromEntries(REPLACED_LISTS.map((f) => [f, { merge: false }])) },
        Area: { keyFields: ['code'] },
        RoleInfo: { keyFields: ['code'] },
        PermissionInfo: { keyFields: ['code'] },
      },
    }),
  });
}
