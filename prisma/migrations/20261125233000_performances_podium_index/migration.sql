-- (race_id, place) only for podium places: medal tables and "place <= 3" filters read it;
-- a race's other places are read by race through the unique (race_id, athlete_id) index.
-- Every row inserted paid for an entry here; now one in about four does.

-- DropIndex
DROP INDEX "performances_race_id_place_idx";

-- CreateIndex
CREATE INDEX "performances_race_id_place_idx" ON "performances"("race_id", "place") WHERE (place <= 3);
