import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { requireApiKey } from '../auth/request-auth';
import { badUserInput } from '../common/errors';
import { ImportFormatEnum, ImportReportType } from './import.type';
import type { ImportOutcome } from './import.service';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportReportType, {
    description:
      'Imports results (one row per performance; format in the README, "Importing results"), all or nothing: when any row is bad nothing is written and the report lists every bad row. Importing the same rows again changes nothing. Larger files: `npm run import`. Needs an API key; audited.',
  })
  async importResults(
    @Ctx() ctx: Context,
    @Arg('format', () => ImportFormatEnum, { description: 'CSV (with a header row) or JSON (an array of objects).' })
    format: ImportFormatEnum,
    @Arg('contents', () => String, { description: "The file's text." }) contents: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'Check and count everything, then write nothing.' })
    dryRun: boolean | null,
  ): Promise<ImportOutcome> {
    const key = await requireApiKey(ctx);
    if (contents.trim() === '') throw badUserInput('contents', 'is empty');
    return ctx.services.imports.importContents(format, contents, dryRun ?? false, key);
  }
}
