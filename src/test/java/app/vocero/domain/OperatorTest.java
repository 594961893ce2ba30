package app.vocero.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who this desktop is, and how a person is named in a filter. */
class OperatorTest {

    @Test
    void theComputerIsNamedByTheShellThenWindowsThenTheNetwork() {
        assertThat(Operator.of("ana", Map.of("HOSTNAME", "pc-ventas-3", "COMPUTERNAME", "OTRO"), () -> "red"))
                .isEqualTo(new Operator("ana", "pc-ventas-3"));
        assertThat(Operator.of("ana", Map.of("HOSTNAME", " ", "COMPUTERNAME", "PC-VENTAS-3"), () -> "red").host())
                .isEqualTo("PC-VENTAS-3");
        assertThat(Operator.of("ana", Map.of(), () -> "pc.local").host()).isEqualTo("pc.local");
    }

    @Test
    void blankOrOddNamesStillNameSomeone() {
        Operator nobody = Operator.of(null, Map.of(), () -> null);
        assertThat(nobody.user()).isEqualTo("?");
        assertThat(nobody.host()).isEqualTo("localhost");
        assertThat(new Operator(" ana\u0007 ", "PC\n").display()).isEqualTo("ana @ PC");
        assertThat(new Operator("u".repeat(300), "h").user()).hasSize(Operator.LIMIT);
    }

    @Test
    void aPersonIsFoundByUserOrByUserAndComputerCaseIgnored() {
        Operator ana = new Operator("Ana", "PC-VENTAS-3");
        assertThat(ana.matches("ana")).isTrue();
        assertThat(ana.matches("ANA@pc-ventas-3")).isTrue();
        assertThat(ana.matches("ana @ PC-VENTAS-3")).isTrue();
        assertThat(ana.matches("ana@PC-COBROS-1")).isFalse();
        assertThat(ana.matches("an")).isFalse();
        assertThat(ana.matches(" ")).isTrue();
    }

    @Test
    void thisDesktopIsTheUserRunningVocero() {
        assertThat(Operator.thisDesktop().user()).isEqualTo(System.getProperty("user.name").strip());
        assertThat(Operator.thisDesktop().host()).isNotBlank();
    }
}
