// The tables, from prisma/schema.prisma: just enough of the language for models, enums and
// relations, and the Mermaid erDiagram drawn from them (for scripts/diagrams.ts).

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

const listOf = (text: string | undefined) =>
  text
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

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
export function columnType(field: PrismaField): string {
  const db = /@db\.(\w+)/.exec(field.attributes)?.[1];
  let type: string;
  if (field.type === 'DateTime') type = db === 'Date' ? 'date' : 'timestamp';
  else if (field.type === 'String') type = db === 'Char' ? 'char' : 'text';
  else if (SCALARS.has(field.type)) type = field.type.toLowerCase();
  else type = field.type; // an enum
  return field.list ? `${type}_array` : type;
}

/** Columns: every field that is not a relation (relations are the lines between tables). */
export const columnsOf = (model: PrismaModel, schema: PrismaSchema) =>
  model.fields.filter((f) => SCALARS.has(f.type) || schema.enums.includes(f.type));

export function foreignKeys(model: PrismaModel): Set<string> {
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
