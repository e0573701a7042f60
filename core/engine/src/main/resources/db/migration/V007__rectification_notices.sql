-- Supervision of rectification deadlines (Art.8): one notice per rectification past its due
-- time and not rectified, decided by the unique key as for ticket steps.
CREATE TABLE RECTIFICATION_NOTICE (
    ID                VARCHAR(36) NOT NULL PRIMARY KEY,
    RECTIFICATION_ID  VARCHAR(36) NOT NULL REFERENCES RECTIFICATION (ID),
    TICKET_ID         VARCHAR(36) NOT NULL REFERENCES TICKET (ID),
    TICKET_NUMBER     VARCHAR(40) NOT NULL,
    UNIT_CODE         VARCHAR(40),
    JURISDICTION      VARCHAR(12) NOT NULL,
    DUE_AT            TIMESTAMP   NOT NULL,
    RAISED_AT         TIMESTAMP   NOT NULL,
    CONSTRAINT UK_RECTIFICATION_NOTICE UNIQUE (RECTIFICATION_ID)
);
