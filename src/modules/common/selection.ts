import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the client selected `name` directly under the field being resolved (through fragments
 * too). A resolver asks this to start work it would otherwise start only when that field is
 * reached. A field under @skip or @include counts as selected: the answer may only cost work.
 */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const visiting = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      if (!fragment || visiting.has(fragment.name.value)) return false;
      visiting.add(fragment.name.value);
      return inSet(fragment.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => inSet(node.selectionSet));
}
