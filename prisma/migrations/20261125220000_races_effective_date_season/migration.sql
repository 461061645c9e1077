-- A race's effective date (its date, else its meet's first day) and season (that day's
-- year, else the year the meet was held), stored on the race so that season lists and date
-- ranges are one index range on races(event_id, ...) instead of a join to every meet.
-- Triggers keep them: the application never writes them.

-- AlterTable
ALTER TABLE "races" ADD COLUMN "effective_date" DATE,
ADD COLUMN "season" INTEGER;

UPDATE "races" r
   SET "effective_date" = COALESCE(r."date", m."start_date"),
       "season" = COALESCE(EXTRACT(YEAR FROM COALESCE(r."date", m."start_date"))::int, m."year")
  FROM "meets" m
 WHERE m."id" = r."meet_id";

-- CreateIndex
CREATE INDEX "races_event_id_season_idx" ON "races"("event_id", "season");

-- CreateIndex
CREATE INDEX "races_event_id_effective_date_idx" ON "races"("event_id", "effective_date");

-- Statistics for the new columns now: season lists are planned from them.
ANALYZE "races";

CREATE FUNCTION races_derived_dates() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  meet_start date;
  meet_year int;
BEGIN
  SELECT m."start_date", m."year" INTO meet_start, meet_year FROM "meets" m WHERE m."id" = NEW."meet_id";
  NEW."effective_date" := COALESCE(NEW."date", meet_start);
  NEW."season" := COALESCE(EXTRACT(YEAR FROM NEW."effective_date")::int, meet_year);
  RETURN NEW;
END
$$;

-- Any write of a race (the columns named in an UPDATE OF list would miss a direct write of
-- the derived columns themselves, which must not stick either).
CREATE TRIGGER races_derived_dates BEFORE INSERT OR UPDATE ON "races"
  FOR EACH ROW EXECUTE FUNCTION races_derived_dates();

CREATE FUNCTION meets_derived_race_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Touching the races re-runs their own trigger, which reads the meet's new values.
  UPDATE "races" SET "meet_id" = "meet_id" WHERE "meet_id" = NEW."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER meets_derived_race_dates AFTER UPDATE OF "start_date", "year" ON "meets"
  FOR EACH ROW WHEN (OLD."start_date" IS DISTINCT FROM NEW."start_date" OR OLD."year" <> NEW."year")
  EXECUTE FUNCTION meets_derived_race_dates();
