-- Season lists and date ranges read races(event_id, effective_date) since effective_date
-- came; nothing reads (event_id, date) any more, and every race written paid for it.

-- DropIndex
DROP INDEX "races_event_id_date_idx";
