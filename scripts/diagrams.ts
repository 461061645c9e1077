// Pictures of the project, generated so they cannot drift: a Mermaid erDiagram of the tables
// (from prisma/schema.prisma) and a Mermaid flowchart of how the graph is walked (from
// schema.graphql), written into README.md between the diagrams markers and into
// docs/data-model.md (with a table of every column). GitHub renders Mermaid.
//   npm run diagrams             # rewrite them
//   npm run diagrams -- --check  # exit 1 when README.md or docs/data-model.md is stale
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../src/db/project-root';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

const ROOT = projectRoot();
export const PATHS = {
  prisma: join(ROOT, 'prisma', 'schema.prisma'),
  graphql: join(ROOT, 'schema.graphql'),
  readme: join(ROOT, 'README.md'),
  doc: join(ROOT, 'docs', 'data-model.md'),
};
export const START = '<!-- diagrams:start -->';
export const END = '<!-- diagrams:end -->';

// ---------------------------------------------------------------------------------------
// prisma/schema.prisma: just enough of the language for models, enums and relations.

export interface PrismaField {
  name: string;
  /** The column (`@map`), else the field name. */
  column: string;
  type: string;
  list: boolean;
  optional: boolean;
  attributes: string;
  doc?: string;
  /** For a relation field holding the foreign key: its fields and the referenced ones. */
  relation?: { fields: string[]; references: string[] };
}

export interface PrismaModel {
  name: string;
  /** The table (`@@map`), else the model name. */
  table: string;
  doc?: string;
  fields: PrismaField[];
  /** Fields of the primary key (`@id` or `@@id`). */
  id: string[];
  /** Single fields that are unique on their own (`@unique`). */
  unique: string[];
}

export interface PrismaSchema {
  models: PrismaModel[];
  enums: string[];
}

const listOf = (text: string | undefined) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : []);

export function parsePrisma(source: string): PrismaSchema {
  const models: PrismaModel[] = [];
  const enums: string[] = [];
  const lines = source.split('\n');
  let doc: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const block = /^(model|enum)\s+(\w+)\s*\{/.exec(line);
    if (line.startsWith('///')) {
      doc.push(line.slice(3).trim());
      continue;
    }
    if (!block) {
      doc = [];
      continue;
    }
    const body: string[] = [];
    while (++i < lines.length && lines[i].trim() !== '}') body.push(lines[i]);
    if (block[1] === 'enum') enums.push(block[2]);
    else models.push(parseModel(block[2], body, doc.join(' ') || undefined));
    doc = [];
  }
  return { models, enums };
}

function parseModel(name: string, body: string[], doc: string | undefined): PrismaModel {
  const model: PrismaModel = { name, table: name, doc, fields: [], id: [], unique: [] };
  let fieldDoc: string[] = [];
  for (const raw of body) {
    const line = raw.trim();
    if (line.startsWith('///')) {
      fieldDoc.push(line.slice(3).trim());
      continue;
    }
    if (!line || line.startsWith('//')) continue;
    if (line.startsWith('@@')) {
      const map = /^@@map\("([^"]+)"\)/.exec(line);
      if (map) model.table = map[1];
      const id = /^@@id\(\[([^\]]*)\]/.exec(line);
      if (id) model.id = listOf(id[1]);
      continue;
    }
    const m = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, fieldName, type, list, optional, attributes] = m;
    const relation = /@relation\([^)]*fields:\s*\[([^\]]*)\][^)]*references:\s*\[([^\]]*)\]/.exec(attributes);
    model.fields.push({
      name: fieldName,
      column: /@map\("([^"]+)"\)/.exec(attributes)?.[1] ?? fieldName,
      type,
      list: Boolean(list),
      optional: Boolean(optional),
      attributes,
      doc: fieldDoc.join(' ') || undefined,
      relation: relation ? { fields: listOf(relation[1]), references: listOf(relation[2]) } : undefined,
    });
    if (/@id\b/.test(attributes)) model.id = [fieldName];
    if (/@unique\b/.test(attributes)) model.unique.push(fieldName);
    fieldDoc = [];
  }
  return model;
}

