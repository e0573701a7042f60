-- Art.8 assessment asks who closed a complaint: the clerk who called the talent back and the
-- handler who rectified are kept beside the times. Rectifications done before this script have
-- no record of them (NULL).
ALTER TABLE RECTIFICATION ADD COLUMN CALLED_BACK_BY VARCHAR(100);
ALTER TABLE RECTIFICATION ADD COLUMN RECTIFIED_BY VARCHAR(100);
-- A re-rating names the rectification it judges, also once it is voided or superseded (the
-- rectification then points at none or at a newer one). Re-ratings given before this script are
-- linked where their rectification still points at them.
ALTER TABLE RATING ADD COLUMN RECTIFICATION_ID VARCHAR(36);
UPDATE RATING SET RECTIFICATION_ID = (SELECT R.ID FROM RECTIFICATION R WHERE R.RE_RATING_ID = RATING.ID)
    WHERE STAGE = 'RECTIFICATION';
CREATE INDEX IX_RATING_RECTIFICATION ON RATING (RECTIFICATION_ID);
