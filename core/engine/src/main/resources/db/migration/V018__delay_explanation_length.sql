-- A delay's explanation is a text of the window like the others (at most 4000 characters, as the
-- operator guide says and the window checks); V003 made its column 2000 wide, so a longer one was
-- refused by the database instead (a 500). Standard SQL, for H2 and PostgreSQL alike.
ALTER TABLE TICKET_STEP ALTER COLUMN DELAY_EXPLANATION SET DATA TYPE VARCHAR(4000);