const SCALARS = new Set(['Int', 'BigInt', 'String', 'Boolean', 'DateTime', 'Decimal', 'Float', 'Json', 'Bytes']);

/** The column's type as the database has it, in one Mermaid-safe word. */
function columnType(field: PrismaField): string {
  const db = /@db\.(\w+)/.exec(field.attributes)?.[1];
  let type: string;
  if (field.type === 'DateTime') type = db === 'Date' ? 'date' : 'timestamp';
  else if (field.type === 'String') type = db === 'Char' ? 'char' : 'text';
  else if (SCALARS.has(field.type)) type = field.type.toLowerCase();
  else type = field.type; // an enum
  return field.list ? `${type}_array` : type;
}

/** Columns: every field that is not a relation (relations are the lines between tables). */
const columnsOf = (model: PrismaModel, schema: PrismaSchema) =>
  model.fields.filter((f) => SCALARS.has(f.type) || schema.enums.includes(f.type));

function foreignKeys(model: PrismaModel): Set<string> {
  return new Set(model.fields.flatMap((f) => f.relation?.fields ?? []));
}

export function erDiagram(schema: PrismaSchema): string {
  const byName = new Map(schema.models.map((m) => [m.name, m]));
  const out = ['erDiagram'];
  for (const model of schema.models) {
    for (const field of model.fields) {
      if (!field.relation) continue;
      const target = byName.get(field.type);
      if (!target) continue;
      // The other side's field back to this model says "many" or "at most one".
      const back = target.fields.find((f) => f.type === model.name && !f.relation);
      const required = field.relation.fields.every((k) => !model.fields.find((f) => f.name === k)?.optional);
      const left = required ? '||' : '|o';
      const right = back?.list === false ? 'o|' : 'o{';
      // A key that is part of the row's own primary key makes the relation identifying.
      const identifying = field.relation.fields.some((k) => model.id.includes(k));
      out.push(`  ${target.table} ${left}${identifying ? '--' : '..'}${right} ${model.table} : "${back?.name ?? field.name}"`);
    }
  }
  for (const model of schema.models) {
    const fks = foreignKeys(model);
    out.push(`  ${model.table} {`);
    for (const field of columnsOf(model, schema)) {
      const keys = [
        model.id.includes(field.name) ? 'PK' : '',
        fks.has(field.name) ? 'FK' : '',
        model.unique.includes(field.name) ? 'UK' : '',
      ].filter(Boolean);
      const comment = field.optional ? ' "null"' : '';
      out.push(`    ${columnType(field)} ${field.column}${keys.length ? ` ${keys.join(', ')}` : ''}${comment}`);
    }
    out.push('  }');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------
// schema.graphql: which object leads to which, and through which fields.

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
  const objects = Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && !isPlumbing(t.name),
  );
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

// ---------------------------------------------------------------------------------------
// The documents.

const fence = (diagram: string) => `\`\`\`mermaid\n${diagram}\n\`\`\``;

const GENERATED_NOTE = '<!-- generated by `npm run diagrams` from prisma/schema.prisma and schema.graphql: do not edit -->';

export function readmeSection(prisma: PrismaSchema, graphql: GraphQLSchema): string {
  return [
    START,
    GENERATED_NOTE,
    '',
    '### How the graph is walked',
    '',
    'The objects with a global `id` (fetchable with `node(id:)`) and the fields that lead from',
    'one to the next; lists are connections, and a two-way line is labelled *forward / back*',
    '(Athlete.performances / Performance.athlete).',
    '',
    fence(objectsFlowchart(graphql)),
    '',
    'The computed views, where they are asked from and what they lead to:',
    '',
    fence(viewsFlowchart(graphql)),
    '',
    '### The tables',
    '',
    'PostgreSQL tables and columns as analysts query them (`PK` primary key, `FK` foreign',
    'key, `UK` unique; "null" marks a column that may be empty). Every column is described in',
    '[docs/data-model.md](docs/data-model.md).',
    '',
    fence(erDiagram(prisma)),
    END,
  ].join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function dataModelDoc(prisma: PrismaSchema, graphql: GraphQLSchema): string {
  const out = [
    '# Data model',
    '',
    GENERATED_NOTE,
    '',
    'The PostgreSQL tables behind the graph (from `prisma/schema.prisma`; CHECK constraints live',
    'in the `*_checks` migration), then how the GraphQL schema (`schema.graphql`) walks them.',
    '',
    '## Tables',
    '',
    fence(erDiagram(prisma)),
    '',
  ];
  for (const model of prisma.models) {
    const fks = foreignKeys(model);
    const referenced = new Map(
      model.fields.filter((f) => f.relation).flatMap((f) => f.relation!.fields.map((k) => [k, prisma.models.find((m) => m.name === f.type)?.table ?? f.type])),
    );
    out.push(`### \`${model.table}\``, '');
    if (model.doc) out.push(model.doc, '');
    out.push('| column | type | null | key | meaning |', '| --- | --- | --- | --- | --- |');
    for (const field of columnsOf(model, prisma)) {
      const keys = [
        model.id.includes(field.name) ? 'PK' : '',
        fks.has(field.name) ? `FK → \`${referenced.get(field.name)}\`` : '',
        model.unique.includes(field.name) ? 'unique' : '',
      ].filter(Boolean);
      out.push(`| \`${field.column}\` | ${columnType(field)} | ${field.optional ? 'yes' : ''} | ${keys.join(', ')} | ${cell(field.doc ?? '')} |`);
    }
    out.push('');
  }
  out.push('## The graph', '', 'Where each walk starts (root fields of `Query`, by the type they lead to):', '');
  out.push('| type | root fields |', '| --- | --- |');
  for (const [type, fields] of entryPoints(graphql)) out.push(`| ${type} | ${fields.map((f) => `\`${f}\``).join(', ')} |`);
  out.push('', '### Objects', '', fence(objectsFlowchart(graphql)), '', '### Computed views', '', fence(viewsFlowchart(graphql)), '');
  return out.join('\n');
}

export interface Rendered {
  readme: string;
  doc: string;
}

/** README.md with its diagrams section replaced, and docs/data-model.md, as they should be. */
export function render(sources: { prisma: string; graphql: string; readme: string }): Rendered {
  const prisma = parsePrisma(sources.prisma);
  const graphql = buildSchema(sources.graphql);
  const start = sources.readme.indexOf(START);
  const end = sources.readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  const readme = `${sources.readme.slice(0, start)}${readmeSection(prisma, graphql)}${sources.readme.slice(end + END.length)}`;
  return { readme, doc: dataModelDoc(prisma, graphql) };
}

/** Files that differ from what would be generated (empty: up to date). */
export function staleFiles(paths = PATHS): string[] {
  const read = (p: string) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return '';
    }
  };
  const expected = render({ prisma: read(paths.prisma), graphql: read(paths.graphql), readme: read(paths.readme) });
  return [
    read(paths.readme) === expected.readme ? '' : paths.readme,
    read(paths.doc) === expected.doc ? '' : paths.doc,
  ].filter(Boolean);
}

function main(argv: string[]): number {
  if (argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length) {
      console.error(`stale diagrams in ${stale.map((p) => p.replace(`${ROOT}/`, '')).join(', ')}: run \`npm run diagrams\``);
      return 1;
    }
    console.log('diagrams are up to date');
    return 0;
  }
  const rendered = render({
    prisma: readFileSync(PATHS.prisma, 'utf8'),
    graphql: readFileSync(PATHS.graphql, 'utf8'),
    readme: readFileSync(PATHS.readme, 'utf8'),
  });
  writeFileSync(PATHS.readme, rendered.readme);
  mkdirSync(dirname(PATHS.doc), { recursive: true });
  writeFileSync(PATHS.doc, rendered.doc);
  console.log('wrote the diagrams to README.md and docs/data-model.md');
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
