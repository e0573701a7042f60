-- Documents talents hand in with a request (材料, Art.6), named in a form's attachment field by their
-- id. Kept as uploaded: never updated or deleted. The content has a table of its own, so that
-- reading what a document is never loads it. BYTEA is PostgreSQL's binary type and an alias of
-- H2's BINARY VARYING.
CREATE TABLE ATTACHMENT (
    ID           VARCHAR(36)  NOT NULL PRIMARY KEY,
    TALENT_ID    VARCHAR(36)  NOT NULL,
    FILE_NAME    VARCHAR(200) NOT NULL,
    CONTENT_TYPE VARCHAR(40)  NOT NULL,
    SIZE_BYTES   BIGINT       NOT NULL,
    SHA256       VARCHAR(64)  NOT NULL,
    UPLOADED_AT  TIMESTAMP    NOT NULL,
    UPLOADED_BY  VARCHAR(120) NOT NULL
);
CREATE INDEX IX_ATTACHMENT_TALENT ON ATTACHMENT (TALENT_ID, UPLOADED_AT);
CREATE TABLE ATTACHMENT_CONTENT (
    ATTACHMENT_ID VARCHAR(36) NOT NULL PRIMARY KEY,
    CONTENT       BYTEA       NOT NULL,
    CONSTRAINT FK_ATTACHMENT_CONTENT FOREIGN KEY (ATTACHMENT_ID) REFERENCES ATTACHMENT (ID)
);
