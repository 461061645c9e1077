// The graph, from schema.graphql: which object leads to which, and through which fields;
// drawn as Mermaid flowcharts (for scripts/diagrams.ts).
import { getNamedType, isInterfaceType, isObjectType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

/** A connection's item type (`AthleteConnection` → Athlete), else the type itself. */
function itemType(type: GraphQLNamedType, schema: GraphQLSchema): GraphQLNamedType {
  if (isObjectType(type) && /Connection$/.test(type.name)) {
    const nodes = type.getFields().nodes ?? type.getFields().edges;
    if (nodes) {
      const inner = getNamedType(nodes.type);
      if (isObjectType(inner) && /Edge$/.test(inner.name) && inner.getFields().node) return getNamedType(inner.getFields().node.type);
      return inner;
    }
  }
  return schema.getType(type.name) ?? type;
}

const isPlumbing = (name: string) => /(Connection|Edge)$/.test(name) || name === 'PageInfo' || name.startsWith('__');

export interface GraphLink {
  from: string;
  to: string;
  fields: string[];
}

/**
 * Links between object types through their fields, connections seen through to their items.
 * Kept: the types that are nodes (have a global id) and those that lead somewhere (a
 * head-to-head, a medal table); value types that lead nowhere (Mark, Margin) are left out.
 */
export function graphLinks(schema: GraphQLSchema): { types: string[]; links: GraphLink[]; nodes: Set<string> } {
  const nodeInterface = schema.getType('Node');
  const objects = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !isPlumbing(t.name));
  const isNode = (t: GraphQLObjectType) => isInterfaceType(nodeInterface) && t.getInterfaces().includes(nodeInterface);
  const raw = new Map<string, GraphLink>();
  for (const type of objects) {
    for (const field of Object.values(type.getFields())) {
      const target = itemType(getNamedType(field.type), schema);
      if (!isObjectType(target) || isPlumbing(target.name) || target.name === type.name) continue;
      const key = `${type.name}>${target.name}`;
      const link = raw.get(key) ?? { from: type.name, to: target.name, fields: [] };
      link.fields.push(field.name);
      raw.set(key, link);
    }
  }
  const leadsSomewhere = new Set([...raw.values()].filter((l) => l.from !== 'Query').map((l) => l.from));
  const kept = new Set(objects.filter((t) => t.name === 'Query' || isNode(t) || leadsSomewhere.has(t.name)).map((t) => t.name));
  const links = [...raw.values()].filter((l) => kept.has(l.from) && kept.has(l.to));
  const used = new Set(links.flatMap((l) => [l.from, l.to]));
  return {
    types: [...kept].filter((t) => used.has(t)).sort(),
    links: links.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    nodes: new Set(objects.filter(isNode).map((t) => t.name)),
  };
}

const label = (fields: string[]) => `"${[...fields].sort().join(', ')}"`;

/**
 * The objects that have a global id and how each leads to the others. A pair linked both
 * ways (Athlete.performances, Performance.athlete) is one two-way line labelled
 * "forward / back", forward being the field of the type on the line's left.
 */
export function objectsFlowchart(schema: GraphQLSchema): string {
  const { links, nodes } = graphLinks(schema);
  const core = links.filter((l) => nodes.has(l.from) && nodes.has(l.to));
  const key = (from: string, to: string) => `${from}>${to}`;
  const byKey = new Map(core.map((l) => [key(l.from, l.to), l]));
  const out = ['flowchart TB'];
  for (const type of [...new Set(core.flatMap((l) => [l.from, l.to]))].sort()) out.push(`  ${type}["${type}"]`);
  const done = new Set<string>();
  for (const link of core) {
    if (done.has(key(link.from, link.to))) continue;
    const back = byKey.get(key(link.to, link.from));
    done.add(key(link.from, link.to));
    if (back) {
      done.add(key(back.from, back.to));
      out.push(`  ${link.from} <-->|"${[...link.fields].sort().join(', ')} / ${[...back.fields].sort().join(', ')}"| ${link.to}`);
    } else {
      out.push(`  ${link.from} -->|${label(link.fields)}| ${link.to}`);
    }
  }
  out.push('  classDef entity fill:#e8f0fb,stroke:#14365d;');
  out.push(`  class ${[...new Set(core.flatMap((l) => [l.from, l.to]))].sort().join(',')} entity;`);
  return out.join('\n');
}

/**
 * The computed views (a head-to-head, a medal table, a top list...): where they are asked
 * from (a root field or an object's field) and what they lead to.
 */
export function viewsFlowchart(schema: GraphQLSchema): string {
  const { links, nodes } = graphLinks(schema);
  const isView = (t: string) => t !== 'Query' && !nodes.has(t);
  const shown = links.filter((l) => isView(l.from) || isView(l.to));
  const types = [...new Set(shown.flatMap((l) => [l.from, l.to]))].sort();
  const out = ['flowchart LR'];
  for (const type of types) out.push(`  ${type}${type === 'Query' ? '(["Query"])' : isView(type) ? `(["${type}"])` : `["${type}"]`}`);
  for (const link of shown) out.push(`  ${link.from} -->|${label(link.fields)}| ${link.to}`);
  out.push('  classDef entity fill:#e8f0fb,stroke:#14365d;');
  out.push('  classDef view fill:#fff6e0,stroke:#b7791f;');
  const entities = types.filter((t) => nodes.has(t));
  const views = types.filter(isView);
  if (entities.length) out.push(`  class ${entities.join(',')} entity;`);
  if (views.length) out.push(`  class ${views.join(',')} view;`);
  return out.join('\n');
}

/** Root fields, by the type they lead to: where each walk starts. */
export function entryPoints(schema: GraphQLSchema): Array<[string, string[]]> {
  const query = schema.getQueryType();
  if (!query) return [];
  const byType = new Map<string, string[]>();
  for (const field of Object.values(query.getFields())) {
    const target = itemType(getNamedType(field.type), schema).name;
    byType.set(target, [...(byType.get(target) ?? []), field.name]);
  }
  return [...byType.entries()].sort(([a], [b]) => a.localeCompare(b));
}
