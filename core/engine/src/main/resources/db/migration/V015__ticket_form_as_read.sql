-- A ticket's form as people read it when it was submitted or corrected (Art.6, Art.9): the field's
-- label and the value's wording (a choice's label, yes/no) in both languages, kept beside each
-- value, so that the form reads the same after the service's plugin is replaced or uninstalled.
-- Rows written before this script have none (NULL) and read by the catalog's form, as before.
ALTER TABLE TICKET_FORM_VALUE ADD COLUMN LABEL_ZH VARCHAR(200);
ALTER TABLE TICKET_FORM_VALUE ADD COLUMN LABEL_EN VARCHAR(200);
ALTER TABLE TICKET_FORM_VALUE ADD COLUMN SHOWN_ZH VARCHAR(4000);
ALTER TABLE TICKET_FORM_VALUE ADD COLUMN SHOWN_EN VARCHAR(4000);
