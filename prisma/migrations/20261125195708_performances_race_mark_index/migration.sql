-- CreateIndex
CREATE INDEX "performances_race_id_mark_value_idx" ON "performances"("race_id", "mark_value");
