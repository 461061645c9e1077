-- No fabricated ties. A place given without "=" is held by one athlete of the race, and a
-- shared place is marked shared ("=") in every row that gives it. Hand-written: Prisma
-- models the unique index below but not the trigger. The API and the importer map both
-- violations to errors by these names: rename with care.

-- Before this migration a place held by several rows was shown as shared ("2="): those rows
-- are the ones that become tied, so every stored place keeps the text the API showed.
UPDATE "performances" p SET "tied" = true
  FROM (SELECT "race_id", "place" FROM "performances" WHERE "place" IS NOT NULL
         GROUP BY "race_id", "place" HAVING count(*) > 1) shared
 WHERE p."race_id" = shared."race_id" AND p."place" = shared."place";

-- Two rows on one place without "=": refused (checks every existing row as it is built).
CREATE UNIQUE INDEX "performances_place_held_alone" ON "performances"("race_id", "place") WHERE (place IS NOT NULL AND NOT tied);

-- The shared places, few: what the check below looks in first.
CREATE INDEX "performances_tied_places" ON "performances"("race_id", "place") WHERE tied;

-- A place shared in one row and not in another: checked once per statement, over the
-- (race, place) pairs the statement wrote, so a bulk import pays one query, not one a row;
-- and only when the statement wrote a shared place or touched a race that holds one.
CREATE FUNCTION "performances_check_shared_places"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM new_rows n WHERE n."tied")
     AND NOT EXISTS (SELECT 1 FROM (SELECT DISTINCT n."race_id" FROM new_rows n) r
                      WHERE EXISTS (SELECT 1 FROM "performances" p WHERE p."race_id" = r."race_id" AND p."tied")) THEN
    RETURN NULL;
  END IF;
  SELECT p."race_id", p."place" INTO bad
    FROM "performances" p
   WHERE (p."race_id", p."place") IN (SELECT n."race_id", n."place" FROM new_rows n WHERE n."place" IS NOT NULL)
   GROUP BY p."race_id", p."place"
  HAVING bool_or(p."tied") AND NOT bool_and(p."tied")
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'place % of race % is marked shared in one result and not in another', bad."place", bad."race_id"
      USING ERRCODE = '23514', CONSTRAINT = 'performances_shared_place_tied_in_every_row',
            HINT = 'a shared place is "=" in every result that gives it';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "performances_shared_places_insert" AFTER INSERT ON "performances"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "performances_check_shared_places"();
CREATE TRIGGER "performances_shared_places_update" AFTER UPDATE ON "performances"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "performances_check_shared_places"();
-- ALWAYS: bulk imports run in replica mode (foreign-key triggers off); this check stays on.
ALTER TABLE "performances" ENABLE ALWAYS TRIGGER "performances_shared_places_insert";
ALTER TABLE "performances" ENABLE ALWAYS TRIGGER "performances_shared_places_update";
