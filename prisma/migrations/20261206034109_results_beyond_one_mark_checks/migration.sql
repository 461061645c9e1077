-- Hand-written companions of results_beyond_one_mark: what Prisma cannot model.

-- Every stored result so far was run for the athlete's country as recorded: the results
-- sheets of the seeds and earlier imports gave no other.
UPDATE "performances" p SET "country_code" = a."country_code"
  FROM "athletes" a WHERE a."id" = p."athlete_id" AND a."country_code" IS NOT NULL;

ALTER TABLE "combined_components"
  ADD CONSTRAINT "combined_components_position_positive" CHECK ("position" >= 1),
  ADD CONSTRAINT "combined_components_points_not_negative" CHECK ("points" >= 0 AND ("published_points" IS NULL OR "published_points" >= 0));

ALTER TABLE "field_attempts"
  ADD CONSTRAINT "field_attempts_number_positive" CHECK ("number" >= 1),
  -- A measured trial has its distance; a foul or a pass has none.
  ADD CONSTRAINT "field_attempts_mark_when_measured" CHECK (("outcome" = 'MARK') = ("mark_value" IS NOT NULL));

ALTER TABLE "height_attempts"
  ADD CONSTRAINT "height_attempts_height_positive" CHECK ("height_value" > 0),
  -- o clear, x failure, - pass: at most three trials a height, nothing after a clearance.
  ADD CONSTRAINT "height_attempts_trials_valid" CHECK ("trials" ~ '^(x{0,2}o|x{0,2}-|x{1,3}|-)$');

ALTER TABLE "relay_teams"
  ADD CONSTRAINT "relay_teams_place_positive" CHECK ("place" IS NULL OR "place" >= 1),
  ADD CONSTRAINT "relay_teams_place_only_when_finished" CHECK ("status" = 'FINISHED' OR ("place" IS NULL AND "mark_value" IS NULL));

ALTER TABLE "relay_legs"
  ADD CONSTRAINT "relay_legs_leg_positive" CHECK ("leg" >= 1),
  ADD CONSTRAINT "relay_legs_split_positive" CHECK ("split_value" IS NULL OR "split_value" > 0);
