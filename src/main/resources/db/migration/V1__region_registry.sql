-- region module: the Kemendagri registry of provinces and kabupaten/kota
create table province (
    code varchar(2) primary key,
    name text not null
);

create table region (
    code          varchar(5) primary key,
    province_code varchar(2) not null references province (code),
    name          text not null,
    kind          varchar(10) not null check (kind in ('KABUPATEN', 'KOTA'))
);
create index region_province_idx on region (province_code);
