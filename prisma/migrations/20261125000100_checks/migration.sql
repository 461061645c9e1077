-- CHECK constraints that the Prisma schema cannot express (Prisma neither creates nor
-- diffs them, so `npm run db:migration` never proposes to drop them).
-- The API maps violations to user-facing errors by constraint name: rename with care.

-- performances
ALTER TABLE "performances"
  ADD CONSTRAINT "performances_place_positive"
    CHECK ("place" IS NULL OR "place" >= 1),
  ADD CONSTRAINT "performances_mark_value_positive"
    CHECK ("mark_value" IS NULL OR "mark_value" > 0),
  ADD CONSTRAINT "performances_non_finisher_has_no_place_or_mark"
    CHECK ("status" = 'FINISHED' OR ("place" IS NULL AND "mark_value" IS NULL)),
  ADD CONSTRAINT "performances_wind_in_range"
    CHECK ("wind_mps" IS NULL OR "wind_mps" BETWEEN -30 AND 30),
  ADD CONSTRAINT "performances_mark_value_and_text_together"
    CHECK (("mark_value" IS NULL) = ("mark_text" IS NULL));

-- races
ALTER TABLE "races"
  ADD CONSTRAINT "races_heat_positive"
    CHECK ("heat" >= 1),
  ADD CONSTRAINT "races_wind_in_range"
    CHECK ("wind_mps" IS NULL OR "wind_mps" BETWEEN -30 AND 30);

-- meets
ALTER TABLE "meets"
  ADD CONSTRAINT "meets_end_date_not_before_start_date"
    CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"),
  ADD CONSTRAINT "meets_year_in_range"
    CHECK ("year" BETWEEN 1800 AND 2200),
  ADD CONSTRAINT "meets_start_date_in_year"
    CHECK ("start_date" IS NULL OR extract(year FROM "start_date") = "year"),
  ADD CONSTRAINT "meets_slug_format"
    CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- athletes
ALTER TABLE "athletes"
  ADD CONSTRAINT "athletes_slug_format"
    CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "athletes_display_name_not_empty"
    CHECK ("display_name" <> '');

-- championships
ALTER TABLE "championships"
  ADD CONSTRAINT "championships_slug_format"
    CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- countries
ALTER TABLE "countries"
  ADD CONSTRAINT "countries_code_format"
    CHECK ("code" ~ '^[A-Z]{3}$');
