-- Who acted in a ticket's history as people know them (Art.6: the talent follows the whole process):
-- TALENT, WINDOW, UNIT:<code>, OFFICE or ADMIN, from the actor's role when the entry was written.
-- A talent's view shows the party, not the staff member's login. Entries written before this
-- script have none (NULL).
ALTER TABLE TICKET_EVENT ADD COLUMN ACTOR_PARTY VARCHAR(40);
