package nl.passendwijzer.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

class MedewerkerCommandTest {

    @Test
    void addPrintsAOneTimeLinkThatSetsThePassword() {
        Portal portal = TestPortals.shared();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MedewerkerCommand command = new MedewerkerCommand(portal.accounts(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int exit = command.run(new String[] {"medewerker", "add", "--email", "cli.coord@example.org", "--naam", "Cli Coord",
                                             "--rol", "coordinator", "--swv", "PO2707,VO2708"});
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out, exit, is(0));
        assertThat(out, containsString("#token="));
        String token = out.substring(out.indexOf("#token=") + 7).split("\\s")[0];
        portal.accounts().setPassword(token, "een lange zin als wachtwoord");
        var account = portal.accounts().findByEmail("cli.coord@example.org").orElseThrow();
        assertThat(account.swvRollen().size(), is(2));
        assertThat(account.wachtwoordHash().orElseThrow().startsWith("$argon2id$"), is(true));

        bytes.reset();
        assertThat(command.run(new String[] {"medewerker", "add", "--email", "cli.coord@example.org", "--naam", "X",
                                             "--rol", "medewerker", "--swv", "PO2707"}), is(1));
        assertThat(bytes.toString(StandardCharsets.UTF_8), containsString("al een account"));
        bytes.reset();
        assertThat(command.run(new String[] {"medewerker", "uitnodigen", "--email", "cli.coord@example.org"}), is(0));
        assertThat(bytes.toString(StandardCharsets.UTF_8), containsString("#token="));
        assertThat(command.run(new String[] {"medewerker", "add", "--email"}), is(2));
    }
}
