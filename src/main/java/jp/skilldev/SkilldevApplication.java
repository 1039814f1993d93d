package jp.skilldev;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SkilldevApplication {

    public static void main(String[] args) {
        SpringApplication.run(SkilldevApplication.class, args);
    }
}
