-- CreateEnum
CREATE TYPE "AttemptOutcome" AS ENUM ('MARK', 'FOUL', 'PASS');

-- AlterTable
ALTER TABLE "performances" ADD COLUMN     "country_code" CHAR(3);

-- CreateTable
CREATE TABLE "combined_components" (
    "id" SERIAL NOT NULL,
    "performance_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "discipline" TEXT NOT NULL,
    "mark_value" INTEGER,
    "mark_text" TEXT,
    "wind_mps" DECIMAL(3,1),
    "status" "PerformanceStatus" NOT NULL DEFAULT 'FINISHED',
    "points" INTEGER NOT NULL,
    "published_points" INTEGER,

    CONSTRAINT "combined_components_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "field_attempts" (
    "id" SERIAL NOT NULL,
    "performance_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "outcome" "AttemptOutcome" NOT NULL,
    "mark_value" INTEGER,
    "mark_text" TEXT,
    "wind_mps" DECIMAL(3,1),

    CONSTRAINT "field_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "height_attempts" (
    "id" SERIAL NOT NULL,
    "performance_id" INTEGER NOT NULL,
    "height_value" INTEGER NOT NULL,
    "height_text" TEXT NOT NULL,
    "trials" TEXT NOT NULL,

    CONSTRAINT "height_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "relay_teams" (
    "id" SERIAL NOT NULL,
    "race_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "country_code" CHAR(3),
    "place" INTEGER,
    "tied" BOOLEAN NOT NULL DEFAULT false,
    "mark_value" INTEGER,
    "mark_text" TEXT,
    "precision" "MarkPrecision",
    "status" "PerformanceStatus" NOT NULL DEFAULT 'FINISHED',
    "notes" "PerformanceNote"[] DEFAULT ARRAY[]::"PerformanceNote"[],
    "photo_finish" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "relay_teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "relay_legs" (
    "id" SERIAL NOT NULL,
    "relay_team_id" INTEGER NOT NULL,
    "leg" INTEGER NOT NULL,
    "athlete_id" INTEGER NOT NULL,
    "split_value" INTEGER,
    "split_text" TEXT,

    CONSTRAINT "relay_legs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "relay_team_sources" (
    "relay_team_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "relay_team_sources_pkey" PRIMARY KEY ("relay_team_id","source_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "combined_components_performance_id_position_key" ON "combined_components"("performance_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "field_attempts_performance_id_number_key" ON "field_attempts"("performance_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "height_attempts_performance_id_height_value_key" ON "height_attempts"("performance_id", "height_value");

-- CreateIndex
CREATE INDEX "relay_teams_country_code_idx" ON "relay_teams"("country_code");

-- CreateIndex
CREATE UNIQUE INDEX "relay_teams_race_id_name_key" ON "relay_teams"("race_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "relay_teams_place_held_alone" ON "relay_teams"("race_id", "place") WHERE (place IS NOT NULL AND NOT tied);

-- CreateIndex
CREATE INDEX "relay_legs_athlete_id_idx" ON "relay_legs"("athlete_id");

-- CreateIndex
CREATE UNIQUE INDEX "relay_legs_relay_team_id_leg_key" ON "relay_legs"("relay_team_id", "leg");

-- CreateIndex
CREATE UNIQUE INDEX "relay_legs_relay_team_id_athlete_id_key" ON "relay_legs"("relay_team_id", "athlete_id");

-- AddForeignKey
ALTER TABLE "performances" ADD CONSTRAINT "performances_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "combined_components" ADD CONSTRAINT "combined_components_performance_id_fkey" FOREIGN KEY ("performance_id") REFERENCES "performances"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_attempts" ADD CONSTRAINT "field_attempts_performance_id_fkey" FOREIGN KEY ("performance_id") REFERENCES "performances"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "height_attempts" ADD CONSTRAINT "height_attempts_performance_id_fkey" FOREIGN KEY ("performance_id") REFERENCES "performances"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relay_teams" ADD CONSTRAINT "relay_teams_race_id_fkey" FOREIGN KEY ("race_id") REFERENCES "races"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relay_teams" ADD CONSTRAINT "relay_teams_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relay_legs" ADD CONSTRAINT "relay_legs_relay_team_id_fkey" FOREIGN KEY ("relay_team_id") REFERENCES "relay_teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relay_legs" ADD CONSTRAINT "relay_legs_athlete_id_fkey" FOREIGN KEY ("athlete_id") REFERENCES "athletes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relay_team_sources" ADD CONSTRAINT "relay_team_sources_relay_team_id_fkey" FOREIGN KEY ("relay_team_id") REFERENCES "relay_teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relay_team_sources" ADD CONSTRAINT "relay_team_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
