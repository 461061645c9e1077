interface ImportMetaEnv {
  /** The GraphQL endpoint the page calls; default: /graphql on the page's own origin. */
  readonly VITE_GRAPHQL_URL?: string;
}
