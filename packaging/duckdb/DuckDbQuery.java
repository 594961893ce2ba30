import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * DuckDB's side of packaging/measure.sh: runs one SQL query in an in-memory DuckDB through its JDBC driver and prints
 * the first column of the first row, then the time the query took inside the process ("query-ms N"). Not part of
 * Vocero: measure.sh compiles it into its work directory and runs it with org.duckdb:duckdb_jdbc on the class path.
 */
public final class DuckDbQuery {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(args[0])) {
            result.next();
            System.out.println(result.getString(1));
        }
        System.out.println("query-ms " + (System.nanoTime() - start) / 1_000_000);
    }
}
