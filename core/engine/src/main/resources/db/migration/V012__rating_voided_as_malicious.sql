-- Art.8 appeal: a rating the talent office voids as malicious closes its stage (no new rating of
-- it); one voided as mistaken frees the stage for a corrected rating, as every void did before.
ALTER TABLE RATING ADD COLUMN VOIDED_AS_MALICIOUS BOOLEAN DEFAULT FALSE NOT NULL;
