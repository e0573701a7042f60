-- A submission asks for the talent's unfinished and waiting requests of a service (the service's
-- rules, Art.4.5; a repeated request, architecture.md 4.3a). With an index on TALENT_ID alone
-- both read every request the talent ever made, so a submission grew slower with each closed
-- one. STATE leads the new index so that the look-up by the unfinished states (an IN list, which
-- H2 can only use on an index's first column) reads the talent's unfinished requests only; it
-- replaces the index on STATE alone, which it covers. Standard SQL, for H2 and PostgreSQL alike.
CREATE INDEX IX_TICKET_STATE_TALENT ON TICKET (STATE, TALENT_ID, SERVICE_CODE);
DROP INDEX IX_TICKET_STATE;
