import { CountryResolver } from './country.resolver';

/** The countries module's resolvers, for the schema's list. */
export const countryResolvers = [CountryResolver] as const;
