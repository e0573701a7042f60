-- A ticket keeps the name its service had when it was submitted (Art.9): after a county's plugin
-- is replaced or uninstalled, its tickets still read by the service they were made for, not by
-- whichever version is offered now. Tickets submitted before this script have none (NULL) and
-- read by the catalog as before.
ALTER TABLE TICKET ADD COLUMN SERVICE_NAME_ZH VARCHAR(200);
ALTER TABLE TICKET ADD COLUMN SERVICE_NAME_EN VARCHAR(200);
