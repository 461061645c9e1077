import { AuditLogResolver } from './audit-log.resolver';

/** The auth module's resolvers (the audit log query), for the schema's list. */
export const authResolvers = [AuditLogResolver] as const;
