-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE', 'MIXED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('TRACK', 'ROAD', 'FIELD', 'COMBINED', 'RELAY', 'WALK', 'CROSS_COUNTRY');

-- CreateEnum
CREATE TYPE "MarkUnit" AS ENUM ('TIME', 'DISTANCE', 'HEIGHT', 'POINTS');

-- CreateEnum
CREATE TYPE "MarkDirection" AS ENUM ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER');

-- CreateEnum
CREATE TYPE "ChampionshipLevel" AS ENUM ('OLYMPIC', 'WORLD', 'CONTINENTAL', 'REGIONAL', 'NATIONAL', 'CIRCUIT', 'OTHER');

-- CreateEnum
CREATE TYPE "AgeCategory" AS ENUM ('SENIOR', 'U23', 'U20', 'U18', 'MASTERS');

-- CreateEnum
CREATE TYPE "Round" AS ENUM ('FINAL', 'SEMI_FINAL', 'QUARTER_FINAL', 'HEAT', 'QUALIFICATION', 'PRELIMINARY');

-- CreateEnum
CREATE TYPE "RaceStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PerformanceStatus" AS ENUM ('FINISHED', 'DNF', 'DNS', 'DQ', 'NM');

-- CreateEnum
CREATE TYPE "MarkPrecision" AS ENUM ('THOUSANDTHS', 'HUNDREDTHS', 'TENTHS_HAND', 'WHOLE_SECONDS', 'CENTIMETRES', 'POINTS');

-- CreateEnum
CREATE TYPE "PerformanceNote" AS ENUM ('PB', 'SB', 'NR', 'AR', 'WR', 'CR', 'MR', 'WL', 'Q', 'q');

