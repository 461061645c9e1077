// Browser entry of the GraphiQL bundle; built by scripts/build-ide.mjs into dist/ide/.
// No JSX: the project's tsconfig (which also type-checks this file) has no `jsx` option.
import 'graphiql/style.css'; // GraphiQL + Monaco CSS, fonts inlined as data: URLs
import './page.css';
import './setup-workers.mjs';

import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { DOC_EXPLORER_PLUGIN } from '@graphiql/plugin-doc-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

import { IDE_CONFIG_ELEMENT_ID, IDE_ROOT_ELEMENT_ID, type IdeClientConfig } from '../ide-config';

function readConfig(): IdeClientConfig {
  const text = document.getElementById(IDE_CONFIG_ELEMENT_ID)?.textContent;
  const config: Partial<IdeClientConfig> = text ? JSON.parse(text) : {};
  return { endpoint: config.endpoint || window.location.pathname, defaultTabs: config.defaultTabs };
}

const config = readConfig();
const fetcher = createGraphiQLFetcher({
  // Same origin: the fetcher POSTs JSON (content-type: application/json), which
  // Apollo Server's CSRF prevention accepts.
  url: new URL(config.endpoint, window.location.href).toString(),
});

/**
 * @graphiql/react 0.39 fills the first tab's operation editor from defaultTabs[0] but
 * leaves its variables editor empty (it only reads the `initialVariables` prop there).
 * So on a first visit (no tabs saved by GraphiQL yet) pass the first tab's variables as
 * initialVariables; once tabs are saved, GraphiQL ignores defaultTabs altogether, and
 * passing initialVariables would then make it open an extra tab.
 */
function firstTabVariables(tabs: IdeClientConfig['defaultTabs']): string | undefined {
  const variables = tabs?.[0]?.variables;
  if (!variables) return undefined;
  try {
    return window.localStorage.getItem('graphiql:tabState') === null ? variables : undefined;
  } catch {
    return variables; // storage unavailable: nothing saved either
  }
}

const container = document.getElementById(IDE_ROOT_ELEMENT_ID);
if (!container) throw new Error(`#${IDE_ROOT_ELEMENT_ID} is missing from the page`);

createRoot(container).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: config.defaultTabs,
    initialVariables: firstTabVariables(config.defaultTabs),
    plugins: [HISTORY_PLUGIN],
    referencePlugin: DOC_EXPLORER_PLUGIN,
  }),
);
