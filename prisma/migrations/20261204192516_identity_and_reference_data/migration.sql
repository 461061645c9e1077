-- CreateEnum
CREATE TYPE "CountryStatus" AS ENUM ('MEMBER', 'HISTORICAL', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "EventEnvironment" AS ENUM ('OUTDOOR', 'INDOOR', 'BOTH');

-- AlterTable
ALTER TABLE "countries" ADD COLUMN     "ioc_code" CHAR(3),
ADD COLUMN     "status" "CountryStatus" NOT NULL DEFAULT 'MEMBER';

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "environment" "EventEnvironment" NOT NULL DEFAULT 'BOTH';

-- AlterTable
ALTER TABLE "performances" ADD COLUMN     "tied" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "athlete_external_ids" (
    "id" SERIAL NOT NULL,
    "athlete_id" INTEGER NOT NULL,
    "system" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "athlete_external_ids_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meet_aliases" (
    "id" SERIAL NOT NULL,
    "meet_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,

    CONSTRAINT "meet_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "athlete_external_ids_system_value_key" ON "athlete_external_ids"("system", "value");

-- CreateIndex
CREATE UNIQUE INDEX "athlete_external_ids_athlete_id_system_key" ON "athlete_external_ids"("athlete_id", "system");

-- CreateIndex
CREATE INDEX "meet_aliases_search_name_idx" ON "meet_aliases"("search_name");

-- CreateIndex
CREATE UNIQUE INDEX "meet_aliases_meet_id_search_name_key" ON "meet_aliases"("meet_id", "search_name");

-- performances_place_held_alone is created by the next migration, once tied is filled in.

-- AddForeignKey
ALTER TABLE "athlete_external_ids" ADD CONSTRAINT "athlete_external_ids_athlete_id_fkey" FOREIGN KEY ("athlete_id") REFERENCES "athletes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meet_aliases" ADD CONSTRAINT "meet_aliases_meet_id_fkey" FOREIGN KEY ("meet_id") REFERENCES "meets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
