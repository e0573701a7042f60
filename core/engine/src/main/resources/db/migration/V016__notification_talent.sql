-- The talent a notification about no ticket is for (a plugin's notice, e.g. a gold card revoked).
-- A talent's notices are addressed to their login; after the window binds the login to another
-- person, a notice must stay with the person it was about. Notices about a ticket are told apart by
-- the ticket's talent; rows written before this script have none (NULL) and follow the login.
ALTER TABLE NOTIFICATION ADD COLUMN TALENT_ID VARCHAR(36);
