import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { appSchema } from './schema';

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
});
