package app.vocero.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;

/**
 * Keeps a node in the scene only while it is visible: a hidden node is taken out of its pane and put back, at the
 * same place among its siblings, when it becomes visible. A hidden node draws nothing, but JavaFX still styles it:
 * for a large part of a view that starts hidden (the history's list and campaign page while nothing was sent), that
 * styling is most of the window's first show. The node keeps its controller, bindings and state while detached.
 * Only for a node whose pane does not size itself from it while hidden (e.g. one of two alternatives in a
 * {@code StackPane} that fills its place).
 */
public final class AttachedWhileVisible {

    private AttachedWhileVisible() {
    }

    /** From now on, {@code node} is in its current pane only while it is visible. */
    public static void keep(Node node) {
        Parent parent = node.getParent();
        if (!(parent instanceof Pane pane)) {
            throw new IllegalArgumentException("The node must be in a pane: " + node);
        }
        int place = pane.getChildren().indexOf(node);
        node.visibleProperty().addListener((observable, before, visible) -> follow(pane, node, place, visible));
        follow(pane, node, place, node.isVisible());
    }

    private static void follow(Pane pane, Node node, int place, boolean visible) {
        boolean attached = node.getParent() == pane;
        if (visible && !attached) {
            pane.getChildren().add(Math.min(place, pane.getChildren().size()), node);
        } else if (!visible && attached) {
            pane.getChildren().remove(node);
        }
    }
}
