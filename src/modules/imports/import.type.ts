import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportFormatEnum {
  CSV = 'CSV',
  JSON = 'JSON',
}

registerEnumType(ImportFormatEnum, {
  name: 'ImportFormat',
  description: 'How a results file is written (the same keys either way; see the README, "Importing results").',
  valuesConfig: {
    CSV: { description: 'Comma-separated values with a header row of column names; errors give the line (the header is line 1).' },
    JSON: { description: 'An array of objects with the same keys as the CSV columns; errors give the array index (from 0).' },
  },
});

@ObjectType('ImportCounts', { simpleResolvers: true, description: 'What an import did to one kind of record.' })
export class ImportCountsType {
  @Field(() => Int, { description: 'Records created.' })
  created!: number;

  @Field(() => Int, { description: 'Records the file names that were already stored (found by natural key).' })
  matched!: number;

  @Field(() => Int, { description: 'Matched records the file completed with values they lacked (a date, a city, a date of birth...).' })
  updated!: number;
}

@ObjectType('ImportRowError', { simpleResolvers: true, description: 'Why one row (or the file) cannot be imported.' })
export class ImportRowErrorType {
  @Field(() => Int, { nullable: true, description: 'CSV: the line the row starts on (the header is line 1).' })
  line!: number | null;

  @Field(() => Int, { nullable: true, description: "JSON: the row's index in the array (from 0)." })
  index!: number | null;

  @Field(() => String, { nullable: true, description: 'The column (key) at fault; null when the error concerns the whole row or file.' })
  column!: string | null;

  @Field({ description: 'What is wrong, in words.' })
  message!: string;
}

@ObjectType('ImportWarning', {
  simpleResolvers: true,
  description: 'Something the file publishes that the rules contradict: reported, kept as published, and no bar to the import.',
})
export class ImportWarningType {
  @Field(() => Int, { nullable: true, description: 'CSV: the line the row starts on (the header is line 1).' })
  line!: number | null;

  @Field(() => Int, { nullable: true, description: "JSON: the row's index in the array (from 0)." })
  index!: number | null;

  @Field(() => String, { nullable: true, description: 'The column (key) concerned.' })
  column!: string | null;

  @Field({ description: 'What disagrees, in words.' })
  message!: string;
}

@ObjectType('ImportDecision', {
  simpleResolvers: true,
  description:
    "How the import took one of the file's meets or athletes for a stored one (or why it made a new one), by a rule a curator may want to check.",
})
export class ImportDecisionType {
  @Field({ description: 'ATHLETE or MEET.' })
  kind!: string;

  @Field({
    description:
      'The rule: ATHLETE_ID or EXTERNAL_ID (the row was pinned), ALIAS (a known alias), UNKNOWN_COUNTRY (the only namesake, stored without a country: the file completed it), FILE_WITHOUT_COUNTRY (the only namesake; the file gives no country), RESULT_EVIDENCE (a similar name with the same place and mark in a stored race), NEW (a new athlete holding an unknown external id), EDITION (the stored edition of the championship that year, under another name), MEET_ALIAS (a known meet alias).',
  })
  rule!: string;

  @Field({ description: 'The name as the file gives it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The slug of the stored athlete or meet it was taken for; null for a new record.' })
  matched!: string | null;

  @Field({ description: 'Why, in words.' })
  reason!: string;
}

@ObjectType('ImportReport', { simpleResolvers: true, description: 'The outcome of an import: all rows written, or none (and why).' })
export class ImportReportType {
  @Field(() => ImportFormatEnum, { description: 'The format the contents were read as.' })
  format!: ImportFormatEnum;

  @Field({ description: 'Whether this was a dry run: checked and written, then rolled back.' })
  dryRun!: boolean;

  @Field({ description: 'Whether the rows are now in the graph (false after any error, and for a dry run).' })
  committed!: boolean;

  @Field(() => Int, { description: 'Rows read (the CSV header not counted).' })
  rowsRead!: number;

  @Field(() => ImportCountsType, {
    description: 'Meets, found by name (or alias) and start date or year, or as the edition of their championship that year.',
  })
  meets!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Races, found by meet, event, round and heat.' })
  races!: ImportCountsType;

  @Field(() => ImportCountsType, {
    description:
      'Athletes, found by athlete_id or external id, else by name or alias, country and sex (dates of birth tell namesakes apart), else by a similar name with the same place and mark in a stored race; `updated` counts those the file completed (a country, a date of birth, an alias, an external id).',
  })
  athletes!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Sources, found by reference (URL or document name).' })
  sources!: ImportCountsType;

  @Field(() => ImportCountsType, {
    description:
      'Performances, found by race and athlete; `updated` counts stored results the file completed (notes, wind, photo finish, place or mark they lacked).',
  })
  performances!: ImportCountsType;

  @Field(() => [ImportDecisionType], {
    description: 'Meets and athletes matched by a rule other than their exact name (at most 1,000), so a curator can check them.',
  })
  decisions!: ImportDecisionType[];

  @Field(() => Int, { description: 'How many errors were found; `errors` lists them (up to 10,000).' })
  errorCount!: number;

  @Field(() => [ImportRowErrorType], {
    description: 'Every error, by position in the file: line (CSV) or index (JSON), column and reason.',
  })
  errors!: ImportRowErrorType[];

  @Field(() => [ImportWarningType], {
    description:
      "Rows the rules disagree with but which are imported as published (places that contradict a height card's countback or a series' tie-break), up to 10,000.",
  })
  warnings!: ImportWarningType[];
}
