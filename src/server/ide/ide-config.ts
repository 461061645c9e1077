// Shared between the server (ide.router.ts) and the browser bundle (client/main.ts):
// the page embeds this object as JSON in <script type="application/json" id=…>.

export const IDE_CONFIG_ELEMENT_ID = 'ide-config';
export const IDE_ROOT_ELEMENT_ID = 'graphiql';

export interface IdeTab {
  query: string;
  variables?: string;
}

export interface IdeClientConfig {
  /** Path (or absolute URL) of the GraphQL endpoint the fetcher POSTs to. */
  endpoint: string;
  /** Tabs shown on first visit (GraphiQL ignores them once it has tabs in localStorage). */
  defaultTabs?: IdeTab[];
}
