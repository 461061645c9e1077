import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectsField } from './selection';

/** The resolve info of the root field `performances` of a document. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const fieldNodes = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  return { fieldNodes, fragments };
}

describe('selectsField', () => {
  it('finds a field selected directly, in an inline fragment or in a named one', () => {
    expect(selectsField(infoOf('{ performances { totalCount nodes { id } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ performances { ... on PerformanceConnection { totalCount } } }'), 'totalCount')).toBe(true);
    expect(
      selectsField(infoOf('{ performances { ...Counted } } fragment Counted on PerformanceConnection { totalCount }'), 'totalCount'),
    ).toBe(true);
  });

  it('does not find a field that is only selected deeper down, or not at all', () => {
    expect(selectsField(infoOf('{ performances { nodes { id } } }'), 'totalCount')).toBe(false);
    expect(selectsField(infoOf('{ performances { nodes { race { results { totalCount } } } } }'), 'totalCount')).toBe(false);
  });

  it('stops at a fragment cycle (invalid, but the resolver must not hang on it)', () => {
    const info = infoOf(
      '{ performances { ...A } } fragment A on PerformanceConnection { ...B } fragment B on PerformanceConnection { ...A }',
    );
    expect(selectsField(info, 'totalCount')).toBe(false);
  });
});
