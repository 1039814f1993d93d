package jp.skilldev.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL 17 started in-process whenever no {@code spring.datasource.url} is given:
 * the README run keeps its data under {@code data/pg}, tests get a throw-away directory.
 * <p>
 * zonky starts PostgreSQL for tests, with {@code fsync} and {@code synchronous_commit} off: a crash of the machine
 * or of PostgreSQL may then lose transactions already reported committed (a mail marked sent, a payment recorded),
 * or the whole cluster. Unless {@code app.embedded-postgres.durable} is false (the throw-away test databases),
 * both are switched back on, as in any production PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    // Spring closes it; zonky's own shutdown hook would race with ours and hang the JVM (STACK-NOTES 3).
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${app.embedded-postgres.data-dir:}") String dataDir,
                                      @Value("${app.embedded-postgres.port:0}") int port,
                                      @Value("${app.embedded-postgres.durable:true}") boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "Asia/Tokyo")
                .setServerConfig("max_connections", "100");
        if (durable) {
            // Given as -c options after zonky's -F, so they win over it.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (!dataDir.isBlank()) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${spring.datasource.hikari.connection-init-sql:}") String connectionInitSql) {
        HikariDataSource dataSource = new HikariDataSource();
        // Built here rather than by Spring Boot, so the pool settings shared with an external database are applied by hand.
        if (!connectionInitSql.isBlank()) {
            dataSource.setConnectionInitSql(connectionInitSql);
        }
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("skilldev");
        return dataSource;
    }
}
