import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/relay';

@ObjectType('Source', {
  simpleResolvers: true,
  implements: Node,
  description: 'Where a fact came from: an article, a results document or a web page.',
})
export class SourceType extends Node {
  @Field({ description: 'The URL or the document name that identifies the source.' })
  reference!: string;

  @Field({ description: 'Title of the article or document.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who published it, where known.' })
  publisher!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was published, where known.' })
  publishedOn!: Date | null;
}
