import { DateTimeISOResolver, GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../common/relay';

export enum AuditEntityType {
  Athlete = 'Athlete',
  Meet = 'Meet',
  Race = 'Race',
  Performance = 'Performance',
  Import = 'Import',
  Country = 'Country',
  Event = 'Event',
  Championship = 'Championship',
}

registerEnumType(AuditEntityType, {
  name: 'AuditEntityType',
  description: 'The kind of object a write changed.',
  valuesConfig: {
    Athlete: { description: 'An athlete (created, corrected, deleted or merged).' },
    Meet: { description: 'A meet.' },
    Race: { description: 'A race.' },
    Performance: { description: 'A performance (one result).' },
    Import: { description: 'A results file import (its report; the rows are not logged one by one).' },
    Country: { description: 'A country (or team).' },
    Event: { description: 'An event (a discipline for one sex).' },
    Championship: { description: 'A championship series.' },
  },
});

@ObjectType('AuditLogEntry', {
  simpleResolvers: true,
  description: 'One write to the graph: who made it, when, and the object before and after.',
})
export class AuditLogEntryType {
  @Field(() => Int, { description: 'Sequence number: later writes have higher numbers.' })
  sequence!: number;

  @Field(() => DateTimeISOResolver, { description: 'When the write was committed (UTC).' })
  at!: Date;

  @Field({ description: 'Name of the API key that made the write, or "cli" for a command-line import.' })
  keyName!: string;

  @Field({ description: 'The mutation, e.g. "updatePerformance", "mergeAthletes", "importResults".' })
  operation!: string;

  @Field(() => AuditEntityType, { description: 'The kind of object written.' })
  entityType!: AuditEntityType;

  @Field(() => ID, { nullable: true, description: 'Global id of the object written (it may no longer exist); null for imports.' })
  entityId!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The object before the write, as stored (null when it was created).' })
  before!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The object after the write, as stored (null when it was deleted); for imports, the report.',
  })
  after!: unknown;
}

export const { connection: AuditLogConnection } = connectionTypes(AuditLogEntryType, 'AuditLogEntry', 'audit log entry');
