package app.vocero.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPolicyTest {

    @Test
    void httpsIsAllowedEverywhere() {
        assertThat(UrlPolicy.problem("https://apicallb.saem.tel")).isEmpty();
    }

    @Test
    void plainHttpOnlyToThisComputer() {
        assertThat(UrlPolicy.problem("http://127.0.0.1:8787/saem")).isEmpty();
        assertThat(UrlPolicy.problem("http://localhost:9000")).isEmpty();
        assertThat(UrlPolicy.problem("http://[::1]:9000")).isEmpty();
        assertThat(UrlPolicy.problem("http://api.meetzy.io")).hasValueSatisfying(problem -> {
            assertThat(problem[0]).contains("Plain http:// is refused for api.meetzy.io");
            assertThat(problem[1]).contains("Se rechaza http://");
        });
        assertThat(UrlPolicy.problem("http://192.168.1.10")).isPresent();
    }

    @Test
    void notAUrlIsSaidSo() {
        assertThat(UrlPolicy.problem("ftp://x.y")).isPresent();
        assertThat(UrlPolicy.problem("no es una url")).isPresent();
    }
}
