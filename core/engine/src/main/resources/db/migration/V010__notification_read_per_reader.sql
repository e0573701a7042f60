-- Each reader marks a notification read for themselves. A notice addressed to the window or a
-- unit used to have one read mark for all its readers, so one clerk reading it hid it from the
-- others, and a city clerk reading a county's notice hid it from the county's clerks.
-- NOTIFICATION.READ_AT stays: the first reading by any of its readers. A personal notification
-- read before this script keeps its reading; on a shared one the reader was not recorded, so it
-- is unread again for each reader.
CREATE TABLE NOTIFICATION_READ (
    NOTIFICATION_ID VARCHAR(36)  NOT NULL REFERENCES NOTIFICATION (ID),
    ACCOUNT         VARCHAR(120) NOT NULL,
    READ_AT         TIMESTAMP    NOT NULL,
    CONSTRAINT PK_NOTIFICATION_READ PRIMARY KEY (NOTIFICATION_ID, ACCOUNT)
);
INSERT INTO NOTIFICATION_READ (NOTIFICATION_ID, ACCOUNT, READ_AT)
    SELECT ID, RECIPIENT, READ_AT FROM NOTIFICATION
    WHERE READ_AT IS NOT NULL AND RECIPIENT NOT LIKE 'unit:%' AND RECIPIENT NOT LIKE 'role:%';
