package nl.passendwijzer.server.staff;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.passendwijzer.server.intake.VraagStatus;

import static nl.passendwijzer.server.intake.VraagStatus.BEANTWOORD;
import static nl.passendwijzer.server.intake.VraagStatus.GESLOTEN;
import static nl.passendwijzer.server.intake.VraagStatus.IN_BEHANDELING;
import static nl.passendwijzer.server.intake.VraagStatus.INGETROKKEN;
import static nl.passendwijzer.server.intake.VraagStatus.NIEUW;
import static nl.passendwijzer.server.intake.VraagStatus.WACHT_OP_VRAGER;

/**
 * The status changes staff may make. Reopening (heropenen) is the move from beantwoord or gesloten back to
 * in-behandeling. {@code beantwoord} is reached by posting an answer, {@code wacht-op-vrager} by asking the asker for
 * more information, so both come with a message; a withdrawn question is final.
 */
public final class StatusOvergangen {
    private static final Map<VraagStatus, Set<VraagStatus>> ALLOWED = Map.of(
            NIEUW, EnumSet.of(IN_BEHANDELING, WACHT_OP_VRAGER, BEANTWOORD, GESLOTEN),
            IN_BEHANDELING, EnumSet.of(WACHT_OP_VRAGER, BEANTWOORD, GESLOTEN),
            WACHT_OP_VRAGER, EnumSet.of(IN_BEHANDELING, BEANTWOORD, GESLOTEN),
            BEANTWOORD, EnumSet.of(IN_BEHANDELING, WACHT_OP_VRAGER, BEANTWOORD, GESLOTEN),
            GESLOTEN, EnumSet.of(IN_BEHANDELING),
            INGETROKKEN, EnumSet.noneOf(VraagStatus.class));

    /** Targets the status endpoint accepts by itself (the others need their own action with a message). */
    static final Set<VraagStatus> VIA_STATUS_ENDPOINT = EnumSet.of(IN_BEHANDELING, GESLOTEN);

    private StatusOvergangen() {
    }

    public static boolean allowed(VraagStatus from, VraagStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    public static boolean isReopening(VraagStatus from, VraagStatus to) {
        return (from == BEANTWOORD || from == GESLOTEN) && to == IN_BEHANDELING;
    }
}
