package jp.skilldev.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** What the benchmark reads from PostgreSQL itself: its version and its count of committed transactions. */
final class Database {

    private final DataSource dataSource;

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    String version() {
        return queryString("show server_version");
    }

    /**
     * Transactions committed in this database so far, as PostgreSQL counts them (every commit, including
     * read-only ones and the benchmark's own polling). Backends report at most once a second, so a delta
     * over a phase is exact to about a second's worth.
     */
    long committedTransactions() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("select pg_stat_force_next_flush()");
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rs = statement.executeQuery(
                    "select xact_commit from pg_stat_database where datname = current_database()")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refreshes the planner's statistics, as autovacuum does within a minute or so of a table's growth: the latency
     * figures are for a database in its steady state, not one whose tables grew a hundredfold a second ago.
     */
    void analyze() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Outbox messages sharing a business key: a mail that would go out twice. */
    long duplicateOutboxKeys() {
        return queryLong("select count(*) - count(distinct business_key) from outbox_message");
    }

    long queryLong(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String queryString(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
