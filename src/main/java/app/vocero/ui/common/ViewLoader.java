package app.vocero.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads a view: {@code XxxView.fxml} and {@code XxxView.css} beside the controller class {@code XxxController},
 * texts from the given bundle, controllers made by the composition root's factory.
 */
public final class ViewLoader {

    private final ResourceBundle bundle;
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(ResourceBundle bundle, Callback<Class<?>, Object> controllers) {
        this.bundle = bundle;
        this.controllers = controllers;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** Loads the view named after {@code controllerType} (Controller → View). */
    public Parent load(Class<?> controllerType) {
        return load(controllerType, controllerType.getSimpleName().replaceFirst("Controller$", "View"));
    }

    /** Loads {@code viewName.fxml} (and its CSS) from the package of {@code anchor}. */
    public Parent load(Class<?> anchor, String viewName) {
        URL fxml = anchor.getResource(viewName + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("View " + viewName + ".fxml is missing beside " + anchor.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            URL css = anchor.getResource(viewName + ".css");
            if (css != null) {
                root.getStylesheets().add(css.toExternalForm());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + fxml, e);
        }
    }
}
