package app.vocero.cli;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vocero sandbox}: the built-in fake of the five providers' APIs, alone, until Ctrl+C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Runs the built-in sandbox of the five providers' APIs on this computer (127.0.0.1) until Ctrl+C.",
                "Point an account at it with --base-url (plain http is allowed to this computer only)."})
final class SandboxCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    VoceroCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = SandboxServer.DEFAULT_PORT;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (SandboxServer server = SandboxServer.start(port)) {
            out.println(root.messages().format("cli.sandbox.running", "http://127.0.0.1:" + server.port()));
            for (ProviderId provider : ProviderId.values()) {
                out.printf("  %-14s %s%n", provider.displayName(), server.baseUrl(provider));
            }
            out.println("  Routee token   " + server.authUrl(ProviderId.ROUTEE));
            out.println(root.messages().text("cli.sandbox.keys") + " Saem " + SandboxCredentials.SAEM_API_KEY + ", Meetzy " + SandboxCredentials.MEETZY_TOKEN
                    + " (playbook " + SandboxCredentials.MEETZY_PLAYBOOK_ID + "), Routee " + SandboxCredentials.ROUTEE_APPLICATION_ID
                    + " / " + SandboxCredentials.ROUTEE_APPLICATION_SECRET + ", Octopush " + SandboxCredentials.OCTOPUSH_LOGIN
                    + " / " + SandboxCredentials.OCTOPUSH_API_KEY + ", Smartflo " + SandboxCredentials.SMARTFLO_STATIC_TOKEN + ".");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
