import type { AuditLogEntry } from '../../db/generated/client';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { badUserInput } from '../common/errors';
import { decodeGlobalId, encodeGlobalId, PageArgs, type NodeTypeName } from '../common/relay';
import { AuditEntityType, AuditLogConnection, AuditLogEntryType } from './audit-log.type';
import { countryCodeOfEntityId, countryEntityId } from './audit-log.service';
import { requireApiKey } from './request-auth';

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => AuditEntityType, { nullable: true, description: 'Only writes to objects of this kind.' })
  entityType?: AuditEntityType | null;

  @Field(() => ID, { nullable: true, description: 'Only writes to this object (its global id; deleted objects keep theirs).' })
  entityId?: string | null;
}

@Resolver(() => AuditLogEntryType)
export class AuditLogResolver {
  @Query(() => AuditLogConnection, {
    description: 'Every write, newest first, optionally of one kind of object or one object. Needs an API key.',
  })
  async auditLog(@Ctx() ctx: Context, @Args() args: AuditLogArgs) {
    await requireApiKey(ctx);
    let entityType = args.entityType ?? null;
    let entityId: number | null = null;
    if (args.entityId != null) {
      const { type, key } = decodeGlobalId(args.entityId, 'entityId');
      const country = type === 'Country' && /^[A-Z]{3}$/.test(key);
      if (!(type in AuditEntityType) || !(country || /^[1-9]\d{0,9}$/.test(key)))
        throw badUserInput('entityId', `writes to a ${type} are not logged`);
      if (entityType && entityType !== type) throw badUserInput('entityId', `is the id of a ${type}, not of a ${entityType}`);
      entityType = type as AuditEntityType;
      entityId = country ? countryEntityId(key) : Number(key);
    }
    return ctx.services.auditLog.list({ first: args.first, after: args.after, entityType, entityId });
  }

  @FieldResolver(() => Int, { description: 'Sequence number: later writes have higher numbers.' })
  sequence(@Root() entry: AuditLogEntry): number {
    return entry.id;
  }

  @FieldResolver(() => String, { description: 'Name of the API key that made the write, or "cli" for a command-line import.' })
  keyName(@Root() entry: AuditLogEntry): string {
    return entry.actor;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global id of the object written (it may no longer exist); null for imports.' })
  entityId(@Root() entry: AuditLogEntry): string | null {
    if (entry.entityId === null || entry.entityType === 'Import') return null;
    if (entry.entityType === 'Country') {
      const code = countryCodeOfEntityId(entry.entityId);
      return code && encodeGlobalId('Country', code);
    }
    return encodeGlobalId(entry.entityType as NodeTypeName, entry.entityId);
  }
}
