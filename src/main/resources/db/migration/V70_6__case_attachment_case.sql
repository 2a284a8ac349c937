-- Attachments belong to a case (V70_5 was written before the case table existed).
alter table case_attachment add constraint fk_case_attachment_case foreign key (case_id) references case_record (id);
