-- Versions of bundled data sets loaded into the database (loaded again only when the bundled file changes).
CREATE TABLE data_versie (
    naam        VARCHAR(100) PRIMARY KEY,
    versie      VARCHAR(128) NOT NULL,
    geladen_op  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The annex of the Regeling regio-indeling, as published: an SWV cell may hold a text that is no code ("Europoort").
CREATE TABLE pc4_regio (
    pc4          CHAR(4) PRIMARY KEY,
    gemeente     VARCHAR(100) NOT NULL,
    po_swv_bron  VARCHAR(50) NOT NULL,
    vo_swv_bron  VARCHAR(50) NOT NULL
);

CREATE TABLE pc4_centroid (
    pc4  CHAR(4) PRIMARY KEY,
    lat  DOUBLE PRECISION NOT NULL,
    lon  DOUBLE PRECISION NOT NULL
);

CREATE TABLE samenwerkingsverband (
    code                       VARCHAR(6) PRIMARY KEY,
    sector                     VARCHAR(2) NOT NULL,
    naam                       VARCHAR(200) NOT NULL,
    naam_afgeleid              BOOLEAN NOT NULL,
    pc4_aantal                 INTEGER NOT NULL,
    antwoordtermijn_werkdagen  INTEGER NOT NULL,
    in_regio_indeling          BOOLEAN NOT NULL
);

CREATE TABLE swv_gemeente (
    swv_code  VARCHAR(6) NOT NULL REFERENCES samenwerkingsverband (code),
    gemeente  VARCHAR(100) NOT NULL,
    PRIMARY KEY (swv_code, gemeente)
);

-- Contact data of the ouder- en jeugdinformatiepunt; empty and flagged placeholder until real data is imported.
CREATE TABLE informatiepunt (
    swv_code        VARCHAR(6) PRIMARY KEY REFERENCES samenwerkingsverband (code),
    naam            VARCHAR(200),
    email           VARCHAR(254),
    telefoon        VARCHAR(40),
    website         VARCHAR(300),
    openingstijden  VARCHAR(500),
    placeholder     BOOLEAN NOT NULL,
    gewijzigd_op    TIMESTAMP WITH TIME ZONE NOT NULL
);
