package jp.skilldev.ruledata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class RuleDataConfiguration {

    static final String TABLES = "classpath*:ruledata/tables/*.yaml";

    @Bean
    RuleBook ruleBook() throws IOException {
        List<RuleTable> tables = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(TABLES)) {
            try (InputStream in = resource.getInputStream()) {
                tables.add(RuleBook.read(resource.getFilename(), in));
            }
        }
        return new RuleBook(tables);
    }
}
