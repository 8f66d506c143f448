-- School sites (vestigingen): from DUO open data, or the bundled fictional demo set (fictief = TRUE, ids start with Z).
CREATE TABLE school (
    id           VARCHAR(6) PRIMARY KEY,
    naam         VARCHAR(200) NOT NULL,
    soort        VARCHAR(10) NOT NULL,
    niveaus      VARCHAR(100) NOT NULL,
    denominatie  VARCHAR(100),
    straat       VARCHAR(200),
    postcode     VARCHAR(7),
    pc4          CHAR(4),
    plaats       VARCHAR(100),
    gemeente     VARCHAR(100),
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    website      VARCHAR(300),
    fictief      BOOLEAN NOT NULL,
    bron         VARCHAR(20) NOT NULL,
    gewijzigd_op TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX school_pc4 ON school (pc4);
CREATE INDEX school_naam ON school (naam);

-- The samenwerkingsverband(en) a school belongs to: one for a regular school; so/vso often serve several.
CREATE TABLE school_swv (
    school_id  VARCHAR(6) NOT NULL REFERENCES school (id),
    swv_code   VARCHAR(6) NOT NULL,
    PRIMARY KEY (school_id, swv_code)
);

CREATE INDEX school_swv_code ON school_swv (swv_code);
