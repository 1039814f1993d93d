package jp.skilldev.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * The physical anchor: single-row INSERT + COMMIT transactions per second over JDBC on the same PostgreSQL,
 * with as many client threads as the job executor has. No engine is faster than its database's commits.
 */
final class CommitFloor {

    private final DataSource dataSource;

    CommitFloor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    double commitsPerSecond(int threads, int seconds) {
        execute("create table if not exists bench_commit_floor (id bigserial primary key, payload varchar(64) not null)");
        LongAdder commits = new LongAdder();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        Parallel.run(threads, threads, worker -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("insert into bench_commit_floor (payload) values (?)")) {
                connection.setAutoCommit(false);
                while (System.nanoTime() < end) {
                    insert.setString(1, "worker " + worker);
                    insert.executeUpdate();
                    connection.commit();
                    commits.increment();
                }
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        execute("drop table bench_commit_floor");
        return commits.sum() / elapsed;
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
