package nl.passendwijzer.server.auth;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class PasswordPolicyTest {
    private static final PasswordPolicy POLICY = PasswordPolicy.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"kort", "elf tekens!", "Wachtwoord123", "123456789012", "aaaaaaaaaaaaaaaa",
                            "qwertyuiop123", "passendwijzer1", "fatima@example.org en meer"})
    void refusesShortCommonAndOwnAddressPasswords(String password) {
        assertThat(POLICY.check(password, "fatima@example.org").isPresent(), is(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paarden eten graag wortels", "zonder-hoofdletters-of-cijfers", "ëën lange zin met accenten"})
    void acceptsLongPassphrasesWithoutCompositionRules(String password) {
        assertThat(POLICY.check(password, "fatima@example.org").isPresent(), is(false));
    }

    @Property
    void anyStringIsJudgedWithoutThrowing(@ForAll @StringLength(max = 300) String password) {
        boolean refused = POLICY.check(password, "x@example.org").isPresent();
        String normalized = PasswordHasher.normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < PasswordPolicy.MIN_LENGTH) {
            assertThat(refused, is(true));
        }
    }
}
