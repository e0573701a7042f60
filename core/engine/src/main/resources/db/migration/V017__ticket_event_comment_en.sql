-- The history in both languages where the platform composes an entry's comment (由市卫健委改派：…,
-- 补正表单：…, 电话回访：…): COMMENT_TEXT keeps the Chinese, as before, and COMMENT_EN the English.
-- What a person wrote alone is kept once, as written; rows written before this script have none.
ALTER TABLE TICKET_EVENT ADD COLUMN COMMENT_EN VARCHAR(4000);
