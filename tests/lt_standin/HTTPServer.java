// A STAND-IN for LanguageTool's server jar, for tests only: language-tool-python starts
// `java -cp <folder>/languagetool-server.jar org.languagetool.server.HTTPServer -p PORT`,
// waits for /v2/healthcheck, then POSTs /v2/check. This class answers the same way, flagging
// every "teh" as a misspelling. Java strings are UTF-16, so indexOf gives exactly the offsets
// the real LanguageTool sends (an independent check of Flegme's UTF-16 conversion).
package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

public final class HTTPServer {
    private HTTPServer() {}

    public static void main(String[] args) throws IOException {
        int port = 8081;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-p") || args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v2/healthcheck", ex -> send(ex, "OK"));
        server.createContext("/v2/languages", ex -> send(ex,
            "[{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"},"
            + "{\"name\":\"French\",\"code\":\"fr\",\"longCode\":\"fr\"}]"));
        server.createContext("/v2/check", HTTPServer::check);
        server.start();
    }

    private static void check(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String text = "";
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("text")) {
                text = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        StringBuilder matches = new StringBuilder();
        for (int at = text.indexOf("teh"); at >= 0; at = text.indexOf("teh", at + 3)) {
            if (matches.length() > 0) {
                matches.append(',');
            }
            matches.append("{\"message\":\"Possible spelling mistake found.\",")
                .append("\"shortMessage\":\"Spelling mistake\",")
                .append("\"replacements\":[{\"value\":\"the\"}],")
                .append("\"offset\":").append(at).append(",\"length\":3,")
                .append("\"rule\":{\"id\":\"MORFOLOGIK_RULE_EN_US\",")
                .append("\"description\":\"Possible spelling mistake\",")
                .append("\"issueType\":\"misspelling\",")
                .append("\"category\":{\"id\":\"TYPOS\",\"name\":\"Possible Typo\"}}}");
        }
        send(ex, "{\"software\":{\"name\":\"LanguageTool\",\"version\":\"stand-in\"},"
            + "\"matches\":[" + matches + "]}");
    }

    private static void send(HttpExchange ex, String answer) throws IOException {
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
