import { ImportResolver } from './import.resolver';

/** The imports module's resolvers (the importResults mutation), for the schema's list. */
export const importResolvers = [ImportResolver] as const;
