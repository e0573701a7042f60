-- One valid rating per ticket and stage, decided by the database even for simultaneous ratings:
-- ACTIVE_KEY is 'ACTIVE' for a valid acceptance or completion rating and the rating's own id
-- otherwise (voided, or the re-rating of a rectification, of which a ticket may have several).
ALTER TABLE RATING ADD COLUMN ACTIVE_KEY VARCHAR(36);
UPDATE RATING SET ACTIVE_KEY = CASE WHEN VOIDED OR STAGE = 'RECTIFICATION' THEN ID ELSE 'ACTIVE' END;
ALTER TABLE RATING ALTER COLUMN ACTIVE_KEY SET NOT NULL;
ALTER TABLE RATING ADD CONSTRAINT UK_RATING_STAGE UNIQUE (TICKET_ID, STAGE, ACTIVE_KEY);
