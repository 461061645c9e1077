import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { Sex } from '../common/enums';
import { Node, connectionTypes } from '../common/relay';

@ObjectType('Athlete', { simpleResolvers: true, implements: Node, description: 'A person who competes, with names as published.' })
export class AthleteType extends Node {
  @Field({ description: 'Stable URL slug, e.g. "soufiane-el-bakkali".' })
  slug!: string;

  @Field({ description: 'The name as usually published, e.g. "Soufiane El Bakkali".' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Given name(s), e.g. "Soufiane".' })
  givenName!: string | null;

  @Field(() => String, { nullable: true, description: 'Family name, e.g. "El Bakkali".' })
  familyName!: string | null;

  @Field(() => Sex, { description: 'Sex category the athlete competes in.' })
  sex!: Sex;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth; null when no source gives it.' })
  birthDate!: Date | null;
}

export const { connection: AthleteConnection } = connectionTypes(AthleteType, 'Athlete', 'athlete');
