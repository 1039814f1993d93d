package jp.skilldev.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Applicants authenticate to {@code /api/**} only; staff are Camunda users and
 * alone reach {@code /camunda/**} (Camunda's own login) and {@code /engine-rest/**} (HTTP Basic
 * checked by Camunda's filter). See STACK-NOTES "Security of Camunda 7.24.0" for why each rule exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /**
     * Plain path patterns: the engine's REST API is a Jersey servlet, which Spring MVC's default
     * matchers would not see, letting its requests fall through to the last chain.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AppUserRepository users, IdentityService identityService,
                                                PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider applicants = new DaoAuthenticationProvider(new ApplicantUserDetailsService(users));
        applicants.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(applicants, new CamundaStaffAuthenticationProvider(identityService));
    }

    /** Authentication is Camunda's own filter below; Spring only keeps sessions and CSRF out of the way. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    /**
     * The webapps authenticate against Camunda's identity service themselves and have their own CSRF
     * filter; HTTP Basic here would make the browser's login call wait on a Basic prompt.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(a -> a
                        // CVE-2026-77226: the first-run setup endpoint can create an administrator.
                        .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/actuator/**")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.realmName("skilldev"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path("/api/public/**")).permitAll()
                        .requestMatchers(path(HttpMethod.GET, "/actuator/health"), path(HttpMethod.GET, "/actuator/health/**"))
                        .permitAll()
                        .requestMatchers(path("/api/admin/**"), path("/actuator/**")).hasRole(Roles.STAFF)
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * Web pages (the applicant portal): the portal's own sign-in page, a session cookie, CSRF on every
     * form; sign-out is a POST so that a link elsewhere cannot sign anyone out.
     */
    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .formLogin(form -> form
                        .loginPage("/signin")
                        .loginProcessingUrl("/signin")
                        .failureUrl("/signin?error")
                        .permitAll())
                .logout(logout -> logout
                        .logoutRequestMatcher(path(HttpMethod.POST, "/signout"))
                        .logoutSuccessUrl("/signin?signedOut")
                        .deleteCookies("JSESSIONID")
                        .permitAll())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path("/"), path("/index.html"), path("/error"), path("/favicon.ico"),
                                path("/css/**"), path(HttpMethod.GET, "/estimate/**")).permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engineRestAuthentication");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard() {
        FilterRegistrationBean<ExpressionQueryGuard> registration = new FilterRegistrationBean<>(new ExpressionQueryGuard());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("expressionQueryGuard");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
