package app.vocero.cli;

import app.vocero.campaign.DraftException;
import app.vocero.service.AccountException;
import app.vocero.service.SendRefused;
import app.vocero.store.SecretException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

/**
 * The errors a command can meet that are the user's to fix — a wrong passphrase, an account that does not exist, a
 * file that cannot be written — said in one line in the user's language. Anything else is a bug ("unexpected
 * error", with details in the log).
 */
final class UserErrors {

    private UserErrors() {
    }

    static Optional<String> message(Throwable e, String language) {
        boolean es = "es".equalsIgnoreCase(language);
        if (e instanceof SecretException) {
            return Optional.of(((SecretException) e).message(language));
        }
        if (e instanceof AccountException) {
            return Optional.of(((AccountException) e).message(language));
        }
        if (e instanceof SendRefused) {
            return Optional.of(((SendRefused) e).message(language));
        }
        if (e instanceof DraftException) {
            if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
                Path file = ((DraftException) e).file();
                return Optional.of(es ? file + ": no se encontró el borrador" : file + ": draft not found");
            }
            if (e.getCause() instanceof FileSystemException) {
                return Optional.of(file((FileSystemException) e.getCause(), es));
            }
            return Optional.of(e.getMessage());
        }
        if (e instanceof FileSystemException) {
            return Optional.of(file((FileSystemException) e, es));
        }
        if (e instanceof java.io.UncheckedIOException && e.getCause() instanceof FileSystemException) {
            return Optional.of(file((FileSystemException) e.getCause(), es));
        }
        if (e instanceof UnsupportedOperationException && String.valueOf(e.getMessage()).contains("Unable to open DISPLAY")) {
            // JavaFX on Linux without a desktop (an SSH session, a server)
            app.vocero.config.Messages messages = app.vocero.config.Messages.of(java.util.Locale.forLanguageTag(es ? "es" : "en"));
            String display = System.getenv("DISPLAY");
            return Optional.of(messages.format("cli.error.noDisplay", display == null || display.isBlank()
                    ? messages.text("cli.error.noDisplay.unset") : "DISPLAY=" + display));
        }
        if (e instanceof IOException && e.getMessage() != null && e.getCause() == null) {
            return Optional.of((es ? "no se pudo leer o escribir un archivo: " : "a file could not be read or written: ")
                    + e.getMessage());
        }
        return Optional.empty();
    }

    private static String file(FileSystemException e, boolean es) {
        String path = e.getFile();
        if (e instanceof NoSuchFileException) {
            return es ? path + ": no existe (revise la ruta)" : path + ": no such file or folder (check the path)";
        }
        if (e instanceof AccessDeniedException) {
            return es ? path + ": sin permiso para usarlo" : path + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return es ? path + ": ya existe" : path + ": already exists";
        }
        if (e instanceof NotDirectoryException) {
            return es ? path + ": no es una carpeta" : path + ": not a folder";
        }
        if (e instanceof DirectoryNotEmptyException || isDirectory(path)) {
            return es ? path + ": es una carpeta; indique un archivo" : path + ": is a folder; give a file name";
        }
        String reason = e.getReason() == null ? "" : " (" + e.getReason() + ")";
        return es ? path + ": no se pudo usar" + reason : path + ": cannot be used" + reason;
    }

    private static boolean isDirectory(String path) {
        return path != null && java.nio.file.Files.isDirectory(java.nio.file.Path.of(path));
    }
}
