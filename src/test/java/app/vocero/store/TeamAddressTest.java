package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The TLS rule of a team database's address: required, except to this computer. */
class TeamAddressTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);
    private static final Messages SPANISH = Messages.of(Locale.forLanguageTag("es-CO"));

    @Test
    void aServerOnAnotherComputerNeedsTls() {
        assertThatThrownBy(() -> TeamAddress.parse("jdbc:postgresql://db.callcenter.lan/vocero", ENGLISH))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("db.callcenter.lan").hasMessageContaining("sslmode=verify-full");
        assertThatThrownBy(() -> TeamAddress.parse("jdbc:postgresql://10.0.0.5:5432/vocero?sslmode=prefer", ENGLISH))
                .isInstanceOf(StartupException.class);
        assertThatThrownBy(() -> TeamAddress.parse("jdbc:postgresql://10.0.0.5/vocero?sslmode=disable", SPANISH))
                .isInstanceOf(StartupException.class).hasMessageContaining("cifrad");
        // a multi-host URL with one remote host is not loopback
        assertThatThrownBy(() -> TeamAddress.parse("jdbc:postgresql://localhost,10.0.0.5/vocero", ENGLISH))
                .isInstanceOf(StartupException.class);
    }

    @Test
    void requireVerifyCaAndVerifyFullAreTls() throws Exception {
        for (String mode : new String[] {"require", "verify-ca", "verify-full", "VERIFY-FULL"}) {
            TeamAddress address = TeamAddress.parse("jdbc:postgresql://db.callcenter.lan:6432/vocero?sslmode=" + mode, ENGLISH);
            assertThat(address.loopback()).isFalse();
            assertThat(address.display()).isEqualTo("db.callcenter.lan:6432/vocero");
        }
        assertThat(TeamAddress.parse("jdbc:postgresql://db.callcenter.lan/vocero?ssl=true", ENGLISH).database())
                .isEqualTo("vocero");
    }

    @Test
    void thisComputerNeedsNoTls() throws Exception {
        for (String host : new String[] {"localhost", "127.0.0.1", "127.1.2.3", "[::1]", "LocalHost"}) {
            TeamAddress address = TeamAddress.parse("jdbc:postgresql://" + host + ":5432/vocero", ENGLISH);
            assertThat(address.loopback()).as(host).isTrue();
        }
        assertThat(TeamAddress.isLoopback("127.0.0.1.evil.example")).isFalse();
        assertThat(TeamAddress.isLoopback("localhost.evil.example")).isFalse();
    }

    @Test
    void aLibpqStyleAddressIsTakenAndAPasswordInItIsRefused() throws Exception {
        assertThat(TeamAddress.parse("postgresql://localhost:5433/equipo", ENGLISH).jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5433/equipo");
        assertThatThrownBy(() -> TeamAddress.parse("jdbc:postgresql://localhost/vocero?password=secreto", ENGLISH))
                .isInstanceOf(StartupException.class).hasMessageNotContaining("secreto")
                .hasMessageContaining("secret store");
        assertThatThrownBy(() -> TeamAddress.parse("jdbc:mysql://localhost/vocero", ENGLISH))
                .isInstanceOf(StartupException.class).hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> TeamAddress.parse("", ENGLISH)).isInstanceOf(StartupException.class);
    }
}
