-- The outgoing-document register (sổ đăng ký văn bản đi): every document the system issues gets a number and
-- symbol, unique per register and year (Nghị định 30/2020/NĐ-CP), e.g. "15/BC-LĐLĐ".
create table doc_register (
    code                varchar(32)  not null primary key,
    name                varchar(255) not null,
    -- the issuing body's abbreviation in the symbol: "LĐLĐ" in "15/BC-LĐLĐ"
    issuer_abbreviation varchar(32)  not null
);

-- The last number taken per register and year. Numbering locks the register's row first (select … for update),
-- so this row is read and written by one transaction at a time.
create table doc_register_counter (
    register_code varchar(32) not null references doc_register (code),
    register_year integer     not null,
    last_number   integer     not null,
    primary key (register_code, register_year)
);

create table doc_outgoing (
    id                  varchar(64)   not null primary key,
    register_code       varchar(32)   not null references doc_register (code),
    register_year       integer       not null,
    sequence_number     integer       not null,
    symbol              varchar(100)  not null,
    document_type       varchar(32)   not null,
    subject             varchar(1000) not null,
    issued_on           date          not null,
    source_kind         varchar(64),
    source_reference    varchar(200),
    process_instance_id varchar(64),
    issued_by           varchar(64),
    recorded_at         timestamp     not null,
    -- the safety net under the lock: a number can never be given twice
    constraint doc_outgoing_number unique (register_code, register_year, sequence_number)
);
create index doc_outgoing_source on doc_outgoing (source_kind, source_reference);

-- The issued file (DOCX), apart from the register so that listing the register stays light.
create table doc_outgoing_file (
    document_id  varchar(64)  not null primary key references doc_outgoing (id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    content      bytea        not null
);

insert into doc_register (code, name, issuer_abbreviation)
values ('LDLD', 'Sổ văn bản đi của Liên đoàn Lao động thành phố Hà Nội', 'LĐLĐ');