-- CreateTable
CREATE TABLE "sources" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "published_on" DATE,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "countries" (
    "code" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "countries_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "athletes" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "given_name" TEXT,
    "family_name" TEXT,
    "display_name" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "birth_date" DATE,
    "country_code" CHAR(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "athletes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "athlete_aliases" (
    "id" SERIAL NOT NULL,
    "athlete_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,

    CONSTRAINT "athlete_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "kind" "EventKind" NOT NULL,
    "unit" "MarkUnit" NOT NULL,
    "direction" "MarkDirection" NOT NULL,
    "wind_affected" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "championships" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "ChampionshipLevel" NOT NULL,
    "age_category" "AgeCategory" NOT NULL DEFAULT 'SENIOR',
    "awards_medals" BOOLEAN NOT NULL,

    CONSTRAINT "championships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meets" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "championship_id" INTEGER,
    "venue" TEXT,
    "city" TEXT,
    "country_code" CHAR(3),
    "year" INTEGER NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    "indoor" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "meets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "races" (
    "id" SERIAL NOT NULL,
    "meet_id" INTEGER NOT NULL,
    "event_id" INTEGER NOT NULL,
    "round" "Round" NOT NULL,
    "heat" INTEGER NOT NULL DEFAULT 1,
    "date" DATE,
    "status" "RaceStatus" NOT NULL DEFAULT 'COMPLETED',
    "wind_mps" DECIMAL(3,1),

    CONSTRAINT "races_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "performances" (
    "id" SERIAL NOT NULL,
    "race_id" INTEGER NOT NULL,
    "athlete_id" INTEGER NOT NULL,
    "place" INTEGER,
    "mark_value" INTEGER,
    "mark_text" TEXT,
    "precision" "MarkPrecision",
    "wind_mps" DECIMAL(3,1),
    "status" "PerformanceStatus" NOT NULL DEFAULT 'FINISHED',
    "notes" "PerformanceNote"[] DEFAULT ARRAY[]::"PerformanceNote"[],
    "photo_finish" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "performances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entries" (
    "id" SERIAL NOT NULL,
    "race_id" INTEGER NOT NULL,
    "athlete_id" INTEGER NOT NULL,
    "bib" TEXT,

    CONSTRAINT "entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meet_sources" (
    "meet_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "meet_sources_pkey" PRIMARY KEY ("meet_id","source_id")
);

-- CreateTable
CREATE TABLE "performance_sources" (
    "performance_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "performance_sources_pkey" PRIMARY KEY ("performance_id","source_id")
);

-- CreateTable
CREATE TABLE "entry_sources" (
    "entry_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "entry_sources_pkey" PRIMARY KEY ("entry_id","source_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sources_reference_key" ON "sources"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "athletes_slug_key" ON "athletes"("slug");

-- CreateIndex
CREATE INDEX "athletes_search_name_idx" ON "athletes"("search_name");

-- CreateIndex
CREATE INDEX "athletes_country_code_idx" ON "athletes"("country_code");

-- CreateIndex
CREATE INDEX "athlete_aliases_search_name_idx" ON "athlete_aliases"("search_name");

-- CreateIndex
CREATE UNIQUE INDEX "athlete_aliases_athlete_id_search_name_key" ON "athlete_aliases"("athlete_id", "search_name");

-- CreateIndex
CREATE UNIQUE INDEX "events_code_sex_key" ON "events"("code", "sex");

-- CreateIndex
CREATE UNIQUE INDEX "championships_slug_key" ON "championships"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "meets_slug_key" ON "meets"("slug");

-- CreateIndex
CREATE INDEX "meets_championship_id_year_idx" ON "meets"("championship_id", "year");

-- CreateIndex
CREATE INDEX "meets_year_idx" ON "meets"("year");

-- CreateIndex
CREATE INDEX "races_event_id_date_idx" ON "races"("event_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "races_meet_id_event_id_round_heat_key" ON "races"("meet_id", "event_id", "round", "heat");

-- CreateIndex
CREATE INDEX "performances_athlete_id_idx" ON "performances"("athlete_id");

-- CreateIndex
CREATE INDEX "performances_race_id_place_idx" ON "performances"("race_id", "place");

-- CreateIndex
CREATE UNIQUE INDEX "performances_race_id_athlete_id_key" ON "performances"("race_id", "athlete_id");

-- CreateIndex
CREATE INDEX "entries_athlete_id_idx" ON "entries"("athlete_id");

-- CreateIndex
CREATE UNIQUE INDEX "entries_race_id_athlete_id_key" ON "entries"("race_id", "athlete_id");

-- AddForeignKey
ALTER TABLE "athletes" ADD CONSTRAINT "athletes_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "athlete_aliases" ADD CONSTRAINT "athlete_aliases_athlete_id_fkey" FOREIGN KEY ("athlete_id") REFERENCES "athletes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meets" ADD CONSTRAINT "meets_championship_id_fkey" FOREIGN KEY ("championship_id") REFERENCES "championships"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meets" ADD CONSTRAINT "meets_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "races" ADD CONSTRAINT "races_meet_id_fkey" FOREIGN KEY ("meet_id") REFERENCES "meets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "races" ADD CONSTRAINT "races_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performances" ADD CONSTRAINT "performances_race_id_fkey" FOREIGN KEY ("race_id") REFERENCES "races"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performances" ADD CONSTRAINT "performances_athlete_id_fkey" FOREIGN KEY ("athlete_id") REFERENCES "athletes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entries" ADD CONSTRAINT "entries_race_id_fkey" FOREIGN KEY ("race_id") REFERENCES "races"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entries" ADD CONSTRAINT "entries_athlete_id_fkey" FOREIGN KEY ("athlete_id") REFERENCES "athletes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meet_sources" ADD CONSTRAINT "meet_sources_meet_id_fkey" FOREIGN KEY ("meet_id") REFERENCES "meets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meet_sources" ADD CONSTRAINT "meet_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_sources" ADD CONSTRAINT "performance_sources_performance_id_fkey" FOREIGN KEY ("performance_id") REFERENCES "performances"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_sources" ADD CONSTRAINT "performance_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entry_sources" ADD CONSTRAINT "entry_sources_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entry_sources" ADD CONSTRAINT "entry_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
