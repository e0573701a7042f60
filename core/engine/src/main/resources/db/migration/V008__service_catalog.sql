-- Services as plugins (Art.4, Art.6, Art.9).

-- Who provided the service when the ticket was submitted: it stays on the ticket when a county
-- replaces the service or the plugin is uninstalled. Tickets from before the catalog have none.
ALTER TABLE TICKET ADD COLUMN PROVIDER_BUNDLE VARCHAR(200);
ALTER TABLE TICKET ADD COLUMN PROVIDER_VERSION VARCHAR(60);
ALTER TABLE TICKET ADD COLUMN SERVICE_ORIGIN VARCHAR(20);

-- The application form as submitted: one row per value (several for a multiple choice).
CREATE TABLE TICKET_FORM_VALUE (
    TICKET_ID  VARCHAR(36)   NOT NULL REFERENCES TICKET (ID),
    FIELD_NAME VARCHAR(60)   NOT NULL,
    ORDINAL    INTEGER       NOT NULL,
    VALUE_TEXT VARCHAR(4000) NOT NULL,
    CONSTRAINT PK_TICKET_FORM_VALUE PRIMARY KEY (TICKET_ID, FIELD_NAME, ORDINAL)
);

-- What plugins recorded on a ticket: outcomes and failures. Append-only.
CREATE TABLE TICKET_OUTCOME (
    ID          VARCHAR(36)   NOT NULL PRIMARY KEY,
    TICKET_ID   VARCHAR(36)   NOT NULL REFERENCES TICKET (ID),
    RECORDED_AT TIMESTAMP     NOT NULL,
    ACTION      VARCHAR(20)   NOT NULL,
    PLUGIN      VARCHAR(260)  NOT NULL,
    FAILURE     BOOLEAN       NOT NULL,
    SUMMARY_ZH  VARCHAR(2000) NOT NULL,
    SUMMARY_EN  VARCHAR(2000) NOT NULL,
    VALUES_TEXT VARCHAR(8000)
);
CREATE INDEX IX_TICKET_OUTCOME_TICKET ON TICKET_OUTCOME (TICKET_ID, RECORDED_AT);

-- Published revisions of each service guide per jurisdiction (Art.6 "revises it in time").
-- A revision is added when the guide generated from the definition in force changes.
CREATE TABLE SERVICE_GUIDE (
    SERVICE_CODE     VARCHAR(60)    NOT NULL,
    JURISDICTION     VARCHAR(12)    NOT NULL,
    REVISION         INTEGER        NOT NULL,
    PUBLISHED_AT     TIMESTAMP      NOT NULL,
    PROVIDER         VARCHAR(260)   NOT NULL,
    CONTENT_HASH     VARCHAR(64)    NOT NULL,
    HTML             VARCHAR(200000) NOT NULL,
    CONSTRAINT PK_SERVICE_GUIDE PRIMARY KEY (SERVICE_CODE, JURISDICTION, REVISION)
);
