package nl.passendwijzer.server.intake;

import nl.passendwijzer.server.TestPortals;
import org.junit.jupiter.api.Test;

class VraagRepositoryTest {

    @Test
    void aQuestionLivesThroughMessagesStatusTransferAndErasureWithAnAuditRowForEachStep() {
        VraagRepositorySpec.assertFullLifeCycle(TestPortals.shared());
    }
}
