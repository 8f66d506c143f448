package nl.passendwijzer.content.scholen;

/** The kind of school a vestiging is; decides sector and which samenwerkingsverband type applies. */
public enum SchoolSoort {
    /** Regular basisonderwijs. */
    BAO(Sector.PO),
    /** Speciaal basisonderwijs: part of one PO samenwerkingsverband. */
    SBO(Sector.PO),
    /** Speciaal onderwijs: usually serves several PO samenwerkingsverbanden. */
    SO(Sector.PO),
    /** Voortgezet speciaal onderwijs: usually serves several VO samenwerkingsverbanden. */
    VSO(Sector.VO),
    /** Regular voortgezet onderwijs (pro, vmbo, havo, vwo). */
    VO(Sector.VO);

    /** Primary or secondary education. */
    public enum Sector { PO, VO }

    private final Sector sector;

    SchoolSoort(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }

    /** Special schools serve pupils from several samenwerkingsverbanden and carry no single one. */
    public boolean dientMeerdereSwvs() {
        return this == SO || this == VSO;
    }
}
