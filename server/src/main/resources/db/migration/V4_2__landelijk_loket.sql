-- Staff of the landelijk loket work the questions no samenwerkingsverband is responsible for (vraag.swv_code IS NULL).
-- A flag per account, not a medewerker_swv row: the loket is no samenwerkingsverband and must not appear in SWV lists.
ALTER TABLE medewerker ADD COLUMN landelijk_loket BOOLEAN DEFAULT FALSE NOT NULL;
