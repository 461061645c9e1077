import 'reflect-metadata';
import { graphql, GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  Info,
  InputType,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  UseMiddleware,
  type MiddlewareFn,
} from 'type-graphql';
import { callResolversDirectly } from './direct-resolvers';

// A small schema with every kind of parameter the app uses, and the ones that keep TypeGraphQL's
// wrapper (an input class, a validated argument, a middleware). Its classes are registered in
// TypeGraphQL's global metadata like the app's, which callResolversDirectly must leave alone
// (src/app/schema.test.ts checks the app's side).
enum Surface {
  TRACK = 'TRACK',
  ROAD = 'ROAD',
}
registerEnumType(Surface, { name: 'ProbeSurface' });

@ObjectType('ProbeItem')
class ProbeItem {
  @Field(() => Int) n!: number;
}

@ArgsType()
class ProbePageArgs {
  @Field(() => Int, { defaultValue: 3 }) first: number = 3;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
class ProbeWindowArgs extends ProbePageArgs {
  @Field(() => Int, { nullable: true }) from?: number;
}

@InputType('ProbeFilter')
class ProbeFilter {
  @Field(() => Int) min!: number;
  floor(): number {
    return this.min;
  }
}

/** The rows resolvers receive are typed by interfaces (Prisma's model types), which TypeGraphQL does not convert. */
interface ProbeItemRow {
  n: number;
}

interface ProbeContext {
  calls: string[];
  unit: string;
}

const noted: MiddlewareFn<ProbeContext> = ({ context }, next) => {
  context.calls.push('middleware');
  return next();
};

@Resolver(() => ProbeItem)
class ProbeResolver {
  @Query(() => [ProbeItem])
  probeItems(@Args() page: ProbeWindowArgs, @Ctx() ctx: ProbeContext): ProbeItem[] {
    ctx.calls.push(`items ${page instanceof ProbeWindowArgs} ${JSON.stringify(page)}`);
    return Array.from({ length: page.first }, (_, i) => ({ n: (page.from ?? 0) + i }));
  }

  @Query(() => String)
  probeEcho(
    @Arg('text') text: string,
    @Arg('surface', () => Surface, { nullable: true }) surface: Surface | null,
    @Ctx('unit') unit: string,
  ): string {
    return `${text} ${surface ?? '-'} ${unit}`;
  }

  @Query(() => Int)
  probeFiltered(@Arg('filter') filter: ProbeFilter): number {
    return filter.floor(); // a method: the argument must be an instance of the class
  }

  @Query(() => String)
  probeValidated(@Arg('text', { validate: true }) text: string): string {
    return text;
  }

  @Query(() => String)
  @UseMiddleware(noted)
  probeWatched(): string {
    return 'watched';
  }

  @FieldResolver(() => String)
  label(
    @Root() item: ProbeItemRow,
    @Ctx() ctx: ProbeContext,
    @Arg('prefix', { defaultValue: '#' }) prefix: string,
    @Info() info: GraphQLResolveInfo,
  ): string {
    return `${prefix}${item.n}${ctx.unit}:${info.fieldName}`;
  }

  @FieldResolver(() => Boolean)
  converted(@Root() item: ProbeItem): boolean {
    return item instanceof ProbeItem; // a @Root typed by its class is converted to it per call
  }
}

const build = () => buildSchema({ resolvers: [ProbeResolver], validate: false });
const fieldOf = (schema: GraphQLSchema, type: string, field: string) => (schema.getType(type) as GraphQLObjectType).getFields()[field];

const QUERY = `{
  probeItems(first: 2, from: 5) { n label label2: label(prefix: "n") converted }
  more: probeItems { n }
  probeEcho(text: "hi", surface: ROAD)
  probeFiltered(filter: { min: 4 })
  probeWatched
}`;

async function run(schema: GraphQLSchema) {
  const context: ProbeContext = { calls: [], unit: 's' };
  const result = await graphql({ schema, source: QUERY, contextValue: context });
  return { result, calls: context.calls };
}

describe('callResolversDirectly', () => {
  it('answers every query as TypeGraphQL does, with the same argument objects', async () => {
    const wrapped = await run(await build());
    const schema = await build();
    const report = callResolversDirectly(schema, [ProbeResolver]);
    const direct = await run(schema);
    expect(wrapped.result.errors).toBeUndefined();
    expect(direct.result).toEqual(wrapped.result);
    // Sibling query fields run in no set order; direct ones now run before the wrapped ones' promises settle.
    expect([...direct.calls].sort()).toEqual([...wrapped.calls].sort());
    expect(direct.result.data).toMatchObject({
      probeItems: [
        { n: 5, label: '#5s:label', label2: 'n5s:label', converted: true },
        { n: 6, label: '#6s:label', label2: 'n6s:label', converted: true },
      ],
      more: [{ n: 0 }, { n: 1 }, { n: 2 }],
      probeEcho: 'hi ROAD s',
      probeFiltered: 4,
      probeWatched: 'watched',
    });
    // The @Args object is an instance of its class, with the given values and the default.
    expect(direct.calls).toEqual(expect.arrayContaining(['items true {"first":2,"from":5}', 'items true {"first":3}']));
    expect(report.direct.sort()).toEqual(['ProbeItem.label', 'Query.probeEcho', 'Query.probeItems']);
  });

  it("keeps TypeGraphQL's resolver where it does more than call the method, and says why", async () => {
    const schema = await build();
    const before = fieldOf(schema, 'Query', 'probeFiltered').resolve;
    const report = callResolversDirectly(schema, [ProbeResolver]);
    expect(Object.fromEntries(report.wrapped)).toEqual({
      'ProbeItem.converted': 'typed @Root (converted per call)',
      'Query.probeFiltered': 'input class argument filter',
      'Query.probeValidated': 'validated argument',
      'Query.probeWatched': 'middleware',
    });
    expect(fieldOf(schema, 'Query', 'probeFiltered').resolve).toBe(before);
  });

  it("answers a method with arguments synchronously (TypeGraphQL's wrapper gives a promise)", async () => {
    const args = { text: 'x', surface: null };
    const context = { calls: [], unit: 'm' };
    const wrapped = fieldOf(await build(), 'Query', 'probeEcho').resolve!(undefined, args, context, {} as GraphQLResolveInfo);
    const schema = await build();
    callResolversDirectly(schema, [ProbeResolver]);
    const direct = fieldOf(schema, 'Query', 'probeEcho').resolve!(undefined, args, context, {} as GraphQLResolveInfo);
    await expect(wrapped).resolves.toBe('x - m');
    expect(direct).toBe('x - m');
  });
});
