// Global object ids ("Athlete:12", base64url): kept apart from relay.ts so that code with no
// GraphQL schema (the import script, the CLI) can read them without loading TypeGraphQL.
import { badUserInput } from './errors';

export type NodeTypeName =
  'Athlete' | 'Country' | 'Event' | 'Championship' | 'Meet' | 'Race' | 'Performance' | 'Entry' | 'Source' | 'RelayTeam';

export function encodeGlobalId(type: NodeTypeName, id: number | string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function decodeGlobalId(globalId: string, argumentName = 'id'): { type: NodeTypeName; key: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):(.+)$/.exec(decoded);
  if (!match || Buffer.from(decoded).toString('base64url') !== globalId) {
    throw badUserInput(argumentName, `"${globalId}" is not an id issued by this API`);
  }
  return { type: match[1] as NodeTypeName, key: match[2] };
}

/** Decodes a global id that must name an object of one type with a numeric key. */
export function decodeNumericId(globalId: string, type: NodeTypeName, argumentName = 'id'): number {
  const { type: actual, key } = decodeGlobalId(globalId, argumentName);
  if (actual !== type) throw badUserInput(argumentName, `expected the id of a ${type}, got the id of a ${actual}`);
  if (!/^[1-9]\d{0,9}$/.test(key) || Number(key) > 2_147_483_647) {
    throw badUserInput(argumentName, `"${globalId}" is not an id issued by this API`);
  }
  return Number(key);
}
