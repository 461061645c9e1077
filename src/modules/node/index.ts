import { NodeResolver } from './node.resolver';

/** The node(id:) and nodes(ids:) queries, for the schema's list. */
export const nodeResolvers = [NodeResolver] as const;
