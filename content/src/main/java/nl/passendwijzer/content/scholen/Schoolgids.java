package nl.passendwijzer.content.scholen;

import java.util.List;

/** A school's schoolgids for one schooljaar, as sections with page numbers or anchors into the source. */
public record Schoolgids(String schoolId, String schooljaar, List<DocumentSectie> secties, String bronPad,
                         String bronSha256) {
    public Schoolgids {
        secties = List.copyOf(secties);
    }
}
