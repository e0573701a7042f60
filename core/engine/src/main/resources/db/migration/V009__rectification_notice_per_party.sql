-- Supervision of a rectification presses whoever holds it up (Art.8): the window until it has
-- called back, then the unit. One notice per rectification and party, so a unit is still
-- pressed when its rectification is overdue after the window called back late. A notice raised
-- before this script named no unit exactly when it pressed the window.
ALTER TABLE RECTIFICATION_NOTICE ADD COLUMN PARTY VARCHAR(10);
UPDATE RECTIFICATION_NOTICE SET PARTY = CASE WHEN UNIT_CODE IS NULL THEN 'WINDOW' ELSE 'UNIT' END;
ALTER TABLE RECTIFICATION_NOTICE ALTER COLUMN PARTY SET NOT NULL;
ALTER TABLE RECTIFICATION_NOTICE DROP CONSTRAINT UK_RECTIFICATION_NOTICE;
ALTER TABLE RECTIFICATION_NOTICE ADD CONSTRAINT UK_RECTIFICATION_NOTICE_PARTY UNIQUE (RECTIFICATION_ID, PARTY);
