import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { callResolversDirectly } from '../runtime/execution/direct-resolvers';
import { appSchema, resolvers as appResolvers } from './schema';

/** Lists every type, field, argument and enum value of ours that has no description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('schema', () => {
  it('describes every type, field, argument and enum value: the schema is the documentation', async () => {
    expect(undocumented(await appSchema())).toEqual([]);
  });

  it("resolves plain fields with graphql-js's default resolver, not a TypeGraphQL wrapper per field", async () => {
    const schema = await appSchema();
    const storage = getMetadataStorage();
    const withResolver = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
    const wrapped: string[] = [];
    let plain = 0;
    for (const objectType of storage.objectTypes) {
      const type = schema.getType(objectType.name);
      if (!isObjectType(type)) continue;
      for (const field of objectType.fields ?? []) {
        if (withResolver.has(`${field.target.name}.${field.name}`)) continue;
        // simple: false says the value may be a promise (a lazy count), which graphql-jit awaits only behind a resolver.
        if (field.simple === false) continue;
        plain++;
        if (type.getFields()[field.schemaName]?.resolve) wrapped.push(`${objectType.name}.${field.schemaName}`);
      }
    }
    expect(plain).toBeGreaterThan(100);
    expect(wrapped).toEqual([]);
  });

  it("calls the app's hot fields directly (src/runtime/execution/direct-resolvers.ts), each field left wrapped with its reason", async () => {
    const schema = await buildSchema({ resolvers: [...appResolvers], validate: false });
    const report = callResolversDirectly(schema, appResolvers);
    expect(report.direct).toEqual(
      expect.arrayContaining([
        'Query.athlete',
        'Query.meet',
        'Athlete.performances',
        'Athlete.medals',
        'Athlete.personalBests',
        'Athlete.seasonBests',
        'Meet.races',
        'Race.results',
        'Performance.placeText',
        'Performance.mark',
        'Performance.athlete',
      ]),
    );
    // Every field left wrapped is left for a reason the report gives.
    for (const reason of report.wrapped.values()) expect(reason).toMatch(/input class argument|validated|middleware|roles|parameter|@Root/);
    // The schema the server runs is built this way.
    const race = (await appSchema()).getType('Race');
    expect(isObjectType(race) && race.getFields().results.resolve!.name).toBe('resultsResolver');
  });
});
