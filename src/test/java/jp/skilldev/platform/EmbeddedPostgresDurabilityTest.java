package jp.skilldev.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README run's embedded PostgreSQL keeps what it reported committed; only test databases trade that for speed. */
class EmbeddedPostgresDurabilityTest {

    @ParameterizedTest
    @CsvSource({"true, on", "false, off"})
    void commitsReachTheDiskUnlessTheDatabaseIsThrowAway(boolean durable, String expected) throws Exception {
        try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres("", 0, durable);
             Connection connection = postgres.getPostgresDatabase().getConnection()) {
            assertThat(setting(connection, "fsync")).isEqualTo(expected);
            assertThat(setting(connection, "synchronous_commit")).isEqualTo(expected);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
