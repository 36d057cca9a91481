package com.safetycredit.ledger.server.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refusals Tomcat makes before a request reaches the application (an encoded {@code /} or {@code %00} in a
 * path, a malformed request line) are RFC 7807 problems too, not Tomcat's HTML page.
 */
@Configuration(proxyBeanMethods = false)
public class ProblemErrorReports {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(ProblemErrorReports::useProblemValve);
    }

    private static void useProblemValve(Context context) {
        if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(ProblemValve.class.getName());
        }
    }

    /** Tomcat's error report as {@code application/problem+json}, with no server details. */
    public static class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                // a request refused before it was mapped has no context: Tomcat's own valve guards these too
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            } catch (RuntimeException noContext) {
                // the body below is plain ASCII
            }
            try {
                Writer writer = response.getReporter();
                if (writer != null) {
                    // the request could not be read: its query is not trusted for the language either
                    writer.write(Problems.json(null, status, status < 500 ? "malformed-request" : "internal-error"));
                    response.finishResponse();
                }
            } catch (IOException | RuntimeException e) {
                // the client is gone or the response is already out: nothing more to say
            }
        }
    }
}
