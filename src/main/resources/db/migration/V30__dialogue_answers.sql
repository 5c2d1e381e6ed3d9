-- The chairman's office of a district People's Committee (Văn phòng HĐND và UBND) reviews the departments' answers
-- to workers' petitions: the organisation data marks it, at most one per district.
alter table org_department add column chairmans_office boolean not null default false;

-- One answer sheet per department and plan (dialogue-department-answers): the department's petitions are those
-- assigned to it; the sheet tells the REST API which instance answers them.
create table dialogue_answer_sheet (
    district_code       varchar(64)  not null,
    plan_year           integer      not null,
    plan_number         varchar(100) not null,
    department_code     varchar(64)  not null,
    process_instance_id varchar(64)  not null,
    opened_at           timestamp    not null,
    primary key (district_code, plan_year, plan_number, department_code),
    foreign key (district_code, plan_year, plan_number)
        references dialogue_conference (district_code, plan_year, plan_number)
);

-- A department's draft answer to one petition, until the chairman's office approves the sheet and the answer is
-- written to the petition. Two people saving the same answer at once: each sends the version it saw (0 = no answer
-- yet), the petition's row is locked and the version compared, so the second is refused instead of overwriting.
create table dialogue_answer_draft (
    petition_id     bigint        not null primary key references dialogue_petition (id),
    department_code varchar(64)   not null,
    body            varchar(8000) not null,
    template_code   varchar(64),
    -- DRAFT (saved), SENT_BACK (the reviewer wants it redone, review_note says why), APPROVED
    state           varchar(16)   not null,
    review_note     varchar(2000),
    version         integer       not null,
    saved_at        timestamp     not null,
    saved_by        varchar(64)   not null
);
