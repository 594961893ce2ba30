package app.vocero.store;

import app.vocero.domain.Operator;

/** The two columns that say who made or sent a row ({@code *_user}, {@code *_host}), both NULL on older rows. */
final class OperatorColumns {

    private OperatorColumns() {
    }

    /** Who a row says did it; {@code null} for a row from before it was kept. */
    static Operator read(String user, String host) {
        return user == null && host == null ? null : new Operator(user, host);
    }

    static String user(Operator operator) {
        return operator == null ? null : operator.user();
    }

    static String host(Operator operator) {
        return operator == null ? null : operator.host();
    }
}
