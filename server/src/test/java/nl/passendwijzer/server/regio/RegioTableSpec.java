package nl.passendwijzer.server.regio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.passendwijzer.content.BundledResources;
import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.content.regio.RegioIndeling;
import nl.passendwijzer.server.Portal;
import nl.passendwijzer.server.regio.SwvViews.PostcodeView;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * Every row of the law table, read straight from the bundled file, must come back from the database-backed directory
 * with the PO and VO code the regulation gives (or an explicit "no SWV" where the cell holds no code).
 * Shared by the H2 and the PostgreSQL test.
 */
final class RegioTableSpec {
    private RegioTableSpec() {
    }

    static void assertEveryRowAnswersItsLawTableCodes(Portal portal) {
        List<String[]> rows = rawRows();
        assertThat(rows.size(), is(4046));
        List<String> mismatches = new ArrayList<>();
        for (String[] row : rows) {
            PostcodeView view = portal.swvDirectory().forPostcode(new Pc4(row[0]));
            String po = view.po() == null ? "-" : view.po().code();
            String vo = view.vo() == null ? "-" : view.vo().code();
            String expectedPo = row[2].matches("PO\\d{4}") ? row[2] : "-";
            String expectedVo = row[3].matches("VO\\d{4}") ? row[3] : "-";
            boolean explained = !expectedPo.equals("-") || view.geenSamenwerkingsverband() != null;
            if (!po.equals(expectedPo) || !vo.equals(expectedVo) || !row[1].equals(view.gemeente()) || !explained) {
                mismatches.add(String.join("|", row) + " -> " + view.gemeente() + "|" + po + "|" + vo);
            }
        }
        assertThat(mismatches, is(empty()));
    }

    private static List<String[]> rawRows() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BundledResources.open(RegioIndeling.RESOURCE), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
